"""Each export read back by the library that would consume it."""

from __future__ import annotations

import io
import json

import jsonschema
import networkx as nx
import pandas as pd
import pyarrow.parquet as pq
import pytest

from marsad.errors import ConfigError
from marsad.export import FORMATS, render
from marsad.resources import data_path


def _schema(name: str) -> dict:
    schema = json.loads(data_path("schemas", f"{name}.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def _merged(records):
    return next(r for r in records if len(r["reports"]) == 2)


def test_json_is_the_records(records):
    assert json.loads(render(records, "json")) == records


def test_csv_reads_back_in_pandas(records):
    frame = pd.read_csv(io.StringIO(render(records, "csv")))
    assert len(frame) == len(records)
    assert list(frame["id"]) == [r["id"] for r in records]
    merged = _merged(records)
    row = frame[frame["id"] == merged["id"]].iloc[0]
    assert row["reports"] == 2 and row["countries"] == "|".join(merged["countries"]) and row["date_start"] == "2022-12-28"
    assert set(row["outlets"].split("|")) == {"TASS", "Arab48"}


def test_parquet_reads_back_in_pyarrow_and_pandas(records):
    data = render(records, "parquet")
    assert isinstance(data, bytes) and FORMATS["parquet"].binary
    table = pq.read_table(io.BytesIO(data))
    assert table.num_rows == len(records)
    rows = {r["id"]: r for r in table.to_pylist()}
    merged = rows[_merged(records)["id"]]
    assert merged["countries"] == _merged(records)["countries"] and merged["reports"] == 2
    assert pd.read_parquet(io.BytesIO(data))["type"].tolist() == [r["type"] for r in records]


def test_graphml_reads_back_in_networkx(records):
    g = nx.read_graphml(io.BytesIO(render(records, "graphml")))
    assert {"RUS", "SYR", "TUR"} <= set(g.nodes)
    assert g.nodes["SYR"]["label"] == "Syria"
    shared = sum(1 for r in records if {"SYR", "TUR"} <= set(r["countries"]))
    assert g["SYR"]["TUR"]["weight"] == shared
    assert g.nodes["TUR"]["events"] == sum(1 for r in records if "TUR" in r["countries"])
    assert "CONSULT" in g["SYR"]["TUR"]["types"].split()


def test_plover_lines_follow_the_schema(records):
    validator = jsonschema.Draft202012Validator(_schema("plover"))
    lines = render(records, "plover").splitlines()
    assert len(lines) == sum(1 for r in records if r.get("status") != "denied")
    events = [json.loads(line) for line in lines]
    for event in events:
        validator.validate(event)
    merged = next(e for e in events if e["id"] == _merged(records)["id"])
    assert merged["event"] == "CONSULT" and merged["date"] == "2022-12-28"
    assert {merged["actor"]["country"], merged["recipient"]["country"]} <= set(_merged(records)["countries"])
    assert merged["actor"]["country"] != merged["recipient"]["country"]
    assert [c["outlet"] for c in merged["cite_info"]] == ["TASS", "Arab48"]
    assert "military" in merged["context"]


def test_plover_writes_a_planned_meeting_as_agree(records):
    planned = dict(_merged(records), status="planned")
    (event,) = [json.loads(line) for line in render([planned], "plover").splitlines()]
    assert event["event"] == "AGREE" and event["mode"] is None
    assert event["text_info"]["marsad_type"] == "CONSULT" and event["text_info"]["status"] == "planned"
    assert render([dict(planned, status="denied")], "plover") == ""


def test_timelinejs_follows_the_schema(records):
    doc = json.loads(render(records, "timelinejs"))
    jsonschema.validate(doc, _schema("timelinejs"))
    dated = [r for r in records if r["date"]]
    assert len(doc["events"]) == len(dated)
    slide = next(e for e in doc["events"] if e["unique_id"] == _merged(records)["id"])
    assert slide["start_date"] == {"year": 2022, "month": 12, "day": 28} and slide["group"] == "CONSULT"
    assert slide["text"]["text"].count("<li>") == 2
    month = next((e for e in doc["events"] if len(e["display_date"]) == 7), None)
    if month is not None:
        assert "day" not in month["start_date"]


def test_table_has_a_line_per_record(records):
    text = render(records, "table")
    lines = text.splitlines()
    assert lines[0].split()[:3] == ["date", "type", "mode"]
    assert len(lines) == len(records) + 3
    assert any("2: TASS, Arab48" in line and line.startswith("2022-12-28") for line in lines)


def test_an_unknown_format_is_a_config_error(records):
    with pytest.raises(ConfigError):
        render(records, "xlsx")
