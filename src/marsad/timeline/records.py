"""Timeline records (the SPEC's story resource) from clusters of reports.

A record keeps, for each field, the most precise value any report gives and names the report
it came from (``provenance``): the narrowest date, a city over its country, a stated mode
over none.  Values that differ without one refining the other (``visit`` and
``multilateral``; 2022-12-28/2022-12-29 and 2022-12-29/2022-12-30) are listed in
``conflicts``.  ``sources`` carries, for every report, its outlet, title, publication date and
evidence sentence, so a record can be shown or exported without its documents.

A record's ``id`` is derived from its reports: the same documents give the same ids.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..model import Event, Location
from .intervals import parse, within
from .match import Report, is_country, place_key

SUMMARY_CHARS = 220


def record(members: list[Report]) -> dict[str, Any]:
    """The SPEC timeline record of one cluster (its reports most precise first)."""
    first = members[0]
    ev = first.event
    dated = [m for m in members if m.dated]
    date_from = dated[0] if dated else None
    place_from = _place_source(members)
    mode_from = _mode_source(members)
    mediator_from = next((m for m in members if m.event.mediator), None)
    countries = sorted(set().union(*(m.countries for m in members)))
    reports = sorted(members, key=lambda m: m.key)
    headline = date_from or first
    rec: dict[str, Any] = {
        "id": record_id(ev.type, date_from.when.lo.isoformat() if date_from else None, [m.key for m in members]),
        "type": ev.type,
        "mode": mode_from.event.mode if mode_from else None,
        "status": ev.status,
        "date": date_from.event.date if date_from else None,
        "location": _location(place_from.event.location) if place_from else None,
        "countries": countries,
        "mediator": mediator_from.event.mediator if mediator_from else None,
        "actors": _actors(members),
        "summary": shorten(headline.event.evidence.text if headline.event.evidence else "", SUMMARY_CHARS),
        "reports": [{"doc": m.doc.id, "event": m.event.id} for m in reports],
        "sources": [_source(m) for m in reports],
        "provenance": {
            field: {"doc": m.doc.id, "event": m.event.id}
            for field, m in (("date", date_from), ("location", place_from), ("mode", mode_from), ("mediator", mediator_from))
            if m is not None
        },
        "conflicts": conflicts(members),
        "confidence": _confidence(members),
    }
    return rec


def record_id(type_: str, start: str | None, keys: list[tuple[str, str]]) -> str:
    digest = hashlib.sha1("\n".join(f"{d}\t{e}" for d, e in sorted(keys)).encode("utf-8")).hexdigest()[:10]
    return f"{type_.lower()}-{start or 'undated'}-{digest}"


def sort_key(rec: dict[str, Any]) -> tuple:
    when = parse(rec.get("date"))
    start = when.lo.isoformat() if when is not None and when.lo else "9999"
    return (start, rec["type"], rec["id"])


# ---------------------------------------------------------------- choosing values

def _place_source(members: list[Report]) -> Report | None:
    """The report naming the most specific place: a city over a country, over nothing."""
    placed = [m for m in members if m.event.location is not None]
    specific = [m for m in placed if not is_country(m.event.location)]
    return (specific or placed or [None])[0]


def _mode_source(members: list[Report]) -> Report | None:
    """The stated mode most reports give (the most precise report breaks a tie)."""
    stated = [m for m in members if m.event.mode]
    if not stated:
        return None
    counts: dict[str, int] = {}
    for m in stated:
        counts[m.event.mode] = counts.get(m.event.mode, 0) + 1
    best = max(counts.values())
    return next(m for m in stated if counts[m.event.mode] == best)


def conflicts(members: list[Report]) -> list[dict[str, Any]]:
    """Fields on which reports differ without one refining the other."""
    out = []
    dated = [m for m in members if m.dated]
    clash = any(
        not within(a.when, b.when) and not within(b.when, a.when) for i, a in enumerate(dated) for b in dated[i + 1 :]
    )
    if clash:
        out.append(_conflict("date", dated, lambda e: e.date))
    places = [m for m in members if m.event.location is not None and not is_country(m.event.location)]
    if len({place_key(m.event.location) for m in places}) > 1:
        out.append(_conflict("location", places, lambda e: e.location.name))
    for field in ("mode", "mediator"):
        stated = [m for m in members if getattr(m.event, field)]
        if len({getattr(m.event, field) for m in stated}) > 1:
            out.append(_conflict(field, stated, lambda e, f=field: getattr(e, f)))
    return out


def _conflict(field: str, members: list[Report], value) -> dict[str, Any]:
    return {
        "field": field,
        "values": [{"value": value(m.event), "doc": m.doc.id, "event": m.event.id} for m in sorted(members, key=lambda m: m.key)],
    }


def _actors(members: list[Report]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for m in members:
        for a in m.event.actors:
            key = (a.entity or a.name, a.country, a.sector)
            if key in seen:
                continue
            seen.add(key)
            out.append({"entity": a.entity, "name": a.name, "country": a.country, "sector": a.sector})
    return out


def _confidence(members: list[Report]) -> float:
    """Independent reports make a record likelier: 1 - prod(1 - c)."""
    doubt = 1.0
    for m in members:
        doubt *= 1.0 - max(0.0, min(1.0, m.event.confidence))
    return round(1.0 - doubt, 3)


def _source(m: Report) -> dict[str, Any]:
    doc, ev = m.doc, m.event
    p = doc.published
    return {
        "doc": doc.id,
        "event": ev.id,
        "outlet": doc.outlet.name,
        "outlet_text": doc.outlet.text,
        "title": doc.title,
        "url": doc.source.url,
        "published": p.date or (f"{p.earliest}/{p.latest}" if p.earliest and p.latest else None),
        "date": ev.date,
        "mode": ev.mode,
        "location": _location(ev.location),
        "countries": sorted(m.countries),
        "evidence": _evidence(ev),
        "confidence": ev.confidence,
    }


def _evidence(ev: Event) -> dict[str, Any] | None:
    if ev.evidence is None:
        return None
    return {"start": ev.evidence.start, "end": ev.evidence.end, "text": ev.evidence.text}


def _location(loc: Location | None) -> dict[str, Any] | None:
    return {"name": loc.name, "country": loc.country} if loc is not None else None


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut) + "\N{HORIZONTAL ELLIPSIS}"
