"""Publication dates narrowed by the events other documents date (api.merge)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from marsad import api
from marsad.model import Published
from marsad.timeline.narrow import Bound, narrow_published, narrowed, publication_bounds

from .conftest import with_events


@pytest.fixture(scope="module")
def gold_published(shared):
    gold = json.loads(shared("gold", "seeds.json").read_text("utf-8"))
    return {g["doc"][:3]: g["published"] for g in gold}


def test_002_is_narrowed_by_the_meeting_000_dates(december_meeting, options):
    d0, d2 = december_meeting
    assert d2.published.date is None and d2.published.earliest < "2022-12-28"
    out = narrow_published([d0, d2], api.make_context(options))
    assert out[0] is d0
    p = out[1].published
    assert p.date is None and "2022-12-28" < p.earliest <= p.latest < d2.published.latest
    assert "cross-document (000_d0150d08a2b94984, CONSULT 2022-12-28" in p.basis
    assert p.earliest[:4] == p.latest[:4] == "2023"


def test_the_narrowed_interval_is_honest_and_precise_at_its_start(december_meeting, options, gold_published):
    out = narrow_published(list(december_meeting), api.make_context(options))
    p, gold = out[1].published, gold_published["002"]
    lo, hi = gold["accept"].split("/")
    assert p.earliest <= gold["truth"] <= p.latest
    assert lo <= p.earliest


def test_a_month_without_a_year_bounds_the_page_from_above_too(december_meeting):
    d0, d2 = december_meeting
    bound = publication_bounds([d0, d2])[d2.id]
    assert bound.earliest == dt.date(2022, 12, 28)
    assert bound.latest == dt.date(2023, 11, 30)  # before December came round again
    assert "month without year" in bound.reason


def test_denied_events_and_dated_pages_give_no_bound(december_meeting):
    d0, d2 = december_meeting
    denied = with_events(d2, dataclasses.replace(d2.events[0], status="denied"))
    assert publication_bounds([d0, denied]) == {}
    assert d0.id not in publication_bounds(list(december_meeting))


def test_a_page_announcing_a_month_another_page_reports_held_was_written_before_it(december_meeting):
    """Read as an announcement ("will meet in Moscow in December"), 002's sentence dates the
    page between the previous December and the first of December 2022."""
    d0, d2 = december_meeting
    planned = with_events(d2, dataclasses.replace(d2.events[0], status="planned"))
    bound = publication_bounds([d0, planned])[d2.id]
    assert (bound.earliest, bound.latest) == (dt.date(2022, 1, 1), dt.date(2022, 11, 30))
    assert bound.reason.endswith("planned)")
    # two countries and no shared place or person are not enough to recognise the meeting
    placeless = with_events(d2, dataclasses.replace(d2.events[0], status="planned", location=None))
    assert publication_bounds([d0, placeless]) == {}
    # reports of it held in two different years leave the year open
    year_before = with_events(d0.replace(id="000_a_year_before"), dataclasses.replace(d0.events[0], date="2021-12-20"))
    assert publication_bounds([year_before, planned])[d2.id].latest == dt.date(2021, 11, 30)
    assert d2.id not in publication_bounds([d0, year_before, planned])


def test_the_seed_corpus_dates_002_before_the_may_meeting_001_reports(seed_docs, gold_published):
    """002 announces the four ministers' meeting for "early May"; 001 reports it held in May 2023."""
    p, gold = seed_docs["002"].published, gold_published["002"]
    lo, hi = gold["accept"].split("/")
    assert lo <= p.earliest <= gold["truth"] <= p.latest <= hi
    assert "001_3619c07c88a1be1a, CONSULT 2023-05, planned" in p.basis


def test_a_bound_past_the_page_or_adding_nothing_is_not_applied(december_meeting):
    _, d2 = december_meeting
    ref = dt.date(2025, 11, 1)
    assert narrowed(d2, Bound(dt.date(2026, 1, 1), None, "x"), ref) is None
    assert narrowed(d2, Bound(dt.date(1980, 1, 1), None, "x"), ref) is None
    unknown = d2.replace(published=Published())
    p = narrowed(unknown, Bound(dt.date(2022, 12, 28), None, "cross-document (x)"), ref)
    assert (p.earliest, p.latest, p.basis) == ("2022-12-28", "2025-11-01", "interval+cross-document (x)")
    one_day = narrowed(d2, Bound(dt.date(2023, 4, 25), dt.date(2023, 4, 25), "y"), ref)
    assert one_day.date == "2023-04-25"


def test_merge_reruns_the_stages_that_read_the_publication_date(december_meeting, seed_docs, options):
    d0, d2 = december_meeting
    d3 = seed_docs["003"]
    merged = api.merge([d0, d2, d3], options)
    assert [d.id for d in merged] == [d0.id, d2.id, d3.id]
    assert merged[0] is d0 and merged[2] is d3
    again = merged[1]
    assert again.published.earliest >= "2023-01-01" and "cross-document" in again.published.basis
    # the event stage ran again: its own events replace the hand-built one
    assert again.events != d2.events and all(ev.id.startswith(d2.id) for ev in again.events)
    assert again.check() is again


def test_merge_on_the_seeds_keeps_every_page_honest(seed_docs, gold_published):
    for key, doc in seed_docs.items():
        p, gold = doc.published, gold_published[key]
        if gold["truth"]:
            assert (p.date or p.earliest) <= gold["truth"] <= (p.date or p.latest), key


def test_pages_of_other_years_never_make_a_page_dishonest(shared, options):
    """The 100 ANT articles (2018, dates withheld) processed with the seed pages (2018-2025):
    an undated report of a Macron-Putin-Erdogan call must not be taken for the Erdogan-Putin
    call 003 dates to 2021, nor bound its page by it."""
    from email.utils import parsedate_to_datetime

    gold = json.loads(shared("gold", "ant-dev-published.json").read_text("utf-8"))
    docs = api.process([shared("corpus", "ant-dev.jsonl"), api.bundled_corpus()], options=options)
    dishonest = []
    for doc in docs:
        if doc.id not in gold:
            continue
        truth = parsedate_to_datetime(gold[doc.id]["time"]).date().isoformat()
        p = doc.published
        if not (p.date == truth if p.date else p.earliest <= truth <= p.latest):
            dishonest.append((doc.id, p.earliest, p.latest, p.basis))
    assert len(docs) == 105 and dishonest == []
