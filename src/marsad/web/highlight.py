"""The article body cut into runs for highlighting entities, dates and events.

Spans overlap (a mention inside an event's evidence), so the body is cut at every span's
start and end; each run knows every record that covers it.  Runs are plain text: the
template escapes them.  Records are short dicts a page script shows on hover.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Document

KIND_CLASS = {"e": "ent", "v": "ev", "t": "tmx"}


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    refs: tuple[str, ...] = ()  # "e0" entity 0, "v2" event 2, "t1" timex 1
    anchors: tuple[str, ...] = ()  # ids of events whose evidence starts here
    note: str = ""  # a one-line summary of the records, for the title attribute

    @property
    def classes(self) -> str:
        return " ".join(sorted({KIND_CLASS[r[0]] for r in self.refs}))


def records(doc: Document, stories: dict[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """What a hover shows, by ref."""
    out: dict[str, dict[str, Any]] = {}
    for i, e in enumerate(doc.entities):
        out[f"e{i}"] = {"kind": "entity", "id": e.id, "name": e.name, "type": e.type, "country": e.country, "role": e.role}
    for i, ev in enumerate(doc.events):
        out[f"v{i}"] = {
            "kind": "event", "id": ev.id, "type": ev.type, "mode": ev.mode, "date": ev.date,
            "location": ev.location.name if ev.location else None, "status": ev.status,
            "actors": ", ".join(a.name + (f" ({a.country})" if a.country else "") for a in ev.actors),
            "mediator": ev.mediator, "confidence": ev.confidence, "story": (stories or {}).get(ev.id),
        }
    for i, tx in enumerate(doc.timexes):
        out[f"t{i}"] = {"kind": "date", "text": tx.text, "value": tx.value, "type": tx.type}
    return out


def _note(record: dict[str, Any]) -> str:
    if record["kind"] == "entity":
        extra = ", ".join(x for x in (record["type"], record["country"], record["role"]) if x)
        return f"{record['name']} ({extra})"
    if record["kind"] == "event":
        return " ".join(x for x in (record["type"], record["mode"], record["date"]) if x)
    return f"{record['value'] or '?'} ({record['type']})"


def runs(doc: Document) -> list[Run]:
    """The body as runs, in order; ``"".join(r.text for r in runs(doc)) == doc.body``."""
    body = doc.body
    spans: list[tuple[int, int, str]] = []
    for i, e in enumerate(doc.entities):
        spans += [(m.start, m.end, f"e{i}") for m in e.mentions]
    spans += [(ev.evidence.start, ev.evidence.end, f"v{i}") for i, ev in enumerate(doc.events) if ev.evidence]
    spans += [(tx.start, tx.end, f"t{i}") for i, tx in enumerate(doc.timexes)]
    spans = [(s, e, ref) for s, e, ref in spans if 0 <= s < e <= len(body)]
    recs = records(doc)
    starts: dict[int, list[str]] = {}
    for i, ev in enumerate(doc.events):
        if ev.evidence and 0 <= ev.evidence.start < len(body):
            starts.setdefault(ev.evidence.start, []).append(ev.id)
    cuts = sorted({0, len(body)} | {s for s, _, _ in spans} | {e for _, e, _ in spans} | set(starts))
    out: list[Run] = []
    for a, b in zip(cuts, cuts[1:]):
        refs = tuple(dict.fromkeys(ref for s, e, ref in spans if s <= a and b <= e))
        note = " \N{MIDDLE DOT} ".join(_note(recs[r]) for r in refs)
        out.append(Run(body[a:b], refs, tuple(starts.get(a, ())), note))
    return out
