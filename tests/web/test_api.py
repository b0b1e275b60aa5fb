"""The JSON API over real HTTP, against a real SQLite file (and PostgreSQL when configured).

Expected answers are computed from the seed documents themselves, so the tests hold while
the extraction stages improve.
"""

from __future__ import annotations

from urllib.parse import quote

from marsad.store.filters import date_range
from marsad.text.normalize import fold_key


def _ids(resp):
    assert resp.status_code == 200, resp.text
    return {item["id"] for item in resp.json()["items"]}


def _event_countries(ev):
    return {a.country for a in ev.actors if a.country} | ({ev.mediator} if ev.mediator else set())


def test_documents_list_and_records(served, seed_docs):
    body = served.get("/api/documents").json()
    assert body["ok"] is True and body["total"] == 5
    assert {i["id"] for i in body["items"]} == {d.id for d in seed_docs.values()}
    for doc in seed_docs.values():
        item = next(i for i in body["items"] if i["id"] == doc.id)
        assert item["outlet"]["name"] == doc.outlet.name and item["events"] == len({e.id for e in doc.events})
        record = served.get(f"/api/documents/{quote(doc.id)}").json()
        assert record == doc.to_dict()


def test_documents_filters_agree_with_the_records(served, seed_docs):
    docs = list(seed_docs.values())
    assert _ids(served.get("/api/documents", params={"outlet": "TASS"})) == {d.id for d in docs if d.outlet.name == "TASS"}
    want = {d.id for d in docs if any(e.country == "RUS" for e in d.entities)
            or any(a.country == "RUS" for ev in d.events for a in ev.actors)}
    assert _ids(served.get("/api/documents", params={"country": "rus"})) == want
    actor = "vladimir-putin"
    assert _ids(served.get("/api/documents", params={"actor": actor})) == {d.id for d in docs if any(e.id == actor for e in d.entities)}
    for etype in {ev.type for d in docs for ev in d.events}:
        assert _ids(served.get("/api/documents", params={"type": etype})) == {d.id for d in docs if any(ev.type == etype for ev in d.events)}
    dated = sorted(d.published.date for d in docs if d.published.date)
    if dated:
        day = dated[0]
        got = _ids(served.get("/api/documents", params={"since": day, "until": day}))
        assert got == {d.id for d in docs if (d.published.earliest or d.published.date or "9") <= day <= (d.published.latest or d.published.date or "0")}


def test_events_filters_agree_with_the_records(served, seed_docs):
    events = [(d, ev) for d in seed_docs.values() for ev in {e.id: e for e in d.events}.values()]
    body = served.get("/api/events", params={"limit": 500}).json()
    assert body["total"] == len(events)
    first = body["items"][0]
    assert {"id", "type", "actors", "evidence", "doc"} <= set(first) and first["doc"]["id"] in {d.id for d in seed_docs.values()}
    for etype in {ev.type for _, ev in events}:
        got = _ids(served.get("/api/events", params={"type": etype, "limit": 500}))
        assert got == {ev.id for _, ev in events if ev.type == etype}
    got = _ids(served.get("/api/events", params={"country": "TUR", "limit": 500}))
    assert got == {ev.id for _, ev in events if "TUR" in _event_countries(ev)}
    got = _ids(served.get("/api/events", params={"actor": "vladimir-putin", "limit": 500}))
    assert got == {ev.id for _, ev in events if any(a.entity == "vladimir-putin" for a in ev.actors)}
    got = _ids(served.get("/api/events", params={"outlet": "Arab48", "limit": 500}))
    assert got == {ev.id for d, ev in events if d.outlet.name == "Arab48"}
    dated = [ev for _, ev in events if date_range(ev.date)[0]]
    if dated:
        month = date_range(dated[0].date)[0][:7]
        got = _ids(served.get("/api/events", params={"since": month, "until": month, "limit": 500}))
        want = {ev.id for ev in dated if date_range(ev.date)[0] <= month + "-31" and date_range(ev.date)[1] >= month + "-01"}
        assert got == want


def test_paging(served):
    everything = served.get("/api/events", params={"limit": 500}).json()["items"]
    page = served.get("/api/events", params={"limit": 3, "offset": 2}).json()
    assert page["limit"] == 3 and page["offset"] == 2
    assert [i["id"] for i in page["items"]] == [i["id"] for i in everything[2:5]]


