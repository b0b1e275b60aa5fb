"""Dates counted from the date said before them ("في اليوم التالي", "في اليوم نفسه", "بعد يومين"
in a story, "في السادس من الشهر نفسه"), not from the page's day."""

from __future__ import annotations

from marsad import api
from marsad.dates.stage import run
from marsad.options import Options

from .conftest import REFERENCE_DATE


def _values(tmp_path, *paragraphs: str) -> dict[str, str | None]:
    page = tmp_path / "page.txt"
    page.write_text("أخبار اليوم\n\nالثلاثاء 14 أيار 2024\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")
    (doc,) = api.process(page, options=Options(reference_date=REFERENCE_DATE, stages=()))
    doc = run(doc, None)
    return {t.text: t.value for t in doc.timexes}


def test_the_next_day_and_the_same_day(tmp_path):
    values = _values(tmp_path, "وصل الرئيس إلى الرياض في 3 حزيران 2023، وفي اليوم التالي التقى ولي العهد، "
                               "ثم غادر صباح اليوم التالي إلى الدوحة.")
    assert values["3 حزيران 2023"] == "2023-06-03"
    assert values["اليوم التالي"] == "2023-06-04"
    assert values["صباح اليوم التالي"] == "2023-06-05"  # (the next day of the day before it)


def test_the_same_day_counts_from_the_paragraph_before(tmp_path):
    """A paragraph opening "وفي اليوم نفسه" follows on from the last day of the one before; not
    from two paragraphs back, and never from the page's day."""
    values = _values(tmp_path, "ودعا المرجع الأعلى في خطبة الجمعة 4 تشرين الأول 2019 الحكومة إلى الاستجابة لمطالب المحتجين.",
                     "وفي اليوم نفسه، طالب زعيم التيار الصدري باستقالة الحكومة.")
    assert values["اليوم نفسه"] == "2019-10-04"
    values = _values(tmp_path, "وزار الوزير القاهرة في 4 تشرين الأول 2019.", "وتتواصل الاحتجاجات في المدن.",
                     "وفي اليوم ذاته، أعلن الجيش حظر التجول.")
    assert values["اليوم ذاته"] is None


def test_days_later_in_a_story_and_a_day_of_the_same_month(tmp_path):
    values = _values(tmp_path, "اجتمع الوزيران في 5 أيار الماضي، وبعد يومين وقعا اتفاقا.",
                     "وجرى التوقيع في 11 مايو 2023، بعد محادثات انطلقت في السادس من الشهر نفسه.")
    assert values["بعد يومين"] == "2024-05-07"
    assert values["السادس من الشهر نفسه"] == "2023-05-06"
    # with no day before it in its sentence, "بعد يومين" stays a count of days
    values = _values(tmp_path, "وقال الوزير إن المحادثات انتهت، وبعد يومين وقعا اتفاقا.")
    assert "بعد يومين" not in values


def test_the_following_year(tmp_path):
    values = _values(tmp_path, "انسحبت القوات من المدينة عام 2011، وفي العام التالي عادت إليها.")
    assert values["العام التالي"] == "2012"


def test_a_day_of_it_is_a_day_of_the_month_said_before(tmp_path):
    """SANA style: "استقبل الرئيس في الثاني عشر من الشهر الجاري ...، ثم استقبل في الخامس عشر منه"
    is the 15th of that month; "في 5 منه" likewise.  "البند الثاني منه" is a clause of a text."""
    values = _values(tmp_path, "واستقبل الرئيس في الثاني عشر من شباط 2023 وزير الخارجية الإماراتي، ثم استقبل في "
                               "الخامس عشر منه وزير الخارجية الأردني، وغادر الوفد في 17 منه. ونص الاتفاق في البند الثاني منه على ذلك.")
    assert values["الخامس عشر منه"] == "2023-02-15"
    assert values["17 منه"] == "2023-02-17"
    assert not any("البند" in text or text == "الثاني منه" for text in values)


def test_a_day_named_by_its_tens_alone(tmp_path):
    """"في العشرين من الشهر الجاري", "في الثلاثين من نيسان الماضي": the 20th and the 30th."""
    values = _values(tmp_path, "وأجرى الرئيس في العشرين من الشهر الجاري زيارة إلى مسقط، بعد اجتماع عقد في الثلاثين من نيسان الماضي.")
    assert values["العشرين من الشهر الجاري"] == "2024-05-20"
    assert values["الثلاثين من نيسان الماضي"] == "2024-04-30"
