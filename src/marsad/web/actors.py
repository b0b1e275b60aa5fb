"""Actors: the listing and one actor's profile (JSON), and their pages.

An actor's page shows its events over time, its counterparts, and how each outlet names it.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from ..errors import M601, InputError
from ..store import Filters, Store
from ..store.filters import ENTITY_KINDS
from . import schemas
from .charts import time_chart
from .params import filters, get_store
from .render import page

router = APIRouter()

KIND = Query(None, description="Entity kind: PER, ORG, GPE or LOC", max_length=3)
NAME = Query(None, description="Part of the name, in English or as written (Arabic folded)", max_length=100)


def _kind(kind: str | None) -> str | None:
    kind = (kind or "").strip().upper() or None
    if kind is not None and kind not in ENTITY_KINDS:
        raise InputError(M601.format(name="kind", value=kind, reason="not one of " + ", ".join(ENTITY_KINDS)))
    return kind


@router.get("/api/actors", response_model=schemas.ActorList, responses=schemas.ERRORS, tags=["actors"],
            summary="Actors, most cited first, with document, mention and event counts")
def list_actors(f: Filters = Depends(filters), kind: str | None = KIND, q: str | None = NAME,
                store: Store = Depends(get_store)):
    found = store.actors(f, kind=_kind(kind), q=q)
    return {"ok": True, "total": found.total, "limit": found.limit, "offset": found.offset, "items": found.items}


@router.get("/api/actors/{actor_id:path}", response_model=schemas.ActorProfile, responses=schemas.ERRORS, tags=["actors"],
            summary="One actor: names by outlet, events over time, counterparts and events")
def get_actor(actor_id: str, store: Store = Depends(get_store)):
    return store.actor(actor_id)


@router.get("/actors", include_in_schema=False)
def actors_page(request: Request, f: Filters = Depends(filters), kind: str | None = KIND, q: str | None = NAME,
                store: Store = Depends(get_store)):
    found = store.actors(f, kind=_kind(kind), q=q)
    return page(request, "actors.html", found=found, filters=f, kind=kind or "", q=q or "", kinds=ENTITY_KINDS,
                facets=store.facets(), title=None)


@router.get("/actors/{actor_id:path}", include_in_schema=False)
def actor_page(request: Request, actor_id: str, store: Store = Depends(get_store)):
    actor = store.actor(actor_id)
    counts: dict[str, list[int]] = {}
    for row in actor["over_time"]:
        pair = counts.setdefault(row["month"], [0, 0])
        pair[0 if row["dated"] else 1] += row["count"]
    chart = time_chart({m: (a, b) for m, (a, b) in counts.items() if m})
    undated = sum(sum(v) for m, v in counts.items() if not m)
    docs = store.summaries(ev["doc"]["id"] for ev in actor["events"])
    return page(request, "actor.html", actor=actor, chart=chart, undated=undated, docs=docs, title=actor["name"])
