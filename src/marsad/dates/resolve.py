"""TIMEX3 values of mentions, against a publication date (a day, or the two ends of an interval).

Missing years are resolved against the publication date ``p``:
- with الماضي (qualifier -1): the latest such day (or month) wholly before ``p``;
- with المقبل (qualifier 1): the first one wholly after ``p``;
- with الجاري / الحالي (qualifier 0): the one in ``p``'s year;
- with none: the one nearest ``p`` (a stated weekday picks the year it falls on, when close).
Bare weekdays are the latest such day on or before ``p`` (with المقبل, the next one after it).
Values: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, START/END, and durations P11Y, PT2H, P2DE.
"""

from __future__ import annotations

import datetime as dt
import re

from hijridate import Gregorian, Hijri

from .grammar import Mention

# A day that moves with an undated page's date is given as the span of its possible days only
# when that span is shorter than this; a longer one says less than its year would.
MAX_SPAN_DAYS = 366
_WEEKDAY_WINDOW = 200  # days: a stated weekday may choose a year this close to publication
_DURATION_UNITS = {"Y": "P{}Y", "M": "P{}M", "W": "P{}W", "D": "P{}D", "H": "PT{}H", "DE": "P{}DE", "CE": "P{}CE"}
# A value that names calendar time: a day, a month, a year, an ISO week, or an interval of days.
_CALENDAR_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-Q[1-4]|-H[12])?(?:/\d{4}-\d{2}-\d{2})?$")


def is_calendar(value: str | None) -> bool:
    """Whether a timex value is calendar time, which can date an event ("2022-12-28",
    "2023-05", "2015-W52", "2023-Q1"): not "PRESENT_REF", a century, a season or a duration."""
    return bool(value) and _CALENDAR_RE.match(value) is not None


def timex_type(m: Mention) -> str:
    return "DURATION" if m.kind == "duration" else "DATE"


def resolve(m: Mention, p: dt.date | None) -> str | None:
    """The value of ``m`` when published on day ``p`` (None: only values the text fixes)."""
    kind = m.kind
    if kind == "duration":
        fmt = _DURATION_UNITS.get(m.unit or "")
        return fmt.format(m.amount) if fmt and m.amount is not None else None
    if kind == "range":
        end = resolve(m.to, p) if m.to else None
        if end is None or len(end) != 10:
            return None
        if m.to.kind == "weekday" and m.weekday is not None:  # "يومي الخميس والجمعة": the days up to the second
            start = dt.date.fromisoformat(end) - dt.timedelta(days=(m.to.weekday - m.weekday) % 7)
            return f"{start.isoformat()}/{end}"
        if m.year is None and m.month == m.to.month and m.calendar == m.to.calendar and m.calendar == "gregorian":
            start = _iso(int(end[:4]), m.month, m.day)
        else:
            start = resolve(Mention(m.start, m.end, "date", m.day, m.month, m.year, m.calendar, m.weekday, m.qualifier), p)
        return f"{start}/{end}" if start and len(start) == 10 and start <= end else None
    if kind == "date":
        return _date(m, p)
    if p is None:
        return None
    if kind == "relative":
        return _relative(m, p)
    if kind == "weekday":
        if m.qualifier is None and m.ahead:  # a weekday to come: this one or the next ("من المقرر ... الثلاثاء")
            return (p + dt.timedelta(days=(m.weekday - p.weekday()) % 7)).isoformat()
        return _weekday(m.weekday, m.qualifier, p).isoformat()
    return None


