"""The sharded runner in this process (--engine local --out): layout, failures, re-runs."""

import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.errors import ConfigError
from marsad.model import Document, Published
from marsad.runner.parquet import month_of
from marsad.runner.ray_engine import run_sharded

from .conftest import assert_same_output


def test_local_shards_write_the_single_process_output(tiny_inputs, options, tmp_path):
    out = tmp_path / "out"
    report = run_sharded(tiny_inputs, options, out, engine="local", echo=lambda m: None)
    assert report.shards == 4 and report.failed == 2 and report.documents == 12
    assert report.changed_by_merge >= 1  # 002 is dated by the other seed pages: its rows are rewritten
    assert_same_output(out, tiny_inputs, options)
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.parquet"))
    assert all(f.split("/")[1].startswith("month=") for f in files)
    assert {"documents", "events"} == {f.split("/")[0] for f in files}
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["marsad"]["documents"] == 12 and manifest["inputs"] == tiny_inputs
    failures = (out / "failures.txt").read_text("utf-8").splitlines()
    assert any("batch.jsonl:5" in f and "M104" in f for f in failures)
    assert any("missing.jsonl" in f and "M106" in f for f in failures)
    schema = pq.read_schema(next(out.glob("documents/month=*/*.parquet")))
    assert schema.names[:3] == ["id", "published", "earliest"] and "record" in schema.names


def test_a_rerun_replaces_the_output_and_a_foreign_folder_is_refused(tiny_inputs, options, tmp_path):
    out = tmp_path / "out"
    run_sharded(tiny_inputs[:1], options, out, engine="local", echo=lambda m: None)
    run_sharded(tiny_inputs[1:2], options, out, engine="local", echo=lambda m: None)
    assert_same_output(out, tiny_inputs[1:2], options)
    assert not list(out.glob(".staging-*"))
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", "utf-8")
    with pytest.raises(ConfigError, match="M701"):
        run_sharded(tiny_inputs[:1], options, tmp_path / "mine", engine="local", echo=lambda m: None)
    assert (tmp_path / "mine" / "notes.txt").read_text("utf-8") == "keep me"


def test_month_is_the_publication_month_or_unknown():
    doc = Document(id="x")
    assert month_of(doc) == "unknown"
    assert month_of(doc.replace(published=Published("2022-12-29", "2022-12-29", "2022-12-29", "dateline"))) == "2022-12"
    assert month_of(doc.replace(published=Published(None, "2024-06-15", "2024-06-23", "weekday"))) == "2024-06"
    assert month_of(doc.replace(published=Published(None, "2024-05-30", "2024-06-02", "weekday"))) == "unknown"


def test_cli_process_out_and_usage_errors(tiny_inputs, tmp_path):
    runner = CliRunner()
    out = tmp_path / "cli-out"
    result = runner.invoke(cli, ["--reference-date", "2025-11-01", "process", "--out", str(out), tiny_inputs[1]])
    assert result.exit_code == 1  # the bad JSON line
    assert "M104" in result.stderr and (out / "timeline.json").exists()
    result = runner.invoke(cli, ["process", "--engine", "ray", tiny_inputs[1]])
    assert result.exit_code == 2 and "--out" in result.output
    result = runner.invoke(cli, ["process", "--workers", "2", "--jsonl", "-", tiny_inputs[1]])
    assert result.exit_code == 2 and "--engine ray" in result.output
