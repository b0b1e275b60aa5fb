"""The timeline: records merged across outlets (JSON), and the timeline page.

The page draws records per month, then lists them by date, each entry linking to its
reports.  Until a merged timeline is stored, each event stands alone and the page says so.
"""

from __future__ import annotations

from itertools import groupby

from fastapi import APIRouter, Depends, Request

from ..store import Filters, Store
from . import schemas
from .charts import time_chart
from .params import filters, get_store
from .render import page

router = APIRouter()
PAGE_SIZE = 100


@router.get("/api/timeline", response_model=schemas.Timeline, responses=schemas.ERRORS, tags=["timeline"],
            summary="Timeline records (SPEC) by date under the filters")
def list_timeline(f: Filters = Depends(filters), store: Store = Depends(get_store)):
    found = store.timeline(f)
    return {"ok": True, "merged": found.extra["merged"], "total": found.total, "limit": found.limit,
            "offset": found.offset, "items": found.items}


@router.get("/api/timeline/{story_id:path}", response_model=schemas.Story, responses=schemas.ERRORS, tags=["timeline"],
            summary="One timeline record")
def get_story(story_id: str, store: Store = Depends(get_store)):
    return store.story(story_id)


@router.get("/", include_in_schema=False)
def timeline_page(request: Request, f: Filters = Depends(filters), store: Store = Depends(get_store)):
    if "limit" not in request.query_params:
        f = Filters(**f.as_params(), limit=PAGE_SIZE, offset=f.offset)
    found = store.timeline(f)
    docs = store.summaries(r["doc"] for rec in found.items for r in rec.get("reports", []))
    months = store.timeline_months(f)
    chart = time_chart({m["month"]: (m["count"], 0) for m in months if m["month"]})
    undated = sum(m["count"] for m in months if not m["month"])
    groups = [(date, list(items)) for date, items in groupby(found.items, key=lambda r: r.get("date"))]
    return page(request, "timeline.html", found=found, groups=groups, docs=docs, chart=chart, undated=undated,
                filters=f, facets=store.facets(), title=None)
