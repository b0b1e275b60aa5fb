"""The store on a real SQLite file (and PostgreSQL when MARSAD_TEST_POSTGRES names one)."""

from __future__ import annotations

import dataclasses
import os

import pytest

from marsad.errors import NotFound, StoreError
from marsad.store import Store

TARGETS = ["sqlite"] + (["postgres"] if os.environ.get("MARSAD_TEST_POSTGRES") else [])


@pytest.fixture(params=TARGETS)
def store(request, tmp_path):
    if request.param == "sqlite":
        s = Store.open(tmp_path / "t.db")
    else:
        s = Store.open(os.environ["MARSAD_TEST_POSTGRES"])
        s.clear()
    yield s
    s.close()


def test_save_is_an_upsert(store, seed_docs):
    for doc in seed_docs.values():
        store.save(doc)
    store.save_many(seed_docs.values())
    assert store.count() == 5
    doc = seed_docs["003"]
    assert store.document(doc.id) == doc
    with pytest.raises(NotFound):
        store.document("nope")


def test_search_folds_arabic_spellings(store, seed_docs):
    store.save_many(seed_docs.values())
    hits = store.search("إردوغان")  # written أردوغان in 001 and 003, إردوغان in 000
    assert {h[:3] for h in hits} >= {"000", "001", "003"}
    assert {h[:3] for h in store.search("قاعدة حميميم")} == {"001"}
    assert store.search("") == []


def test_sqlite_uses_wal_and_foreign_keys(tmp_path):
    s = Store.open(tmp_path / "w.db")
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert s.schema_version >= 1


def test_unopenable_target_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="M301"):
        Store.open(tmp_path / "no-such-dir" / "x.db")


# ------------------------------------------------------------------ filters, listings, profiles
from marsad.store import Filters  # noqa: E402
from marsad.store.filters import date_range  # noqa: E402


def _unique_events(docs):
    return [(d, ev) for d in docs for ev in {e.id: e for e in d.events}.values()]


def test_filters_select_by_actor_country_type_outlet_and_date(store, seed_docs):
    store.save_many(seed_docs.values())
    docs = list(seed_docs.values())
    ids = lambda found: {i["id"] for i in found.items}  # noqa: E731
    assert ids(store.find_documents(Filters(outlet="Al Jazeera"))) == {seed_docs["004"].id}
    assert ids(store.find_documents(Filters(actor="hulusi-akar"))) == {d.id for d in docs if any(e.id == "hulusi-akar" for e in d.entities)}
    events = _unique_events(docs)
    for etype in {ev.type for _, ev in events}:
        found = store.find_events(Filters(type=etype, limit=500))
        assert ids(found) == {ev.id for _, ev in events if ev.type == etype} and found.total == len(found.items)
    found = store.find_events(Filters(country="IRN", actor=None, limit=500))
    assert ids(found) == {ev.id for _, ev in events if "IRN" in {a.country for a in ev.actors} | {ev.mediator}}
    dated = sorted((date_range(ev.date), ev.id) for _, ev in events if ev.date and date_range(ev.date)[0])
    if dated:
        (first, last), _ = dated[len(dated) // 2]
        found = store.find_events(Filters(since=first, until=first, limit=500))
        assert ids(found) == {ev.id for _, ev in events if date_range(ev.date)[0] and date_range(ev.date)[0] <= first <= date_range(ev.date)[1]}
    assert store.find_events(Filters(since="1900", until="1900-12")).total == 0


def test_filters_check_their_values():
    from marsad.errors import InputError

    assert Filters(country="tur", type="consult", since="2022-12", until="2022").as_params() == {
        "country": "TUR", "type": "CONSULT", "since": "2022-12-01", "until": "2022-12-31"}
    assert Filters(until="2024-02").until == "2024-02-29"
    for bad in ({"country": "Turkey"}, {"type": "PARTY"}, {"since": "2022-13"}, {"until": "2022-02-30"},
                {"since": "yesterday"}, {"limit": 0}, {"limit": 501}, {"offset": -1}, {"actor": "a\x00b"}):
        with pytest.raises(InputError, match="M601"):
            Filters(**bad)


def test_date_range_reads_spec_dates():
    assert date_range("2022-12-28") == ("2022-12-28", "2022-12-28")
    assert date_range("2022-12") == ("2022-12-01", "2022-12-31")
    assert date_range("2022") == ("2022-01-01", "2022-12-31")
    assert date_range("2017-01-23/2017-02") == ("2017-01-23", "2017-02-28")
    assert date_range(None) == date_range("soon") == (None, None)


def test_search_strips_clitics_and_keeps_filters(store, seed_docs):
    store.save_many(seed_docs.values())
    with_waw = {d.id for d in seed_docs.values() if "\u0648\u0631\u0648\u0633\u064a\u0627" in d.body}  # وروسيا
    assert with_waw and with_waw <= set(store.search("\u0631\u0648\u0633\u064a\u0627"))  # روسيا
    hits = store.search_documents("\u0623\u0631\u062f\u0648\u063a\u0627\u0646", Filters(outlet="TASS"))  # أردوغان
    assert [h["id"] for h in hits.items] == [seed_docs["000"].id] and hits.total == 1
    assert store.search_documents("xyzzy").total == 0


def test_timeline_falls_back_to_events_until_stories_are_stored(store, seed_docs):
    store.save_many(seed_docs.values())
    found = store.timeline(Filters(limit=500))
    assert found.extra["merged"] is False
    assert found.total == len(_unique_events(seed_docs.values()))
    assert all(len(rec["reports"]) == 1 for rec in found.items)
    one = found.items[0]
    assert store.story(one["id"]) == one
    doc = seed_docs["002"]
    ev = doc.events[0]
    story = {"id": "s1", "type": ev.type, "date": "2022-12", "countries": ["RUS", "TUR"], "summary": "x",
             "reports": [{"doc": doc.id, "event": ev.id}, {"doc": "missing", "event": "e"}]}
    store.replace_stories([story])
    found = store.timeline(Filters(country="TUR"))
    assert found.extra["merged"] is True and [r["id"] for r in found.items] == ["s1"]
    assert store.timeline(Filters(since="2022-12-15", until="2023")).total == 1
    assert store.timeline(Filters(until="2022-11-30")).total == 0
    assert store.timeline(Filters(outlet=doc.outlet.name)).total == 1
    assert store.timeline(Filters(country="IRN")).total == 0
    assert store.event_stories(doc.id) == {ev.id: "s1"}
    store.save(doc)  # re-saving a document drops its reports, not the story
    assert store.event_stories(doc.id) == {} and store.count("stories") == 1


def test_actors_and_a_profile(store, seed_docs):
    store.save_many(seed_docs.values())
    found = store.actors(Filters(limit=500))
    assert found.total == len({e.id for d in seed_docs.values() for e in d.entities})
    assert {i["id"] for i in store.actors(Filters(country="IRN"), kind="GPE").items} <= {
        e.id for d in seed_docs.values() for e in d.entities if e.country == "IRN" and e.type == "GPE"}
    assert "recep-tayyip-erdogan" in {i["id"] for i in store.actors(q="\u0625\u0631\u062f\u0648\u063a\u0627\u0646").items}
    profile = store.actor("recep-tayyip-erdogan")
    outlets = {o["outlet"] for o in profile["names_by_outlet"]}
    assert outlets == {d.outlet.name for d in seed_docs.values() if any(e.id == "recep-tayyip-erdogan" for e in d.entities)}
    assert profile["documents"] == len(outlets)
    with pytest.raises(NotFound):
        store.actor("nobody")


def test_a_consistent_store_checks_clean_and_a_broken_one_does_not(tmp_path, seed_docs):
    s = Store.open(tmp_path / "c.db")
    s.save_many(seed_docs.values())
    assert s.check() == []
    s.close()
    import sqlite3

    con = sqlite3.connect(tmp_path / "c.db")
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("INSERT INTO events (doc_id, event_id, type, record) VALUES ('ghost', 'e1', 'AID', '{}')")
    con.execute("DELETE FROM documents_fts WHERE rowid = (SELECT min(rowid) FROM documents)")
    con.commit()
    con.close()
    problems = Store.open(tmp_path / "c.db").check()
    assert any("events: 1 rows whose document is missing" in p for p in problems)
    assert any("documents_fts" in p for p in problems)


def test_concurrent_writers_take_turns(store, seed_docs):
    import threading

    errors = []

    def write():
        try:
            for _ in range(3):
                store.save_many(seed_docs.values())
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=write) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and store.count() == 5 and store.check() == []


