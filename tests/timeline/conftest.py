"""Helpers for the timeline tests: events built by hand on real seed sentences.

The event stage is still being improved, so tests that need exact control build their
events here, on sentences of the real seed pages and at their real offsets.
"""

from __future__ import annotations

from marsad import api

import pytest

from marsad.model import Document, Event, EventActor, Evidence, Location
from marsad.text.sentences import sentence_at, split_sentences

# Places and actors used by the hand-built events (names as the knowledge base has them).
MOSCOW = Location("Moscow", "RUS")


def party(country: str, name: str, sector: str | None = "GOV", entity: str | None = None) -> EventActor:
    return EventActor(entity=entity, name=name, country=country, sector=sector)


def on_sentence(doc: Document, words: str, type_: str, actors: list[EventActor], **fields) -> Event:
    """An event whose evidence is the sentence of ``doc`` holding ``words``, at its real offsets."""
    sentence = sentence_at(split_sentences(doc.body), doc.body.index(words))
    evidence = Evidence(sentence.start, sentence.end, doc.body[sentence.start : sentence.end])
    return Event(id=f"{doc.id}-{type_.lower()}-{sentence.start}", type=type_, actors=tuple(actors), evidence=evidence, **fields)


def with_events(doc: Document, *events: Event, keep: bool = False) -> Document:
    return doc.replace(events=(doc.events if keep else ()) + events).check()


@pytest.fixture(scope="session")
def december_meeting(seed_docs, options):
    """000 and 002 each with their report of the December 2022 Moscow defence ministers' meeting."""
    d0 = seed_docs["000"]
    # 002 on its own: in the seed corpus the timeline has already narrowed its date
    d2 = api.process(next(api.bundled_corpus().glob("002_*.txt")), options=options)[0]
    e0 = on_sentence(
        d0, "\u0648\u0632\u064a\u0631\u0627 \u0627\u0644\u062f\u0641\u0627\u0639 \u0627\u0644\u062a\u0631\u0643\u064a \u0648\u0627\u0644\u0633\u0648\u0631\u064a",  # وزيرا الدفاع التركي والسوري
        "CONSULT",
        [party("TUR", "defence minister", "MIL", "hulusi-akar"), party("SYR", "defence minister", "MIL"), party("RUS", "Sergei Shoigu", "MIL", "sergei-shoigu")],
        mode="multilateral", date="2022-12-28", location=MOSCOW, confidence=0.9,
    )
    e2 = on_sentence(
        d2, "\u0648\u0639\u0642\u062f \u0648\u0632\u064a\u0631 \u062f\u0641\u0627\u0639 \u0627\u0644\u0646\u0638\u0627\u0645 \u0627\u0644\u0633\u0648\u0631\u064a",  # وعقد وزير دفاع النظام السوري
        "CONSULT",
        [party("SYR", "defence minister", "MIL"), party("TUR", "defence minister", "MIL")],
        mode="visit", location=MOSCOW, confidence=0.8,
    )
    return with_events(d0, e0), with_events(d2, e2)
