"""Reading the store: documents, events, the timeline and search, each under :class:`Filters`.

Functions here take an open connection and return plain dicts (the SPEC records, or short
summaries of documents), so the web app and the CLI can serialise them as they are.  Every
value from a reader reaches SQL as a bound parameter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, exists, func, literal_column, or_, select, table, column, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from . import schema
from .filters import Filters
from .search import fts5_query, query_terms, ts_query

D, EV, EA, EN = schema.documents, schema.events, schema.event_actors, schema.entities
ST, SR = schema.stories, schema.story_reports
_FTS = table("documents_fts", column("rowid"), column("search_text"))
SUMMARY_LENGTH = 300  # characters of evidence kept as an unmerged timeline entry's summary


@dataclass(frozen=True)
class Results:
    """One page of results: ``items`` from ``offset``, out of ``total``."""

    total: int
    items: list[dict[str, Any]]
    limit: int = 50
    offset: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


# ------------------------------------------------------------------ conditions
def like_country(col, country: str):
    """``col`` holds " RUS SYR TUR "; the ISO code was checked by Filters (letters only)."""
    return col.like("% " + country + " %")


def document_conditions(f: Filters) -> list:
    out = []
    if f.actor:
        out.append(exists().where(EN.c.doc_id == D.c.id, EN.c.entity == f.actor))
    if f.country:
        out.append(or_(exists().where(EN.c.doc_id == D.c.id, EN.c.country == f.country),
                       exists().where(EA.c.doc_id == D.c.id, EA.c.country == f.country)))
    if f.type:
        out.append(exists().where(EV.c.doc_id == D.c.id, EV.c.type == f.type))
    return out + document_window(f)


def document_window(f: Filters) -> list:
    """The outlet and the dates a document must have: one whose publication may fall in
    ``since..until`` (its interval, while its day is unknown)."""
    out = []
    if f.outlet:
        out.append(D.c.outlet == f.outlet)
    if f.since:
        out.append(func.coalesce(D.c.latest, D.c.published) >= f.since)
    if f.until:
        out.append(func.coalesce(D.c.earliest, D.c.published) <= f.until)
    return out


def event_conditions(f: Filters) -> list:
    out = []
    if f.actor:
        out.append(exists().where(EA.c.doc_id == EV.c.doc_id, EA.c.event_id == EV.c.event_id, EA.c.entity == f.actor))
    if f.country:
        out.append(like_country(EV.c.countries, f.country))
    if f.type:
        out.append(EV.c.type == f.type)
    if f.outlet:
        out.append(D.c.outlet == f.outlet)
    if f.since:
        out.append(EV.c.date_to >= f.since)
    if f.until:
        out.append(EV.c.date_from <= f.until)
    return out


def story_conditions(f: Filters) -> list:
    out = []
    if f.actor:
        out.append(exists().select_from(SR.join(EA, and_(EA.c.doc_id == SR.c.doc_id, EA.c.event_id == SR.c.event_id)))
                   .where(SR.c.story_id == ST.c.id, EA.c.entity == f.actor))
    if f.country:
        out.append(like_country(ST.c.countries, f.country))
    if f.type:
        out.append(ST.c.type == f.type)
    if f.outlet:
        out.append(exists().select_from(SR.join(D, D.c.id == SR.c.doc_id))
                   .where(SR.c.story_id == ST.c.id, D.c.outlet == f.outlet))
    if f.since:
        out.append(ST.c.date_to >= f.since)
    if f.until:
        out.append(ST.c.date_from <= f.until)
    return out


# ------------------------------------------------------------------ documents
def _summary_columns() -> list:
    n_entities = select(func.count()).where(EN.c.doc_id == D.c.id).scalar_subquery()
    n_events = select(func.count()).where(EV.c.doc_id == D.c.id).scalar_subquery()
    return [D.c.id, D.c.title, D.c.outlet, D.c.outlet_text, D.c.published, D.c.earliest, D.c.latest, D.c.basis,
            D.c.path, D.c.url, D.c.format, n_entities.label("n_entities"), n_events.label("n_events")]


def _summary(row) -> dict[str, Any]:
    return {
        "id": row.id, "title": row.title,
        "outlet": {"name": row.outlet, "text": row.outlet_text},
        "published": {"date": row.published, "earliest": row.earliest, "latest": row.latest, "basis": row.basis},
        "source": {"path": row.path, "url": row.url, "format": row.format},
        "entities": row.n_entities, "events": row.n_events,
    }


def _count(conn: Connection, query: Select) -> int:
    return conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()


def find_documents(conn: Connection, f: Filters) -> Results:
    where = document_conditions(f)
    total = _count(conn, select(D.c.id).where(*where))
    query = (select(*_summary_columns()).where(*where)
             .order_by(func.coalesce(D.c.published, D.c.latest).desc().nulls_last(), D.c.id)
             .limit(f.limit).offset(f.offset))
    return Results(total, [_summary(r) for r in conn.execute(query)], f.limit, f.offset)


def summaries(conn: Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Short records of the documents with these ids (missing ones are left out)."""
    out: dict[str, dict[str, Any]] = {}
    wanted = sorted(set(ids))
    for i in range(0, len(wanted), 500):
        for row in conn.execute(select(*_summary_columns()).where(D.c.id.in_(wanted[i : i + 500]))):
            out[row.id] = _summary(row)
    return out


