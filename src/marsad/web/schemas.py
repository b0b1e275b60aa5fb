"""The JSON API's shapes, for the OpenAPI schema: SPEC records and the envelopes around them.

Models allow extra keys, so a field a later stage adds to a record passes through.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class Error(_Model):
    """Every error: one object with the message and its HTTP status."""

    ok: bool = False
    error: str = Field(examples=["[M401] document 'x' not found"])
    status: int = Field(examples=[404])


class Source(_Model):
    path: str | None = None
    url: str | None = None
    format: str = "text"


class Outlet(_Model):
    name: str | None = None
    text: str | None = None


class Published(_Model):
    date: str | None = None
    earliest: str | None = None
    latest: str | None = None
    basis: str | None = None


class Dropped(_Model):
    text: str
    reason: str


class Span(_Model):
    start: int
    end: int
    text: str


class Timex(Span):
    value: str | None = None
    type: str = "DATE"


class Entity(_Model):
    id: str
    name: str
    type: str
    country: str | None = None
    role: str | None = None
    mentions: list[Span] = []


class Location(_Model):
    name: str
    country: str | None = None


class EventActor(_Model):
    entity: str | None = None
    name: str
    country: str | None = None
    sector: str | None = None


class Event(_Model):
    id: str
    type: str
    mode: str | None = None
    date: str | None = None
    location: Location | None = None
    actors: list[EventActor] = []
    mediator: str | None = None
    status: str = "reported"
    evidence: Span | None = None
    confidence: float = 0.5


class Document(_Model):
    """The SPEC document record."""

    id: str
    source: Source
    outlet: Outlet
    title: str | None = None
    published: Published
    body: str
    captions: list[str] = []
    dropped: list[Dropped] = []
    timexes: list[Timex] = []
    entities: list[Entity] = []
    events: list[Event] = []


class DocumentRef(_Model):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


class EventItem(Event):
    """An event record with the document that reports it."""

    doc: DocumentRef


class Report(_Model):
    doc: str
    event: str


class Story(_Model):
    """The SPEC timeline record."""

    id: str
    type: str
    mode: str | None = None
    date: str | None = None
    location: Location | None = None
    countries: list[str] = []
    summary: str | None = None
    reports: list[Report] = []


class DocumentSummary(_Model):
    id: str
    title: str | None = None
    outlet: Outlet
    published: Published
    source: Source
    entities: int
    events: int


class SnippetRun(_Model):
    text: str
    match: bool


class SearchHit(DocumentSummary):
    score: float
    snippets: list[list[SnippetRun]] = []


class ActorItem(_Model):
    id: str
    name: str | None = None
    type: str | None = None
    country: str | None = None
    documents: int
    mentions: int
    events: int


class NameCount(_Model):
    text: str
    count: int
    documents: int


class OutletNames(_Model):
    outlet: str | None = None
    names: list[NameCount]


class MonthCount(_Model):
    month: str | None = None
    type: str
    dated: bool
    count: int


class Counterpart(_Model):
    id: str | None = None
    name: str
    country: str | None = None
    events: int


class ActorProfile(_Model):
    id: str
    name: str | None = None
    type: str | None = None
    country: str | None = None
    roles: list[str] = []
    documents: int
    mentions: int
    names_by_outlet: list[OutletNames]
    over_time: list[MonthCount]
    counterparts: list[Counterpart]
    events: list[EventItem]


class _Page(_Model):
    ok: bool = True
    total: int
    limit: int
    offset: int


class DocumentList(_Page):
    items: list[DocumentSummary]


class EventList(_Page):
    items: list[EventItem]


class Timeline(_Page):
    merged: bool = Field(description="False while no merged timeline is stored: each event is then its own record")
    items: list[Story]


class ActorList(_Page):
    items: list[ActorItem]


class SearchResults(_Page):
    query: str
    items: list[SearchHit]


class FacetValue(_Model):
    value: str
    count: int


class Facets(_Model):
    ok: bool = True
    types: list[FacetValue]
    countries: list[FacetValue]
    outlets: list[FacetValue]


class Status(_Model):
    ok: bool = True
    version: str
    schema_version: int
    documents: int
    events: int
    stories: int
    writable: bool
    max_upload_bytes: int


class Processed(_Model):
    id: str
    title: str | None = None
    outlet: str | None = None
    events: int
    url: str


class UploadResult(_Model):
    ok: bool = True
    documents: list[Processed]
    errors: list[str] = []


ERRORS = {code: {"model": Error} for code in (400, 403, 404, 413, 500)}
