"""The grammar on real sentences: what each expression says, before resolution."""

from __future__ import annotations

import pytest

from marsad.dates.grammar import find_mentions
from marsad.text.normalize import fold


def said(text: str) -> list[tuple[str, dict]]:
    folded, index = fold(text)
    out = []
    for m in find_mentions(folded):
        fields = {k: getattr(m, k) for k in ("kind", "day", "month", "year", "weekday", "qualifier", "part", "unit", "amount", "calendar")}
        out.append((folded[m.start : m.end], {k: v for k, v in fields.items() if v is not None and v != "gregorian"}))
    return out


def test_deictic_weekday_and_paired_months():
    # seed 000
    got = said("أعلن ذلك وزير الدفاع التركي خلوصي أكار بعد محادثات في موسكو، اليوم الخميس 29 ديسمبر/كانون الأول 2022.")
    assert got == [
        ("اليوم الخميس 29 ديسمبر/كانون الاول 2022", {"kind": "date", "day": 29, "month": 12, "year": 2022, "weekday": 3}),
    ]


def test_min_between_day_and_month_and_qualifiers():
    # seed 003
    got = said("خلال اجتماع اللجنة الاقتصادية المشتركة التي ستعقد في موسكو يوم 30 من تموز المقبل، وفقًا للبيان.")
    assert got == [("يوم 30 من تموز المقبل", {"kind": "date", "day": 30, "month": 7, "qualifier": 1})]
    got = said("وفي 17 من شباط الماضي، اختتمت الدول الضامنة لمسار أستانة أعمال الجولة الـ15")
    assert got[0] == ("17 من شباط الماضي", {"kind": "date", "day": 17, "month": 2, "qualifier": -1})


def test_the_first_of_the_month_named_by_a_word():
    """"غرة رمضان" and the Maghrebi "فاتح ماي" name a month's first day; the words alone do not
    ("الفاتح" is a name, "فاتح الباب" an opener)."""
    assert said("وفي غرة رمضان اجتمع الطرفان في الدوحة.") == [("غره رمضان", {"kind": "date", "day": 1, "month": 9, "calendar": "hijri"})]
    assert said("ووقع الاتفاق يوم فاتح نونبر 2023 في الرباط.") == [("يوم فاتح نونبر 2023", {"kind": "date", "day": 1, "month": 11, "year": 2023})]
    assert said("وعاد الوفد في غرة شهر محرم.")[0][1]["day"] == 1
    assert said("وقال الفاتح إن الوفد غادر، وكان فاتح الباب أمام المفاوضات.") == []


def test_the_word_month_between_day_and_month():
    """"في 15 من شهر حزيران", "الثامن والعشرين من شهر رمضان": "شهر" before the month's name."""
    got = said("وكان الرئيس قد زار المدينة في 15 من شهر حزيران الماضي.")
    assert got == [("15 من شهر حزيران الماضي", {"kind": "date", "day": 15, "month": 6, "qualifier": -1})]
    got = said("ووقع الهجوم في الخامس عشر من شهر أيار.")
    assert got[0][1]["day"] == 15 and got[0][1]["month"] == 5
    got = said("في الثامن والعشرين من شهر رمضان")
    assert got[0][1]["day"] == 28 and got[0][1]["calendar"] == "hijri"


def test_ranges():
    # seed 003
    got = said("عن تحديد موعد الجولة الـ 16 المقبلة من محادثات أستانة حول سوريا، بين 6 و8 من تموز المقبل، بالعاصمة الكازاخية")
    assert got[-1][0] == "بين 6 و8 من تموز المقبل"
    assert got[-1][1]["kind"] == "range" and got[-1][1]["day"] == 6
    got = said("وبدأت أولى جولات المحادثات في 23 و24 من كانون الثاني 2017.")
    assert got == [("23 و24 من كانون الثاني 2017", {"kind": "range", "day": 23, "month": 1, "year": 2017})]


def test_month_and_year_alone_and_parts():
    # seed 001, seed 002, ANT (Arabi21, Arab48, BBC Arabic)
    assert said("وفي أيار/ مايو 2023، عقد أول اجتماع بين وزراء خارجية روسيا وتركيا")[0] == (
        "ايار/ مايو 2023", {"kind": "date", "month": 5, "year": 2023})
    assert said("الذي انطلق عام 2021 وتعثر جراء خلافات عميقة")[0] == ("عام 2021", {"kind": "date", "year": 2021})
    assert said("عقد اجتماع لوزراء خارجية الدول الأربع في أوائل أيار/ مايو، للبناء على محادثات")[0] == (
        "اوايل ايار/ مايو", {"kind": "date", "month": 5, "part": "START"})
    assert said("لأول مرة في تغريدة له في فبراير/ شباط من عام 2017، لوصف صحيفة نيويورك تايمز")[0] == (
        "فبراير/ شباط من عام 2017", {"kind": "date", "month": 2, "year": 2017})
    assert said("بجروح خطيرة بنيران مدفعية في سولو في أكتوبر/تشرين أول ثم توفي لاحقا.")[0][1] == {"kind": "date", "month": 10}


