"""PLOVER event data as JSON Lines: one line per timeline record (one real-world event).

Fields follow the PLOVER data format: ``actor`` and ``recipient`` (name, ISO3 country,
sector, actor id), ``event``, ``mode``, ``context``, ``date``, ``event_loc``, ``text_info``
(the evidence sentence of the record's most precise report) and ``cite_info`` (every report:
outlet, document, url, title, publication date).  The schema is
``data/schemas/plover.schema.json``.

- A meeting announced for later (CONSULT, status "planned") is written as AGREE, as PLOVER
  asks; ``text_info`` keeps the original type and status.
- Denied events did not happen by their reports' account and are left out.
- ``actor`` is the first participant of the record; ``recipient`` the first from another
  country (null when all participants are of one country).
- ``context`` is read off the participants' sectors: MIL military, SPY intelligence, REF
  migration; consultations and agreements between governments are diplomatic.
"""

from __future__ import annotations

import json
from typing import Any

SECTOR_CONTEXT = {"MIL": "military", "SPY": "intelligence", "REF": "migration"}
DIPLOMATIC_TYPES = frozenset({"CONSULT", "AGREE", "REQUEST", "REJECT", "SUPPORT", "CONCEDE", "COOPERATE"})


def to_plover(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in plover_records(records))


def plover_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [plover_record(rec) for rec in records if rec.get("status", "reported") != "denied"]


def plover_record(rec: dict[str, Any]) -> dict[str, Any]:
    planned = rec.get("status") == "planned"
    event = "AGREE" if planned and rec["type"] == "CONSULT" else rec["type"]
    actors = [a for a in rec.get("actors") or [] if a.get("country")]
    actor = actors[0] if actors else None
    recipient = next((a for a in actors if actor and a["country"] != actor["country"]), None)
    sources = rec.get("sources") or []
    main = _main_source(rec, sources)
    return {
        "id": rec["id"],
        "event": event,
        "mode": None if event != rec["type"] else rec.get("mode"),
        "context": context(rec),
        "date": rec.get("date"),
        "actor": _party(actor),
        "recipient": _party(recipient),
        "event_loc": rec.get("location"),
        "text_info": {
            "language": "ar",
            "text": ((main or {}).get("evidence") or {}).get("text") or rec.get("summary") or "",
            "title": (main or {}).get("title"),
            "marsad_type": rec["type"],
            "status": rec.get("status", "reported"),
            "countries": list(rec.get("countries") or []),
            "confidence": rec.get("confidence"),
        },
        "cite_info": [
            {
                "outlet": s.get("outlet") or s.get("outlet_text"),
                "doc": s["doc"],
                "event": s["event"],
                "url": s.get("url"),
                "title": s.get("title"),
                "published": s.get("published"),
            }
            for s in sources
        ],
    }


def context(rec: dict[str, Any]) -> list[str]:
    sectors = {a.get("sector") for a in rec.get("actors") or []}
    out = {SECTOR_CONTEXT[s] for s in sectors if s in SECTOR_CONTEXT}
    if rec["type"] in DIPLOMATIC_TYPES and "GOV" in sectors:
        out.add("diplomatic")
    return sorted(out)


def _main_source(rec: dict[str, Any], sources: list[dict[str, Any]]) -> dict[str, Any] | None:
    dated_by = (rec.get("provenance") or {}).get("date")
    if dated_by:
        for s in sources:
            if s["doc"] == dated_by["doc"] and s["event"] == dated_by["event"]:
                return s
    return sources[0] if sources else None


def _party(a: dict[str, Any] | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"name": a.get("name"), "country": a.get("country"), "sector": a.get("sector"), "entity": a.get("entity")}
