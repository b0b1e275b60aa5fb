"""Side-by-side figures for the benchmark: dateparser's search over Arabic text, and ours.

Both return (number of expressions found, seconds).  dateparser is an optional dependency
(the ``bench`` extra); it is imported only when its baseline is run.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Iterable

from ..model import Document, Published
from ..options import Context
from ..text.normalize import fold
from .grammar import find_mentions


def dateparser_baseline(texts: Iterable[str]) -> tuple[int, float]:
    """Run ``dateparser.search.search_dates(text, languages=['ar'])`` over the texts."""
    from dateparser.search import search_dates

    texts = list(texts)
    found = 0
    start = time.perf_counter()
    for text in texts:
        found += len(search_dates(text, languages=["ar"]) or ())
    return found, time.perf_counter() - start


def marsad_timexes(texts: Iterable[str], reference_date: dt.date) -> tuple[int, float]:
    """The temporal stage over the texts as bodies published on ``reference_date``."""
    from .stage import run

    day = reference_date.isoformat()
    ctx = Context(reference_date=reference_date)
    docs = [Document(id=str(i), body=text, published=Published(day, day, day, "reference")) for i, text in enumerate(texts)]
    found = 0
    start = time.perf_counter()
    for doc in docs:
        found += len(run(doc, ctx).timexes)
    return found, time.perf_counter() - start


def grammar_only(texts: Iterable[str]) -> tuple[int, float]:
    """Only folding and the grammar: expressions found, no resolution."""
    texts = list(texts)
    start = time.perf_counter()
    found = sum(len(find_mentions(fold(text)[0])) for text in texts)
    return found, time.perf_counter() - start
