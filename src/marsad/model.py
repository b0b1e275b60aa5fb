"""The document model: exactly the SPEC's document record, and its JSON round trip.

``body`` never changes once cleaning has set it.  Every timex, mention and evidence span is
``(start, end)`` in Python string indices into ``body`` and is checked against the body's
text when the document is validated (:meth:`Document.check`).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

import orjson

from .errors import DataError

# The PLOVER event types an event's ``type`` takes (SPEC).
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class Source:
    path: str | None = None
    url: str | None = None
    format: str = "text"


@dataclass(frozen=True)
class Outlet:
    name: str | None = None  # canonical name ("TASS"), or the words found when unknown
    text: str | None = None  # the words on the page ("تاس")


@dataclass(frozen=True)
class Published:
    date: str | None = None
    earliest: str | None = None
    latest: str | None = None
    basis: str | None = None


@dataclass(frozen=True)
class Dropped:
    text: str
    reason: str


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    value: str | None
    type: str = "DATE"  # DATE | DURATION | SET | TIME


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str  # PER | ORG | GPE | LOC
    country: str | None = None
    role: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None


@dataclass(frozen=True)
class EventActor:
    entity: str | None
    name: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    mode: str | None = None
    date: str | None = None
    location: Location | None = None
    actors: tuple[EventActor, ...] = ()
    mediator: str | None = None
    status: str = "reported"
    evidence: Evidence | None = None
    confidence: float = 0.5


@dataclass(frozen=True)
class Document:
    id: str
    source: Source = field(default_factory=Source)
    outlet: Outlet = field(default_factory=Outlet)
    title: str | None = None
    published: Published = field(default_factory=Published)
    body: str = ""
    captions: tuple[str, ...] = ()
    dropped: tuple[Dropped, ...] = ()
    timexes: tuple[Timex, ...] = ()
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()

    def replace(self, **changes: Any) -> "Document":
        return dataclasses.replace(self, **changes)

    def check(self) -> "Document":
        """Raise DataError unless every span's text is the body's text at its offsets."""
        body = self.body
        spans: list[tuple[str, int, int, str]] = []
        spans += [("timex", t.start, t.end, t.text) for t in self.timexes]
        for e in self.entities:
            spans += [("mention of " + e.id, m.start, m.end, m.text) for m in e.mentions]
        spans += [
            ("evidence of " + ev.id, ev.evidence.start, ev.evidence.end, ev.evidence.text)
            for ev in self.events
            if ev.evidence is not None
        ]
        for what, start, end, text in spans:
            if not (0 <= start <= end <= len(body)) or body[start:end] != text:
                raise DataError(f"[M502] {self.id}: {what} {text!r} does not match body[{start}:{end}]")
        return self

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    def to_json(self) -> str:
        """The record as one line of JSON (orjson reads the dataclasses itself, ten times as
        fast as ``json.dumps(self.to_dict())``; the same object either way)."""
        return json_text(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        return Document(
            id=data["id"],
            source=Source(**(data.get("source") or {})),
            outlet=Outlet(**(data.get("outlet") or {})),
            title=data.get("title"),
            published=Published(**(data.get("published") or {})),
            body=data.get("body") or "",
            captions=tuple(data.get("captions") or ()),
            dropped=tuple(Dropped(**d) for d in data.get("dropped") or ()),
            timexes=tuple(Timex(**t) for t in data.get("timexes") or ()),
            entities=tuple(
                Entity(**{**e, "mentions": tuple(Mention(**m) for m in e.get("mentions") or ())})
                for e in data.get("entities") or ()
            ),
            events=tuple(event_from_dict(ev) for ev in data.get("events") or ()),
        )

    @classmethod
    def from_json(cls, line: str) -> "Document":
        return cls.from_dict(json.loads(line))


def json_text(value: Any) -> str:
    """One line of JSON for a record, a record's dict or a part of it: the one encoder of
    stored and exported records."""
    return orjson.dumps(value).decode()


def event_from_dict(data: dict[str, Any]) -> Event:
    loc = data.get("location")
    evid = data.get("evidence")
    return Event(
        **{
            **data,
            "location": Location(**loc) if loc else None,
            "actors": tuple(EventActor(**a) for a in data.get("actors") or ()),
            "evidence": Evidence(**evid) if evid else None,
        }
    )


_FIELDS: dict[type, tuple[str, ...] | None] = {str: None, int: None, float: None, bool: None, type(None): None}


def _plain(value: Any) -> Any:
    """Plain dicts and lists for JSON; field names are looked up once per class (this runs for
    every span of every document)."""
    cls = type(value)
    try:
        names = _FIELDS[cls]
    except KeyError:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(value)) if dataclasses.is_dataclass(value) else None
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if cls is tuple or cls is list:
        return [_plain(v) for v in value]
    if cls is dict:
        return {k: _plain(v) for k, v in value.items()}
    return value
