"""Phrase tables over folded tokens, and a longest-match scanner with clitic stripping.

A :class:`PhraseTable` maps phrases (folded tokens joined by one space) to payloads.
:func:`scan` walks a text's tokens left to right and takes, at each token, the longest phrase
that starts there; the first token may carry the proclitics و ف ب ل ك ال ("وبموسكو",
"للرئيس"), which are stripped to find it.  Both the actor matcher and the event triggers use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterable, TypeVar

from .tokens import Token, strip_clitics, tokenize

P = TypeVar("P")

# Single-token phrases this short match only as whole tokens (no clitic stripping).
MIN_STRIPPED_LETTERS = 4


def phrase_key(text: str) -> str:
    """The table key of a phrase: its folded tokens joined by one space."""
    return " ".join(t.norm for t in tokenize(text))


@dataclass(frozen=True)
class PhraseTable(Generic[P]):
    entries: dict[str, tuple[P, ...]]
    first_tokens: dict[str, int]  # first token -> longest phrase length starting with it

    @classmethod
    def build(cls, pairs: Iterable[tuple[str, P]]) -> "PhraseTable[P]":
        entries: dict[str, list[P]] = {}
        for text, payload in pairs:
            key = phrase_key(text)
            if not key:
                continue
            bucket = entries.setdefault(key, [])
            if payload not in bucket:
                bucket.append(payload)
        first: dict[str, int] = {}
        for key in entries:
            toks = key.split(" ")
            first[toks[0]] = max(first.get(toks[0], 0), len(toks))
        return cls({k: tuple(v) for k, v in entries.items()}, first)


@dataclass(frozen=True, slots=True)
class PhraseHit(Generic[P]):
    start: int  # offsets into the text (after any stripped proclitic)
    end: int
    first: int  # token indices [first, last)
    last: int
    key: str
    payloads: tuple[P, ...]


def scan(text: str, table: PhraseTable[P]) -> tuple[PhraseHit[P], ...]:
    """Every phrase occurrence, longest first, left to right, not overlapping."""
    toks = tokenize(text)
    hits: list[PhraseHit[P]] = []
    i = 0
    while i < len(toks):
        hit = _longest_at(text, toks, i, table)
        if hit is None:
            i += 1
            continue
        hits.append(hit)
        i = hit.last
    return tuple(hits)


def _longest_at(text: str, toks: tuple[Token, ...], i: int, table: PhraseTable[P]) -> PhraseHit[P] | None:
    best: PhraseHit[P] | None = None
    for n_form, form in enumerate(strip_clitics(toks[i].norm)):
        longest = table.first_tokens.get(form)
        if not longest:
            continue
        for n in range(min(longest, len(toks) - i), 0, -1):
            if n > 1 and not same_line(text, toks[i + n - 2], toks[i + n - 1]):
                continue
            key = " ".join([form] + [t.norm for t in toks[i + 1 : i + n]])
            payloads = table.entries.get(key)
            if not payloads:
                continue
            if n_form > 0 and n == 1 and len(form) < MIN_STRIPPED_LETTERS:
                continue
            start = _offset_after_prefix(text, toks[i], len(toks[i].norm) - len(form))
            if best is None or n > best.last - best.first:
                best = PhraseHit(start, toks[i + n - 1].end, i, i + n, key, payloads)
            break
    return best


def same_line(text: str, a: Token, b: Token) -> bool:
    """Two tokens of one phrase are separated by spaces only (no punctuation, no paragraph)."""
    gap = text[a.end : b.start]
    return not gap.strip() and "\n" not in gap


def _offset_after_prefix(text: str, tok: Token, prefix_letters: int) -> int:
    """The offset after ``prefix_letters`` letters of the token (diacritics skipped)."""
    if prefix_letters <= 0:
        return tok.start
    pos, seen = tok.start, 0
    while pos < tok.end and seen < prefix_letters:
        if text[pos].isalpha():
            seen += 1
        pos += 1
    while pos < tok.end and not text[pos].isalpha():
        pos += 1
    return pos
