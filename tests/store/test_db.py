"""The store on a real SQLite file (and PostgreSQL when MARSAD_TEST_POSTGRES names one)."""

from __future__ import annotations

import os
import sqlite3

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
        with s.engine.begin() as conn:
            for table in ("story_reports", "stories", "entities", "events", "documents", "failures"):
                conn.exec_driver_sql(f"DELETE FROM {table}")
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