def resolve_anaphoric(m: Mention, anchor: str | None) -> str | None:
    """The value of an anaphoric mention ("اليوم التالي", "العام نفسه", "بعد يومين" in a story)
    counted from the value of the date said before it: a day, week, month or year as fine as the
    mention's unit asks (None when the anchor is coarser, an interval, or missing)."""
    if not anchor or "/" in anchor or not is_calendar(anchor) or m.amount is None:
        return None
    unit, n = m.unit, m.amount
    if unit in ("D", "W"):
        if len(anchor) != 10:
            return None
        day = dt.date.fromisoformat(anchor) + dt.timedelta(days=n if unit == "D" else 7 * n)
        if unit == "D":
            return day.isoformat()
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "M":
        if len(anchor) < 7 or anchor[5] not in "01":
            return None
        index = int(anchor[:4]) * 12 + int(anchor[5:7]) - 1 + n
        if m.day:  # "في السادس من الشهر نفسه"
            return _iso(index // 12, index % 12 + 1, m.day)
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "Y":
        return f"{int(anchor[:4]) + n:04d}"
    return None


def resolve_between(m: Mention, earliest: dt.date | None, latest: dt.date | None) -> str | None:
    """The value against both ends of an interval: kept when they agree; a day that moves with
    the date ("اليوم", "الخميس") is the span of days between its two values (up to
    :data:`MAX_SPAN_DAYS`); else a coarser common value (the month or year both ends share)."""
    if earliest is None or latest is None or earliest == latest:
        return resolve(m, earliest if earliest == latest else None)
    a, b = resolve(m, earliest), resolve(m, latest)
    if a == b:
        return a
    if a is None or b is None or "/" in a or "/" in b or a.startswith("P"):
        return None
    if len(a) == 10 and len(b) == 10 and a < b and _days_between(a, b) <= MAX_SPAN_DAYS:
        return f"{a}/{b}"  # a day: one of the interval's ("اليوم" of a page known to a few months)
    if len(a) >= 7 and len(b) >= 7 and a[:7] == b[:7] and a[4] == "-" and a[5] != "W":
        return a[:7]
    return a[:4] if a[:4] == b[:4] else None


def _days_between(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


# ---------------------------------------------------------------- dates


def _date(m: Mention, p: dt.date | None) -> str | None:
    if m.month_shift is not None:
        if p is None:
            return None
        index = p.year * 12 + p.month - 1 + m.month_shift
        return _iso(index // 12, index % 12 + 1, m.day)
    if m.month is None:
        return str(m.year) if m.year is not None else None
    if m.calendar == "hijri":
        return _hijri(m, p)
    if m.year is not None:
        return _iso(m.year, m.month, m.day) if m.day else f"{m.year:04d}-{m.month:02d}"
    if p is None:
        return None
    if m.year_shift is not None:
        return _iso(p.year + m.year_shift, m.month, m.day)
    candidates = []
    for year in (p.year - 1, p.year, p.year + 1):
        if m.day:
            try:
                day = dt.date(year, m.month, m.day)
            except ValueError:
                continue
            candidates.append((year, day, day))
        else:
            candidates.append((year, dt.date(year, m.month, 1), month_end(year, m.month)))
    chosen = _choose(candidates, m.qualifier, m.weekday if m.day else None, p, m.ahead)
    if chosen is None:
        return None
    return _iso(chosen, m.month, m.day) if m.day else f"{chosen:04d}-{m.month:02d}"


def _choose(
    candidates: list[tuple[int, dt.date, dt.date]], qualifier: int | None, weekday: int | None, p: dt.date, ahead: bool | None = None
) -> int | None:
    """The year among (year, first day, last day) candidates that the qualifier and ``p`` select.

    Without a qualifier, a weekday that agrees decides; else the clause's tense (``ahead``): a
    month spoken of in the future is the next one to come, any other the last one begun.
    """
    if not candidates:
        return None
    if qualifier == -1:
        before = [c for c in candidates if c[2] < p]
        return before[-1][0] if before else None
    if qualifier == 1:
        after = [c for c in candidates if c[1] > p]
        return after[0][0] if after else None
    if qualifier == 0:
        return next((c[0] for c in candidates if c[0] == p.year or c[1] <= p <= c[2]), None)
    if weekday is not None:
        agreeing = [c for c in candidates if c[1].weekday() == weekday and abs((c[1] - p).days) <= _WEEKDAY_WINDOW]
        if agreeing:
            return min(agreeing, key=lambda c: (_distance(c, p), c[1]))[0]
    if ahead is True:
        coming = [c for c in candidates if c[2] >= p]
        return coming[0][0] if coming else None
    if ahead is False:
        begun = [c for c in candidates if c[1] <= p]
        return begun[-1][0] if begun else None
    return min(candidates, key=lambda c: (_distance(c, p), c[1]))[0]


def _distance(c: tuple[int, dt.date, dt.date], p: dt.date) -> int:
    if c[1] <= p <= c[2]:
        return 0
    return min(abs((c[1] - p).days), abs((c[2] - p).days))


def _hijri(m: Mention, p: dt.date | None) -> str | None:
    if m.year is not None:
        years = [m.year]
    elif p is None:
        return None
    else:
        try:
            hy = Gregorian(p.year, p.month, p.day).to_hijri().year
        except (ValueError, OverflowError):
            return None
        years = [hy - 1, hy, hy + 1]
    candidates = []
    for year in years:
        span = _hijri_span(year, m.month, m.day)
        if span:
            candidates.append((year, *span))
    if m.year is None:
        chosen = _choose(candidates, m.qualifier, m.weekday if m.day else None, p, m.ahead)
        candidates = [c for c in candidates if c[0] == chosen]
    if not candidates:
        return None
    _, first, last = candidates[0]
    return first.isoformat() if m.day else f"{first.isoformat()}/{last.isoformat()}"


def _hijri_span(year: int, month: int, day: int | None) -> tuple[dt.date, dt.date] | None:
    try:
        if day:
            g = Hijri(year, month, day).to_gregorian()
            d = dt.date(g.year, g.month, g.day)
            return d, d
        h = Hijri(year, month, 1)
        g = h.to_gregorian()
        first = dt.date(g.year, g.month, g.day)
        return first, first + dt.timedelta(days=h.month_length() - 1)
    except (ValueError, OverflowError):
        return None


# ---------------------------------------------------------------- relative words


def _relative(m: Mention, p: dt.date) -> str | None:
    unit, n = m.unit, m.amount or 0
    if unit == "D":
        return (p + dt.timedelta(days=n)).isoformat()
    if unit == "W":
        year, week, _ = (p + dt.timedelta(weeks=n)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "M":
        index = p.year * 12 + p.month - 1 + n
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "Y":
        return f"{p.year + n:04d}"
    return None


def _weekday(weekday: int, qualifier: int | None, p: dt.date) -> dt.date:
    if qualifier == 1:
        return p + dt.timedelta(days=(weekday - p.weekday() - 1) % 7 + 1)
    if qualifier == -1:  # "الخميس الماضي": not yesterday (news says "أمس الخميس"), the one before
        back = (p.weekday() - weekday - 1) % 7 + 1
        return p - dt.timedelta(days=back if back > 1 else back + 7)
    return p - dt.timedelta(days=(p.weekday() - weekday) % 7)


# ---------------------------------------------------------------- helpers


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        return dt.date(year, month, day or 1).isoformat() if day else f"{year:04d}-{month:02d}"
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)
