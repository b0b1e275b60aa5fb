"""Publication dates: honest on every page, precise where the text (or a bound) fixes the day."""

from __future__ import annotations

import datetime as dt
import json
from email.utils import parsedate_to_datetime


from marsad.dates.publication import published_from_text
from marsad.evaluate.score import score_published
from marsad.model import Document, Published
from marsad.options import Context

from .conftest import REFERENCE_DATE, shared_path, trump_in_office


def _honest(p: Published, truth: str) -> bool:
    return p.date == truth if p.date else p.earliest <= truth <= p.latest


def test_seeds_are_honest_and_precise_where_the_text_fixes_the_day(cleaned, seed_gold, ctx):
    for prefix, doc in cleaned.items():
        p = published_from_text(doc, ctx)
        precise, honest = score_published(seed_gold[prefix], doc.replace(published=p))
        assert honest, (prefix, p)
        assert precise == (prefix in ("000", "001", "003")), (prefix, p)


def test_yesterday_thursday_with_thursday_24_june_fixes_the_day(cleaned, ctx):
    p = published_from_text(cleaned["003"], ctx)
    assert p.date == "2021-06-25"
    assert "relative" in p.basis and "weekday" in p.basis


def test_last_week_in_the_lead_bounds_publication(cleaned, ctx):
    p = published_from_text(cleaned["001"], ctx)
    assert p.date is None and "2024-06-12" <= p.earliest and p.latest <= "2024-06-23"


def test_a_tuesday_without_a_year_stays_an_interval(cleaned, ctx):
    p = published_from_text(cleaned["002"], ctx)
    assert p.date is None
    assert p.latest <= REFERENCE_DATE.isoformat()
    assert dt.date.fromisoformat(p.earliest).weekday() == dt.date.fromisoformat(p.latest).weekday() == 1


def test_caption_day_and_saturday_leave_candidates_until_terms_of_office_pick_2018(cleaned, ctx):
    doc = cleaned["004"]
    alone = published_from_text(doc, ctx)
    assert alone.date is None and alone.earliest <= "2012-12-29" and alone.latest == "2018-12-29"
    with_terms = Context(reference_date=REFERENCE_DATE, bounds_providers=(trump_in_office,))
    p = published_from_text(doc, with_terms)
    assert (p.date, p.basis) == ("2018-12-29", "caption+weekday+bounds")


def test_bounds_that_contradict_the_text_are_ignored(cleaned):
    def wrong(doc):
        return [(dt.date(2009, 1, 20), dt.date(2010, 1, 19), "someone else's term")]

    p = published_from_text(cleaned["003"], Context(reference_date=REFERENCE_DATE, bounds_providers=(wrong,)))
    assert p.date == "2021-06-25"


def test_dateline_and_metadata_are_kept(cleaned, ctx):
    p = published_from_text(cleaned["000"], ctx)
    assert (p.date, p.basis) == ("2022-12-29", "dateline")


def test_the_reference_date_bounds_from_above(cleaned):
    early = Context(reference_date=dt.date(2021, 6, 1))  # before seed 003 was written
    p = published_from_text(cleaned["003"], early)
    assert p.date != "2021-06-25" and (p.date is None or p.date <= "2021-06-01")


def test_dev_articles_are_always_honest():
    """100 real articles (ANT corpus, 2018) without their dates: every interval holds the truth."""
    gold = json.loads(shared_path("gold", "ant-dev-published.json").read_text("utf-8"))
    ctx = Context(reference_date=REFERENCE_DATE)
    dishonest = []
    for line in shared_path("corpus", "ant-dev.jsonl").read_text("utf-8").splitlines():
        rec = json.loads(line)
        truth = parsedate_to_datetime(gold[rec["id"]]["time"]).date().isoformat()
        body = "\n\n".join(p for p in rec["text"].split("\n") if p.strip())
        p = published_from_text(Document(id=rec["id"], body=body), ctx)
        if not _honest(p, truth):
            dishonest.append((rec["id"], truth, p))
    assert dishonest == []


def test_a_dateline_without_its_year_is_that_day_in_the_years_it_is_that_weekday():
    """"الثلاثاء 11 حزيران" above the article: 11 June fell on a Tuesday in 2002, 2013, 2019 and
    2024; with a reference date in 2021 the page is of 11 June 2019 or an earlier such year (the
    day itself, not a day near it)."""
    from marsad.model import Dropped

    doc = Document(id="x", body="استقبل الرئيس اليوم الثلاثاء الملك في القصر، وعقد الزعيمان جلسة مباحثات.",
                   dropped=(Dropped("الثلاثاء 11 حزيران", "header"),))
    p = published_from_text(doc, Context(reference_date=dt.date(2021, 1, 1)))
    assert p.latest == "2019-06-11" and p.earliest.endswith("-06-11") and dt.date.fromisoformat(p.earliest).weekday() == 1
    without = published_from_text(doc.replace(dropped=()), Context(reference_date=dt.date(2021, 1, 1)))
    assert without.latest != "2019-06-11"


