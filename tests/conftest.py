"""Shared fixtures: the bundled seed pages, and ../shared/ development data (skipped when absent)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from marsad import api
from marsad.options import Options

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = api.bundled_corpus()
# The seed pages were read in late 2025; dates are resolved as of this day in tests.
REFERENCE_DATE = dt.date(2025, 11, 1)


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def options() -> Options:
    return Options(reference_date=REFERENCE_DATE)


@pytest.fixture(scope="session")
def seed_docs(options):
    """The five bundled seed pages, processed once for the session, by id."""
    docs = api.process(SEEDS, options=options)
    return {d.id[:3]: d for d in docs}


@pytest.fixture(scope="session")
def seed_text():
    """Raw text of a seed page by its 3-digit prefix."""
    return lambda prefix: next(SEEDS.glob(f"{prefix}_*.txt")).read_text("utf-8")


@pytest.fixture(scope="session")
def shared():
    """``shared("corpus", "ant-dev.jsonl")``: a path under ../shared, or skip the test."""
    return shared_path
