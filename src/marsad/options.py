"""Options that travel through the pipeline as one frozen object, and the stage context."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    reference_date: dt.date | None = None  # "today" for the run: no page is published after it
    debug: bool = False
    max_bytes: int = 50_000_000  # a single input page larger than this is refused
    stages: tuple[str, ...] | None = None  # run only these stages (default: all of api.STAGES)


# A bounds provider reads a document (entities already found) and returns intervals
# (earliest, latest, reason) its publication date must lie in: terms of office, for instance.
BoundsProvider = Callable[["object"], list[tuple[dt.date, dt.date, str]]]


@dataclass(frozen=True, slots=True)
class Context:
    """What every stage may read besides the document: never the clock, never I/O."""

    reference_date: dt.date
    options: Options = field(default_factory=Options)
    bounds_providers: tuple[BoundsProvider, ...] = ()
