"""The FastAPI app: resources, static assets, error handlers and guards, around one store."""

from __future__ import annotations

import logging
import os
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..store import Store
from . import actors, apidocs, documents, events, handlers, search, status, timeline, uploads
from .middleware import BodyLimit, SecurityHeaders
from .settings import WebSettings

STATIC = Path(__file__).parent / "static"
SETTINGS_ENV = "MARSAD_WEB_SETTINGS"
RESOURCES = (timeline, documents, events, actors, search, uploads, status, apidocs)
DESCRIPTION = """Documents, events, the merged timeline, actors and search over marsad's store.

Lists take the filters `actor`, `country`, `type`, `outlet`, `since`, `until`, `limit`, `offset`.
Errors are one object `{"ok": false, "error": "...", "status": 404}`.
Writing (`POST /api/documents`) needs the server's token in the `X-Marsad-Token` header."""


def create_app(settings: WebSettings, store: Store | None = None) -> FastAPI:
    """The web app over ``settings.db`` (or an already open ``store``)."""
    store = store or Store.open(settings.db, pool_size=settings.pool_size, max_overflow=settings.max_overflow)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="marsad", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.store = store
    app.state.settings = settings
    for resource in RESOURCES:
        app.include_router(resource.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    handlers.install(app)
    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environment() -> FastAPI:
    """The app of one worker process of ``marsad serve --workers N`` (settings in the environment)."""
    return create_app(WebSettings.from_json(os.environ[SETTINGS_ENV]))


def serve(settings: WebSettings, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
          log_level: str = "info") -> None:
    """Run the app with uvicorn until interrupted; ``workers`` > 1 runs that many processes."""
    import uvicorn

    logging.getLogger("marsad.web").setLevel(log_level.upper())
    if workers > 1:
        Store.open(settings.db).close()  # create or migrate once, before the workers start
        os.environ[SETTINGS_ENV] = settings.to_json()
        uvicorn.run("marsad.web.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                    log_level=log_level, server_header=False)
    else:
        uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level, server_header=False)
