"""The HTML report: one self-contained right-to-left page, text escaped, rendered by Chromium."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from marsad.export import render
from marsad.model import Document, Event, EventActor, Evidence, Outlet
from marsad.timeline import build

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
SYRIAN_REGIME = "\u0627\u0644\u0646\u0638\u0627\u0645 \u0627\u0644\u0633\u0648\u0631\u064a"  # النظام السوري
DAMASCUS = "\u062f\u0645\u0634\u0642"  # دمشق


@pytest.fixture(scope="module")
def page(records, timeline_docs) -> str:
    return render(records, "html", timeline_docs)


def test_one_self_contained_rtl_page(page, records):
    assert page.startswith("<!DOCTYPE html>") and '<html lang="ar" dir="rtl">' in page
    assert not re.search(r"<(script|img|iframe)[^>]+src=|<link[^>]+stylesheet|@import|url\(", page)
    assert page.count("<script>") == 1
    assert page.count('class="entry"') == len(records)
    assert page.count('class="dot') == sum(1 for r in records if r["date"])


def test_each_entry_lists_its_sources_with_their_evidence(page, records):
    merged = next(r for r in records if len(r["reports"]) == 2)
    entry = page[page.index(f'id="rec-{merged["id"]}"') :]
    entry = entry[: entry.index("</article>")]
    assert entry.count("<blockquote>") == 2
    for source in merged["sources"]:
        assert source["evidence"]["text"] in entry and source["outlet"] in entry


def test_the_naming_table_shows_how_each_outlet_names_syrias_government(page):
    table = page[page.index('<section id="naming">') :]
    row = next(r for r in table.split("<tr>") if r.startswith('<th dir="ltr">Syria'))
    assert SYRIAN_REGIME in row and DAMASCUS in row
    assert table.count("<th><bdi>") >= 4  # one column per outlet


def test_article_text_is_escaped():
    body = "\u0642\u0627\u0644 <script>alert('x')</script> & \u0648\u0632\u064a\u0631 \"\u0627\u0644\u062f\u0641\u0627\u0639\""
    doc = Document(
        id="999_escape", title="<b>title</b>", outlet=Outlet("<i>Outlet</i>", None), body=body,
        events=(Event("999-e", "CONSULT", date="2024-01-02", actors=(EventActor(None, "a", "TUR"), EventActor(None, "b", "SYR")),
                      evidence=Evidence(0, len(body), body)),),
    ).check()
    page = render(build([doc]), "html", [doc])
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<b>title</b>" not in page and "&lt;i&gt;Outlet&lt;/i&gt;" in page


@pytest.mark.browser
def test_the_report_renders_in_headless_chromium_without_console_errors(page, records, tmp_path):
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()) or shutil.which("chromium") is None:
        pytest.skip("chromium and chromedriver are not installed")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    path = tmp_path / "timeline.html"
    path.write_text(page, "utf-8")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,2000",
                 f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.get(path.as_uri())
        assert driver.execute_script("return document.dir || document.documentElement.dir") == "rtl"
        entries = driver.find_elements(By.CSS_SELECTOR, "article.entry")
        assert len(entries) == len(records) and entries[0].is_displayed()
        # the type filter hides the other entries; the script ran
        button = driver.find_element(By.CSS_SELECTOR, '#filters button[data-filter="AGREE"]')
        button.click()
        shown = [e for e in driver.find_elements(By.CSS_SELECTOR, "article.entry") if e.is_displayed()]
        assert shown and len(shown) == sum(1 for r in records if r["type"] == "AGREE")
        driver.find_element(By.CSS_SELECTOR, '#filters button[data-filter="*"]').click()
        SCREENSHOTS.mkdir(exist_ok=True)
        assert driver.save_screenshot(str(SCREENSHOTS / "timeline-report.png"))
        severe = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        assert not severe, severe
    finally:
        driver.quit()
