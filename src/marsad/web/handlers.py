"""Errors as responses: one JSON shape for the API, an error page for people.

The JSON shape is ``{"ok": false, "error": message, "status": code}``; the status comes from
the :mod:`marsad.errors` class (NotFound 404, Forbidden 403, TooLarge 413, InputError 400).
Unexpected errors are logged and answered with a message that names no internals.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..errors import M401, M606, M607, MarsadError

log = logging.getLogger("marsad.web")


def error_body(message: str, status: int) -> dict:
    return {"ok": False, "error": message, "status": status}


def wants_json(request: Request) -> bool:
    """API paths, and clients that ask for JSON rather than HTML, get the JSON shape."""
    if request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def error_response(request: Request, message: str, status: int) -> Response:
    if wants_json(request):
        return JSONResponse(error_body(message, status), status_code=status)
    from .render import page

    return page(request, "error.html", status=status, message=message, code=status)


async def on_marsad_error(request: Request, exc: MarsadError) -> Response:
    if exc.status >= 500:
        log.error("%s %s: %s", request.method, request.url.path, exc)
    return error_response(request, str(exc), exc.status)


async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "body", "path"))
    reason = f"{where}: {first.get('msg', 'invalid')}" if where else first.get("msg", "invalid")
    return error_response(request, M606.format(reason=reason), 400)


async def on_http_error(request: Request, exc: HTTPException) -> Response:
    if exc.status_code == 404:
        message = M401.format(what="page", key=request.url.path)
    else:
        message = M606.format(reason=str(exc.detail).rstrip("."))
    return error_response(request, message, exc.status_code)


async def on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("%s %s failed", request.method, request.url.path)
    return error_response(request, M607, 500)


def install(app: FastAPI) -> None:
    app.add_exception_handler(MarsadError, on_marsad_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)
