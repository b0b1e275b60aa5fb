"""Values against a publication day: missing years, qualifiers, weekdays, intervals."""

from __future__ import annotations

import datetime as dt

from marsad.dates.grammar import find_mentions
from marsad.dates.resolve import resolve, resolve_between
from marsad.text.normalize import fold


def values(text: str, p: dt.date | None, q: dt.date | None = None) -> list[str | None]:
    folded, _ = fold(text)
    ms = find_mentions(folded)
    return [resolve(m, p) if q is None else resolve_between(m, p, q) for m in ms]


def test_missing_years_honour_qualifiers():
    # seed 000, published Thursday 29 December 2022
    p = dt.date(2022, 12, 29)
    assert values("قال في 15 ديسمبر الجاري إنه اقترح على الرئيس الروسي", p) == ["2022-12-15"]
    assert values("بعد المحادثات التي جرت في 5 أغسطس/آب الماضي في سوتشي", p) == ["2022-08-05"]
    assert values("يجدر القول إنه التقى في موسكو، في 28 ديسمبر، ولأول مرة", p)[0] == "2022-12-28"
    # seed 003, published Friday 25 June 2021
    p = dt.date(2021, 6, 25)
    assert values("في موسكو يوم 30 من تموز المقبل، وفقًا للبيان", p) == ["2021-07-30"]
    assert values("بدءًا من 22 حزيران الحالي.", p) == ["2021-06-22"]
    # a month past in January is last year's; next year's when future
    assert values("في 17 من شباط الماضي، اختتمت الدول", dt.date(2022, 1, 10)) == ["2021-02-17"]
    assert values("الاجتماع المقرر في تشرين الثاني المقبل", dt.date(2022, 11, 20)) == ["2023-11"]


def test_a_year_less_month_follows_the_tense_of_its_clause():
    # seed 002, published Tuesday 25 April 2023: a past meeting, a planned one
    p = dt.date(2023, 4, 25)
    text = "قبل ذلك في موسكو في كانون الأول/ ديسمبر، إنه من المحتمل عقد اجتماع لوزراء خارجية الدول الأربع في أوائل أيار/ مايو"
    assert values(text, p) == ["2022-12", "2023-05"]
    # late in the year, a past December is still last year's, a planned one this year's
    p = dt.date(2023, 11, 28)
    assert values("وعقد وزير الدفاع محادثات مع نظيره في موسكو في كانون الأول/ ديسمبر", p) == ["2022-12"]
    assert values("ومن المقرر أن يعقد الاجتماع في كانون الأول/ ديسمبر", p) == ["2023-12"]


def test_weekdays_and_deictic_words():
    p = dt.date(2018, 12, 29)  # seed 004: a Saturday
    assert values("اتفقت تركيا وروسيا السبت على تنسيق العمليات", p) == ["2018-12-29"]
    assert values("وأعلنت روسيا الجمعة أنها ستستضيف قمة ثلاثية", p) == ["2018-12-28"]
    assert values("تعقد الجولة المقبلة يوم الأحد المقبل", p) == ["2018-12-30"]
    assert values("وأعلن ترمب أمس الثلاثاء انسحاب بلاده", dt.date(2018, 5, 9)) == ["2018-05-08"]
    assert values("بعد إعلان واشنطن الأسبوع الماضي قرارها", p) == ["2018-W51"]
    assert values("قمة ثلاثية مطلع العام المقبل", p) == ["2019"]
    # "الخميس الماضي" on a Friday is the Thursday of the week before (yesterday is "أمس الخميس")
    friday = dt.date(2020, 3, 6)
    assert values("منذ الخميس الماضي، حين قتل 33 جنديا", friday) == ["2020-02-27"]
    assert values("وكان الوزير قد التقى الأربعاء الماضي نظيره", friday) == ["2020-03-04"]


def test_ranges_and_durations():
    p = dt.date(2021, 6, 25)
    assert values("بين 6 و8 من تموز المقبل، بالعاصمة الكازاخية", p) == ["2021-07-06/2021-07-08"]
    assert values("في 23 و24 من كانون الثاني 2017.", None) == ["2017-01-23/2017-01-24"]
    assert values("ولأول مرة منذ 11 عاماً", None) == ["P11Y"]


def test_hijri_dates_become_gregorian():
    assert values("في 8 ذي الحجة 1444 هـ", None) == ["2023-06-26"]
    # a Hijri month with its year is the interval of its days
    assert values("خلال شهر رمضان 1444", None) == ["2023-03-23/2023-04-20"]


