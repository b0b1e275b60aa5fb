"""Event dates as day intervals, compared at their precision."""

from __future__ import annotations

import datetime as dt

from marsad.timeline.intervals import overlaps, parse, within


def test_every_spec_form_parses_to_its_days():
    assert (parse("2022-12-28").lo, parse("2022-12-28").hi) == (dt.date(2022, 12, 28),) * 2
    assert (parse("2022-12").lo, parse("2022-12").hi) == (dt.date(2022, 12, 1), dt.date(2022, 12, 31))
    assert (parse("2023").lo, parse("2023").hi) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    span = parse("2021-07-06/2021-07-08")
    assert (span.lo, span.hi, span.days, span.precision) == (dt.date(2021, 7, 6), dt.date(2021, 7, 8), 3, "interval")
    assert parse("2023-01/2023-05").hi == dt.date(2023, 5, 31)
    for bad in (None, "", "P1W", "2022-13", "2022-02-30", "2023-05-01/2023-01-01", "soon"):
        assert parse(bad) is None


def test_dates_overlap_at_their_precision():
    assert overlaps(parse("2022-12"), parse("2022-12-28"))
    assert overlaps(parse("2022-12-28/2022-12-29"), parse("2022-12-29"))
    assert not overlaps(parse("2022-12-28"), parse("2022-12-29"))
    assert not overlaps(parse("2023-05"), parse("2023-01-01/2023-04-30"))


def test_a_month_without_a_year_overlaps_that_month_of_any_year():
    december = parse("XXXX-12")
    assert december.yearless and december.precision == "month"
    assert overlaps(december, parse("2022-12-28")) and overlaps(parse("2018"), december)
    assert not overlaps(december, parse("2023-05"))
    assert overlaps(december, parse("XXXX-12-28")) and not overlaps(parse("XXXX-11"), december)
    assert not overlaps(parse("XXXX-02-30"), parse("2023-01-01/2023-12-31"))


def test_within_tells_a_refinement_from_a_conflict():
    assert within(parse("2022-12-28"), parse("2022-12"))
    assert not within(parse("2022-12"), parse("2022-12-28"))
    assert not within(parse("2022-12-28/2022-12-29"), parse("2022-12-29/2022-12-30"))
