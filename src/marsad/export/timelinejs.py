"""The timeline as TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

Each dated record is a slide: ``start_date`` (and ``end_date`` for an interval) at the
record's precision, a headline (type, mode, place), and its sources with their evidence
sentences as escaped HTML; ``group`` is the PLOVER type.  Undated records are left out
(TimelineJS needs a start date).
"""

from __future__ import annotations

import html
import json
from typing import Any

from ..timeline.intervals import parse
from .labels import country_name

TITLE = "\u0645\u0631\u0635\u062f \N{EM DASH} \u0627\u0644\u062e\u0637 \u0627\u0644\u0632\u0645\u0646\u064a"  # مرصد — الخط الزمني


def to_timelinejs(records: list[dict[str, Any]]) -> str:
    return json.dumps(timelinejs(records), ensure_ascii=False, indent=1)


def timelinejs(records: list[dict[str, Any]]) -> dict[str, Any]:
    events = []
    for rec in records:
        when = parse(rec.get("date"))
        if when is None or when.yearless:
            continue
        slide: dict[str, Any] = {
            "unique_id": rec["id"],
            "start_date": _date(when.lo, when.precision),
            "text": {"headline": html.escape(headline(rec)), "text": _body(rec)},
            "group": rec["type"],
        }
        if when.precision == "interval":
            slide["end_date"] = _date(when.hi, "day")
        slide["display_date"] = rec["date"]
        events.append(slide)
    return {
        "title": {"text": {"headline": html.escape(TITLE), "text": f"<p>{len(events)} events</p>"}},
        "events": events,
    }


def headline(rec: dict[str, Any]) -> str:
    parts = [rec["type"]]
    if rec.get("mode"):
        parts.append(rec["mode"])
    if rec.get("status") and rec["status"] != "reported":
        parts.append(rec["status"])
    loc = rec.get("location") or {}
    where = f" \N{EM DASH} {loc['name']}" if loc.get("name") else ""
    who = ", ".join(country_name(c) for c in rec.get("countries") or [])
    return f"{' / '.join(parts)}{where}: {who}" if who else f"{' / '.join(parts)}{where}"


def _date(day, precision: str) -> dict[str, int]:
    out = {"year": day.year}
    if precision in ("month", "day", "interval"):
        out["month"] = day.month
    if precision in ("day", "interval"):
        out["day"] = day.day
    return out


def _body(rec: dict[str, Any]) -> str:
    items = []
    for s in rec.get("sources") or []:
        outlet = html.escape(s.get("outlet") or s.get("outlet_text") or s["doc"])
        title = f" \N{EM DASH} {html.escape(s['title'])}" if s.get("title") else ""
        evidence = html.escape((s.get("evidence") or {}).get("text") or "")
        items.append(f"<li><b>{outlet}</b>{title}<blockquote dir=\"rtl\">{evidence}</blockquote></li>")
    return f"<ul>{''.join(items)}</ul>"
