"""Actors across the store: the listing, and one actor's profile.

A profile holds what an analyst asks of an actor: its events over time (by the event's date,
or by its report's publication date while the event is undated), its counterparts (who
else takes part in its events), and how each outlet names it (the mention words per outlet).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.engine import Connection

from . import schema
from .filters import Filters
from .queries import Results, _count, _event_item, _event_query, document_window
from .search import search_key

D, EV, EA, EN, MN = schema.documents, schema.events, schema.event_actors, schema.entities, schema.mentions
PROFILE_EVENTS = 200  # events listed on a profile (the chart counts all of them)
COUNTERPARTS = 40


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def find_actors(conn: Connection, f: Filters, kind: str | None = None, q: str | None = None) -> Results:
    """Entities with the number of documents, mentions and events they have, most cited first."""
    where = []
    if f.country:
        where.append(EN.c.country == f.country)
    if kind:
        where.append(EN.c.type == kind)
    if f.actor:
        where.append(EN.c.entity == f.actor)
    window = document_window(f)
    if window:
        where.append(exists().where(D.c.id == EN.c.doc_id, *window))
    if f.type:
        where.append(exists().select_from(EA.join(EV, and_(EV.c.doc_id == EA.c.doc_id, EV.c.event_id == EA.c.event_id)))
                     .where(EA.c.doc_id == EN.c.doc_id, EA.c.entity == EN.c.entity, EV.c.type == f.type))
    if q and q.strip():
        key = search_key(q)
        where.append(or_(
            func.lower(EN.c.name).like(_like(q.strip().lower()), escape="\\"),
            EN.c.entity.like(_like(q.strip()), escape="\\"),
            exists().where(MN.c.doc_id == EN.c.doc_id, MN.c.entity == EN.c.entity, MN.c.key.like(_like(key), escape="\\")),
        ))
    docs = func.count(func.distinct(EN.c.doc_id))
    mentions = func.sum(EN.c.mentions)
    grouped = (select(EN.c.entity, func.max(EN.c.name).label("name"), func.max(EN.c.type).label("type"),
                      func.max(EN.c.country).label("country"), docs.label("documents"), mentions.label("mentions"))
               .where(*where).group_by(EN.c.entity))
    total = _count(conn, grouped)
    rows = conn.execute(grouped.order_by(docs.desc(), mentions.desc(), EN.c.entity).limit(f.limit).offset(f.offset)).all()
    events = _event_counts(conn, [r.entity for r in rows])
    items = [{"id": r.entity, "name": r.name, "type": r.type, "country": r.country, "documents": r.documents,
              "mentions": int(r.mentions or 0), "events": events.get(r.entity, 0)} for r in rows]
    return Results(total, items, f.limit, f.offset)


def _event_counts(conn: Connection, ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    pairs = select(EA.c.entity, EA.c.doc_id, EA.c.event_id).where(EA.c.entity.in_(ids)).distinct().subquery()
    return dict(conn.execute(select(pairs.c.entity, func.count()).group_by(pairs.c.entity)).all())


def actor_profile(conn: Connection, entity: str) -> dict[str, Any] | None:
    """The profile of one entity id, or None when the store has never seen it."""
    rows = conn.execute(select(EN.c.name, EN.c.type, EN.c.country, EN.c.role, EN.c.mentions, EN.c.doc_id)
                        .where(EN.c.entity == entity)).all()
    in_events = conn.execute(select(EA.c.name, EA.c.country).where(EA.c.entity == entity).limit(1)).first()
    if not rows and in_events is None:
        return None
    names = [r.name for r in rows] or [in_events.name]
    return {
        "id": entity,
        "name": max(set(names), key=names.count),
        "type": next((r.type for r in rows), None),
        "country": next((r.country for r in rows if r.country), in_events.country if in_events else None),
        "roles": sorted({r.role for r in rows if r.role}),
        "documents": len({r.doc_id for r in rows}),
        "mentions": sum(r.mentions for r in rows),
        "names_by_outlet": names_by_outlet(conn, entity),
        "over_time": events_over_time(conn, entity),
        "counterparts": counterparts(conn, entity),
        "events": actor_events(conn, entity),
    }


def names_by_outlet(conn: Connection, entity: str) -> list[dict[str, Any]]:
    n = func.sum(MN.c.count)
    rows = conn.execute(select(D.c.outlet, MN.c.text, n.label("n"), func.count(func.distinct(MN.c.doc_id)).label("docs"))
                        .select_from(MN.join(D, D.c.id == MN.c.doc_id)).where(MN.c.entity == entity)
                        .group_by(D.c.outlet, MN.c.text).order_by(D.c.outlet, n.desc(), MN.c.text))
    out: dict[str | None, dict[str, Any]] = {}
    for outlet, text_, count, docs in rows:
        entry = out.setdefault(outlet, {"outlet": outlet, "names": []})
        entry["names"].append({"text": text_, "count": int(count), "documents": docs})
    return sorted(out.values(), key=lambda e: (-sum(n["count"] for n in e["names"]), e["outlet"] or ""))


def _actor_event_keys(entity: str):
    return select(EA.c.doc_id, EA.c.event_id).where(EA.c.entity == entity).distinct().subquery()


def events_over_time(conn: Connection, entity: str) -> list[dict[str, Any]]:
    """Counts by month and type: ``dated`` by the event's own date, else by its report's date."""
    keys = _actor_event_keys(entity)
    month = func.substr(func.coalesce(EV.c.date_from, D.c.published, D.c.earliest), 1, 7)
    dated = EV.c.date_from.is_not(None)
    rows = conn.execute(
        select(month.label("month"), EV.c.type, dated.label("dated"), func.count().label("n"))
        .select_from(keys.join(EV, and_(EV.c.doc_id == keys.c.doc_id, EV.c.event_id == keys.c.event_id))
                     .join(D, D.c.id == EV.c.doc_id))
        .group_by(month, EV.c.type, dated).order_by(month.asc().nulls_last(), EV.c.type)
    )
    return [{"month": m, "type": t, "dated": bool(d), "count": n} for m, t, d, n in rows]


def actor_events(conn: Connection, entity: str, limit: int = PROFILE_EVENTS) -> list[dict[str, Any]]:
    keys = _actor_event_keys(entity)
    query = _event_query(Filters()).where(
        exists().where(keys.c.doc_id == EV.c.doc_id, keys.c.event_id == EV.c.event_id))
    rows = conn.execute(query.order_by(EV.c.date_from.asc().nulls_last(), D.c.published, EV.c.doc_id, EV.c.event_id).limit(limit))
    return [_event_item(r) for r in rows]


def counterparts(conn: Connection, entity: str) -> list[dict[str, Any]]:
    """Other actors of this actor's events, with the number of events shared.

    Linked actors count by entity id; unlinked ones ("defence ministry", TUR) by name and country.
    """
    mine, other = EA.alias("mine"), EA.alias("other")
    pair = and_(other.c.doc_id == mine.c.doc_id, other.c.event_id == mine.c.event_id)
    shared = func.count(func.distinct(other.c.doc_id + "/" + other.c.event_id)).label("events")
    base = select().select_from(mine.join(other, pair)).where(mine.c.entity == entity)
    linked = conn.execute(
        base.add_columns(other.c.entity, func.max(other.c.name), func.max(other.c.country), shared)
        .where(other.c.entity.is_not(None), other.c.entity != entity).group_by(other.c.entity)
    ).all()
    unlinked = conn.execute(
        base.add_columns(other.c.name, other.c.country, shared)
        .where(other.c.entity.is_(None)).group_by(other.c.name, other.c.country)
    ).all()
    items = [{"id": e, "name": name, "country": country, "events": n} for e, name, country, n in linked]
    items += [{"id": None, "name": name, "country": country, "events": n} for name, country, n in unlinked]
    return sorted(items, key=lambda i: (-i["events"], i["id"] is None, i["name"]))[:COUNTERPARTS]
