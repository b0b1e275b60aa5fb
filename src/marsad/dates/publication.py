"""The publication date of a document: a day, or an interval that surely holds it.

A dateline or metadata date found by cleaning is kept as it is (a date htmldate guessed from an
HTML page's text, basis ``GUESSED``, only when the text gives no day of its own).  Otherwise the candidate days
start as ``[FLOOR, ctx.reference_date]`` (no page is published in the future) and each piece
of evidence in the text narrows them, strongest first; evidence that would leave no candidate
contradicts stronger evidence and is skipped:

0. a wire dateline opening the body ("أديس أبابا 20 كانون الأول/ ديسمبر 2023 (إينا) -"): that day;
1. a deictic word with a date ("اليوم الخميس 29 ديسمبر 2022"): the day itself;
2. a deictic word with a weekday ("اليوم الثلاثاء", "أمس الخميس") fixes the weekday, and with
   the same weekday dated elsewhere ("الخميس 24 من حزيران") the day, in the years where that
   date falls on that weekday (the 28-year cycle);
3. months and days stated with their year bound it from below, a year early (a report may
   name next year's date), unless a future cue ("بحلول", "المقرر") precedes them; told as past
   ("التي جرت في ١٠ أكتوبر ٢٠٢١": a verb of class past_cue just before), from that day;
4. a weekday with a day and month ("الثلاثاء 11 حزيران") holds only in some years, and a
   date without a year is near publication (before it with الماضي, after it with المقبل);
   A dateline above the article without its year is the day itself, in those years;
5. a month called current ("22 حزيران الحالي"): publication is in that month;
6. a caption's month and day ("DECEMBER 29") whose weekday is the lead's ("السبت");
7. "الأسبوع الماضي" / "الشهر الماضي" in the lead, about the lead's weekday and date: the
   following week or month;
8. ``ctx.bounds_providers``: each returns ``[(earliest, latest, reason)]``; intervals that
   share a reason are alternatives (one person's several terms), different reasons all hold.

When one day remains it is the date; otherwise ``date`` is null and ``earliest``/``latest``
span the candidates: an interval beats a guess.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from typing import Callable, Iterable

from ..model import Document, Published
from ..options import Context
from ..text.normalize import fold
from .grammar import Mention, find_mentions
from .resolve import resolve
from .dateline import partial_dateline, wire_date

GUESSED = "guess"  # the basis of a day htmldate guessed from an HTML page's text (no markup, no dateline)

FLOOR = dt.date(1990, 1, 1)  # no page we read was published on the web before this day
_HEAD_REASONS = ("header", "category", "dateline", "widget")  # lines set aside above the body ("الثلاثاء 22 أكتوبر | الكويت 34°")
_NEAR_BEFORE = 183  # days: a date without a year is at most this long after publication...
_NEAR_AFTER = 366  # ...and at most this long before it
_WEEK_STARTS = (5, 6, 0)
_YEAR_SLACK = 1  # a stated month of year Y bounds publication from 1 January of Y - 1: a report
# may announce next year's date ("الانتخابات في آذار 2019", written in 2018)  # weeks start on Saturday, Sunday or Monday, depending on the country

Spans = list[tuple[int, int]]  # sorted, disjoint, inclusive day ordinals


def infer_published(doc: Document, folded: str, mentions: list[Mention], ctx: Context) -> Published:
    """The publication date of ``doc`` from its text, captions and the context's bounds."""
    prior = doc.published
    if prior.date and prior.basis == GUESSED:  # htmldate's guess from a page's text: only when the text fixes no day
        found = infer_published(dataclasses.replace(doc, published=Published()), folded, mentions, ctx)
        return found if found.date else prior
    if prior.date:
        return prior
    ref = ctx.reference_date
    state = _State(FLOOR.toordinal(), ref.toordinal())
    if prior.earliest and prior.latest:
        state.apply(prior.basis or "prior", [(dt.date.fromisoformat(prior.earliest).toordinal(), dt.date.fromisoformat(prior.latest).toordinal())])
    years = range(FLOOR.year - 1, ref.year + 2)
    paragraph = _paragraph_index(folded)
    body_dates = [m for m in mentions if m.kind in ("date", "range") and m.calendar == "gregorian"]

    # 0. a wire dateline opening the lead: that day (in the years its weekday allows, without a year)
    wire = wire_date(folded, body_dates)
    if wire is not None:
        state.apply("wire dateline", _days(_anchor_days(wire, years), 0))

    # 1. a deictic word with a date
    for m in body_dates:
        if m.deictic is not None and m.day and m.month:
            tag = "relative+weekday+date" if m.weekday is not None else "relative+date"
            state.apply(tag, _days(_anchor_days(m, years), -m.deictic))

    # 2. a deictic word with a weekday, and the same weekday dated elsewhere
    for m in mentions:
        if m.kind == "relative" and m.unit == "D" and m.weekday is not None:
            offset = m.amount or 0
            state.apply_weekday("relative+weekday", (m.weekday - offset) % 7)
            dated = {
                (d.day, d.month, d.year)
                for d in body_dates
                if d.weekday == m.weekday and d.day and d.deictic is None and d.qualifier in (None, 0)
            }
            if len(dated) == 1:
                day, month, year = next(iter(dated))
                anchor = Mention(0, 0, "date", day=day, month=month, year=year, weekday=m.weekday)
                state.apply("relative+weekday+date", _days(_anchor_days(anchor, years), -offset))

    # 3. stated years bound it from below
    stated = [y for y in (_stated_year(m) for m in mentions if not m.future) if y is not None and y <= ref.year]
    if stated:
        state.apply("year", [(dt.date(max(stated) - _YEAR_SLACK, 1, 1).toordinal(), state.hi)])
    # 3a. and a day or month told as past ("التي جرت في ١٠ أكتوبر ٢٠٢١") from itself
    past = [_first_day(m) for m in mentions if m.past and m.calendar == "gregorian" and m.year is not None and m.month is not None]
    past = [d for d in past if d is not None and d <= ref]
    if past:
        state.apply("past date", [(max(past).toordinal(), state.hi)])

    # 4. a weekday with a day and month, no year
    for m in body_dates:
        if m.kind == "date" and m.weekday is not None and m.day and m.month and m.year is None and m.deictic is None:
            state.apply("weekday+date", _near(m, _anchor_days(m, years)))

    # 4a. a weekday called next or last, then its day and month ("يوم الاثنين المقبل 26 أكتوبر"):
    # that day, in the years its weekday allows, within the week after (or before) publication
    for weekday, day in _apposed_weekdays(folded, mentions):
        anchor = Mention(0, 0, "date", day=day.day, month=day.month, weekday=weekday.weekday)
        state.apply("weekday+date", _merge(
            (o - 7, o - 1) if weekday.qualifier == 1 else (o + 1, o + 7) for o in (d.toordinal() for d in _anchor_days(anchor, years))))

    # 4b. a dateline above the article without its year ("الثلاثاء 11 حزيران"): that very day
    for line in doc.dropped:
        m = partial_dateline(line.text) if line.reason in _HEAD_REASONS else None
        if m is not None:
            state.apply("weekday+dateline", _days(_anchor_days(m, years), 0))
            break

    # 5. a month called current
    for m in body_dates:
        if m.kind == "date" and m.qualifier == 0 and m.month and m.year is None:
            state.apply("current month", [_month_span(y, m.month) for y in years])

    # 6. a caption's day agreeing with the lead's weekday
    lead_weekday = _lead_weekday(mentions, paragraph)
    if lead_weekday is not None:
        for caption in doc.captions:
            cap_folded, _ = fold(caption)
            for m in find_mentions(cap_folded):
                if m.kind == "date" and m.day and m.month and m.calendar == "gregorian":
                    anchor = Mention(0, 0, "date", day=m.day, month=m.month, year=m.year, weekday=lead_weekday)
                    state.apply("caption+weekday", _days(_anchor_days(anchor, years), 0))

    # 7. "last week" in the lead, about the lead's weekday and date
    lead = _lead_event(body_dates, paragraph)
    if lead is not None:
        for m in mentions:
            if m.kind == "relative" and m.unit in ("W", "M") and m.amount == -1 and paragraph(m.start) == 0:
                state.apply("relative+lead", _following(m.unit, _anchor_days(lead, years)))

    # 8. bounds from other stages (terms of office, ...)
    for provider in ctx.bounds_providers:
        _apply_bounds(state, provider(doc))

    return state.published()


