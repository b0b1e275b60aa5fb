"""Security: article text is rendered escaped everywhere, writes need the token, uploads are
limited in size and type, no path from a request reaches the filesystem, SQL is parameterised.

The hostile document carries <script> and attribute-injection payloads in every field a page
shows: title, body, entity ids, names and mentions, event evidence, places, outlet, dropped
chrome, captions, dates, a timeline summary, and a javascript: source URL.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import quote

import pytest

from marsad.model import (Document, Dropped, Entity, Event, EventActor, Evidence, Location, Mention, Outlet,
                          Published, Source, Timex)

SCRIPT = "<script>alert('s')</script>"
CLOSE = "</script><script>alert('c')</script>"
IMG = "<img src=x onerror=alert('i')>"
ATTR = '" onmouseover="alert(1)" x="'
ATTR1 = "' onfocus='alert(2)' autofocus x='"
PAYLOADS = (SCRIPT, CLOSE, IMG, ATTR, ATTR1)
HOSTILE_ID = "zz-hostile"
ENTITY_ID = 'evil"><script>alert(6)</script>'


def _hostile_doc() -> Document:
    parts = ["\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 "]  # "قال الرئيس "
    spans = {}
    for i, p in enumerate(PAYLOADS):
        start = sum(len(x) for x in parts)
        parts.append(p)
        spans[i] = (start, start + len(p))
        parts.append(" \u0641\u064a \u0645\u0648\u0633\u0643\u0648.\n\n")  # " في موسكو."
    body = "".join(parts)
    sentence = (0, body.index("\n\n"))
    mention = lambda i: Mention(spans[i][0], spans[i][1], body[spans[i][0]:spans[i][1]])  # noqa: E731
    return Document(
        id=HOSTILE_ID,
        source=Source(path=SCRIPT, url="javascript:alert('u')", format="text"),
        outlet=Outlet(name=ATTR + "Outlet", text=IMG),
        title=SCRIPT + " " + ATTR,
        published=Published(date="2022-12-29", earliest="2022-12-29", latest="2022-12-29", basis=ATTR1),
        body=body,
        captions=(IMG, ATTR),
        dropped=(Dropped(SCRIPT, "footer"), Dropped(ATTR, ATTR1)),
        timexes=(Timex(spans[2][0], spans[2][1], body[spans[2][0]:spans[2][1]], ATTR, "DATE"),),
        entities=(
            Entity(ENTITY_ID, ATTR + SCRIPT, "PER", "RUS", IMG, (mention(0), mention(3))),
            Entity("vladimir-putin", "Vladimir Putin", "PER", "RUS", ATTR1, (mention(4),)),
        ),
        events=(
            Event(id=HOSTILE_ID + "-ev" + ATTR, type="CONSULT", mode=ATTR1, date="2022-12-28",
                  location=Location(SCRIPT, "RUS"),
                  actors=(EventActor(ENTITY_ID, ATTR + SCRIPT, "RUS", "GOV"), EventActor(None, IMG, "TUR", None)),
                  evidence=Evidence(sentence[0], sentence[1], body[sentence[0]:sentence[1]]), confidence=0.9),
        ),
    ).check()


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _assert_inert(html: str) -> None:
    """No payload survives as markup: no event-handler attributes, no script but ours, no img but the icon."""
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "autofocus" not in attrs or tag == "input", (tag, attrs)
        if tag == "script":
            assert attrs.get("src") == "/static/marsad.js" or attrs.get("type") == "application/json", attrs
        if tag == "img":
            assert attrs.get("src") == "/static/icon.svg", attrs
        for name in ("href", "src", "action"):
            assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), (tag, attrs)
    for payload in PAYLOADS:
        assert payload not in html
    assert html.lower().count("<script") == html.count('<script src="/static/marsad.js"') + html.count('<script type="application/json"')


@pytest.fixture(scope="module")
def hostile(server_factory, seed_docs):
    doc = _hostile_doc()
    story = {"id": "story" + ATTR, "type": "CONSULT", "mode": ATTR1, "date": "2022-12-28",
             "location": {"name": SCRIPT, "country": "RUS"}, "countries": ["RUS", "TUR"], "summary": CLOSE + ATTR,
             "reports": [{"doc": doc.id, "event": doc.events[0].id}]}
    with server_factory([*seed_docs.values(), doc], [story]) as s:
        yield s


PAGES = [
    "/documents/" + HOSTILE_ID,
    "/",
    "/?country=RUS",
    "/search?q=" + quote("\u0627\u0644\u0631\u0626\u064a\u0633"),  # "الرئيس"
    "/search?q=" + quote(SCRIPT),
    "/search",
    "/actors",
    "/actors/" + quote(ENTITY_ID, safe=""),
    "/actors/vladimir-putin",
    "/?outlet=" + quote(ATTR + "Outlet"),
    "/documents/" + quote(SCRIPT, safe=""),  # a 404 page echoing the path
    "/nope" + quote(ATTR),
]


@pytest.mark.parametrize("path", PAGES)
def test_article_text_is_escaped_on_every_page(hostile, path):
    resp = hostile.get(path)
    assert resp.status_code in (200, 404), resp.text[:500]
    assert resp.headers["content-type"].startswith("text/html")
    _assert_inert(resp.text)
    assert "script-src 'self'" in resp.headers["content-security-policy"]


def test_payloads_are_shown_as_text(hostile):
    html = hostile.get("/documents/" + HOSTILE_ID).text
    assert "&lt;script&gt;alert(&#39;s&#39;)&lt;/script&gt;" in html
    assert "&#34; onmouseover=&#34;alert(1)&#34; x=&#34;" in html
    assert "\\u003c/script\\u003e" in html  # inside the JSON records for the hover popups
    assert 'href="javascript:' not in html and "javascript:alert(&#39;u&#39;)" in html


def test_api_returns_the_text_unchanged(hostile):
    record = hostile.get("/api/documents/" + HOSTILE_ID).json()
    assert record["title"] == SCRIPT + " " + ATTR and SCRIPT in record["body"]
    assert hostile.get("/api/documents/" + HOSTILE_ID).headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("params", [
    {"actor": "x' OR '1'='1"},
    {"outlet": "TASS' OR 1=1 --"},
    {"actor": "%"},
    {"outlet": "_%"},
])
def test_filters_are_values_not_sql(served, params):
    assert served.get("/api/documents", params=params).json()["total"] == 0
    assert served.get("/api/events", params=params).json()["total"] == 0


@pytest.mark.parametrize("q", ["'; DROP TABLE documents; --", '" OR * NEAR(', "a) OR (b", "*", "NOT", "x:* | y", "\\\"'"])
def test_search_syntax_is_not_passed_through(served, q):
    resp = served.get("/api/search", params={"q": q})
    assert resp.status_code == 200, resp.text
    assert served.get("/api/status").json()["documents"] == 5


def test_actor_name_search_escapes_like_wildcards(served):
    assert served.get("/api/actors", params={"q": "%"}).json()["total"] == 0
    assert served.get("/api/actors", params={"q": "_"}).json()["total"] == 0


# ------------------------------------------------------------------ writing
def test_writing_needs_a_configured_token(server_factory, seed_docs):
    with server_factory([seed_docs["000"]], token=None) as s:
        resp = s.post("/api/documents", files={"text": (None, "\u0646\u0635")})
        assert resp.status_code == 403 and "M602" in resp.json()["error"]
        resp = s.post("/api/documents", json={"text": "x"}, headers={"X-Marsad-Token": "anything-at-all"})
        assert resp.status_code == 403
        page = s.get("/upload").text
        assert 'id="disabled"' in page and "<fieldset disabled>" in page
        assert s.get("/api/status").json()["writable"] is False


def test_wrong_or_missing_token_is_refused(served):
    for headers in ({}, {"X-Marsad-Token": "wrong-token"}, {"Authorization": "Bearer wrong-token"},
                    {"X-Marsad-Token": served.settings.token + "x"}):
        resp = served.post("/api/documents", json={"text": "x"}, headers=headers)
        assert resp.status_code == 403 and "M603" in resp.json()["error"]


def test_bearer_token_is_accepted(served, seed_text):
    resp = served.post("/api/documents", json={"text": seed_text("004")},
                       headers={"Authorization": "Bearer " + served.settings.token})
    assert resp.status_code == 201, resp.text


def test_upload_size_is_limited_declared_or_streamed(served):
    headers = {"X-Marsad-Token": served.settings.token}
    big = b"a" * (served.settings.max_upload_bytes + 1)
    resp = served.post("/api/documents", files={"file": ("big.txt", big, "text/plain")}, headers=headers)
    assert resp.status_code == 413 and resp.json()["status"] == 413

    def chunks():  # no Content-Length: the limit holds while the body streams
        for _ in range(served.settings.max_upload_bytes // 65536 + 2):
            yield b"b" * 65536

    resp = served.post("/api/documents", content=chunks(), headers={**headers, "content-type": "application/json"})
    assert resp.status_code == 413 and resp.json()["error"].startswith("[M109]")


@pytest.mark.parametrize("name,ctype", [("tool.exe", "application/octet-stream"), ("photo.png", "image/png"),
                                        ("page.txt", "image/png"), ("archive.zip", "application/zip"), ("noext", "text/plain")])
def test_upload_types_are_limited(served, name, ctype):
    resp = served.post("/api/documents", files={"file": (name, "\u0646\u0635".encode(), ctype)},
                       headers={"X-Marsad-Token": served.settings.token})
    assert resp.status_code == 400 and resp.json()["error"].startswith("[M604]")


def test_no_path_from_a_request_is_opened(served, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("\u0633\u0631 " * 200, "utf-8")  # "سر ..." a page that must never be read
    headers = {"X-Marsad-Token": served.settings.token}
    for text in (str(secret), "/etc/passwd", "../../../../etc/passwd"):
        resp = served.post("/api/documents", json={"text": text}, headers=headers)
        if resp.status_code == 201:
            for doc in resp.json()["documents"]:
                body = served.get("/api/documents/" + quote(doc["id"], safe="")).json()["body"]
                assert "\u0633\u0631 \u0633\u0631" not in body and "root:" not in body
        else:
            assert resp.status_code == 400
    before = set(tmp_path.parent.iterdir())
    name = "../" * 6 + "tmp/planted.txt"
    resp = served.post("/api/documents", files={"file": (name, "\u0646\u0635 \u0639\u0631\u0628\u064a. ".encode() * 50, "text/plain")},
                       headers=headers)
    assert resp.status_code in (201, 400)
    if resp.status_code == 201:
        doc = served.get("/api/documents/" + quote(resp.json()["documents"][0]["id"], safe="")).json()
        assert doc["source"]["path"] == "upload:planted.txt"
    assert set(tmp_path.parent.iterdir()) == before
