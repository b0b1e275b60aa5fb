"""The timeline, article and search pages driven in headless Chromium (selenium).

Skipped when chromium or chromedriver is absent (paths: MARSAD_CHROMIUM, MARSAD_CHROMEDRIVER, else
PATH, else /usr/bin).  Screenshots go to tests/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from marsad.model import Entity, Mention

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("MARSAD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = os.environ.get("MARSAD_CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000")
PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


@pytest.fixture(scope="module")
def driver():
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("chromium and chromedriver are needed for browser tests")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="marsad-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={profile}")
    try:
        drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    except Exception as exc:  # noqa: BLE001 - a browser that cannot start is a skip, not a failure
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"chromium did not start: {str(exc).splitlines()[0]}")
    drv.set_page_load_timeout(30)
    SHOTS.mkdir(exist_ok=True)
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _hostile(doc):
    """A seed document with a script payload inside its body, highlighted as an entity."""
    body = doc.body + "\n\n" + PAYLOAD
    start = len(doc.body) + 2
    evil = Entity("evil-entity", PAYLOAD, "PER", "RUS", None, (Mention(start, len(body), PAYLOAD),))
    return doc.replace(id="zz-hostile", body=body, entities=doc.entities + (evil,), title=PAYLOAD).check()


@pytest.fixture(scope="module")
def site(sqlite_server, seed_docs, options):
    from marsad import api

    docs = list(seed_docs.values()) + [_hostile(seed_docs["000"])]
    stories = api.timeline(docs, options) if hasattr(api, "timeline") else None
    with sqlite_server(docs, stories) as s:
        yield s


def _wait(drv, css, timeout=10):
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    # (a page still rendering may answer with a driver error: asked again until the timeout)
    return WebDriverWait(drv, timeout, ignored_exceptions=(WebDriverException,)).until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, css)))


def _click_and_wait(drv, element, css, timeout=10):
    """Click what loads a new page and wait for ``css`` on it: the old page gone first (a wait
    that finds the old page's element while it unloads fails in the browser, not the test). The
    old page carries a mark the new one has not; asking for it while the page unloads may fail
    in the driver ("Node with given id does not belong to the document"), and is asked again."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    drv.execute_script("window.__marsadOldPage = true")
    element.click()
    WebDriverWait(drv, timeout, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script("return window.__marsadOldPage !== true"))
    return _wait(drv, css, timeout)


def test_timeline_filters_and_links_to_reports(driver, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(site.url + "/")
    _wait(driver, "#timeline")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    everything = len(driver.find_elements(By.CSS_SELECTOR, "li.entry"))
    assert everything > 0
    driver.save_screenshot(str(SHOTS / "timeline.png"))

    Select(driver.find_element(By.NAME, "country")).select_by_value("IRN")
    _click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]"), "#timeline")
    assert "country=IRN" in driver.current_url
    entries = driver.find_elements(By.CSS_SELECTOR, "li.entry")
    want = site.get("/api/timeline", params={"country": "IRN"}).json()["total"]
    assert len(entries) == min(want, 100) and len(entries) < everything
    assert all("IRN" in e.find_element(By.CSS_SELECTOR, ".countries").text for e in entries)
    driver.save_screenshot(str(SHOTS / "timeline-filtered.png"))

    _click_and_wait(driver, entries[0].find_element(By.CSS_SELECTOR, ".reports a"), "#body")
    assert "/documents/" in driver.current_url and "#ev-" in driver.current_url


def test_article_hover_shows_the_record_and_chrome_is_collapsed(driver, site, seed_docs):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    doc = seed_docs["000"]
    driver.get(site.url + "/documents/" + doc.id)
    body = _wait(driver, "#body")
    assert body.text.replace("\n", "") == doc.body.replace("\n", "")
    entity = next(e for e in doc.entities if e.type == "PER")
    i = doc.entities.index(entity)
    span = driver.find_element(By.CSS_SELECTOR, f'#body .hl.ent[data-refs~="e{i}"]')
    ActionChains(driver).move_to_element(span).perform()
    pop = _wait(driver, "#pop")
    assert entity.name in pop.text and entity.id in pop.text
    driver.save_screenshot(str(SHOTS / "article-hover.png"))

    dropped = driver.find_element(By.ID, "dropped")
    assert dropped.get_attribute("open") is None
    assert not driver.find_element(By.CSS_SELECTOR, "#dropped ul").is_displayed()
    dropped.find_element(By.TAG_NAME, "summary").click()
    assert driver.find_element(By.CSS_SELECTOR, "#dropped ul").is_displayed()
    driver.save_screenshot(str(SHOTS / "article.png"))


def test_article_text_cannot_run_script(driver, site):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver.get(site.url + "/documents/zz-hostile")
    _wait(driver, "#body")
    span = driver.find_element(By.CSS_SELECTOR, '#body .hl.ent[data-refs~="e%d"]' % (len(driver.execute_script(
        "return Object.keys(JSON.parse(document.getElementById('records').textContent)).filter(k => k[0] == 'e')")) - 1))
    ActionChains(driver).move_to_element(span).perform()
    pop = _wait(driver, "#pop")
    assert "<img src=x" in pop.text  # shown as text
    assert driver.execute_script("return window.__pwned") is None
    assert driver.find_elements(By.CSS_SELECTOR, "#body img, h1 img, #pop img") == []
    assert PAYLOAD in driver.find_element(By.TAG_NAME, "h1").text
    driver.save_screenshot(str(SHOTS / "article-hostile.png"))


def test_search_finds_folded_spellings_and_marks_them(driver, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver.get(site.url + "/search")
    box = _wait(driver, "#q")
    box.send_keys("\u0625\u0631\u062f\u0648\u063a\u0627\u0646" + Keys.ENTER)  # إردوغان, also spelled أردوغان
    _wait(driver, "#hits")
    titles = driver.find_elements(By.CSS_SELECTOR, "#hits li.hit")
    assert len(titles) >= 3
    marks = driver.find_elements(By.CSS_SELECTOR, "#hits mark")
    assert marks and any("\u0623\u0631\u062f\u0648\u063a\u0627\u0646" in m.text for m in marks)  # أردوغان
    driver.save_screenshot(str(SHOTS / "search.png"))
    titles[0].find_element(By.CSS_SELECTOR, "h2 a").click()
    _wait(driver, "#body")


def test_language_toggle(driver, site):
    from selenium.webdriver.common.by import By

    driver.get(site.url + "/actors/vladimir-putin")
    _wait(driver, "#actor")
    _click_and_wait(driver, driver.find_element(By.ID, "lang-toggle"), "#actor")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("dir") == "ltr"
    assert "Counterparts" in driver.page_source
    driver.save_screenshot(str(SHOTS / "actor-en.png"))
    driver.get(site.url + "/")
    _wait(driver, "#timeline")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    driver.save_screenshot(str(SHOTS / "timeline-en.png"))
    _click_and_wait(driver, driver.find_element(By.ID, "lang-toggle"), "#timeline")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"


def test_upload_page_processes_pasted_text(driver, site, seed_text):
    from selenium.webdriver.common.by import By

    driver.get(site.url + "/upload")
    text = _wait(driver, "#text")
    driver.execute_script("arguments[0].value = arguments[1]", text, seed_text("004"))
    driver.find_element(By.ID, "token").send_keys("wrong-token")
    driver.find_element(By.CSS_SELECTOR, "#upload-form button[type=submit]").click()
    error = _wait(driver, "#upload-result .error")
    assert "M603" in error.text
    token = driver.find_element(By.ID, "token")
    token.clear()
    token.send_keys(site.settings.token)
    driver.find_element(By.CSS_SELECTOR, "#upload-form button[type=submit]").click()
    link = _wait(driver, "#upload-result li a", timeout=60)
    driver.save_screenshot(str(SHOTS / "upload.png"))
    link.click()
    _wait(driver, "#body")
    assert "/documents/text_" in driver.current_url
