"""Phrase tables over folded tokens, and a longest-match scanner with clitic stripping.

A :class:`PhraseTable` maps phrases (folded tokens joined by one space) to payloads.
:func:`scan` walks a text's tokens left to right and takes, at each token, the longest phrase
that starts there; the first token may carry the proclitics و ف ب ل ك ال ("وبموسكو",
"للرئيس"), which are stripped to find it.  Both the actor matcher and the event triggers use it.

How: the text's folded tokens are written out as one string, a space after each token and a
break mark between two tokens not on one line or parted by punctuation (:func:`token_stream`);
an Aho-Corasick automaton of the table's phrases, each followed by a space, finds in it, in C,
every phrase that ends where a token ends.  A phrase found starting inside a token counts only
when what precedes it there is a proclitic the token may carry (:func:`~.tokens.clitic_forms`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Generic, Iterable, NamedTuple, TypeVar

import ahocorasick

from .normalize import fold
from .tokens import WORD_RE, Token, clitic_forms, split_words

P = TypeVar("P")

# Single-token phrases this short match only as whole tokens (no clitic stripping).
MIN_STRIPPED_LETTERS = 4
_AL, _LIL = "\u0627\u0644", "\u0644\u0644"  # ال، لل
_BREAK = "\x02"  # between two tokens that no phrase spans
# Characters that part two tokens so that no phrase spans them: a new line, and punctuation
# but quotation marks (a name is often quoted: منظمة "هيومن رايتس ووتش") and the hashtag marks
# of web pages ("باراك #أوباما", "#محمود_عباس").
_QUOTES = "\"'\u00ab\u00bb\u201c\u201d\u2018\u2019\u201e\u2039\u203a"
_BREAK_RE = re.compile(rf"[^\w\s{_QUOTES}#]|\n")


def phrase_key(text: str) -> str:
    """The table key of a phrase: its folded tokens joined by one space (the words
    :func:`~.tokens.tokenize` finds, without building tokens: tables hold tens of thousands)."""
    return " ".join(WORD_RE.findall(fold(text)[0].replace("_", " ")))


@dataclass(frozen=True)
class PhraseTable(Generic[P]):
    entries: dict[str, tuple[P, ...]]
    first_tokens: dict[str, int]  # first token -> longest phrase length starting with it
    # one-token phrases shorter than MIN_STRIPPED_LETTERS found after a proclitic all the same
    # ("لمصر", "بحلب", "وقطر": place names, which no common word of three letters shadows)
    short_stems: frozenset[str] = frozenset()
    _automaton: list = field(default_factory=list, init=False, compare=False, repr=False)  # built on first use

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

    def automaton(self) -> ahocorasick.Automaton | None:
        """Every phrase followed by a space -> ``(0, key, tokens, first token, their lengths)``
        (0: the number of this table in a joint scan); None for a table without phrases."""
        if not self._automaton:
            self._automaton.append(_automaton(self))
        return self._automaton[0]


def _automaton(table: PhraseTable) -> ahocorasick.Automaton | None:
    return _build({pattern: [(0, *v) for v in values] for pattern, values in _patterns(table).items()})


def _build(patterns: dict[str, list]) -> ahocorasick.Automaton | None:
    if not patterns:
        return None
    auto = ahocorasick.Automaton()
    for pattern, values in patterns.items():
        auto.add_word(pattern, tuple(values))
    auto.make_automaton()
    return auto


_JOINT: dict[tuple[int, ...], tuple] = {}  # table ids -> (the tables, kept alive; their automaton)


def _joint_automaton(tables: tuple[PhraseTable, ...]) -> ahocorasick.Automaton | None:
    """One automaton for several tables: each value carries its table's number first."""
    ids = tuple(map(id, tables))
    found = _JOINT.get(ids)
    if found is None:  # (few: the stages' own loaded tables)
        patterns: dict[str, list] = {}
        for number, table in enumerate(tables):
            for pattern, values in _patterns(table).items():
                patterns.setdefault(pattern, []).extend((number, *v) for v in values)
        found = _JOINT[ids] = (tables, _build(patterns))
    return found[1]


def _patterns(table: PhraseTable) -> dict[str, list[tuple[str, int, str, int, int]]]:
    """Every phrase followed by a space -> ``(key, tokens, first token, their lengths)``."""
    patterns: dict[str, list[tuple[str, int, str, int, int]]] = {}
    for key in table.entries:
        first, _, rest = key.partition(" ")
        n = key.count(" ") + 1
        if n > table.first_tokens.get(first, 0):  # a table may cap a first token's phrase length
            continue
        value = (key, n, first, len(key), len(first))
        patterns.setdefault(key + " ", []).append(value)
        if first.startswith(_AL) and len(first) > 3:  # "الرئيس" is also written "للرئيس" (ل + ال)
            lil = _LIL + first[2:] + (" " + rest if rest else "")
            patterns.setdefault(lil + " ", []).append(value)
    return patterns


class TokenStream(NamedTuple):
    tokens: tuple[Token, ...]
    text: str  # the folded tokens, a space after each, a break mark where a phrase cannot go on
    starts: list[int]  # where each token begins in ``text``


