"""Datelines: lines that are only a date, as cleaning meets them."""

from __future__ import annotations

import pytest

from marsad.dates.dateline import parse_dateline, partial_dateline


@pytest.mark.parametrize(
    "line, day",
    [
        ("٢٩ ديسمبر ٢٠٢٢", "2022-12-29"),  # seed 000
        ("الخميس 29/12/2022 - 10:30", "2022-12-29"),
        ("نشر في: الخميس 29 ديسمبر 2022 - 10:30 م", "2022-12-29"),
        ("Updated: December 29, 2022 10:30 AM", "2022-12-29"),
        ("الخميس 5 جمادى الآخرة 1444 هـ الموافق 29 ديسمبر 2022 م", "2022-12-29"),
        ("2018-12-29", "2018-12-29"),
        ("Sat, 29 Dec 2018", "2018-12-29"),
        ("آخر تحديث: 29 ديسمبر 2022 - 14:10 بتوقيت أبوظبي", "2022-12-29"),  # a time zone by its city
        ("الخميس 29 ديسمبر 2022 04:10 م (توقيت القدس)", "2022-12-29"),
        ("Published On 29 December 2022 14:10 GMT+3", "2022-12-29"),
        ("2022-12-29T14:10:00+04:00", "2022-12-29"),  # ISO 8601 with a time
        ("الرياض - الخميس 29 ديسمبر 2022", "2022-12-29"),  # the place it was filed from
        ("دمشق: 29 كانون الأول 2022", "2022-12-29"),
        ("29/12/2022 — بيروت", "2022-12-29"),
    ],
)
def test_datelines(line, day):
    assert parse_dateline(line) == day


@pytest.mark.parametrize(
    "line",
    [
        "ستواصل تركيا وسوريا الاتصالات، اليوم الخميس 29 ديسمبر/كانون الأول 2022.",  # a sentence
        "أنقرة تعلن أن تركيا وسوريا ستواصلان الاتصالات بين الإدارات العسكرية",  # seed 000's title
        "31/02/2022",  # no such day
        "ديسمبر 2022",  # no day
        "29 ديسمبر 2022 بتوقيت مكة المكرمة قال الرئيس",  # a zone, then more words
        "وقال الرئيس في الرياض - 29 ديسمبر 2022",  # more than a place before the dash
        "الرياض 29 ديسمبر 2022 قمة",  # no dash parts the place, and a word after
    ],
)
def test_not_datelines(line):
    assert parse_dateline(line) is None


def test_a_dateline_may_end_with_the_agency_credited():
    """"الرياض - الأحد 3 مارس 2024 (واس)": the date of the report, whichever agency is in brackets."""
    assert parse_dateline("الرياض - الأحد 3 مارس 2024 (واس)") == "2024-03-03"
    assert parse_dateline("القاهرة - 15 يناير 2025 (أ ف ب)") == "2025-01-15"
    assert parse_dateline("قال في 3 مارس 2024 (واس)") is None  # a sentence, not a dateline


def test_a_dateline_may_carry_the_issue_the_weather_and_the_hijri_day():
    """Print outlets' sites put the issue number and the weather beside the day, and the Hijri
    day "الموافق لـ" the Gregorian one."""
    assert parse_dateline("الإثنين 6 جمادى الأولى 1445 هـ - 20 نوفمبر 2023 م   |   العدد 8421") == "2023-11-20"
    assert parse_dateline("الجمعة - 11 رجب 1441 هـ - 06 مارس 2020 مـ     رقم العدد [ 9831 ]") == "2020-03-06"
    assert parse_dateline("الإثنين 08 أوت 2022 م الموافق لـ 10 محرم 1444 هـ") == "2022-08-08"
    assert parse_dateline("الاثنين ٧ حزيران ٢٠٢١ - بغداد ٤٢°") == "2021-06-07"
    assert parse_dateline("العدد 8421 من الصحيفة") is None
    day = partial_dateline("الثلاثاء 22 أكتوبر     العدد 4512     الكويت 34°")  # no year: the weekday finds it
    assert (day.day, day.month, day.weekday) == (22, 10, 1)


def test_al_arabiya_s_published_and_updated_line():
    """"نشر في: 04 يوليو ,2023: 01:35 م GST آخر تحديث: ..." and "بتوقيت مكة المكرمة": the time zone
    words are a dateline's labels."""
    assert parse_dateline("نشر في: 04 يوليو ,2023: 01:35 م GST آخر تحديث: 04 يوليو ,2023: 03:10 م GST") == "2023-07-04"
    assert parse_dateline("آخر تحديث: 4/9/2024 الساعة 14:20 بتوقيت مكة المكرمة") == "2024-09-04"
