"""Search over titles and bodies (JSON), and the search page.

Hits carry passages of the original text around the matched words; with no query the page
lists the documents under the filters.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request

from ..store import Filters, Store
from ..store.search import snippets
from . import schemas
from .params import filters, get_store
from .render import page

router = APIRouter()
MAX_QUERY = 200


def _with_snippets(store: Store, items: list[dict[str, Any]], query: str) -> list[dict[str, Any]]:
    texts = store.texts(i["id"] for i in items)
    out = []
    for item in items:
        title, body = texts.get(item["id"], (None, ""))
        passages = snippets(body, query) or snippets(title or "", query)
        out.append({**item, "snippets": [[{"text": t, "match": m} for t, m in p] for p in passages]})
    return out


@router.get("/api/search", response_model=schemas.SearchResults, responses=schemas.ERRORS, tags=["search"],
            summary="Documents matching every word of q (Arabic spelling variants folded), best first")
def search_api(q: str = Query(..., min_length=1, max_length=MAX_QUERY, description="Words to find"),
               f: Filters = Depends(filters), store: Store = Depends(get_store)):
    found = store.search_documents(q, f)
    return {"ok": True, "query": q, "total": found.total, "limit": found.limit, "offset": found.offset,
            "items": _with_snippets(store, found.items, q)}


@router.get("/search", include_in_schema=False)
def search_page(request: Request, q: str = Query("", max_length=MAX_QUERY), f: Filters = Depends(filters),
                store: Store = Depends(get_store)):
    q = q.strip()
    if q:
        found = store.search_documents(q, f)
        items = _with_snippets(store, found.items, q)
    else:
        found = store.find_documents(f)
        items = [{**i, "snippets": []} for i in found.items]
    return page(request, "search.html", q=q, found=found, items=items, filters=f, facets=store.facets(), title=None)
