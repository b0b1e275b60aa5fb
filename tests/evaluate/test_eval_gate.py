"""The eval gate: the SPEC's measures on the seed pages must not fall below these floors."""

from __future__ import annotations

import pytest

from marsad.api import bundled_corpus
from marsad.evaluate.run import evaluate
from marsad.options import Options

REFERENCE = Options(reference_date=__import__("datetime").date(2025, 11, 1))


@pytest.fixture(scope="module")
def summary():
    import pathlib

    gold = pathlib.Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "seeds.json"
    if not gold.exists():
        pytest.skip("../shared/gold/seeds.json not available")
    return evaluate(gold, [str(bundled_corpus())], REFERENCE)


def test_cleaning_title_outlet(summary):
    assert summary["documents"] == 5 and not summary["errors"]
    assert summary["cleaning"]["f1"] >= 0.98
    assert summary["title"]["found"] == 5
    assert summary["outlet"]["found"] == 5


def test_publication_dates_are_honest_and_precise(summary):
    assert summary["published_honest"]["found"] == 5  # never a wrong day
    assert summary["published_precise"]["found"] == 5  # 002 through the pages 000 and 001


def test_dates_in_text(summary):
    assert summary["timexes"]["found"] >= 21  # of 23


def test_entities(summary):
    assert summary["entities"]["share"] >= 0.95
    assert not summary["leaked"]


def test_events(summary):
    events = summary["events"]
    assert events["precision"] >= 0.8
    assert events["recall"] >= 0.9
