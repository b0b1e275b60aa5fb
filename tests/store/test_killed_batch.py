"""A batch killed with SIGKILL leaves a consistent store, and running it again completes it.

`marsad process` runs in a subprocess over a few hundred pages (the seed pages under other
names); it is killed once part of them are stored.  The SQLite file must pass its integrity
and foreign-key checks with every row's document present; the same command run again must
leave every page stored exactly once, with its events.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest

from marsad.api import bundled_corpus
from marsad.store import Store

COPIES = 80  # x 5 seed pages
pytestmark = pytest.mark.slow


def _process(pages, db):
    return [sys.executable, "-m", "marsad", "--reference-date", "2025-11-01", "process", str(pages), "--db", str(db)]


def _stored(db) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _consistency(db) -> None:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in ("entities", "events", "event_actors", "mentions", "story_reports"):
            orphans = con.execute(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0]
            assert orphans == 0, table
        assert con.execute("SELECT count(*) - count(DISTINCT id) FROM documents").fetchone()[0] == 0
    finally:
        con.close()
    store = Store.open(db)
    try:
        assert store.check() == []
    finally:
        store.close()


def test_a_killed_batch_is_consistent_and_a_rerun_completes_it(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    seeds = sorted(bundled_corpus().glob("*.txt"))
    for i in range(COPIES):
        for seed in seeds:
            shutil.copyfile(seed, pages / f"p{i:03d}_{seed.name}")
    expected = {p.name.split(".")[0] for p in pages.iterdir()}
    db = tmp_path / "batch.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    proc = subprocess.Popen(_process(pages, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 120
    try:
        while _stored(db) < len(expected) // 8:
            assert proc.poll() is None, "the batch finished before it could be killed"
            assert time.monotonic() < deadline, "the batch stored nothing in time"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    killed_at = _stored(db)
    assert 0 < killed_at < len(expected)
    _consistency(db)

    rerun = subprocess.run(_process(pages, db), capture_output=True, text=True, env=env, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    _consistency(db)
    con = sqlite3.connect(db)
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM documents")]
        events = Counter(dict(con.execute("SELECT doc_id, count(*) FROM events GROUP BY doc_id").fetchall()))
    finally:
        con.close()
    assert sorted(ids) == sorted(expected)
    per_seed = {}
    for doc_id in ids:
        per_seed.setdefault(doc_id.split("_", 1)[1], set()).add(events[doc_id])
    assert all(len(counts) == 1 for counts in per_seed.values()), per_seed  # every copy has its seed's events, once