def published_from_text(doc: Document, ctx: Context) -> Published:
    """:func:`infer_published` for a document alone (folds and reads the body itself)."""
    folded, _ = fold(doc.body)
    return infer_published(doc, folded, find_mentions(folded), ctx)


class _State:
    """The candidate days, with the evidence that narrowed them."""

    def __init__(self, lo: int, hi: int):
        self.lo, self.hi = lo, hi
        self.spans: Spans = [(lo, hi)] if lo <= hi else []
        self.weekday: int | None = None
        self.tags: list[str] = []

    def apply(self, tag: str, spans: Spans) -> bool:
        narrowed = _trim(_intersect(self.spans, sorted(spans)), self.weekday)
        if not narrowed:
            return False  # contradicts stronger evidence
        if narrowed != self.spans:
            self.spans = narrowed
            self.tags.append(tag)
        return True

    def apply_weekday(self, tag: str, weekday: int) -> bool:
        if self.weekday is not None:
            return self.weekday == weekday
        narrowed = _trim(self.spans, weekday)
        if not narrowed:
            return False
        self.weekday = weekday
        self.spans = narrowed
        self.tags.append(tag)
        return True

    def published(self) -> Published:
        if not self.spans:
            return Published()
        lo, hi = self.spans[0][0], self.spans[-1][1]
        earliest, latest = dt.date.fromordinal(lo).isoformat(), dt.date.fromordinal(hi).isoformat()
        tags = _unique(self.tags)
        if lo == hi:
            return Published(date=earliest, earliest=earliest, latest=latest, basis="+".join(tags) or "reference")
        return Published(date=None, earliest=earliest, latest=latest, basis="+".join(["interval", *tags]))


