"""The temporal stage: time expressions of the body, and the publication date.

``run(doc, ctx)`` sets ``doc.timexes`` (TIMEX3 values, offsets into ``body``) and
``doc.published`` (see :mod:`marsad.dates.publication`).  ``with_published`` re-resolves the
timexes once the publication date was narrowed elsewhere (the cross-document timeline).
Relative expressions resolve against the publication day; against an interval they keep a
value only where both ends agree (else a coarser one: the month or the year, or null).
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from ..model import Document, Published, Timex
from ..options import Context
from ..text.normalize import fold, to_original
from .grammar import Mention, find_mentions
from .publication import infer_published
from .references import find_references, reference_value
from .resolve import is_calendar, resolve_anaphoric, resolve_between, timex_type

REQUIRES = ("body", "captions", "published:metadata")
PROVIDES = ("timexes", "published")


def run(doc: Document, ctx: Context) -> Document:
    folded, index = fold(doc.body)
    mentions = find_mentions(folded)
    published = infer_published(doc, folded, mentions, ctx)
    return doc.replace(published=published, timexes=_timexes(doc.body, index, mentions, published))


def with_published(doc: Document, published: Published, ctx: Context) -> Document:
    """``doc`` with this publication date and its timexes resolved again against it."""
    folded, index = fold(doc.body)
    return doc.replace(published=published, timexes=_timexes(doc.body, index, find_mentions(folded), published))


def _timexes(body: str, index: list[int] | None, mentions: list[Mention], published: Published) -> tuple[Timex, ...]:
    earliest = _day(published.date or published.earliest)
    latest = _day(published.date or published.latest)
    out: list[Timex] = []
    for m in mentions:
        start, end = to_original(index, m.start, m.end)
        while end < len(body) and unicodedata.category(body[end]) == "Mn":
            end += 1  # keep the tanwin of "عاماً" with its word
        if m.kind == "anaphoric":
            value = resolve_anaphoric(m, _anchor(body, out, start))
        else:
            value = resolve_between(m, earliest, latest)
        out.append(Timex(start, end, body[start:end], value, timex_type(m)))
    year = earliest.year if earliest and latest and earliest.year == latest.year else None
    for ref in find_references(body):  # "الآن", "القرن الماضي", "الصيف": no calendar day
        if ref.kind == "part" or (ref.kind == "season" and ref.value[2:]):  # "الربع الأول من عام 2023", "صيف العام الماضي": the whole, not the year alone
            out = [t for t in out if not (ref.start <= t.start and t.end <= ref.end)]
        if not any(t.start < ref.end and ref.start < t.end for t in out):
            out.append(Timex(ref.start, ref.end, body[ref.start : ref.end], reference_value(ref, year), "DATE"))
    return tuple(sorted(out, key=lambda t: t.start))


ANCHOR_PARAGRAPHS = 2  # "وفي اليوم نفسه" counts from a date of its paragraph or the one before


def _anchor(body: str, before: list[Timex], start: int) -> str | None:
    """The value of the last calendar date said before ``start``: what "في اليوم التالي" counts
    from (none further back than the paragraph before: the story may have moved on)."""
    for t in reversed(before):
        if body.count(_PARAGRAPH_BREAK, t.end, start) >= ANCHOR_PARAGRAPHS:
            return None
        if is_calendar(t.value):
            return t.value
    return None


_PARAGRAPH_BREAK = "\n\n"  # between two paragraphs of a body


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