def test_relative_words_and_bare_weekdays():
    # seed 004, seed 002, ANT (Al Arabiya, CNN Arabic)
    assert [t for t, _ in said("اتفقت تركيا وروسيا السبت على تنسيق العمليات البرية في سوريا بعد إعلان واشنطن الأسبوع الماضي قرارها سحب قواتها.")] == [
        "السبت", "الاسبوع الماضي"]
    assert said("وأعلن ترمب أمس الثلاثاء انسحاب بلاده من الاتفاق النووي")[0][1] == {"kind": "relative", "weekday": 1, "unit": "D", "amount": -1}
    assert said("يوم الأحد الماضي، صادق البرلمان الإيراني على مشروع قانون")[0] == (
        "يوم الاحد الماضي", {"kind": "weekday", "weekday": 6, "qualifier": -1})
    assert said("في المعركة الأخيرة بمدينة ماراوي الواقعة جنوب البلاد العام الماضي.")[0][1] == {"kind": "relative", "unit": "Y", "amount": -1}
    assert said("لكن الوحدة التي أبدتها الدول الثلاث في أنقرة قبل ثلاثة أسابيع تزعزعت")[0][1] == {"kind": "relative", "unit": "W", "amount": -3}


def test_durations():
    # seed 000
    got = said("ولأول مرة منذ 11 عاماً، وزيرا الدفاع التركي والسوري")
    assert got == [("11 عاما", {"kind": "duration", "unit": "Y", "amount": 11})]


def test_hijri_dates():
    got = said("وصل الحجاج إلى مكة في 8 ذي الحجة 1444 هـ استعدادا للوقوف بعرفة")
    assert got == [("8 ذي الحجه 1444 ه", {"kind": "date", "day": 8, "month": 12, "year": 1444, "calendar": "hijri"})]


@pytest.mark.parametrize(
    "text",
    [
        "سيكون دمية في يد مؤسس حركة خمس نجوم بيبي غريو الذي خلفه لويجي دي مايو.",  # ANT: a surname
        "وكان الرئيس التركي رجب طيب أردوغان قد صرح سابقا",  # seed 000: a given name, not the month
        "وقال مدير عام مكتب الآثار بمحافظة إب في تصريحات صحفية",  # TimeML dev: the city of Ibb
        "محادثات بين الاثنين حول الملف السوري",  # "the two", not Monday
        "وأكد أن الاثنين معا سيواجهان التحديات",  # "both"
        "احتفلت المدينة بالذكرى الاثنين والعشرين لتأسيسها",  # an ordinal
        "لا إله إلا الله الواحد الأحد",  # "the One"
        "لحياة أفضل وإلى غد أفضل بصرف النظر عن الظروف",  # "a better tomorrow"
    ],
)
def test_words_that_only_look_like_dates(text):
    assert said(text) == []


def test_a_bare_sunday_or_monday_is_the_day():
    """ANT (AFP style): "أعلن الجيش السوري الأحد سيطرته", "قالت الأمم المتحدة الاثنين إن", "ليل
    الاثنين": the bare names are the days, as the other weekdays are."""
    assert said("أعلن الجيش السوري الأحد سيطرته على أكثر من 25 بالمئة من الغوطة") == [("الاحد", {"kind": "weekday", "weekday": 6})]
    assert said("من جانبها، قالت الأمم المتحدة الاثنين إن الأطفال يواجهون مخاطر") == [("الاثنين", {"kind": "weekday", "weekday": 0})]
    assert [t for t, _ in said("وقدم نتانياهو عرضا مفصلا على الهواء ليل الاثنين قبل القرار")] == ["الاثنين"]


def test_years_heading_the_lines_of_a_chronology():
    """ANT (France 24, 2018), a background box: "١٩٨٤- المغرب ينسحب من منظمة الوحدة الإفريقية"."""
    text = "ونشأت المنظمة.\n\n١٩٨٤- المغرب ينسحب من منظمة الوحدة الإفريقية\n\n١٩٩٤ - انضمام جنوب إفريقيا\n\n2011: سقوط النظام"
    folded = fold(text)[0]
    assert [(folded[m.start : m.end], m.year) for m in find_mentions(folded)] == [("1984", 1984), ("1994", 1994), ("2011", 2011)]
    # a number inside a sentence, before a dash, is no year
    assert find_mentions(fold("وبلغ عدد القتلى 2011 شخصا - حسب المصادر")[0]) == []


def test_a_week_or_a_half_of_a_month_and_last_night():
    """"الأسبوع الأول من تموز" is early July (not the first of July); "الليلة الماضية" is yesterday."""
    got = said("وإن اجتماعا تحضيريا سيعقد في الأسبوع الأول من تموز، وشهدت الليلة الماضية اشتباكات.")
    assert got == [
        ("الاسبوع الاول من تموز", {"kind": "date", "month": 7, "part": "START"}),
        ("الليله الماضيه", {"kind": "relative", "unit": "D", "amount": -1}),
    ]