def test_a_wire_dateline_opening_the_body_is_the_day():
    """"أديس أبابا 20 كانون الأول/ ديسمبر 2023 (إينا) - ...": the agency's dateline dates the page;
    without its year ("عمان 1 أيار (بترا) -") it is the 1 May of a year the rest allows; a date
    further into the lead is no dateline."""
    ctx = Context(reference_date=dt.date(2026, 1, 1))
    body = ("أديس أبابا 20 كانون الأول/ ديسمبر 2023 (إينا) - أكدت وزارة الخارجية الإثيوبية التزام إثيوبيا "
            "بالتوصل إلى حل ودي لقضية سد النهضة، متهمة الجانب المصري بتحريف مواقفها.")
    assert published_from_text(Document(id="w", body=body), ctx).date == "2023-12-20"
    no_year = "عمان 1 أيار (بترا) - اتفق وزراء خارجية الأردن والسعودية والعراق ومصر وسوريا اليوم الاثنين على خطوات."
    p = published_from_text(Document(id="w", body=no_year), ctx)
    assert p.latest == "2023-05-01" and p.earliest.endswith("-05-01")  # (a Monday 1 May: 2023, 2017, ...)
    inside = "أكدت وزارة الخارجية الإثيوبية في بيان صدر في 20 كانون الأول/ ديسمبر 2023 التزام إثيوبيا بالحل."
    assert published_from_text(Document(id="w", body=inside), ctx).date is None
    # the Gulf agencies' style: "في" before the day and the agency between slashes
    slashed = "الرياض في 5 مارس /واس/ أعلنت وزارة الخارجية اليوم الأحد ترحيبها بالاتفاق بين البلدين."
    p = published_from_text(Document(id="w", body=slashed), ctx)
    assert p.latest == "2023-03-05" and p.earliest.endswith("-03-05")  # (a Sunday 5 March: 2023, 2017, ...)


def test_a_weekday_and_date_told_in_the_past_perfect_is_before_the_page():
    """"وكانت القوات قد أسقطت، مساء الثلاثاء 9 يناير، ...": "كان ... قد" tells a day before the
    page, so the page is not in the days before it (a Tuesday 9 January: 2024, 2018, ...)."""
    ctx = Context(reference_date=dt.date(2024, 12, 1))
    body = ("شنت الطائرات غارات جوية فجر اليوم الجمعة على مواقع في المدينة.\n\n"
            "وكانت القوات قد أسقطت، مساء الثلاثاء 9 يناير، عشرات الطائرات المسيرة فوق البحر.")
    p = published_from_text(Document(id="p", body=body, published=Published(earliest="2023-12-01", latest="2024-12-01", basis="bounds")), ctx)
    assert p.earliest >= "2024-01-10"
    plain = body.replace("وكانت القوات قد أسقطت", "وأسقطت القوات")
    p = published_from_text(Document(id="p", body=plain, published=Published(earliest="2023-12-01", latest="2024-12-01", basis="bounds")), ctx)
    assert p.earliest < "2024-01-09"


def test_next_monday_with_its_day_and_month_fixes_the_week():
    """"اليوم الجمعة" and "يوم الاثنين المقبل 26 أكتوبر": the Friday before a Monday 26 October
    (2015, 2020, 2026); a bound of 2017-2021 leaves 23 October 2020. "الاثنين الماضي 19 أكتوبر"
    puts the page in the week after that Monday."""
    ctx = Context(reference_date=dt.date(2021, 3, 1))
    body = ("وقّع الوفدان اليوم الجمعة في جنيف اتفاقا لوقف دائم لإطلاق النار.\n\n"
            "وأعلنت المبعوثة أن ملتقى الحوار السياسي سينطلق يوم الاثنين المقبل 26 أكتوبر، على أن تعقد جولته الأولى في تونس.")
    doc = Document(id="n", body=body, published=Published(earliest="2017-01-06", latest="2021-03-01", basis="bounds"))
    assert published_from_text(doc, ctx).date == "2020-10-23"
    past = body.replace("سينطلق يوم الاثنين المقبل 26 أكتوبر", "انطلق يوم الاثنين الماضي 19 أكتوبر")
    assert published_from_text(doc.replace(body=past), ctx).date == "2020-10-23"


def test_a_date_told_as_past_bounds_publication_from_that_day():
    """Sky News Arabia, no dateline: "اليوم الثلاثاء" in the current August, and "الانتخابات
    التشريعية التي جرت في ١٠ أكتوبر ٢٠٢١": a Tuesday of August 2022 or later (a year stated
    without such a verb still allows the year before)."""
    ctx = Context(reference_date=dt.date(2023, 12, 31))
    body = ("بدأ أنصار التيار الصدري، اليوم الثلاثاء، الانسحاب من المنطقة الخضراء. ويعيش العراق أزمة منذ الانتخابات "
            "التشريعية التي جرت في ١٠ أكتوبر ٢٠٢١، قبل أن ينظموا في ٢٣ أغسطس الجاري اعتصاما.")
    p = published_from_text(Document(id="p", body=body), ctx)
    assert p.earliest == "2022-08-02" and "past date" in p.basis
    bare = body.replace("التي جرت في", "المقررة في")
    assert published_from_text(Document(id="p", body=bare), ctx).earliest < "2022-08-02"
