"""The benchmark's two sides: dateparser's search and the temporal stage."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.dates.compare import dateparser_baseline, grammar_only, marsad_timexes

TEXTS = [
    # seed 003
    "وخلال اتصال هاتفي أجراه الرئيسان، الخميس 24 من حزيران، بحثا العمل العسكري المشترك.",
    "وبدأت أولى جولات المحادثات في 23 و24 من كانون الثاني 2017.",
]


def test_dateparser_baseline_counts_and_times():
    pytest.importorskip("dateparser")
    found, seconds = dateparser_baseline(TEXTS)
    assert isinstance(found, int) and found >= 1 and seconds > 0


def test_our_side():
    assert marsad_timexes(TEXTS, dt.date(2021, 6, 25))[0] == 2
    assert grammar_only(TEXTS)[0] == 2
