"""A document (or a timeline record) as the rows of each table: pure functions, no database.

The whole record is kept as JSON beside the columns people filter on, so reading a document
back gives exactly what was saved.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ..model import Document, Event, _plain
from .filters import date_range
from .search import index_text, search_key


def document_row(doc: Document) -> dict[str, Any]:
    p = doc.published
    return {
        "id": doc.id, "path": doc.source.path, "url": doc.source.url, "format": doc.source.format,
        "outlet": doc.outlet.name, "outlet_text": doc.outlet.text, "title": doc.title,
        "published": p.date, "earliest": p.earliest or p.date, "latest": p.latest or p.date, "basis": p.basis,
        "body": doc.body, "search_text": index_text(doc.title, doc.body), "record": doc.to_json(),
    }


def entity_rows(doc: Document) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for e in doc.entities:
        if e.id in seen:  # one row per entity id; a repeated id adds its mentions
            seen[e.id]["mentions"] += len(e.mentions)
            continue
        seen[e.id] = {"doc_id": doc.id, "entity": e.id, "name": e.name, "type": e.type, "country": e.country,
                      "role": e.role, "mentions": len(e.mentions)}
    return list(seen.values())


def mention_rows(doc: Document) -> list[dict[str, Any]]:
    counts: Counter[tuple[str, str]] = Counter()
    for e in doc.entities:
        for m in e.mentions:
            text = " ".join(m.text.split())[:300]
            if text:
                counts[(e.id, text)] += 1
    return [{"doc_id": doc.id, "entity": entity, "text": text, "key": search_key(text), "count": n}
            for (entity, text), n in sorted(counts.items())]


def event_rows(doc: Document) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for ev in doc.events:
        rows[ev.id] = event_row(doc.id, ev)  # a repeated event id keeps its last version
    return list(rows.values())


def event_row(doc_id: str, ev: Event) -> dict[str, Any]:
    start, end = date_range(ev.date)
    return {
        "doc_id": doc_id, "event_id": ev.id, "type": ev.type, "mode": ev.mode, "date": ev.date,
        "date_from": start, "date_to": end,
        "location": ev.location.name if ev.location else None,
        "location_country": ev.location.country if ev.location else None,
        "countries": " " + " ".join(event_countries(ev)) + " ", "mediator": ev.mediator, "status": ev.status,
        "confidence": ev.confidence, "evidence": ev.evidence.text if ev.evidence else None,
        "record": json.dumps(_plain(ev), ensure_ascii=False),
    }


def event_countries(ev: Event) -> list[str]:
    return sorted({a.country for a in ev.actors if a.country} | ({ev.mediator} if ev.mediator else set()))


def event_actor_rows(doc: Document) -> list[dict[str, Any]]:
    rows: dict[tuple[str, int], dict[str, Any]] = {}
    for ev in doc.events:
        for i, a in enumerate(ev.actors):
            rows[(ev.id, i)] = {"doc_id": doc.id, "event_id": ev.id, "position": i, "entity": a.entity,
                                "name": a.name, "country": a.country, "sector": a.sector}
    return list(rows.values())


def story_row(rec: dict[str, Any]) -> dict[str, Any]:
    start, end = date_range(rec.get("date"))
    return {
        "id": rec["id"], "type": rec["type"], "date": rec.get("date"), "date_from": start, "date_to": end,
        "countries": " " + " ".join(rec.get("countries") or []) + " ",
        "record": json.dumps(rec, ensure_ascii=False),
    }
