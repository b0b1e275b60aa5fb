"""Sentence splitting that survives Arabic abbreviations ("د.", "أ.ف.ب", "م.", "ص.").

A sentence ends at ". ! ? ؟ …" followed by space, or at a paragraph break.  A full stop does
not end a sentence when it follows a one-letter word (the abbreviations "د." doctor, "م."
engineer, "أ." professor) or sits inside a dotted acronym ("أ.ف.ب", "U.S."), or a number
("3.5").  Quotes and brackets that close after the stop stay with the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_END_RE = re.compile(r"[.!?\u061f\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s|$)|\n\s*\n")
# Where an end may begin: _END_RE tried only there (a character class is found several times
# faster than the alternation is tried at every character).
_END_START_RE = re.compile(r"[.!?\u061f\u2026\n]")
# A stop right after a one-letter word, or a letter-dot-letter acronym, is not an end.
_ABBREV_BEFORE_RE = re.compile(r"(?:^|[\s(\"\u201c])[^\W\d_]$|[^\W\d_]\.[^\W\d_]$")


class Sentence(NamedTuple):
    """A sentence and its offsets (a named tuple: cheaper to build than a frozen dataclass)."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=64)
def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text`` with offsets; whitespace between them is not part of any."""
    out: list[Sentence] = []
    start = 0
    reached = 0  # the end of the last end found: the same ends as _END_RE.finditer
    for c in _END_START_RE.finditer(text):
        if c.start() < reached:
            continue
        m = _END_RE.match(text, c.start())
        if m is None:
            continue
        reached = m.end()
        if m.group()[0] == "." and _ABBREV_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()):
            continue
        _add(out, text, start, m.end())
        start = m.end()
    _add(out, text, start, len(text))
    return tuple(out)


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def sentence_at(sentences: tuple[Sentence, ...], offset: int) -> Sentence | None:
    for s in sentences:
        if s.start <= offset < s.end:
            return s
    return None
