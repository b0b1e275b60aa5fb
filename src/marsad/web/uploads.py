"""Processing pasted text or uploaded files: the upload page and ``POST /api/documents``.

Writing needs the server's token (see :func:`params.require_token`).  A request holds pasted
text (``text``) and/or files (``file``) as multipart form data, or a JSON object
``{"text": ...}`` / ``{"html": ...}``.  Files are checked by suffix and content type, written
under a fresh temporary directory with a name made here (never one taken from the request),
and processed by the library; documents are saved, and the timeline rebuilt when the library
has one.  Document ids come from the content, so uploading the same page again replaces it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from .. import api
from ..errors import M604, M605, M606, InputError
from ..ingest.page import Page, stable_id
from ..model import Document, Source
from ..store import Store
from . import schemas
from .params import get_settings, get_store, require_token
from .render import page
from .settings import UPLOAD_SUFFIXES, UPLOAD_TYPES, WebSettings

router = APIRouter()
_UNSAFE_RE = re.compile(r"[\x00-\x1f\x7f]")


@router.get("/upload", include_in_schema=False)
def upload_page(request: Request, settings: WebSettings = Depends(get_settings)):
    return page(request, "upload.html", writable=settings.writable, limit=settings.max_upload_bytes,
                suffixes=UPLOAD_SUFFIXES, title=None)


@router.post("/api/documents", status_code=201, response_model=schemas.UploadResult, tags=["documents"],
             responses=schemas.ERRORS, dependencies=[Depends(require_token)],
             summary="Process pasted text or uploaded pages and save them (needs the X-Marsad-Token header)",
             openapi_extra={"requestBody": {"content": {
                 "multipart/form-data": {"schema": {"type": "object", "properties": {
                     "text": {"type": "string"}, "file": {"type": "array", "items": {"type": "string", "format": "binary"}}}}},
                 "application/json": {"schema": {"type": "object", "properties": {
                     "text": {"type": "string"}, "html": {"type": "string"}}}}}}})
async def upload(request: Request, store: Store = Depends(get_store), settings: WebSettings = Depends(get_settings)):
    pasted, files = await _read(request, settings)
    if not pasted and not files:
        raise InputError(M605)
    docs, errors = await run_in_threadpool(process_and_save, store, settings, pasted, files)
    if not docs:
        raise InputError(errors[0] if errors else M605)
    return {"ok": True, "errors": errors, "documents": upload_result(docs)}


async def _read(request: Request, settings: WebSettings) -> tuple[list[tuple[str, str]], list[tuple[str, bytes]]]:
    """Pasted texts as ``(format, text)`` and files as ``(name shown, bytes)``."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    pasted: list[tuple[str, str]] = []
    files: list[tuple[str, bytes]] = []
    if ctype == "multipart/form-data":
        form = await request.form(max_files=settings.max_files, max_fields=10, max_part_size=settings.max_upload_bytes)
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                if key == "file" and (value.filename or value.size):
                    files.append((_check_file(value), await value.read()))
            elif key in ("text", "html") and value.strip():
                pasted.append(("html" if key == "html" else _format_of(value), value))
    elif ctype == "application/json":
        try:
            data = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(M606.format(reason=f"invalid JSON ({exc})")) from None
        if not isinstance(data, dict):
            raise InputError(M606.format(reason="expected a JSON object with 'text' or 'html'"))
        for key in ("text", "html"):
            if isinstance(data.get(key), str) and data[key].strip():
                pasted.append(("html" if key == "html" else _format_of(data[key]), data[key]))
    else:
        raise InputError(M604.format(name="request", kind=ctype or "none", allowed="multipart/form-data, application/json"))
    return pasted, files


def _check_file(upload: UploadFile) -> str:
    name = shown_name(upload.filename or "")
    lower = name.lower()
    if not any(lower.endswith(s) for s in UPLOAD_SUFFIXES):
        raise InputError(M604.format(name=name, kind=PurePosixPath(lower).suffix or "no suffix", allowed=" ".join(UPLOAD_SUFFIXES)))
    ctype = (upload.content_type or "").split(";")[0].strip().lower()
    if ctype not in UPLOAD_TYPES and not ctype.startswith("text/"):
        raise InputError(M604.format(name=name, kind=ctype, allowed="text, HTML, JSON Lines or WARC"))
    return name


def shown_name(filename: str) -> str:
    """The last part of a client's file name, for messages and provenance only."""
    name = PurePosixPath(filename.replace("\\", "/")).name
    return _UNSAFE_RE.sub("", name)[:100] or "file"


def _format_of(text: str) -> str:
    head = text[:2048].lstrip().lower()
    return "html" if head.startswith(("<!doctype html", "<html")) or "<body" in head else "text"


def process_and_save(store: Store, settings: WebSettings, pasted: list[tuple[str, str]],
                     files: list[tuple[str, bytes]]) -> tuple[list[Document], list[str]]:
    """Run the pipeline over the request's pages, save what it made; return it and the errors."""
    options = dataclasses.replace(settings.options, max_bytes=min(settings.options.max_bytes, settings.max_upload_bytes))
    ctx = api.make_context(options)
    docs: list[Document] = []
    errors: list[str] = []
    for fmt, text in pasted:
        source = Source(path=None, url=None, format=fmt)
        pg = Page(id=stable_id(fmt, text), source=source, **{"html" if fmt == "html" else "text": text})
        try:
            docs.append(api.process_page(pg, ctx))
        except InputError as exc:
            errors.append(str(exc).replace(pg.id, "pasted text"))
    if files:
        with tempfile.TemporaryDirectory(prefix="marsad-upload-") as tmp:
            for name, data in files:
                docs_, errors_ = _process_file(Path(tmp), name, data, options)
                docs += docs_
                errors += errors_
    docs = api.merge(docs, options)
    if docs:
        store.save_many(docs)
        timeline = getattr(api, "timeline", None)
        if callable(timeline):
            store.replace_stories(timeline(list(store.documents()), options))
    return docs, errors


def _process_file(tmp: Path, name: str, data: bytes, options) -> tuple[list[Document], list[str]]:
    suffix = next(s for s in sorted(UPLOAD_SUFFIXES, key=len, reverse=True) if name.lower().endswith(s))
    path = tmp / f"upload-{hashlib.sha1(data).hexdigest()[:16]}{suffix}"
    path.write_bytes(data)
    shown = f"upload:{name}"
    docs, errors = [], []
    for item in api.iter_process([str(path)], options):
        if isinstance(item, Document):
            where = (item.source.path or "").replace(str(path), shown) or shown
            docs.append(item.replace(source=dataclasses.replace(item.source, path=where)))
        else:
            errors.append(str(item).replace(str(path), shown))
    return docs, errors


def upload_result(docs: list[Document]) -> list[dict[str, Any]]:
    return [{"id": d.id, "title": d.title, "outlet": d.outlet.name, "events": len(d.events),
             "url": "/documents/" + quote(d.id, safe="")} for d in docs]