# ------------------------------------------------------------------ migrations
def _downgrade_to_v1(store):
    """Turn a current database back into the version-1 layout, with its data."""
    from marsad.store.search import search_key

    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE event_actors")
        conn.exec_driver_sql("DROP TABLE mentions")
        for table in ("events", "stories"):
            conn.exec_driver_sql(f"DROP INDEX ix_{table}_date_from")
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN date_from")
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN date_to")
        rows = conn.exec_driver_sql("SELECT id, title, body FROM documents").all()
        for doc_id, title, body in rows:
            conn.exec_driver_sql("UPDATE documents SET search_text = %s WHERE id = %s" if not store.is_sqlite else
                                 "UPDATE documents SET search_text = ? WHERE id = ?", (search_key(f"{title or ''}\n{body}"), doc_id))
        if not store.is_sqlite:  # version 1 had VARCHAR(n) columns
            conn.exec_driver_sql("ALTER TABLE events ALTER COLUMN mode TYPE VARCHAR(32)")
        if store.is_sqlite:
            conn.exec_driver_sql("DROP TABLE documents_fts")
            conn.exec_driver_sql("CREATE VIRTUAL TABLE documents_fts USING fts5(id UNINDEXED, search_text, tokenize='unicode61 remove_diacritics 2')")
            conn.exec_driver_sql("INSERT INTO documents_fts (id, search_text) SELECT id, search_text FROM documents")
        conn.exec_driver_sql("UPDATE marsad_meta SET value = '1' WHERE key = 'schema_version'")


def test_a_version_1_database_is_migrated_with_its_data(store, seed_docs):
    store.save_many(seed_docs.values())
    store.replace_stories([{"id": "s1", "type": "CONSULT", "date": "2022-12", "countries": ["TUR"], "summary": "",
                            "reports": [{"doc": seed_docs["000"].id, "event": seed_docs["000"].events[0].id}]}])
    before = (store.actor("vladimir-putin"), store.find_events(Filters(limit=500)).items, store.search("\u0631\u0648\u0633\u064a\u0627"))
    _downgrade_to_v1(store)
    migrated = Store.open(store.target)
    assert migrated.schema_version == 2 and migrated.check() == []
    after = (migrated.actor("vladimir-putin"), migrated.find_events(Filters(limit=500)).items, migrated.search("\u0631\u0648\u0633\u064a\u0627"))
    assert after == before
    assert migrated.timeline(Filters(since="2022-12-31")).total == 1
    doc = seed_docs["000"]
    long_mode = doc.replace(events=(dataclasses.replace(doc.events[0], mode="m" * 500),))
    migrated.save(long_mode)  # no length limit left from version 1
    assert migrated.document(doc.id) == long_mode
    migrated.close()
