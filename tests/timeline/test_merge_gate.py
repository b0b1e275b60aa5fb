"""The merge measured as `marsad eval` measures it (SPEC scoring) on the seed pages.

Reports of one gold event in two documents must share a record, and distinct gold events
must never do.  The measure counts only events the event stage found and matched to gold.
"""

from __future__ import annotations

import pytest

from marsad.api import bundled_corpus
from marsad.evaluate.run import evaluate


@pytest.fixture(scope="module")
def summary(shared, options):
    return evaluate(shared("gold", "seeds.json"), [str(bundled_corpus())], options)


def test_distinct_gold_events_never_share_a_record(summary):
    assert summary["merge"] is not None
    assert summary["merge"]["fp"] == 0


def test_reports_of_one_gold_event_share_a_record(summary):
    assert summary["merge"]["fn"] == 0


def test_merging_keeps_every_publication_date_honest(summary):
    assert summary["published_honest"]["found"] == summary["documents"]
