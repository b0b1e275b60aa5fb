"""`marsad timeline`, `marsad export` and the end of `marsad demo`, through click's CliRunner."""

from __future__ import annotations

import datetime as dt
import io
import json

import jsonschema
import networkx as nx
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from marsad.api import bundled_corpus
from marsad.cli import cli
from marsad.resources import data_path
from marsad.store import Store
from marsad.timeline.intervals import parse

REF = ["--reference-date", "2025-11-01"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "seeds.db"
    result = CliRunner().invoke(cli, REF + ["process", str(bundled_corpus()), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return str(path)


def _run(*args):
    result = CliRunner().invoke(cli, REF + list(args))
    assert result.exit_code == 0, result.output + str(result.exception)
    return result


def test_help_documents_the_database_default():
    for command in ("timeline", "export"):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "marsad-demo.db" in result.output and "MARSAD_DB" in result.output


def test_timeline_json_is_the_stored_timeline(db):
    records = json.loads(_run("timeline", "--db", db, "--format", "json").output)
    store = Store.open(db)
    try:
        by_id = lambda recs: sorted(recs, key=lambda r: r["id"])  # noqa: E731
        assert records and by_id(records) == by_id(store.stories())
        reports = {(r["doc"], r["event"]) for rec in records for r in rec["reports"]}
        assert reports == {(d.id, ev.id) for d in store.documents() for ev in d.events}
    finally:
        store.close()


def test_timeline_table_and_filters(db):
    table = _run("timeline", "--db", db).output
    assert table.splitlines()[0].startswith("date") and "records" in table.splitlines()[-1]
    some = json.loads(_run("timeline", "--db", db, "--format", "json", "--actor", "TUR", "--actor", "SYR", "--type", "CONSULT",
                           "--since", "2022-01-01", "--until", "2024-12-31").output)
    assert some and all(r["type"] == "CONSULT" and {"TUR", "SYR"} <= set(r["countries"]) for r in some)
    spans = [parse(r["date"]) for r in some]
    assert all(w.hi >= dt.date(2022, 1, 1) and w.lo <= dt.date(2024, 12, 31) for w in spans)  # may fall in the window


def test_timeline_files_in_every_format(db, tmp_path):
    _run("timeline", "--db", db, "--format", "html", "-o", str(tmp_path / "t.html"))
    assert (tmp_path / "t.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    _run("timeline", "--db", db, "--format", "graphml", "-o", str(tmp_path / "t.graphml"))
    assert nx.read_graphml(tmp_path / "t.graphml").number_of_nodes() > 2
    parquet = CliRunner().invoke(cli, ["timeline", "--db", db, "--format", "parquet"]).stdout_bytes
    assert pq.read_table(io.BytesIO(parquet)).num_rows == len(json.loads(_run("timeline", "--db", db, "--format", "json").output))
    assert _run("timeline", "--db", db, "--format", "csv").output.startswith("id,type,mode")
    assert json.loads(_run("timeline", "--db", db, "--format", "timelinejs").output)["events"]


def test_export_plover_follows_the_schema(db, tmp_path):
    out = tmp_path / "events.jsonl"
    _run("export", "--db", db, "--format", "plover", "-o", str(out))
    schema = json.loads(data_path("schemas", "plover.schema.json").read_text("utf-8"))
    lines = out.read_text("utf-8").splitlines()
    assert lines
    for line in lines:
        jsonschema.validate(json.loads(line), schema)


def test_a_missing_database_is_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["timeline", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1
    assert result.stderr.startswith("marsad: error: [M401] database") and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "nope.db").exists()


def test_demo_ends_with_the_timeline_and_its_report(tmp_path):
    result = _run("demo", "--db", str(tmp_path / "demo.db"))
    assert "Timeline of the bundled corpus" in result.output
    report = tmp_path / "demo-timeline.html"
    assert f"Timeline report (HTML): {report.resolve()}" in result.output
    assert report.read_text("utf-8").startswith("<!DOCTYPE html>")
