"""Exports of the timeline: for people (table, html) and for the tools that read them.

:data:`FORMATS` maps a format name to its writer and whether it writes bytes.  Every writer
takes the timeline records; the HTML report also reads the documents (for how each outlet
names the actors).

| format | module | read back by |
| --- | --- | --- |
| table | :mod:`.table` | a person at a terminal |
| json | (records as they are) | anything JSON |
| csv, parquet | :mod:`.tabular` | pandas, pyarrow |
| timelinejs | :mod:`.timelinejs` | TimelineJS3 |
| html | :mod:`.report` | a browser |
| graphml | :mod:`.graph` | networkx, Gephi |
| plover | :mod:`.plover` | PLOVER event-data tools (JSON Lines) |
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from ..model import Document


@dataclass(frozen=True)
class Format:
    name: str
    write: Callable[[list[dict[str, Any]], list[Document]], str | bytes]
    binary: bool = False
    suffix: str = ""


def _json(records, _docs) -> str:
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def _table(records, _docs) -> str:
    from .table import to_table

    return to_table(records)


def _csv(records, _docs) -> str:
    from .tabular import to_csv

    return to_csv(records)


def _parquet(records, _docs) -> bytes:
    from .tabular import to_parquet

    return to_parquet(records)


def _timelinejs(records, _docs) -> str:
    from .timelinejs import to_timelinejs

    return to_timelinejs(records) + "\n"


def _html(records, docs) -> str:
    from .report import to_html

    return to_html(records, docs)


def _graphml(records, _docs) -> bytes:
    from .graph import to_graphml

    return to_graphml(records)


def _plover(records, _docs) -> str:
    from .plover import to_plover

    return to_plover(records)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("table", _table, suffix=".txt"),
        Format("json", _json, suffix=".json"),
        Format("csv", _csv, suffix=".csv"),
        Format("timelinejs", _timelinejs, suffix=".json"),
        Format("html", _html, suffix=".html"),
        Format("graphml", _graphml, binary=True, suffix=".graphml"),
        Format("parquet", _parquet, binary=True, suffix=".parquet"),
        Format("plover", _plover, suffix=".jsonl"),
    )
}
TIMELINE_FORMATS = ("table", "json", "csv", "timelinejs", "html", "graphml", "parquet")
EVENT_FORMATS = ("plover",)


def render(records: list[dict[str, Any]], fmt: str, docs: Iterable[Document] = ()) -> str | bytes:
    """The records written in format ``fmt`` (text, or bytes for binary formats)."""
    from ..errors import ConfigError

    if fmt not in FORMATS:
        raise ConfigError(f"[M501] unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    return FORMATS[fmt].write(records, list(docs))


__all__ = ["FORMATS", "TIMELINE_FORMATS", "EVENT_FORMATS", "render"]
