"""The command line, through click's CliRunner, on the bundled pages and real bad input."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from marsad.api import bundled_corpus
from marsad.cli import cli

SEEDS = str(bundled_corpus())


def test_every_command_has_help():
    runner = CliRunner()
    for args in ([], ["process"], ["eval"], ["demo"]):
        result = runner.invoke(cli, args + ["--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_process_jsonl_writes_one_record_a_line_and_replaces_on_rerun(tmp_path):
    out = tmp_path / "docs.jsonl"
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(cli, ["--reference-date", "2025-11-01", "process", SEEDS, "--jsonl", str(out)])
        assert result.exit_code == 0, result.output
    records = [json.loads(l) for l in out.read_text("utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == sorted(p.stem for p in bundled_corpus().glob("*.txt"))


def test_process_db_is_idempotent(tmp_path):
    db = tmp_path / "m.db"
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(cli, ["process", SEEDS, "--db", str(db)])
        assert result.exit_code == 0, result.output
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from documents").fetchone()[0] == 5
    assert con.execute("select count(distinct id) from documents").fetchone()[0] == 5


def test_bad_input_is_one_line_and_exit_status_one(tmp_path):
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)) * 10)
    good = next(bundled_corpus().glob("000_*.txt"))
    (tmp_path / good.name).write_bytes(good.read_bytes())
    result = CliRunner().invoke(cli, ["process", str(tmp_path), "--jsonl", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    err_lines = [l for l in result.stderr.splitlines() if "bad.txt" in l]
    assert len(err_lines) == 1 and "binary" in err_lines[0]
    assert "Traceback" not in result.output
    assert len((tmp_path / "o.jsonl").read_text("utf-8").splitlines()) == 1


def test_errors_without_traceback_unless_debug(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path / "missing.json"), SEEDS])
    assert result.exit_code != 0 and "Traceback" not in result.output
    (tmp_path / "gold.json").write_text("{", "utf-8")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path / "gold.json"), SEEDS])
    assert result.exit_code == 1
    assert result.stderr.startswith("marsad: error: [M202]") and len(result.stderr.splitlines()) == 1
    result = CliRunner().invoke(cli, ["--debug", "eval", "--gold", str(tmp_path / "gold.json"), SEEDS])
    assert result.exception is not None


def test_demo_prints_a_summary(tmp_path):
    result = CliRunner().invoke(cli, ["demo", "--db", str(tmp_path / "demo.db")])
    assert result.exit_code == 0, result.output
    assert "5 documents in" in result.output
    assert "Enab Baladi" in result.output and "TASS" in result.output


def test_a_later_batch_is_narrowed_by_pages_stored_earlier(tmp_path):
    # 002 names "كانون الأول/ ديسمبر" without a year; 000 (stored first) dates that meeting.
    db = str(tmp_path / "m.db")
    runner = CliRunner()
    first = next(bundled_corpus().glob("000_*.txt"))
    second = next(bundled_corpus().glob("002_*.txt"))
    assert runner.invoke(cli, ["--reference-date", "2025-11-01", "process", str(first), "--db", db]).exit_code == 0
    assert runner.invoke(cli, ["--reference-date", "2025-11-01", "process", str(second), "--db", db]).exit_code == 0
    from marsad.store import Store

    store = Store.open(db)
    published = store.document(second.stem).published
    store.close()
    assert published.earliest >= "2023-01-01" and "cross-document" in published.basis
