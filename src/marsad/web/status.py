"""The server and its database in numbers, and the values the filters can take (JSON)."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from .. import __version__
from ..store import Store
from . import schemas
from .params import get_settings, get_store
from .settings import WebSettings

router = APIRouter()


@router.get("/api/status", response_model=schemas.Status, responses=schemas.ERRORS, tags=["meta"],
            summary="Version, schema version, counts, and whether writing is enabled")
def status(store: Store = Depends(get_store), settings: WebSettings = Depends(get_settings)):
    return {"ok": True, "version": __version__, "schema_version": store.schema_version, **store.counts(),
            "writable": settings.writable, "max_upload_bytes": settings.max_upload_bytes}


@router.get("/api/facets", response_model=schemas.Facets, responses=schemas.ERRORS, tags=["meta"],
            summary="Event types, countries and outlets in the store, with counts")
def facets(store: Store = Depends(get_store)):
    return {"ok": True, **store.facets()}
