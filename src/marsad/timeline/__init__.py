"""The timeline: one record per real-world happening, across documents and outlets.

- :mod:`.intervals`: event dates as day intervals, compared at their precision;
- :mod:`.match`: which reports in different documents tell of one happening;
- :mod:`.records`: the SPEC timeline record of a cluster, with provenance and conflicts;
- :mod:`.narrow`: publication dates narrowed by events other documents date;
- :mod:`.filters`: the filters of ``marsad timeline``.
"""

from __future__ import annotations

from typing import Any, Iterable

from ..model import Document
from .filters import select
from .match import cluster, reports_of
from .records import record, sort_key


def build(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """Timeline records for ``docs``, in date order (undated records last)."""
    return sorted((record(members) for members in cluster(reports_of(docs))), key=sort_key)


def stored(store, options=None) -> list[dict[str, Any]]:
    """The timeline kept in ``store``; built from its documents when it has none stored yet."""
    records = store.stories()
    if records or not store.count():
        return sorted(records, key=sort_key)
    from .. import api

    return api.timeline(list(store.documents()), options)


__all__ = ["build", "stored", "select"]
