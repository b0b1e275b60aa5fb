"""Events across documents (JSON): each event record with the document that reports it."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from ..store import Filters, Store
from . import schemas
from .params import filters, get_store

router = APIRouter()


@router.get("/api/events", response_model=schemas.EventList, responses=schemas.ERRORS, tags=["events"],
            summary="Events by date under the filters, each with its document")
def list_events(f: Filters = Depends(filters), store: Store = Depends(get_store)):
    found = store.find_events(f)
    return {"ok": True, "total": found.total, "limit": found.limit, "offset": found.offset, "items": found.items}
