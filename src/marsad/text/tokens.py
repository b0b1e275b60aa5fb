"""Tokens with offsets into the original text, and Arabic clitic stripping."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .normalize import fold, to_original

_WORD_RE = re.compile(r"[^\W_]+(?:[.'\u2019][^\W_]+)*")

# Proclitics that attach to the next word: conjunctions و ف, prepositions ب ل ك, and the article ال.
_PROCLITIC_RE = re.compile("^(?:[\u0648\u0641])?(?:[\u0628\u0644\u0643])?(?:\u0627\u0644)?")
_LIL_RE = re.compile("^(?:[\u0648\u0641])?\u0644\u0644")  # "لل" = ل + ال


class Token(NamedTuple):
    """A word: a named tuple rather than a frozen dataclass, which costs twice as much to
    build, and a text of 2,000 characters has some 400 of them."""

    start: int  # offsets into the original text
    end: int
    norm: str  # folded form


# Texts shorter than this (a name, a phrase) are tokenized afresh: memoising them would push
# the article bodies, which every stage tokenizes, out of the memo.
SHORT_TEXT = 200


def tokenize(text: str) -> tuple[Token, ...]:
    """Word tokens of ``text`` with their folded forms and original offsets (memoised for long texts)."""
    if len(text) < SHORT_TEXT:
        return _tokenize(text)
    return _tokenize_long(text)


@lru_cache(maxsize=64)
def _tokenize_long(text: str) -> tuple[Token, ...]:
    return _tokenize(text)


def _tokenize(text: str) -> tuple[Token, ...]:
    folded, index = fold(text)
    new = tuple.__new__  # Token(...) without the Python-level __new__ of a named tuple
    if index is None:  # folding kept every offset (most texts): no mapping needed
        return tuple([new(Token, (m.start(), m.end(), m.group())) for m in _WORD_RE.finditer(folded)])
    out = []
    for m in _WORD_RE.finditer(folded):
        start, end = to_original(index, m.start(), m.end())
        out.append(new(Token, (start, end, m.group())))
    return tuple(out)


def strip_clitics(word: str) -> list[str]:
    """Candidate stems of a folded word, longest first: وبالعاصمة -> [وبالعاصمه, بالعاصمه, العاصمه, عاصمه]."""
    return list(clitic_forms(word))


@lru_cache(maxsize=1 << 16)
def clitic_forms(word: str) -> tuple[str, ...]:
    """:func:`strip_clitics` as a tuple, memoised: scanners ask for every token of every text."""
    if len(word) < 4:
        return (word,)
    out = [word]
    m = _LIL_RE.match(word)
    if m and len(word) - m.end() >= 2:
        out.append("\u0627\u0644" + word[m.end():])
        out.append(word[m.end():])
    for size in range(1, 5):
        prefix = word[:size]
        rest = word[size:]
        if len(rest) < 2:
            break
        if _PROCLITIC_RE.match(prefix).end() == size:
            out.append(rest)
    return tuple(dict.fromkeys(out))
