"""Reading the package's data files, checked on load.

Hand-kept files are YAML or TSV under ``marsad/data``; generated tables are JSON under
``marsad/data/generated`` (built by ``scripts/build_data.py``).  Every loader checks the text
(NFC, no tatweel, no presentation forms), rejects unknown keys and duplicate ids, and raises
:class:`DataError` naming ``file:line``.  Callers cache what they build from these files.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from .errors import DataError

_BAD_CHARS_RE = re.compile("[\u0640\ufb50-\ufeff]")  # TATWEEL, ARABIC PRESENTATION FORMS (and BOM)


def data_path(*parts: str) -> Path:
    return Path(str(resources.files("marsad") / "data" / Path(*parts)))


def check_text(text: str, where: str) -> None:
    """Raise DataError (naming ``where``) for non-NFC text, tatweel or presentation forms."""
    for lineno, line in enumerate(text.splitlines(), 1):
        m = _BAD_CHARS_RE.search(line)
        if m:
            raise DataError(f"[M201] {where}:{lineno}: forbidden character U+{ord(m.group()):04X}")
        if not unicodedata.is_normalized("NFC", line):
            raise DataError(f"[M201] {where}:{lineno}: text is not NFC")


# libyaml's parser when PyYAML has it (its wheels do): loading the actor records is most of
# start-up, and the C parser reads them several times faster into the same nodes.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader's composer (see :func:`_construct` for the values, each mapping with its line)."""


# Keep ISO dates as strings: "2018-07-10" stays text, like everything else in the records.
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


_SCALARS: dict[str, Callable[[str], Any]] = {
    "tag:yaml.org,2002:str": str,
    "tag:yaml.org,2002:int": int,
    "tag:yaml.org,2002:float": float,
    "tag:yaml.org,2002:bool": lambda v: v.lower() in ("true", "yes", "on"),
    "tag:yaml.org,2002:null": lambda v: None,
}


def _construct(node: yaml.Node) -> Any:
    """The value of a composed YAML node: what the safe loader builds (the composer has resolved
    every scalar's tag), mappings with their ``__line__``, a few times faster on the actor files
    that are most of start-up."""
    if isinstance(node, yaml.MappingNode):
        mapping = {_construct(k): _construct(v) for k, v in node.value}
        mapping["__line__"] = node.start_mark.line + 1
        return mapping
    if isinstance(node, yaml.SequenceNode):
        return [_construct(v) for v in node.value]
    make = _SCALARS.get(node.tag)
    if make is None:
        raise yaml.constructor.ConstructorError(None, None, f"unsupported tag {node.tag}", node.start_mark)
    return make(node.value)


def read_records(
    relpath: str,
    keys: Iterable[str],
    required: Iterable[str] = ("id",),
    unique: str | None = "id",
) -> list[dict[str, Any]]:
    """Load a YAML list of records, check keys, required fields and uniqueness.

    Each returned record keeps ``__line__`` (its line) and ``__file__`` (its path) for messages.
    """
    path = data_path(relpath)
    text = path.read_text("utf-8")
    check_text(text, relpath)
    try:
        node = yaml.compose(text, Loader=_LineLoader)
        records = _construct(node) if node is not None else []
    except yaml.YAMLError as exc:
        raise DataError(f"[M201] {relpath}: invalid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(records, list):
        raise DataError(f"[M202] {relpath}: expected a list of records")
    allowed = set(keys) | {"__line__"}
    seen: dict[Any, int] = {}
    for rec in records:
        line = rec.get("__line__", 0) if isinstance(rec, dict) else 0
        if not isinstance(rec, dict):
            raise DataError(f"[M201] {relpath}:{line}: a record must be a mapping")
        unknown = set(rec) - allowed
        if unknown:
            raise DataError(f"[M201] {relpath}:{line}: unknown key(s) {', '.join(sorted(unknown))}")
        for key in required:
            if rec.get(key) in (None, "", []):
                raise DataError(f"[M201] {relpath}:{line}: missing {key}")
        if unique:
            key = rec.get(unique)
            if key in seen:
                raise DataError(f"[M201] {relpath}:{line}: duplicate {unique} {key!r} (first at line {seen[key]})")
            seen[key] = line
        rec["__file__"] = relpath
    return records


def read_tsv(relpath: str, columns: int) -> list[tuple[int, list[str]]]:
    """Rows of a TSV file as ``(line, fields)``; ``#`` lines and blank lines are skipped."""
    text = data_path(relpath).read_text("utf-8")
    check_text(text, relpath)
    rows = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != columns:
            raise DataError(f"[M201] {relpath}:{lineno}: expected {columns} tab-separated fields, got {len(fields)}")
        rows.append((lineno, [f.strip() for f in fields]))
    return rows


@lru_cache(maxsize=None)
def read_generated(name: str) -> Any:
    """The ``data`` of a generated JSON table (see scripts/build_data.py)."""
    path = data_path("generated", name)
    try:
        return json.loads(path.read_text("utf-8"))["data"]
    except (OSError, ValueError, KeyError) as exc:
        raise DataError(f"[M202] generated/{name}: {exc}; run python scripts/build_data.py") from None
