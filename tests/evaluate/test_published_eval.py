"""`marsad eval --published`: publication dates read from the text against crawl metadata."""

from __future__ import annotations

import json

from click.testing import CliRunner

from marsad.cli import cli


def test_ant_dev_dates_are_honest_and_exact_days_right(shared):
    out = CliRunner().invoke(cli, ["--reference-date", "2026-11-01", "eval", "--json", "--published",
                                   str(shared("gold", "ant-dev-published.json")), str(shared("corpus", "ant-dev.jsonl"))])
    assert out.exit_code == 0, out.output
    res = json.loads(out.output)["published"]
    assert res["documents"] == 100
    assert res["honest"] == 1.0  # every day or interval holds the metadata day
    assert res["accuracy"] is None or res["accuracy"] >= 0.97


def test_a_page_with_a_dateline_is_scored_against_its_metadata(tmp_path):
    page = tmp_path / "a.jsonl"
    page.write_text(json.dumps({"id": "a1", "title": "لقاء", "text": "الرياض - الثلاثاء 14 مارس 2023\n\nالتقى وزير الخارجية السعودي نظيره الإيراني في بكين اليوم."}, ensure_ascii=False) + "\n", "utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"a1": {"time": "Tue, 14 Mar 2023 10:00:00 +0300"}}), "utf-8")
    res = json.loads(CliRunner().invoke(cli, ["eval", "--json", "--published", str(gold), str(page)]).output)["published"]
    assert (res["exact"], res["within_one_day"], res["honest"]) == (1, 1, 1.0)
    gold.write_text(json.dumps({"a1": {"time": "2023-03-20T10:00:00Z"}}), "utf-8")
    res = json.loads(CliRunner().invoke(cli, ["eval", "--json", "--published", str(gold), str(page)]).output)["published"]
    assert (res["exact"], res["within_one_day"], res["honest"]) == (1, 0, 0.0)


def test_needs_inputs_and_a_readable_gold(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text("[1, 2]", "utf-8")
    out = CliRunner().invoke(cli, ["eval", "--published", str(gold)])
    assert out.exit_code != 0 and "need the INPUT pages" in out.output
    page = tmp_path / "a.txt"
    page.write_text("التقى الرئيسان في موسكو اليوم وبحثا العلاقات الثنائية.", "utf-8")
    out = CliRunner().invoke(cli, ["eval", "--published", str(gold), str(page)])
    assert out.exit_code != 0 and "gold.json" in out.output and "Traceback" not in out.output
