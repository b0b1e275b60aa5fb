"""Event dates as day intervals: the SPEC's date values, compared at their precision.

A SPEC date value is ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``START/END`` (each end any of
those), or null.  :func:`parse` turns it into a :class:`When`: the first and last day it
allows.  ``2022-12`` is 2022-12-01..2022-12-31, so it overlaps ``2022-12-28``; two days
overlap only when they are the same day.

A value whose year the text did not give (``XXXX-12``, ``XXXX-12-28``) is a *year-less*
:class:`When`: it fixes a month (and perhaps a day) in an unknown year and overlaps any
interval holding such a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_PART_RE = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True)
class When:
    """The days a date value allows: ``lo..hi``; or, year-less, a month (and day) of any year."""

    value: str
    lo: dt.date | None = None
    hi: dt.date | None = None
    month: int | None = None  # year-less values only
    day: int | None = None

    @property
    def yearless(self) -> bool:
        return self.lo is None

    @property
    def days(self) -> int:
        """How many days the value allows (a year-less month counts as its month's days)."""
        if self.lo is None or self.hi is None:
            return 1 if self.day else 31
        return (self.hi - self.lo).days + 1

    @property
    def precision(self) -> str:
        """"day", "month", "year" or "interval": how the value was written."""
        if "/" in self.value:
            return "interval"
        part = self.value.split("-")
        return ("year", "month", "day")[len(part) - 1]


def parse(value: str | None) -> When | None:
    """The :class:`When` of a SPEC date value; None for null or for text that is no date."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = _part(first), _part(last)
        if a is None or b is None or a[0] is None or b[0] is None:
            return None
        lo, hi = a[0], b[1]
        return When(value, lo, hi) if lo <= hi else None
    part = _part(value)
    if part is None:
        return None
    lo, hi, month, day = part
    return When(value, lo, hi, month, day)


def _part(text: str) -> tuple[dt.date | None, dt.date | None, int | None, int | None] | None:
    m = _PART_RE.match(text.strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    mo = int(month) if month else None
    d = int(day) if day else None
    if (mo is not None and not 1 <= mo <= 12) or (d is not None and not 1 <= d <= 31):
        return None
    if year == "XXXX":
        return (None, None, mo, d) if mo else None
    y = int(year)
    try:
        if mo is None:
            return dt.date(y, 1, 1), dt.date(y, 12, 31), None, None
        if d is None:
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]), None, None
        day_ = dt.date(y, mo, d)
    except ValueError:
        return None
    return day_, day_, None, None


def overlaps(a: When, b: When) -> bool:
    """Whether some day is allowed by both values."""
    if a.yearless and b.yearless:
        return a.month == b.month and (a.day is None or b.day is None or a.day == b.day)
    if a.yearless or b.yearless:
        pattern, span = (a, b) if a.yearless else (b, a)
        return _fits(pattern, span.lo, span.hi)
    return a.lo <= b.hi and b.lo <= a.hi


def within(inner: When, outer: When) -> bool:
    """Whether every day ``inner`` allows is allowed by ``outer`` (a refinement, not a conflict)."""
    if inner.yearless or outer.yearless:
        if inner.yearless and outer.yearless:
            return inner.month == outer.month and (outer.day is None or inner.day == outer.day)
        return False
    return outer.lo <= inner.lo and inner.hi <= outer.hi


def _fits(pattern: When, lo: dt.date, hi: dt.date) -> bool:
    for year in range(lo.year, hi.year + 1):
        last = calendar.monthrange(year, pattern.month)[1]
        if pattern.day is not None and pattern.day > last:
            continue
        first = dt.date(year, pattern.month, pattern.day or 1)
        final = dt.date(year, pattern.month, pattern.day or last)
        if first <= hi and lo <= final:
            return True
    return False
