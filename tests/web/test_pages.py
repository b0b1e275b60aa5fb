"""The HTML pages over real HTTP: right-to-left Arabic, English on a toggle, local assets only."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.web import highlight
from marsad.web.labels import labels

WEB = Path(__file__).resolve().parents[2] / "src" / "marsad" / "web"
PAGES = ["/", "/search", "/search?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86", "/actors", "/actors/vladimir-putin", "/upload", "/api"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_are_arabic_and_right_to_left(served, path):
    resp = served.get(path)
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in resp.text
    assert "\u0627\u0644\u062e\u0637 \u0627\u0644\u0632\u0645\u0646\u064a" in resp.text  # nav: الخط الزمني


def test_english_toggle_is_remembered(served):
    resp = served.get("/?lang=en")
    assert '<html lang="en" dir="ltr">' in resp.text and ">Timeline<" in resp.text
    assert "marsad_lang=en" in resp.headers["set-cookie"]
    with httpx.Client(base_url=served.url, cookies={"marsad_lang": "en"}) as client:
        again = client.get("/actors")
    assert '<html lang="en" dir="ltr">' in again.text
    assert 'href="/actors?lang=ar"' in again.text  # the toggle back


def test_timeline_page_links_each_entry_to_its_reports(served):
    html = served.get("/").text
    timeline = served.get("/api/timeline", params={"limit": 100}).json()["items"]
    for rec in timeline[:10]:
        for report in rec["reports"]:
            assert f'href="/documents/{quote(report["doc"])}#ev-{quote(report["event"])}"' in html
    assert 'id="timeline-chart"' in html or all(not r["date"] for r in timeline)
    filtered = served.get("/", params={"country": "IRN"}).text
    assert filtered.count('class="entry"') == served.get("/api/timeline", params={"country": "IRN"}).json()["total"]


def test_article_page_highlights_and_collapses_chrome(served, seed_docs):
    doc = seed_docs["000"]
    html = served.get("/documents/" + doc.id).text
    assert '<details class="dropped" id="dropped">' in html and "<details class=\"dropped\" id=\"dropped\" open" not in html
    for dropped in doc.dropped:
        assert dropped.reason in html
    n_hl = len(re.findall(r'<span class="hl [a-z ]+" data-refs="', html))
    assert n_hl == sum(1 for r in highlight.runs(doc) if r.refs) > 0
    for ev in doc.events:
        if ev.evidence:
            assert f'id="ev-{ev.id}"' in html
    for e in doc.entities:
        assert f'href="/actors/{quote(e.id)}"' in html
    assert '<script type="application/json" id="records">' in html


def test_article_runs_rebuild_the_body(seed_docs):
    for doc in seed_docs.values():
        runs = highlight.runs(doc)
        assert "".join(r.text for r in runs) == doc.body
        covered = {r for run in runs for r in run.refs}
        assert {f"e{i}" for i, e in enumerate(doc.entities) if e.mentions} <= covered


def test_pages_work_with_no_dates_and_no_timeline(server_factory, seed_docs):
    bare = [d.replace(timexes=(), events=tuple(dataclasses.replace(e, date=None) for e in d.events))
            for d in seed_docs.values()]
    with server_factory(bare) as s:
        for path in PAGES + ["/documents/" + bare[0].id]:
            assert s.get(path).status_code == 200, path
        html = s.get("/").text
        assert 'id="unmerged"' in html and 'id="timeline-chart"' not in html
        assert s.get("/api/timeline").json()["merged"] is False


def test_static_assets_ship_in_the_package_and_nothing_is_remote(served):
    for name in ("marsad.css", "marsad.js", "icon.svg"):
        assert (WEB / "static" / name).is_file()
        assert served.get("/static/" + name).status_code == 200
    remote = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)
    for path in list((WEB / "templates").iterdir()) + list((WEB / "static").iterdir()):
        text = path.read_text("utf-8")
        assert not remote.search(text), path
        assert "@import" not in text and "url(http" not in text, path
    for page in PAGES:
        assert not remote.search(served.get(page).text), page


def test_every_label_used_exists_in_both_languages():
    used = set()
    for path in (WEB / "templates").iterdir():
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_0-9]+)["']""", path.read_text("utf-8")))
    table = labels()
    assert used and used <= set(table), used - set(table)
    assert all(ar and en for ar, en in table.values())


def test_serve_has_help_and_startup_stays_light():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "--token" in result.output and "--port" in result.output
    code = "import sys, marsad, marsad.cli, marsad.store; print('fastapi' in sys.modules or 'starlette' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_a_bad_token_is_a_config_error():
    result = CliRunner().invoke(cli, ["serve", "--db", "x.db", "--token", "short"])
    assert result.exit_code == 1 and "M608" in result.output
