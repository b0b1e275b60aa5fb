"""The eval gate: the SPEC's measures on the seed pages must not fall below these floors."""

from __future__ import annotations

import pytest

from marsad.evaluate.run import evaluate
from marsad.options import Options

from marsad.api import bundled_corpus

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
