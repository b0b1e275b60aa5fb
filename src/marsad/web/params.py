"""Dependencies shared by the resources: the store, the filters of a query, the write token."""

from __future__ import annotations

import hmac

from fastapi import Query, Request

from ..errors import M602, M603, Forbidden
from ..store import Filters, Store
from .settings import WebSettings

TOKEN_HEADER = "X-Marsad-Token"


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> WebSettings:
    return request.app.state.settings


def filters(
    actor: str | None = Query(None, description="Entity id, as in a document's entities (e.g. vladimir-putin)", max_length=200),
    country: str | None = Query(None, description="ISO 3166-1 alpha-3 code of an actor (e.g. TUR)", max_length=8),
    type: str | None = Query(None, description="PLOVER event type (e.g. CONSULT)", max_length=16),
    outlet: str | None = Query(None, description="Canonical outlet name (e.g. TASS)", max_length=200),
    since: str | None = Query(None, description="First day: YYYY-MM-DD, YYYY-MM or YYYY", max_length=10),
    until: str | None = Query(None, description="Last day: YYYY-MM-DD, YYYY-MM or YYYY", max_length=10),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=10_000_000),
) -> Filters:
    return Filters(actor=actor, country=country, type=type, outlet=outlet, since=since, until=until,
                   limit=limit, offset=offset)


def require_token(request: Request) -> None:
    """Writing needs a configured token, sent as ``X-Marsad-Token`` (or ``Authorization: Bearer``)."""
    expected = get_settings(request).token
    if not expected:
        raise Forbidden(M602)
    sent = request.headers.get(TOKEN_HEADER)
    if sent is None:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        sent = value.strip() if scheme.lower() == "bearer" else ""
    if not hmac.compare_digest(sent.encode("utf-8"), expected.encode("utf-8")):
        raise Forbidden(M603)
