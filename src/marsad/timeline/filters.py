"""The filters of ``marsad timeline``: by actor, date window and event type."""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from .intervals import parse


def select(
    records: Iterable[dict[str, Any]],
    *,
    actors: Iterable[str] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    types: Iterable[str] = (),
) -> list[dict[str, Any]]:
    """Records that involve every actor, may fall in ``since..until`` and have one of the types.

    An actor is an ISO3 country code ("TUR", matched against the record's countries) or an
    actor id ("hulusi-akar").  A record is kept by a date window when its date interval meets
    the window; an undated record is dropped by any window.
    """
    wanted = [a.strip() for a in actors if a.strip()]
    kinds = {t.strip().upper() for t in types if t.strip()}
    out = []
    for rec in records:
        if kinds and rec.get("type") not in kinds:
            continue
        if wanted and not all(_involves(rec, a) for a in wanted):
            continue
        if (since or until) and not _meets(rec.get("date"), since, until):
            continue
        out.append(rec)
    return out


def _involves(rec: dict[str, Any], actor: str) -> bool:
    if actor.upper() in (rec.get("countries") or []):
        return True
    return any(a.get("entity") == actor for a in rec.get("actors") or [])


def _meets(value: str | None, since: dt.date | None, until: dt.date | None) -> bool:
    when = parse(value)
    if when is None or when.yearless:
        return False
    return (since is None or when.hi >= since) and (until is None or when.lo <= until)