# ------------------------------------------------------------------ events
def _event_item(row) -> dict[str, Any]:
    record = json.loads(row.record)
    record["doc"] = {"id": row.doc_id, "title": row.title, "outlet": row.outlet,
                     "published": row.published or row.earliest}
    return record


def _event_query(f: Filters) -> Select:
    return (select(EV.c.doc_id, EV.c.event_id, EV.c.record, EV.c.evidence, D.c.title, D.c.outlet, D.c.published, D.c.earliest)
            .select_from(EV.join(D, D.c.id == EV.c.doc_id)).where(*event_conditions(f)))


def find_events(conn: Connection, f: Filters) -> Results:
    query = _event_query(f)
    total = _count(conn, query)
    rows = conn.execute(query.order_by(EV.c.date_from.asc().nulls_last(), EV.c.date_to, D.c.published, EV.c.doc_id, EV.c.event_id)
                        .limit(f.limit).offset(f.offset))
    return Results(total, [_event_item(r) for r in rows], f.limit, f.offset)


# ------------------------------------------------------------------ timeline
def has_stories(conn: Connection) -> bool:
    return conn.execute(select(ST.c.id).limit(1)).first() is not None


def timeline(conn: Connection, f: Filters) -> Results:
    """Timeline records under ``f``.  Until a timeline is stored (``merged`` false in
    ``extra``), each event is its own record with its one report."""
    if not has_stories(conn):
        events = find_events(conn, f)
        return Results(events.total, [story_from_event(e) for e in events.items], f.limit, f.offset, {"merged": False})
    where = story_conditions(f)
    total = _count(conn, select(ST.c.id).where(*where))
    rows = conn.execute(select(ST.c.record).where(*where)
                        .order_by(ST.c.date_from.asc().nulls_last(), ST.c.date_to, ST.c.id).limit(f.limit).offset(f.offset))
    return Results(total, [json.loads(r[0]) for r in rows], f.limit, f.offset, {"merged": True})


def story(conn: Connection, story_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(ST.c.record).where(ST.c.id == story_id)).first()
    if row is not None:
        return json.loads(row[0])
    row = conn.execute(_event_query(Filters()).where(EV.c.event_id == story_id).limit(1)).first()
    return story_from_event(_event_item(row)) if row is not None else None


def story_from_event(item: dict[str, Any]) -> dict[str, Any]:
    """A one-report timeline record standing for an event not yet merged with others."""
    countries = sorted({a.get("country") for a in item.get("actors") or [] if a.get("country")}
                       | ({item["mediator"]} if item.get("mediator") else set()))
    evidence = (item.get("evidence") or {}).get("text") or ""
    summary = evidence if len(evidence) <= SUMMARY_LENGTH else evidence[: SUMMARY_LENGTH - 1] + "\N{HORIZONTAL ELLIPSIS}"
    return {"id": item["id"], "type": item["type"], "mode": item.get("mode"), "date": item.get("date"),
            "location": item.get("location"), "countries": countries, "summary": summary,
            "reports": [{"doc": item["doc"]["id"], "event": item["id"]}]}


