"""The timeline of the seed pages as the pipeline finds it, plus 002's report of the December 2022 meeting."""

from __future__ import annotations

import pytest

from marsad.timeline import build

from ..timeline.conftest import december_meeting  # noqa: F401  (the fixture, shared)


@pytest.fixture(scope="session")
def timeline_docs(seed_docs, december_meeting):  # noqa: F811
    _, d2 = december_meeting  # 002's report of the meeting, beside the events the pipeline found
    return [seed_docs["000"], d2.replace(events=seed_docs["002"].events + d2.events), seed_docs["001"], seed_docs["003"], seed_docs["004"]]


@pytest.fixture(scope="session")
def records(timeline_docs):
    recs = build(timeline_docs)
    assert any(len(r["reports"]) == 2 for r in recs)
    return recs
