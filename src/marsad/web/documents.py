"""Documents: the list and the record (JSON), and the article page.

The article page shows the body with entities, dates and events highlighted (a hover shows
the record), the events and entities beside it, and the dropped chrome collapsed.
"""

from __future__ import annotations

from collections import Counter

from fastapi import APIRouter, Depends, Request

from ..store import Filters, Store
from . import schemas
from .highlight import records, runs
from .params import filters, get_store
from .render import page

router = APIRouter()


@router.get("/api/documents", response_model=schemas.DocumentList, responses=schemas.ERRORS, tags=["documents"],
            summary="Documents, newest first, under the filters")
def list_documents(f: Filters = Depends(filters), store: Store = Depends(get_store)):
    found = store.find_documents(f)
    return {"ok": True, "total": found.total, "limit": found.limit, "offset": found.offset, "items": found.items}


@router.get("/api/documents/{doc_id:path}", response_model=schemas.Document, responses=schemas.ERRORS, tags=["documents"],
            summary="One document record (SPEC)")
def get_document(doc_id: str, store: Store = Depends(get_store)):
    return store.document(doc_id).to_dict()


@router.get("/documents/{doc_id:path}", include_in_schema=False)
def article_page(request: Request, doc_id: str, store: Store = Depends(get_store)):
    doc = store.document(doc_id)
    stories = store.event_stories(doc.id)
    mention_words = {e.id: Counter(m.text for m in e.mentions).most_common() for e in doc.entities}
    return page(
        request, "document.html", doc=doc, runs=runs(doc), records=records(doc, stories), stories=stories,
        mention_words=mention_words, title=doc.title,
    )
