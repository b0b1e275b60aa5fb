"""Normalisation of Arabic text for matching, with a map back to the original offsets.

``body`` is never altered: :func:`fold` returns a folded copy and an offset map so that a
match at ``folded[i:j]`` is ``text[index[i]:index[j]]`` in the original.

Rules, one small function each (camel_tools style), all composed by :func:`fold`:
- diacritics (harakat, tanwin, shadda, sukun, superscript alef) and tatweel are removed;
- alef forms (أ إ آ ٱ) become bare alef ا; alef maqsura ى becomes ya ي;
- ta marbuta ة becomes ha ه; hamza on waw/ya (ؤ ئ) become و / ي;
- Arabic-Indic and Persian digits become ASCII digits; Persian kaf/ya become Arabic ones;
- Latin letters are lower-cased.
Every mapping but the deletions keeps the length, so most texts need no offset table.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DELETE_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\u202a-\u202e\u2066-\u2069]")

_ONE_TO_ONE = {
    "\u0623": "\u0627",  # ALEF WITH HAMZA ABOVE
    "\u0625": "\u0627",  # ALEF WITH HAMZA BELOW
    "\u0622": "\u0627",  # ALEF WITH MADDA ABOVE
    "\u0671": "\u0627",  # ALEF WASLA
    "\u0649": "\u064a",  # ALEF MAKSURA -> YEH
    "\u0629": "\u0647",  # TEH MARBUTA -> HEH
    "\u0624": "\u0648",  # WAW WITH HAMZA ABOVE
    "\u0626": "\u064a",  # YEH WITH HAMZA ABOVE
    "\u06cc": "\u064a",  # FARSI YEH
    "\u06a9": "\u0643",  # KEHEH
    "\u06c1": "\u0647",  # HEH GOAL
    "\u06be": "\u0647",  # HEH DOACHASHMEE
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)  # ARABIC-INDIC DIGIT
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)  # EXTENDED ARABIC-INDIC (PERSIAN) DIGIT
_ONE_TO_ONE["\u066b"] = "."  # ARABIC DECIMAL SEPARATOR
_ONE_TO_ONE["\u060c"] = ","  # ARABIC COMMA
_ONE_TO_ONE["\u061b"] = ";"  # ARABIC SEMICOLON
_ONE_TO_ONE["\u061f"] = "?"  # ARABIC QUESTION MARK
_ONE_TO_ONE["\u00a0"] = " "  # NO-BREAK SPACE

_TABLE = str.maketrans(_ONE_TO_ONE)
# The same mapping as (old, new) pairs for str.replace, which on Arabic text longer than a
# few words is many times faster than str.translate with a dict (and slower on a word or two).
# No replacement is itself a key, so the order of the pairs does not matter.
_PAIRS = tuple(_ONE_TO_ONE.items())
_SHORT = 24
_DIGITS = str.maketrans({k: v for k, v in _ONE_TO_ONE.items() if v.isdigit()})


def dediacritize(text: str) -> str:
    """Remove diacritics, tatweel and bidi/zero-width controls."""
    return _DELETE_RE.sub("", text)


def normalize_letters(text: str) -> str:
    """Fold alef, ya, ta marbuta and hamza-seat forms, digits and Arabic punctuation (length kept)."""
    if len(text) < _SHORT:
        return text.translate(_TABLE).lower()
    for old, new in _PAIRS:
        text = text.replace(old, new)
    return text.lower()


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII (length kept)."""
    return text.translate(_DIGITS)


def normalize_unicode(text: str) -> str:
    """NFKC, which also expands presentation forms (U+FB50-U+FEFF) and ligatures."""
    return unicodedata.normalize("NFKC", text)


def fold(text: str) -> tuple[str, list[int] | None]:
    """Return ``(folded, index)``; ``index`` is None when folding kept every offset.

    With an index, ``folded[i]`` came from ``text[index[i]]`` and ``index[len(folded)]``
    is ``len(text)``.  Memoised for long texts (the stages fold the same body several
    times; short ones would push the bodies out): callers must not modify ``index``.
    """
    return _fold(text) if len(text) < 200 else _fold_long(text)


@lru_cache(maxsize=32)
def _fold_long(text: str) -> tuple[str, list[int] | None]:
    return _fold(text)


def _fold(text: str) -> tuple[str, list[int] | None]:
    folded = normalize_letters(text)
    if not _DELETE_RE.search(folded):
        return folded, None
    index: list[int] = []
    pieces: list[str] = []
    last = 0
    for m in _DELETE_RE.finditer(folded):
        pieces.append(folded[last : m.start()])
        index.extend(range(last, m.start()))
        last = m.end()
    pieces.append(folded[last:])
    index.extend(range(last, len(folded)))
    index.append(len(text))
    return "".join(pieces), index


@lru_cache(maxsize=1 << 14)
def fold_key(text: str) -> str:
    """The folded form of a short string, for use as a dictionary key."""
    return " ".join(dediacritize(normalize_letters(text)).split())


def to_original(index: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """Map a ``[start, end)`` span of the folded text back to the original text."""
    if index is None:
        return start, end
    if end > start:
        return index[start], index[end - 1] + 1
    return index[start], index[start]
