"""Datelines: a line of a page that is nothing but its date ("٢٩ ديسمبر ٢٠٢٢", "الخميس 29/12/2022 - 10:30")."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..resources import read_generated
from ..text.normalize import fold_key

_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|ص|م|صباحا|مساء|مساءا)?", re.I)
_NUMERIC_RE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, int], dict[str, int]]:
    cal = read_generated("calendar.json")
    months = {fold_key(k).lower(): v for k, v in cal["months"].items()}
    weekdays = {fold_key(k).lower(): v for k, v in cal["weekdays"].items()}
    return months, weekdays


def parse_dateline(line: str) -> str | None:
    """The ISO date of a line that holds only a full date (and perhaps a weekday and a time)."""
    months, weekdays = _names()
    text = _TIME_RE.sub(" ", fold_key(line).lower())
    text = re.sub(r"[,\u060c|\-\u2013\u2014]+", " ", text)
    toks = [t for t in text.split() if t not in weekdays and t not in ("تاريخ", "النشر", "نشر", "في", "بتاريخ", "اخر", "تحديث", "updated", "published", "on")]
    if len(toks) == 1:
        m = _NUMERIC_RE.match(toks[0])
        if m:
            a, b, c = (int(x) for x in m.groups())
            y, mo, d = (a, b, c) if a > 31 else (c, b, a)
            return _iso(y, mo, d)
        return None
    day = month = year = None
    i = 0
    while i < len(toks):
        tok = toks[i]
        two = f"{tok} {toks[i + 1]}" if i + 1 < len(toks) else None
        if two and two in months and month is None:
            month = months[two]
            i += 2
            continue
        if tok in months and month is None:
            month = months[tok]
        elif tok.isdigit() and len(tok) == 4 and year is None:
            year = int(tok)
        elif tok.isdigit() and len(tok) <= 2 and day is None:
            day = int(tok)
        elif tok.strip("/()") and tok.strip("/()") in months:
            pass  # the second name of a pair: "ديسمبر/كانون الأول"
        else:
            return None
        i += 1
    if day is None or month is None or year is None:
        return None
    return _iso(year, month, day)


def _iso(year: int, month: int, day: int) -> str | None:
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
