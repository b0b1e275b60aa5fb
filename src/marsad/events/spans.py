"""The body's tokens between two offsets, for the event rules (kept at hand for the page), and
spans looked up by position."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from ..text.tokens import token_starts, tokenize

CLAUSE_BREAK_RE = re.compile("[,\u060c;:]")
BREAK_OR_END_RE = re.compile("[,\u060c;:.!?\u061f\n]")
SENTENCE_END_RE = re.compile("[.!?\u061f\n]")


def tokens_between(body: str, start: int, end: int):
    """The body's tokens lying within [start, end) (the body is tokenized once, cached)."""
    toks, starts = body_tokens(body)
    return toks[bisect_left(starts, start) : bisect_left(starts, end)]


_LAST_BODY: tuple = (None, (), [])  # (body, its tokens, their starts): the page being drafted


def body_tokens(body: str):
    """The tokens of the body and where they start; the rules ask thousands of times a page, so
    the last body's are kept at hand (one tuple, replaced whole: safe across threads)."""
    global _LAST_BODY
    last = _LAST_BODY
    if last[0] is not body:
        last = _LAST_BODY = (body, tokenize(body), token_starts(body))
    return last[1], last[2]


class Spans:
    """Spans looked up by position: whether one of them holds ``[start, end)``."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))  # furthest end among the first k

    def holds(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end
