"""Processing pasted text and uploaded files through POST /api/documents, into the store."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from marsad.api import bundled_corpus


@pytest.fixture(scope="module")
def fresh(server_factory):
    """An empty store with writing enabled."""
    with server_factory([]) as s:
        yield s


def _post(s, headers=None, **kw):
    return s.post("/api/documents", headers={"X-Marsad-Token": s.settings.token, **(headers or {})}, **kw)


def _record(s, doc_id):
    return s.get("/api/documents/" + quote(doc_id, safe="")).json()


def test_pasted_text_is_processed_saved_and_replaced_on_repeat(fresh, seed_text, seed_docs):
    text = seed_text("000")
    first = _post(fresh, files={"text": (None, text)})
    assert first.status_code == 201, first.text
    (made,) = first.json()["documents"]
    record = _record(fresh, made["id"])
    assert record["body"] == seed_docs["000"].body and record["outlet"]["name"] == "TASS"
    assert made["url"] == "/documents/" + made["id"] and fresh.get(made["url"]).status_code == 200
    again = _post(fresh, json={"text": text})  # the same page as JSON: same id, replaced
    assert again.status_code == 201 and again.json()["documents"][0]["id"] == made["id"]
    assert fresh.get("/api/status").json()["documents"] == 1


def test_files_keep_their_name_as_provenance_only(fresh, seed_docs):
    page = next(bundled_corpus().glob("001_*.txt"))
    resp = _post(fresh, files=[("file", (page.name, page.read_bytes(), "text/plain"))])
    assert resp.status_code == 201, resp.text
    (made,) = resp.json()["documents"]
    record = _record(fresh, made["id"])
    assert record["source"]["path"] == "upload:" + page.name
    assert record["body"] == seed_docs["001"].body


def test_html_in_a_legacy_encoding(fresh):
    body = "\u0627\u062a\u0641\u0642\u062a \u062a\u0631\u0643\u064a\u0627 \u0648\u0631\u0648\u0633\u064a\u0627 \u0639\u0644\u0649 \u0645\u0648\u0627\u0635\u0644\u0629 \u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0641\u064a \u0645\u0648\u0633\u0643\u0648. "
    html = ("<html><head><meta charset=\"windows-1256\"><title>t</title></head><body><article><h1>"
            + body[:20] + "</h1>" + "".join(f"<p>{body * 3}</p>" for _ in range(4)) + "</article></body></html>")
    resp = _post(fresh, files=[("file", ("page.html", html.encode("cp1256"), "text/html"))])
    assert resp.status_code == 201, resp.text
    record = _record(fresh, resp.json()["documents"][0]["id"])
    assert "\u0645\u0648\u0633\u0643\u0648" in record["body"] and record["source"]["format"] == "html"


def test_a_bad_file_is_reported_and_the_rest_goes_on(fresh, seed_text):
    resp = _post(fresh, files=[("file", ("bad.txt", bytes(range(256)) * 20, "text/plain")),
                               ("text", (None, seed_text("002")))])
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert len(body["documents"]) == 1
    assert len(body["errors"]) == 1 and "upload:bad.txt" in body["errors"][0]
    assert "/tmp" not in body["errors"][0] and "marsad-upload" not in body["errors"][0]


def test_nothing_usable_is_a_clear_error(fresh):
    assert _post(fresh, files={"text": (None, "   ")}).json()["error"].startswith("[M605]")
    resp = _post(fresh, files=[("file", ("bad.txt", bytes(range(256)) * 20, "text/plain"))])
    assert resp.status_code == 400 and "upload:bad.txt" in resp.json()["error"]
    assert _post(fresh, content=b"[1, 2]", headers={"content-type": "application/json"}).status_code == 400


def test_uploads_reach_the_timeline(fresh):
    timeline = fresh.get("/api/timeline", params={"limit": 500}).json()
    reported = {r["doc"] for rec in timeline["items"] for r in rec["reports"]}
    stored = {i["id"] for i in fresh.get("/api/documents", params={"limit": 500}).json()["items"]}
    docs_with_events = {i for i in stored if _record(fresh, i)["events"]}
    assert docs_with_events <= reported