@lru_cache(maxsize=64)
def token_stream(text: str) -> TokenStream:
    """The tokens of ``text`` written out for the phrase automata (shared by every table)."""
    toks, gaps = split_words(text)
    norms = [t.norm for t in toks]
    breaks = [k for k, gap in enumerate(gaps, 1) if gap != " " and _parts(gap)]
    if breaks:
        pieces, at = [], 0
        for b in breaks:
            pieces.append(" ".join(norms[at:b]))
            at = b
        pieces.append(" ".join(norms[at:]))
        stream = (" " + _BREAK + " ").join(pieces) + " "
        widths = [len(n) + 1 for n in norms]
        for b in breaks:
            widths[b - 1] += 2
    else:
        stream = " ".join(norms) + " "
        widths = [len(n) + 1 for n in norms]
    starts = [0, *accumulate(widths)][: len(norms)]
    return TokenStream(toks, stream, starts)


def _parts(gap: str) -> bool:
    """Whether the folded text between two tokens parts them (see :func:`same_line`)."""
    return "\n" in gap or _BREAK_RE.search(gap) is not None


class PhraseHit(NamedTuple, Generic[P]):
    """One phrase found: a named tuple (a text has dozens, and a frozen dataclass costs
    several times as much to build)."""

    start: int  # offsets into the text (after any stripped proclitic)
    end: int
    first: int  # token indices [first, last)
    last: int
    key: str
    payloads: tuple[P, ...]


def scan(text: str, table: PhraseTable[P]) -> tuple[PhraseHit[P], ...]:
    """Every phrase occurrence, longest first, left to right, not overlapping."""
    return _scan(text, table.automaton(), (table,))[0]


def scan_tables(text: str, tables: tuple[PhraseTable, ...]) -> tuple[tuple[PhraseHit, ...], ...]:
    """:func:`scan` for several tables at once, in one pass of a joint automaton (the same hits)."""
    return _scan(text, _joint_automaton(tables), tables)


def scan_tokens(text: str, table: PhraseTable[P], first: int, last: int) -> tuple[PhraseHit[P], ...]:
    """:func:`scan` of the tokens ``[first, last)`` of ``text`` alone (a sentence of a page whose
    tokens are at hand): the hits of that stretch scanned as a text of its own, with the offsets
    and token indices of ``text``."""
    return _scan(text, table.automaton(), (table,), first, last)[0]


def _scan(text: str, auto, tables: tuple[PhraseTable, ...], first: int = 0, last: int | None = None) -> tuple[tuple[PhraseHit, ...], ...]:
    if auto is None:
        return tuple(() for _ in tables)
    stream = token_stream(text)
    toks, starts = stream.tokens, stream.starts
    # per table: first token -> (-tokens, clitic form number, key, letters stripped)
    bests: list[dict[int, tuple[int, int, str, int]]] = [{} for _ in tables]
    if last is None:
        found = auto.iter(stream.text)
    elif first >= last:
        found = ()
    else:  # (the stretch's tokens and the space after each: no phrase runs past them)
        found = auto.iter(stream.text, starts[first], starts[last] if last < len(starts) else len(stream.text))
    for end, values in found:
        for number, key, n, form, key_len, form_len in values:
            begin = end - key_len  # where the phrase begins in the stream
            j = bisect_right(starts, begin) - 1  # the token it begins in
            word = toks[j].norm
            word_len = len(word)
            if word_len - (begin - starts[j]) != form_len:
                continue  # the phrase's first token ends inside the word
            n_form = 0
            if form != word:
                forms = clitic_forms(word)
                if form not in forms or (n == 1 and form_len < MIN_STRIPPED_LETTERS and key not in tables[number].short_stems):
                    continue  # not a proclitic before it
                n_form = forms.index(form)
            candidate = (-n, n_form, key, word_len - form_len)
            best = bests[number]
            known = best.get(j)
            if known is None or candidate < known:
                best[j] = candidate
    return tuple(_hits(text, stream, best, table) for best, table in zip(bests, tables))


def _hits(text: str, stream: TokenStream, best: dict[int, tuple[int, int, str, int]], table: PhraseTable[P]) -> tuple[PhraseHit[P], ...]:
    """The best phrases, left to right, none inside the one before."""
    toks = stream.tokens
    hits: list[PhraseHit[P]] = []
    new_hit = tuple.__new__  # PhraseHit(...) without the Python-level __new__ of a named tuple
    after = 0  # the first token not inside the last hit
    for j in sorted(best):
        if j < after:
            continue
        neg_n, _, key, stripped = best[j]
        last = j - neg_n
        start = offset_after_prefix(text, toks[j], stripped) if stripped else toks[j].start
        hits.append(new_hit(PhraseHit, (start, toks[last - 1].end, j, last, key, table.entries[key])))
        after = last
    return tuple(hits)


def same_line(text: str, a: Token, b: Token) -> bool:
    """Two tokens of one phrase are separated by spaces, quotation marks and hashtag marks only
    (منظمة "هيومن رايتس ووتش", "#محمود_عباس"): no other punctuation, no new line."""
    return not _parts(fold(text[a.end : b.start])[0])


def offset_after_prefix(text: str, tok: Token, prefix_letters: int) -> int:
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