def test_timeline_records_follow_the_spec(served, seed_docs):
    body = served.get("/api/timeline", params={"limit": 500}).json()
    assert body["ok"] is True and body["total"] == len(body["items"]) > 0
    doc_ids = {d.id for d in seed_docs.values()}
    for rec in body["items"]:
        assert {"id", "type", "date", "countries", "summary", "reports"} <= set(rec)
        assert rec["reports"] and all(r["doc"] in doc_ids for r in rec["reports"])
    first = body["items"][0]
    assert served.get(f"/api/timeline/{quote(first['id'], safe='')}").json()["id"] == first["id"]
    tur = served.get("/api/timeline", params={"country": "TUR", "limit": 500}).json()["items"]
    assert tur and all("TUR" in rec["countries"] for rec in tur)
    assert served.get("/api/timeline/no-such-record").status_code == 404


def test_actors_listing_and_profile(served, seed_docs):
    body = served.get("/api/actors", params={"limit": 500}).json()
    counts = [i["documents"] for i in body["items"]]
    assert counts == sorted(counts, reverse=True)
    putin = next(i for i in body["items"] if i["id"] == "vladimir-putin")
    assert putin["documents"] == sum(1 for d in seed_docs.values() if any(e.id == "vladimir-putin" for e in d.entities))
    assert _ids(served.get("/api/actors", params={"q": "بوتين"})) >= {"vladimir-putin"}
    assert _ids(served.get("/api/actors", params={"q": "putin"})) >= {"vladimir-putin"}
    assert all(i["type"] == "PER" for i in served.get("/api/actors", params={"kind": "per"}).json()["items"])

    profile = served.get("/api/actors/vladimir-putin").json()
    assert profile["name"] == "Vladimir Putin" and profile["country"] == "RUS"
    words = {}
    for d in seed_docs.values():
        for e in d.entities:
            if e.id == "vladimir-putin":
                words.setdefault(d.outlet.name, set()).update(" ".join(m.text.split()) for m in e.mentions)
    assert {o["outlet"]: {n["text"] for n in o["names"]} for o in profile["names_by_outlet"]} == words
    events = [ev for d in seed_docs.values() for ev in {e.id: e for e in d.events}.values()
              if any(a.entity == "vladimir-putin" for a in ev.actors)]
    assert sum(row["count"] for row in profile["over_time"]) == len(events) == len(profile["events"])
    assert all(c["id"] != "vladimir-putin" for c in profile["counterparts"])
    assert served.get("/api/actors/nobody-at-all").status_code == 404


def test_search_folds_spellings_and_keeps_filters(served, seed_docs):
    body = served.get("/api/search", params={"q": "إردوغان"}).json()
    assert {i["id"][:3] for i in body["items"]} >= {"000", "001", "003"}
    hit = body["items"][0]
    matched = [run["text"] for passage in hit["snippets"] for run in passage if run["match"]]
    assert matched and all("\u0631\u062f\u0648\u063a\u0627\u0646" in fold_key(m) for m in matched)  # "ردوغان"
    assert {i["id"][:3] for i in served.get("/api/search", params={"q": "قاعدة حميميم"}).json()["items"]} == {"001"}
    assert _ids(served.get("/api/search", params={"q": "إردوغان", "outlet": "TASS"})) == {seed_docs["000"].id}
    assert served.get("/api/search", params={"q": "xyzzy-nothing"}).json()["total"] == 0


def test_facets_and_status(served, seed_docs):
    facets = served.get("/api/facets").json()
    assert {f["value"] for f in facets["outlets"]} == {d.outlet.name for d in seed_docs.values()}
    assert {f["value"] for f in facets["types"]} == {ev.type for d in seed_docs.values() for ev in d.events}
    status = served.get("/api/status").json()
    assert status["documents"] == 5 and status["schema_version"] >= 2 and status["writable"] is True


def test_openapi_documents_every_resource(served):
    schema = served.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/documents", "/api/documents/{doc_id}", "/api/events", "/api/timeline", "/api/timeline/{story_id}",
            "/api/actors", "/api/actors/{actor_id}", "/api/search", "/api/facets", "/api/status"} <= paths
    assert "post" in schema["paths"]["/api/documents"]
    assert {"Document", "Story", "Error", "ActorProfile", "SearchResults"} <= set(schema["components"]["schemas"])
    page = served.get("/api")
    assert page.status_code == 200 and "/api/search" in page.text
