"""Phrase tables over folded tokens, and a longest-match scanner with clitic stripping.

A :class:`PhraseTable` maps phrases (folded tokens joined by one space) to payloads.
:func:`scan` walks a text's tokens left to right and takes, at each token, the longest phrase
that starts there; the first token may carry the proclitics و ف ب ل ك ال ("وبموسكو",
"للرئيس"), which are stripped to find it.  Both the actor matcher and the event triggers use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import Generic, Iterable, TypeVar

from .tokens import Token, clitic_forms, tokenize

P = TypeVar("P")

# Single-token phrases this short match only as whole tokens (no clitic stripping).
MIN_STRIPPED_LETTERS = 4
# Words a table remembers (see PhraseTable.hot_words); past this many it forgets them all.
MAX_REMEMBERED_WORDS = 1 << 16
_NORM = itemgetter(2)  # Token.norm, at C speed


def phrase_key(text: str) -> str:
    """The table key of a phrase: its folded tokens joined by one space."""
    return " ".join(t.norm for t in tokenize(text))


@dataclass(frozen=True)
class PhraseTable(Generic[P]):
    entries: dict[str, tuple[P, ...]]
    first_tokens: dict[str, int]  # first token -> longest phrase length starting with it
    # Memos filled on use: word -> its clitic forms that begin phrases; the words with some;
    # first form -> phrase lengths.
    _starts: dict[str, tuple[tuple[int, str, tuple[int, ...]], ...]] = field(default_factory=dict, compare=False, repr=False)
    _hot: set[str] = field(default_factory=set, compare=False, repr=False)
    _lengths: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

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

    def starts(self, word: str) -> tuple[tuple[int, str, tuple[int, ...]], ...]:
        """``(n_form, form, lengths)`` for each clitic form of ``word`` that begins a phrase;
        ``lengths`` are the token counts of its phrases, longest first.

        Memoised per table: most words begin none, and a text is scanned word by word.
        """
        found = self._starts.get(word)
        if found is None:
            if not self._lengths:
                self._lengths.update(_phrase_lengths(self))
            lengths = self._lengths
            found = tuple((n, form, lengths[form]) for n, form in enumerate(clitic_forms(word)) if form in lengths)
            self._starts[word] = found
            if found:
                self._hot.add(word)
        return found

    def hot_words(self, words: list[str]) -> set[str]:
        """The remembered words that begin a phrase, ``words`` among them when they do."""
        new = set(words).difference(self._starts)
        if new:
            if len(self._starts) + len(new) > MAX_REMEMBERED_WORDS:
                self._starts.clear()
                self._hot.clear()
                new = set(words)
            if not self._lengths:
                self._lengths.update(_phrase_lengths(self))
            lengths, starts, hot = self._lengths, self._starts, self._hot
            for word in new:  # self.starts(word), inlined: a cold text brings hundreds of new words
                forms = clitic_forms(word)
                if lengths.keys().isdisjoint(forms):
                    starts[word] = ()
                    continue
                starts[word] = tuple((n, form, lengths[form]) for n, form in enumerate(forms) if form in lengths)
                hot.add(word)
        return self._hot


def _phrase_lengths(table: PhraseTable) -> dict[str, tuple[int, ...]]:
    """First token -> the token counts of its phrases (at most ``first_tokens``), longest first."""
    found: dict[str, set[int]] = {}
    for key in table.entries:
        first = key.partition(" ")[0]
        n = key.count(" ") + 1
        if n <= table.first_tokens.get(first, 0):
            found.setdefault(first, set()).add(n)
    return {form: tuple(sorted(ns, reverse=True)) for form, ns in found.items()}


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
    norms = list(map(_NORM, toks))
    hot = table.hot_words(norms)
    if hot.isdisjoint(norms):
        return ()
    hits: list[PhraseHit[P]] = []
    after = 0  # the first token not inside the last hit
    for i in compress(range(len(norms)), map(hot.__contains__, norms)):  # tokens that may begin one
        if i < after:
            continue
        hit = _longest_at(text, toks, i, table)
        if hit is not None:
            hits.append(hit)
            after = hit.last
    return tuple(hits)


def _longest_at(text: str, toks: tuple[Token, ...], i: int, table: PhraseTable[P]) -> PhraseHit[P] | None:
    best: PhraseHit[P] | None = None
    room = len(toks) - i
    for n_form, form, lengths in table._starts[toks[i].norm]:
        for n in lengths:  # only the lengths its phrases have: a key of other length cannot match
            if n > room or (n > 1 and not same_line(text, toks[i + n - 2], toks[i + n - 1])):
                continue
            key = " ".join([form] + [t.norm for t in toks[i + 1 : i + n]]) if n > 1 else form
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
