"""The web app served by uvicorn on a free port, over a real SQLite file or PostgreSQL.

``served`` runs one server per module and backend over a store holding the five seed pages;
tests talk to it with httpx over real HTTP.  PostgreSQL runs when MARSAD_TEST_POSTGRES
names a server (and is skipped otherwise).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from marsad.store import Store

TOKEN = "test-token-2f9c"
BACKENDS = ["sqlite"] + (["postgres"] if os.environ.get("MARSAD_TEST_POSTGRES") else [])


@dataclass
class Served:
    url: str
    client: httpx.Client
    store: Store
    settings: object

    def get(self, path: str, **kw) -> httpx.Response:
        return self.client.get(path, **kw)

    def post(self, path: str, **kw) -> httpx.Response:
        return self.client.post(path, **kw)


@contextmanager
def running(app):
    """Serve ``app`` with uvicorn in a thread; yield its base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()


def open_store(backend: str, path: Path) -> Store:
    if backend == "sqlite":
        return Store.open(path / "web.db")
    store = Store.open(os.environ["MARSAD_TEST_POSTGRES"])
    store.clear()
    return store


@contextmanager
def serve_store(backend: str, path: Path, docs, stories=None, **settings):
    """A served app over a fresh store holding ``docs`` (and ``stories``, when given)."""
    from marsad.web import WebSettings, create_app

    store = open_store(backend, path)
    store.save_many(docs)
    if stories is not None:
        store.replace_stories(stories)
    target = str(path / "web.db") if backend == "sqlite" else os.environ["MARSAD_TEST_POSTGRES"]
    config = WebSettings(db=target, **{"token": TOKEN, **settings})
    app = create_app(config)
    with running(app) as url, httpx.Client(base_url=url, timeout=60) as client:
        yield Served(url, client, store, config)
    store.close()


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request) -> str:
    """"sqlite", and "postgres" when MARSAD_TEST_POSTGRES is set: each module runs on both."""
    return request.param


@pytest.fixture(scope="module")
def server_factory(backend, tmp_path_factory, options):
    """``server_factory(docs, stories=None, **settings)``: a context manager serving those."""

    def factory(docs, stories=None, **settings):
        return serve_store(backend, tmp_path_factory.mktemp("web"), docs, stories, **{"options": options, **settings})

    return factory


def seed_timeline(docs, options):
    from marsad import api

    return api.timeline(docs, options) if hasattr(api, "timeline") else None


@pytest.fixture(scope="module")
def served(server_factory, seed_docs, options):
    """The app over the five seed pages and their timeline, with a write token configured."""
    docs = list(seed_docs.values())
    with server_factory(docs, seed_timeline(docs, options)) as s:
        yield s


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory, options):
    """``sqlite_server(docs, stories=None, **settings)`` on a temporary SQLite file only."""

    def factory(docs, stories=None, **settings):
        return serve_store("sqlite", tmp_path_factory.mktemp("web"), docs, stories, **{"options": options, **settings})

    return factory
