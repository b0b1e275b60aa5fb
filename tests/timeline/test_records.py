"""Timeline records: the most precise value of each field, its source, and the conflicts."""

from __future__ import annotations

import dataclasses
import json

from marsad.model import Location
from marsad.timeline import build
from marsad.timeline.records import shorten

from .conftest import with_events

SPEC_KEYS = {"id", "type", "mode", "date", "location", "countries", "summary", "reports"}


def test_a_record_has_the_spec_fields_and_is_plain_json(december_meeting):
    (rec,) = build(december_meeting)
    assert SPEC_KEYS <= set(rec)
    assert json.loads(json.dumps(rec, ensure_ascii=False)) == rec
    assert rec["id"].startswith("consult-2022-12-28-")


def test_each_field_keeps_the_most_precise_value_and_names_its_report(december_meeting):
    d0, d2 = december_meeting
    (rec,) = build(december_meeting)
    assert rec["date"] == "2022-12-28"
    assert rec["provenance"]["date"] == {"doc": d0.id, "event": d0.events[0].id}
    by_doc = {s["doc"]: s for s in rec["sources"]}
    assert by_doc[d2.id]["date"] is None and by_doc[d2.id]["outlet"] == "Arab48"
    assert by_doc[d0.id]["evidence"]["text"] == d0.events[0].evidence.text
    assert rec["summary"] == d0.events[0].evidence.text
    assert rec["confidence"] > max(d0.events[0].confidence, d2.events[0].confidence)


def test_a_city_beats_its_country(december_meeting):
    d0, d2 = december_meeting
    vague = with_events(d0, dataclasses.replace(d0.events[0], location=Location("Russia", "RUS")))
    (rec,) = build([vague, d2])
    assert rec["location"]["name"] == "Moscow" and rec["provenance"]["location"]["doc"] == d2.id
    assert not [c for c in rec["conflicts"] if c["field"] == "location"]


def test_values_that_do_not_refine_each_other_are_listed_as_conflicts(december_meeting):
    d0, d2 = december_meeting
    (rec,) = build(december_meeting)
    (mode,) = [c for c in rec["conflicts"] if c["field"] == "mode"]
    assert {(v["value"], v["doc"]) for v in mode["values"]} == {("multilateral", d0.id), ("visit", d2.id)}
    assert not [c for c in rec["conflicts"] if c["field"] == "date"]  # 2022-12-28 refines XXXX-12


def test_shorten_cuts_at_a_word():
    text = "\u0643\u0644\u0645\u0629 " * 100
    short = shorten(text, 50)
    assert len(short) <= 50 and short.endswith("\N{HORIZONTAL ELLIPSIS}") and "  " not in short
    assert shorten(" a \n b ", 50) == "a b"
