"""Fixtures of the temporal stage's tests: cleaned seed pages (no other stage) and contexts."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from marsad import api
from marsad.options import Context, Options

from ..conftest import REFERENCE_DATE, shared_path  # noqa: F401  (re-exported for the tests here)


@pytest.fixture(scope="session")
def ctx() -> Context:
    """A context without bounds providers: the dates stage on its own."""
    return Context(reference_date=REFERENCE_DATE)


@pytest.fixture(scope="session")
def cleaned() -> dict:
    """The five seed pages after cleaning only, by 3-digit prefix."""
    docs = api.process(api.bundled_corpus(), options=Options(reference_date=REFERENCE_DATE, stages=()))
    return {d.id[:3]: d for d in docs}


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    """The seeds' gold records (../shared/gold/seeds.json) by 3-digit prefix."""
    records = json.loads(shared_path("gold", "seeds.json").read_text("utf-8"))
    return {g["doc"][:3]: g for g in records}


def trump_in_office(doc) -> list[tuple[dt.date, dt.date, str]]:
    """A stand-in for the actor stage's terms of office: Donald Trump, 45th US president."""
    if "\u062a\u0631\u0627\u0645\u0628" in doc.body:  # ترامب
        return [(dt.date(2017, 1, 20), dt.date(2021, 1, 20), "Donald Trump, president of the United States")]
    return []