def _unique(tags: list[str]) -> list[str]:
    """The kinds of evidence used, in order, each once ("relative+weekday+date+year")."""
    out: list[str] = []
    for tag in tags:
        for word in tag.split("+"):
            if word not in out:
                out.append(word)
    return out


# ---------------------------------------------------------------- spans


def _intersect(a: Spans, b: Spans) -> Spans:
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def _trim(spans: Spans, weekday: int | None) -> Spans:
    """Shrink every span to start and end on ``weekday`` (Monday = 0); drop spans without one."""
    if weekday is None:
        return spans
    out = []
    for lo, hi in spans:
        lo += (weekday - (lo - 1) % 7) % 7
        hi -= ((hi - 1) % 7 - weekday) % 7
        if lo <= hi:
            out.append((lo, hi))
    return out


def _merge(spans: Iterable[tuple[int, int]]) -> Spans:
    out: Spans = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _days(days: Iterable[dt.date], shift: int) -> Spans:
    return _merge((d.toordinal() + shift, d.toordinal() + shift) for d in days)


def _month_span(year: int, month: int) -> tuple[int, int]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return first.toordinal(), nxt.toordinal() - 1


# ---------------------------------------------------------------- evidence


def _anchor_days(m: Mention, years: range) -> list[dt.date]:
    """The days a day-and-month mention can be: its year, or every year where its weekday fits."""
    out = []
    for year in [m.year] if m.year else years:
        try:
            day = dt.date(year, m.month, m.day)
        except ValueError:
            continue
        if m.weekday is None or day.weekday() == m.weekday:
            out.append(day)
    return out


