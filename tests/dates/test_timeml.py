"""The temporal stage on the Arabic TimeML development set (25 documents, December 2015), as
`marsad eval --timeml` scores it.

The documents carry no date; they are resolved against the collection's own day of writing,
its most frequent full-day DATE value (2015-12-24).  Measured: 59 of the 73 DATE expressions
with a calendar value (YYYY, YYYY-MM, YYYY-MM-DD) found with that value; most misses are
annotation slips (the Yemeni city "إب" taken for August, "الأربعاء المقبل" valued as the day
before, "10 و 11 ابريل" annotated as two dates, "15 من الشهر الجاري" as the month only) or
anaphora left alone ("اليوم التالي").
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from marsad.cli import cli
from marsad.evaluate.timeml import evaluate_timeml, read_collection, writing_day

from .conftest import shared_path

FLOOR = 55  # of 73 calendar-valued DATE expressions


def test_calendar_valued_date_recall_floor():
    result = evaluate_timeml(shared_path("corpus", "timeml-dev"))
    assert result["documents"] == 25 and result["collection_day"] == "2015-12-24"
    assert result["calendar"]["gold"] == 73
    assert result["calendar"]["right"] >= FLOOR


def test_the_collection_day_is_read_from_the_annotations():
    docs = read_collection(shared_path("corpus", "timeml-dev"))
    gold = [t for _, _, g in docs for t in g]
    assert writing_day(gold) == "2015-12-24"
    assert writing_day([g for g in gold if g.type != "DATE"]) is None


def test_eval_timeml_command_reports_span_recall_and_value_accuracy():
    out = CliRunner().invoke(cli, ["eval", "--json", "--timeml", str(shared_path("corpus", "timeml-dev"))])
    assert out.exit_code == 0, out.output
    res = json.loads(out.output)["timeml"]
    assert 0.9 <= res["calendar"]["span_recall"] <= 1.0
    assert res["calendar"]["value_accuracy"] >= 0.8
    text = CliRunner().invoke(cli, ["eval", "-v", "--timeml", str(shared_path("corpus", "timeml-dev"))]).output
    assert "span R" in text and "miss: 'اليوم التالي'" in text


def test_a_directory_without_timeml_is_a_one_line_error(tmp_path):
    out = CliRunner().invoke(cli, ["eval", "--timeml", str(tmp_path)])
    assert out.exit_code != 0 and "no TimeML *.tml files" in out.output and "Traceback" not in out.output
