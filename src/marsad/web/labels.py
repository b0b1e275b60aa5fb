"""The interface's words in Arabic and English (``data/web/labels.tsv``), loaded once."""

from __future__ import annotations

from functools import lru_cache

from ..errors import DataError
from ..resources import read_tsv

LANGUAGES = ("ar", "en")
DIRECTION = {"ar": "rtl", "en": "ltr"}
LABELS_FILE = "web/labels.tsv"


@lru_cache(maxsize=1)
def labels() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for line, (key, ar, en) in read_tsv(LABELS_FILE, 3):
        if key in out:
            raise DataError(f"[M201] {LABELS_FILE}:{line}: duplicate label {key!r}")
        out[key] = (ar, en)
    return out


def label(key: str, lang: str, **values: object) -> str:
    """The label ``key`` in ``lang`` with ``{name}`` placeholders filled."""
    try:
        text = labels()[key][LANGUAGES.index(lang)]
    except KeyError:
        raise DataError(f"[M202] {LABELS_FILE}: no label {key!r}") from None
    return text.format(**values) if values else text