def _near(m: Mention, days: list[dt.date]) -> Spans:
    """Publication days for which a year-less date resolves to one of ``days``."""
    spans = []
    for day in days:
        o = day.toordinal()
        if m.qualifier == -1 or m.past:  # ("وكانت ... قد أسقطت، مساء الثلاثاء 9 يناير": a day before the page)
            spans.append((o + 1, o + _NEAR_AFTER))
        elif m.qualifier == 1:
            spans.append((o - _NEAR_AFTER, o - 1))
        elif m.qualifier == 0:
            spans.append(_month_span(day.year, day.month))
        else:
            spans.append((o - _NEAR_BEFORE, o + _NEAR_AFTER))
    return _merge(spans)


def _following(unit: str, days: list[dt.date]) -> Spans:
    """Publication days for which each of ``days`` fell "last week" (or "last month")."""
    spans = []
    for day in days:
        o = day.toordinal()
        if unit == "W":
            for start in _WEEK_STARTS:
                week = o - (day.weekday() - start) % 7
                spans.append((week + 7, week + 13))
        else:
            nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
            spans.append(_month_span(nxt.year, nxt.month))
    return _merge(spans)


def _apposed_weekdays(folded: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """A weekday with "المقبل" or "الماضي" and, right after it, a day and month without a year."""
    out = []
    for a, b in zip(mentions, mentions[1:]):
        if (a.kind == "weekday" and a.qualifier in (1, -1) and b.kind == "date" and b.day and b.month
                and b.year is None and b.weekday is None and not folded[a.end : b.start].strip(" ,\u060c")):
            out.append((a, b))
    return out


def _first_day(m: Mention) -> dt.date | None:
    """The first day a dated day or month names."""
    try:
        return dt.date(m.year, m.month, m.day or 1)
    except ValueError:
        return None


def _stated_year(m: Mention) -> int | None:
    """The year of a dated month or day ("أيار 2023", "11 كانون الأول 2019"); a bare year
    ("عام 2020") is as often a plan or an election to come, and bounds nothing."""
    if m.kind not in ("date", "range") or m.year is None or m.month is None:
        return None
    if m.calendar == "gregorian":
        return m.year
    value = resolve(m, None)
    return int(value[:4]) if value else None


def _paragraph_index(folded: str) -> Callable[[int], int]:
    breaks = []
    i = folded.find("\n\n")
    while i >= 0:
        breaks.append(i)
        i = folded.find("\n\n", i + 2)
    return lambda offset: bisect.bisect_right(breaks, offset)


def _lead_weekday(mentions: list[Mention], paragraph: Callable[[int], int]) -> int | None:
    """The weekday of publication the lead implies: "السبت" (same day), "أمس الجمعة" (the day after)."""
    for m in mentions:
        if paragraph(m.start) > 0:
            break
        if m.kind == "weekday" and m.qualifier is None:
            return m.weekday
        if m.kind == "relative" and m.unit == "D" and m.weekday is not None:
            return (m.weekday - (m.amount or 0)) % 7
    return None


def _lead_event(body_dates: list[Mention], paragraph: Callable[[int], int]) -> Mention | None:
    """The first dated day of the text, when it is in the first two paragraphs and has a weekday."""
    for m in body_dates:
        if not (m.day and m.month):
            continue
        if paragraph(m.start) <= 1 and m.kind == "date" and m.weekday is not None and m.deictic is None and m.qualifier is None:
            return m
        return None
    return None


def _apply_bounds(state: _State, bounds: list[tuple[dt.date, dt.date, str]]) -> None:
    groups: dict[str, Spans] = {}
    for lo, hi, reason in bounds:
        groups.setdefault(reason, []).append((lo.toordinal(), hi.toordinal()))
    for reason, spans in groups.items():
        state.apply("bounds", _merge(spans))
