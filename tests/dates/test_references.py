"""Time expressions that name no calendar day: present, past, future, centuries, decades, seasons."""

from __future__ import annotations

import datetime as dt

from marsad.dates.resolve import is_calendar
from marsad.dates.stage import with_published
from marsad.model import Document, Published
from marsad.options import Context


def _timexes(text, day="2015-12-24"):
    doc = with_published(Document(id="t", body=text), Published(day, day, day, "test"), Context(reference_date=dt.date.fromisoformat(day)))
    return [(t.text, t.value) for t in doc.timexes]


def test_references_to_now_before_and_later():
    assert _timexes("ويعمل المصنع حاليا بطاقة كاملة، وكان قد توقف مؤخرا، وسيتوسع قريبا.") == [
        ("حاليا", "PRESENT_REF"), ("مؤخرا", "PAST_REF"), ("قريبا", "FUTURE_REF")]


def test_centuries_decades_and_seasons_take_their_values():
    found = dict(_timexes("بني القصر في القرن التاسع عشر ورمم في الخمسينيات من القرن الماضي، ويزوره السياح في الصيف والشتاء المقبل."))
    assert found == {"القرن التاسع عشر": "18", "الخمسينيات": "195", "القرن الماضي": "19", "الصيف": "2015-SU", "الشتاء المقبل": "2016-WI"}


def test_a_season_takes_the_year_after_it():
    """"صيف العام الماضي" is last year's summer, "صيف 2019" that year's: one expression, not a
    season of this year and a year beside it."""
    assert _timexes("وفي صيف العام الماضي تراجعت الصادرات، كما تراجعت في صيف 2019.") == [
        ("صيف العام الماضي", "2014-SU"), ("صيف 2019", "2019-SU")]
    # "ربيع" before a year is the spring ("ربيع الأول" is a Hijri month, "ربيع" a name)
    assert _timexes("اندلعت الاحتجاجات في ربيع عام 2011، وقال ربيع إنه شارك فيها.") == [("ربيع عام 2011", "2011-SP")]


def test_the_arab_spring_is_no_season_and_calendar_dates_win():
    assert _timexes("منذ اندلاع الربيع العربي") == []
    assert _timexes("وصل الوفد اليوم الخميس") == [("اليوم الخميس", "2015-12-24")]


def test_only_calendar_values_date_events():
    assert all(map(is_calendar, ["2015", "2015-12", "2015-12-24", "2015-W52", "2015-Q1", "2015-H2", "2015-12-24/2015-12-26"]))
    assert not any(map(is_calendar, ["PRESENT_REF", "18", "195", "2015-SU", "P3D", None]))


def test_a_bare_weekday_in_a_sentence_about_the_future_is_the_one_to_come():
    """Published Monday 17 July 2023: "ومن المقرر أن يتوجه أردوغان، الثلاثاء، ... على أن ينتقل
    الأربعاء" are the 18th and the 19th; "التقى ... الاثنين" is that Monday."""
    found = dict(_timexes("ومن المقرر أن يتوجه أردوغان، الثلاثاء، إلى الدوحة، على أن ينتقل الأربعاء إلى أبوظبي. "
                          "والتقى الرئيس يوم الأحد وزير الدفاع.", "2023-07-17"))
    assert found == {"الثلاثاء": "2023-07-18", "الأربعاء": "2023-07-19", "يوم الأحد": "2023-07-16"}


def test_halves_and_quarters_of_a_year_named_with_the_year():
    """"الربع الأول من العام الجاري" is 2015-Q1 (the whole phrase, not "العام الجاري" alone);
    "النصف الثاني من عام 2013", "الربع الأخير للعام الماضي"; a half with no year is a match's."""
    found = _timexes("ونما الاقتصاد في الربع الأول من العام الجاري، بعد تراجعه في النصف الثاني من عام 2013 "
                     "والربع الأخير للعام الماضي. وسجل الفريق هدفا في النصف الثاني من المباراة.")
    assert found == [("الربع الأول من العام الجاري", "2015-Q1"), ("النصف الثاني من عام 2013", "2013-H2"),
                     ("الربع الأخير للعام الماضي", "2014-Q4")]


def test_an_event_in_a_quarter_is_dated_by_its_days(options, tmp_path):
    from marsad import api

    page = tmp_path / "q.txt"
    page.write_text("اقتصاد\n\nالرياض - 10 مايو 2024\n\nووقعت السعودية ومصر اتفاقية للتعاون الاقتصادي خلال الربع الأول "
                    "من العام الجاري، حسبما أعلنت وزارة الاستثمار.\n", "utf-8")
    (doc,) = api.process(page, options=options)
    assert [e.date for e in doc.events if e.type == "AGREE"] == ["2024-01-01/2024-03-31"]