def event_stories(conn: Connection, doc_id: str) -> dict[str, str]:
    """event id -> id of the timeline record that reports it, for one document."""
    rows = conn.execute(select(SR.c.event_id, SR.c.story_id).where(SR.c.doc_id == doc_id))
    return {event_id: story_id for event_id, story_id in rows}


# ------------------------------------------------------------------ search
def search(conn: Connection, query: str, f: Filters) -> Results:
    """Documents matching every word of ``query``, best first, under ``f``."""
    terms = query_terms(query)
    if not terms:
        return Results(0, [], f.limit, f.offset)
    where = document_conditions(f)
    if conn.dialect.name == "sqlite":
        score = func.bm25(literal_column("documents_fts")).label("score")
        base = (select(D.c.id, score).select_from(_FTS.join(D, literal_column("documents.rowid") == _FTS.c.rowid))
                .where(text("documents_fts MATCH :match").bindparams(match=fts5_query(terms)), *where))
        order = [literal_column("score"), D.c.id]
    else:
        tsq = func.to_tsquery(literal_column("'simple'::regconfig"), ts_query(terms))
        vector = func.to_tsvector(literal_column("'simple'::regconfig"), D.c.search_text)
        base = select(D.c.id, (-func.ts_rank(vector, tsq)).label("score")).where(vector.op("@@")(tsq), *where)
        order = [literal_column("score"), D.c.id]
    total = _count(conn, base)
    ranked = base.order_by(*order).limit(f.limit).offset(f.offset).subquery()
    rows = conn.execute(select(*_summary_columns(), ranked.c.score).select_from(D.join(ranked, ranked.c.id == D.c.id))
                        .order_by(ranked.c.score, D.c.id))
    return Results(total, [{**_summary(r), "score": round(-float(r.score), 4)} for r in rows], f.limit, f.offset)


# ------------------------------------------------------------------ facets
def facets(conn: Connection) -> dict[str, list[dict[str, Any]]]:
    """What the filters can take, with counts: event types, countries, outlets."""
    types = conn.execute(select(EV.c.type, func.count()).group_by(EV.c.type).order_by(func.count().desc(), EV.c.type))
    countries = conn.execute(select(EA.c.country, func.count(func.distinct(EA.c.doc_id + "/" + EA.c.event_id)))
                             .where(EA.c.country.is_not(None)).group_by(EA.c.country)
                             .order_by(func.count(func.distinct(EA.c.doc_id + "/" + EA.c.event_id)).desc(), EA.c.country))
    outlets = conn.execute(select(D.c.outlet, func.count()).where(D.c.outlet.is_not(None)).group_by(D.c.outlet)
                           .order_by(func.count().desc(), D.c.outlet))
    return {
        "types": [{"value": t, "count": n} for t, n in types],
        "countries": [{"value": c, "count": n} for c, n in countries],
        "outlets": [{"value": o, "count": n} for o, n in outlets],
    }


def timeline_months(conn: Connection, f: Filters) -> list[dict[str, Any]]:
    """How many timeline records fall in each month under ``f`` (month None: undated)."""
    if has_stories(conn):
        month = func.substr(ST.c.date_from, 1, 7)
        query = select(month.label("month"), func.count()).where(*story_conditions(f))
    else:
        month = func.substr(EV.c.date_from, 1, 7)
        query = select(month.label("month"), func.count()).select_from(EV.join(D, D.c.id == EV.c.doc_id)).where(*event_conditions(f))
    rows = conn.execute(query.group_by(month).order_by(month.asc().nulls_last()))
    return [{"month": m, "count": n} for m, n in rows]


def texts(conn: Connection, ids: list[str]) -> dict[str, tuple[str | None, str]]:
    """Title and body of each document with one of these ids."""
    wanted = sorted(set(ids))
    rows = conn.execute(select(D.c.id, D.c.title, D.c.body).where(D.c.id.in_(wanted))) if wanted else []
    return {r.id: (r.title, r.body) for r in rows}
