"""ASGI middleware: security headers on every response, and the request body size limit.

The limit is checked on ``Content-Length`` before the app runs, and again while the body
streams in (a chunked upload cannot pass it either).
"""

from __future__ import annotations

import json

from ..errors import M109, TooLarge
from .handlers import error_body

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
DRAIN_FACTOR = 4


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in names]}
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413 and the error shape.

    After refusing, the rest of the body is read and dropped (up to :data:`DRAIN_FACTOR`
    times the limit) so the client, still sending, gets the answer instead of a reset.
    """

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            return await self.app(scope, receive, send)
        received = 0
        finished = False

        async def counted():
            nonlocal received, finished
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                finished = not message.get("more_body", False)
                if received > self.limit:
                    raise TooLarge(M109.format(path="request body", size=f"over {self.limit}", limit=self.limit))
            elif message["type"] == "http.disconnect":
                finished = True
            return message

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send, int(declared))
        else:
            await self.app(scope, counted, send)
        while not finished and received <= self.limit * DRAIN_FACTOR:
            message = await receive()
            received += len(message.get("body", b""))
            finished = message["type"] == "http.disconnect" or not message.get("more_body", False)

    async def _refuse(self, send, size: int) -> None:
        message = M109.format(path="request body", size=size, limit=self.limit)
        body = json.dumps(error_body(message, 413)).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
