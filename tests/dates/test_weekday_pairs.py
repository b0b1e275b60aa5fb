"""Two weekdays running ("يومي الخميس والجمعة"): one span of days, its qualifier ("المقبلين")
for both, and the dates after them when the page gives them."""

from __future__ import annotations

from marsad import api
from marsad.dates.stage import run
from marsad.options import Options

from .conftest import REFERENCE_DATE


def _values(tmp_path, text: str) -> dict[str, str | None]:
    page = tmp_path / "page.txt"
    page.write_text("أخبار اليوم\n\nالثلاثاء 14 أيار 2024\n\n" + text + "\n", "utf-8")
    (doc,) = api.process(page, options=Options(reference_date=REFERENCE_DATE, stages=()))
    return {t.text: t.value for t in run(doc, None).timexes}


def test_two_weekdays_are_one_span(tmp_path):
    assert _values(tmp_path, "واختتمت الجولة التي استضافتها واشنطن على مدار يومي الخميس والجمعة.") == {
        "الخميس والجمعة": "2024-05-09/2024-05-10"}
    assert _values(tmp_path, "وتعقد القمة يومي الأربعاء والخميس المقبلين في الرياض.") == {
        "الأربعاء والخميس المقبلين": "2024-05-15/2024-05-16"}


def test_the_dates_after_two_weekdays_say_which(tmp_path):
    assert _values(tmp_path, "والذي يعقد يومي الخميس والجمعة 25 و26 نيسان 2019 بمشاركة الدول الضامنة.") == {
        "الخميس والجمعة 25 و26 نيسان 2019": "2019-04-25/2019-04-26"}
