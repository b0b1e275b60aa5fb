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


class CatchUnexpected:
    """Answers an unexpected error with the 500 shape and ends the exchange there. (Starlette's
    own handler for ``Exception`` answers, then raises the error again to the server, which may
    reset the connection before the client has read the answer.)"""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception as exc:  # noqa: BLE001 (every error a handler did not answer)
            if started:
                raise  # (the answer has begun: nothing else can be sent)
            response = await on_unexpected(Request(scope, receive), exc)
            await response(scope, receive, send)


def install(app: FastAPI) -> None:
    app.add_exception_handler(MarsadError, on_marsad_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)  # (a last resort: CatchUnexpected answers first)
    app.add_middleware(CatchUnexpected)
