import json

import pytest
from click.testing import CliRunner

from marsad import api
from marsad.bench.run import format_table
from marsad.cli import cli


@pytest.mark.slow
def test_bench_json_has_the_figures_and_the_table_shows_them():
    result = CliRunner().invoke(cli, ["--reference-date", "2025-11-01", "bench", "--size", "30", "--sample", "5", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    for key in ("articles_per_s_per_core", "startup_s", "peak_rss_mb", "import_cli_s", "first_document_s", "rss_loaded_mb"):
        assert out[key] > 0, key
    assert {"read", "clean", "write", *(name for name, _ in api.STAGES)} <= set(out["stages"])
    assert all(s["ms_per_article"] >= 0 for s in out["stages"].values())
    assert [c["articles"] for c in out["corpora"]] == [5, 30]
    dates, html = out["compare"]["dates"], out["compare"]["html"]
    assert dates["marsad"]["found"] > 0 and html["marsad"]["paragraphs_kept"] > 0.5
    assert "dateparser" in dates and "trafilatura" in html
    matching = out["compare"]["matching"]
    assert matching["names"] > 0 and matching["megabytes"] > 0 and matching["mb_per_s_per_core"] > 0
    table = format_table(out)
    assert "end to end" in table and "dateparser.search_dates" in table and "trafilatura.extract alone" in table
    assert "MB of text/s/core" in table
