"""Every API error is one object: {"ok": false, "error": "[Mnnn] ...", "status": code}."""

from __future__ import annotations

import pytest

CASES = [
    ("GET", "/api/documents/no-such-document", {}, 404),
    ("GET", "/api/actors/no-such-actor", {}, 404),
    ("GET", "/api/no-such-endpoint", {}, 404),
    ("GET", "/api/documents?limit=0", {}, 400),
    ("GET", "/api/documents?limit=ten", {}, 400),
    ("GET", "/api/events?since=2022-13", {}, 400),
    ("GET", "/api/events?type=PARTY", {}, 400),
    ("GET", "/api/timeline?country=R%27S", {}, 400),
    ("GET", "/api/actors?kind=XYZ", {}, 400),
    ("GET", "/api/search", {}, 400),
    ("POST", "/api/documents", {"data": {"text": "x"}}, 403),
    ("POST", "/api/documents", {"data": {"text": "x"}, "headers": {"X-Marsad-Token": "wrong"}}, 403),
    ("POST", "/api/documents", {"content": b"x" * 6_000_000, "headers": {"X-Marsad-Token": "{token}", "content-type": "text/plain"}}, 413),
    ("POST", "/api/documents", {"content": b"{}", "headers": {"X-Marsad-Token": "{token}", "content-type": "image/png"}}, 400),
    ("DELETE", "/api/documents", {}, 405),
]


@pytest.mark.parametrize("method,path,kwargs,status", CASES, ids=[f"{c[0]} {c[1][:40]} {c[3]}" for c in CASES])
def test_error_shape(served, method, path, kwargs, status):
    kwargs = dict(kwargs)
    if "headers" in kwargs:
        kwargs["headers"] = {k: v.replace("{token}", served.settings.token) for k, v in kwargs["headers"].items()}
    if "data" in kwargs:  # as a multipart form, like the upload page sends
        kwargs["files"] = {k: (None, v) for k, v in kwargs.pop("data").items()}
    resp = served.client.request(method, path, **kwargs)
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status
    assert body["error"].startswith("[M") and "\n" not in body["error"] and "Traceback" not in body["error"]


def test_pages_answer_errors_with_a_page(served):
    resp = served.get("/documents/no-such-document")
    assert resp.status_code == 404 and resp.headers["content-type"].startswith("text/html")
    assert "M401" in resp.text and 'dir="rtl"' in resp.text
    assert served.get("/no/such/page").status_code == 404


def test_an_unexpected_error_keeps_the_shape_and_hides_internals(served, monkeypatch):
    from marsad.store import Store

    def broken(self):
        raise RuntimeError("secret internals /etc/shadow")

    monkeypatch.setattr(Store, "facets", broken)
    resp = served.get("/api/facets")
    assert resp.status_code == 500
    assert resp.json() == {"ok": False, "error": "[M607] internal error (see the server log)", "status": 500}
    page = served.get("/")
    assert page.status_code == 500 and "secret internals" not in page.text and "M607" in page.text


def test_an_unexpected_error_is_answered_and_not_raised_to_the_server(tmp_path, monkeypatch, seed_docs):
    """The 500 answer ends the exchange: the error does not go on to the server (which could reset
    the connection before the client reads the answer). The app is called as the server calls it."""
    import json

    import anyio

    from marsad.store import Store
    from marsad.web import WebSettings, create_app

    store = Store.open(tmp_path / "web.db")
    store.save_many(list(seed_docs.values()))
    store.close()

    def broken(self):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(Store, "facets", broken)
    app = create_app(WebSettings(db=str(tmp_path / "web.db")))
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": "/api/facets", "raw_path": b"/api/facets", "query_string": b"", "root_path": "",
             "headers": [(b"host", b"testserver")], "client": ("127.0.0.1", 1), "server": ("testserver", 80)}
    anyio.run(app, scope, receive, send)  # (raises if the error reaches the server)
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    assert start["status"] == 500 and json.loads(body)["error"].startswith("[M607]")
