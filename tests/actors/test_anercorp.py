"""Actors on text nobody here wrote: ANERCorp (Benajiba et al.), token-level against its tags.

The knowledge base is about politics, so recall on a general corpus is modest; what this
gate pins is precision: names found must be names of the right kind.
"""

from __future__ import annotations

import bisect
from collections import Counter

import pytest

from marsad.actors.kb import knowledge_base
from marsad.actors.link import analyse

KIND = {"PER": "PERS", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}


@pytest.fixture(scope="module")
def scores(shared):
    words, tags = [], []
    for line in shared("corpus", "anercorp-dev.conll").read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            words.append(parts[0])
            tags.append(parts[-1].split("-")[-1] if parts[-1] != "O" else None)
    starts, text = [], ""
    for w in words:
        text += " " if text else ""
        starts.append(len(text))
        text += w
    kb = knowledge_base()
    predicted: dict[int, str] = {}
    for m in analyse(text).names:
        actor = kb.actors.get(m.actor)
        kind = KIND[actor.type if actor else "PER"]
        for k in range(max(0, bisect.bisect_right(starts, m.start) - 1), bisect.bisect_left(starts, m.end)):
            predicted[k] = kind
    counts = Counter()
    for k, gold in enumerate(tags):
        got = predicted.get(k)
        for kind in ("PERS", "LOC", "ORG"):
            counts[kind, "tp"] += got == kind and gold == kind
            counts[kind, "fp"] += got == kind and gold != kind
            counts[kind, "fn"] += got != kind and gold == kind
    return {k: (counts[k, "tp"] / max(1, counts[k, "tp"] + counts[k, "fp"]), counts[k, "tp"] / max(1, counts[k, "tp"] + counts[k, "fn"])) for k in ("PERS", "LOC", "ORG")}


def test_places_found_are_places(scores):
    precision, recall = scores["LOC"]
    assert precision >= 0.88 and recall >= 0.55


def test_people_and_organisations_found_are_what_they_seem(scores):
    assert scores["PERS"][0] >= 0.78
    assert scores["ORG"][0] >= 0.80
