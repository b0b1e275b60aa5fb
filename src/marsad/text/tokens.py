"""Tokens with offsets into the original text, and Arabic clitic stripping."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple

from .normalize import fold

# Words (letters and digits, joined by "." or an apostrophe: "U.S", "d'Alema"), split out of a
# text whose underscores are spaces: "\w" is several times faster than "[^\W_]" in Python's
# regex engine.
WORD_RE = re.compile(r"(\w+(?:[.'\u2019]\w+)*)")

# Proclitics that attach to the next word: conjunctions و ف, prepositions ب ل ك, and the article ال.
_PROCLITIC_RE = re.compile("^(?:[\u0648\u0641])?(?:[\u0628\u0644\u0643])?(?:\u0627\u0644)?")
CONJUNCTIONS = ("\u0648", "\u0641")  # و ف
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
    return split_words(text)[0]


@lru_cache(maxsize=8)
def token_starts(text: str) -> list[int]:
    """Where each token of a long text (an article body) begins: for bisecting offsets into tokens."""
    return [t.start for t in tokenize(text)]


def split_words(text: str) -> tuple[tuple[Token, ...], list[str]]:
    """The tokens of ``text``, and the folded text between each two of them (``len(tokens) - 1``
    gaps: " " for most, "، " or "\n\n" where a phrase cannot go on)."""
    if len(text) < SHORT_TEXT:
        return _split_words(text)
    return _split_words_long(text)


@lru_cache(maxsize=64)
def _split_words_long(text: str) -> tuple[tuple[Token, ...], list[str]]:
    return _split_words(text)


def _split_words(text: str) -> tuple[tuple[Token, ...], list[str]]:
    # One split of the folded text into gaps and words, their offsets summed up and the tokens
    # built by tuple.__new__ over zip: no Python call per token.
    folded, index = fold(text)
    parts = WORD_RE.split(folded.replace("_", " "))  # gap, word, gap, word, ..., gap ("#محمود_عباس": two words)
    bounds = list(accumulate(map(len, parts)))  # where each part ends
    words = parts[1::2]
    starts, ends = bounds[0 : 2 * len(words) : 2], bounds[1::2]  # the last gap ends no word
    if index is not None:  # folding removed characters: back to the original offsets
        starts = [index[s] for s in starts]
        ends = [index[e - 1] + 1 for e in ends]
    tokens = tuple(map(tuple.__new__, repeat(Token), zip(starts, ends, words, strict=True)))
    return tokens, parts[2 : 2 * len(words) - 1 : 2]


def strip_clitics(word: str) -> list[str]:
    """Candidate stems of a folded word, longest first: وبالعاصمة -> [وبالعاصمه, بالعاصمه, العاصمه, عاصمه]."""
    return list(clitic_forms(word))


@lru_cache(maxsize=1 << 16)
def clitic_forms(word: str) -> tuple[str, ...]:
    """:func:`strip_clitics` as a tuple, memoised: scanners ask for every token of every text.

    A word of three letters loses only a conjunction و or ف ("ومن" -> "من", "وفي" -> "في"): the
    two letters left begin phrases ("من المتوقع") but are too short to stand alone (see
    ``phrases.MIN_STRIPPED_LETTERS``)."""
    if len(word) < 4:
        return (word, word[1:]) if len(word) == 3 and word[0] in CONJUNCTIONS else (word,)
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


_NISBA_TAILS = ("\u064a", "\u064a\u0647")  # ي، ية (folded)


def definite_adjective(word: str) -> bool:
    """A folded word shaped as an adjective with the article, a nisba's ending ("الاقتصادي",
    "العسكريه"): what stands between a noun and the nisba or name that follows it."""
    return len(word) > 4 and word.startswith("\u0627\u0644") and word.endswith(_NISBA_TAILS)