def test_interval_keeps_what_both_ends_agree_on_or_the_days_between():
    lo, hi = dt.date(2024, 6, 15), dt.date(2024, 6, 23)  # seed 001's interval
    assert values("عقدوا الثلاثاء 11 حزيران /يونيو لقاء توسطت به روسيا", lo, hi) == ["2024-06-11"]
    assert values("في بيان صدر في 31 أيار /مايو الماضي", lo, hi) == ["2024-05-31"]
    # the day is unknown: one of the interval's
    assert values("اليوم الثلاثاء", lo, hi) == ["2024-06-15/2024-06-23"]
    assert values("اليوم الثلاثاء", dt.date(2022, 12, 27), dt.date(2023, 4, 25)) == ["2022-12-27/2023-04-25"]
    assert values("أمس", dt.date(2023, 1, 3), dt.date(2023, 4, 25)) == ["2023-01-02/2023-04-24"]
    # an interval of years says less than a year would: nothing common, nothing given
    assert values("اليوم", dt.date(1990, 1, 1), dt.date(2026, 11, 22)) == [None]
    assert values("اليوم", dt.date(2016, 1, 1), dt.date(2016, 12, 31)) == ["2016-01-01/2016-12-31"]
    # a week or month that moves with the date keeps what both ends share
    assert values("الأسبوع الماضي", lo, hi) == ["2024"]
    assert values("الشهر الماضي", dt.date(2023, 6, 3), dt.date(2023, 6, 25)) == ["2023-05"]


def test_days_and_months_named_relative_to_the_year_or_month():
    # ANT (Sky News Arabia, Al Arabiya), 2018
    assert values("كما قُتلت في 25 من الشهر الجاري، الناشطة العراقية", dt.date(2018, 9, 28)) == ["2018-09-25"]
    assert values("وفي أبريل/نيسان من العام الماضي تم نقل الآلاف من البلدتين", dt.date(2018, 7, 18)) == ["2017-04"]
    assert values("بعدما أعلن في السادس من ديسمبر 2017 اعترافه بالقدس", None) == ["2017-12-06"]


def test_years_need_a_preposition_or_a_year_word():
    p = dt.date(2018, 10, 15)
    assert values("ومثل أمام القضاء في 2002، وحكم عليه بالسجن 15 عاما في 2003", p) == ["2002", "P15Y", "2003"]
    assert values("وأصيب أكثر من 1000 آخرين في مواقع مختلفة", p) == []
    assert values("ويقدم البنتاغون منذ عام 2015 دعمًا غير قتالي", p) == ["2015"]


def test_a_count_after_bead_is_from_publication_only_in_a_clause_about_the_future():
    p = dt.date(2024, 6, 18)
    assert values("ستعقد القمة بعد أسبوعين", p) == ["2024-W27"]
    assert values("ومن المقرر أن يصل الوفد بعد ثلاثة أيام", p) == ["2024-06-21"]
    # ANT: a story's "بعد خمسة أيام" counts from its last event; "بعد يومين من" from the one named
    assert values("وبعد خمسة أيام فقط، اكتشف أن الانضمام كان خطأ", p) == ["P5D"]
    assert values("بعد يومين من المحادثات عاد الوفد", p) == []
    assert values("تعنف يوما بعد يوم", p) == []


def test_a_hijri_date_in_figures_is_hijri():
    """"الموقعة بتاريخ 22/1/1422هـ الموافق 17/4/2001م" (SPA style): the era letter makes the
    figures Hijri, about 16-17 April 2001, not the year 1422."""
    got = values("الموقعة بتاريخ 22/1/1422هـ الموافق 17/4/2001م", dt.date(2023, 4, 6))
    assert got[0] in ("2001-04-16", "2001-04-17") and got[1] == "2001-04-17"
    assert values("في 22/1/2023 وقعت", dt.date(2023, 4, 6)) == ["2023-01-22"]


def test_a_plan_of_the_past_takes_the_month_before_the_page():
    """"وكان من المقرر أن يلتقي الرجلان في جيبوتي أواخر ديسمبر": a meeting that was to be, the
    December before a January page; "ومن المقرر أن ...": the next one."""
    p = dt.date(2024, 1, 20)
    assert values("وكان من المقرر أن يلتقي الرجلان في جيبوتي أواخر ديسمبر، قبل أن يؤجل اللقاء", p) == ["2023-12"]
    assert values("ومن المقرر أن يلتقي الرجلان في جيبوتي أواخر ديسمبر", p) == ["2024-12"]
