"""The Parquet output of the sharded runners: documents and events, by publication month.

Layout under the output directory (Hive partitioning, so pyarrow, pandas, DuckDB and Spark
read ``month`` as a column)::

    documents/month=2022-12/part-00003.parquet   one row a document
    events/month=2022-12/part-00003.parquet      one row an event, beside its document
    timeline.json                                the SPEC timeline records
    failures.txt                                 one line a page that could not be processed
    manifest.json                                what ran, and the counts

A document's month is its publication month: the month of ``published.date``, or of its
interval when ``earliest`` and ``latest`` fall in one month, else ``unknown``.  Every row
carries the full SPEC record as JSON (``record``); the other columns are there to filter on.
``shard`` and ``position`` give the input order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..model import Document, Event, json_text

DOCUMENTS = "documents"
EVENTS = "events"
UNKNOWN_MONTH = "unknown"
ROWS_PER_WRITE = 512  # documents buffered per month before a row group is written

DOCUMENT_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("published", pa.date32()),
    ("earliest", pa.date32()),
    ("latest", pa.date32()),
    ("basis", pa.string()),
    ("outlet", pa.string()),
    ("title", pa.string()),
    ("url", pa.string()),
    ("path", pa.string()),
    ("shard", pa.int32()),
    ("position", pa.int32()),
    ("record", pa.string()),
])

EVENT_SCHEMA = pa.schema([
    ("doc_id", pa.string()),
    ("event_id", pa.string()),
    ("type", pa.string()),
    ("date", pa.string()),  # YYYY-MM-DD, YYYY-MM, YYYY or START/END, as in the record
    ("countries", pa.list_(pa.string())),
    ("shard", pa.int32()),
    ("position", pa.int32()),
    ("record", pa.string()),
])

_MONTH_RE = re.compile(r"^\d{4}-\d{2}$")


def month_of(doc: Document) -> str:
    """The publication month ``YYYY-MM`` of a document, or ``unknown``."""
    p = doc.published
    month = None
    if p.date:
        month = p.date[:7]
    elif p.earliest and p.latest and p.earliest[:7] == p.latest[:7]:
        month = p.earliest[:7]
    return month if month and _MONTH_RE.match(month) else UNKNOWN_MONTH


def event_countries(ev: Event) -> list[str]:
    """The countries of an event's actors and its mediator, sorted."""
    return sorted({a.country for a in ev.actors if a.country} | ({ev.mediator} if ev.mediator else set()))


def document_row(doc: Document, shard: int, position: int, record: dict | None = None) -> dict:
    p = doc.published
    record = record if record is not None else doc.to_dict()
    return {
        "id": doc.id, "published": _day(p.date), "earliest": _day(p.earliest), "latest": _day(p.latest),
        "basis": p.basis, "outlet": doc.outlet.name, "title": doc.title, "url": doc.source.url,
        "path": doc.source.path, "shard": shard, "position": position,
        "record": json_text(record),  # as Document.to_json
    }


def event_rows(doc: Document, shard: int, position: int, record: dict | None = None) -> list[dict]:
    plain = (record if record is not None else doc.to_dict())["events"]
    return [
        {"doc_id": doc.id, "event_id": ev.id, "type": ev.type, "date": ev.date, "countries": event_countries(ev),
         "shard": shard, "position": position, "record": json_text(rec)}
        for ev, rec in zip(doc.events, plain)
    ]


def part_name(shard: int) -> str:
    return f"part-{shard:05d}"


class ShardWriter:
    """Writes documents as they come into one file per month and table, all called ``name``."""

    def __init__(self, root: str | Path, name: str):
        self.root = Path(root)
        self.name = name
        self._rows: dict[tuple[str, str], list[dict]] = defaultdict(list)
        self._writers: dict[tuple[str, str], pq.ParquetWriter] = {}
        self.documents = 0
        self.events = 0

    def add(self, doc: Document, shard: int, position: int) -> None:
        month = month_of(doc)
        record = doc.to_dict()
        self._rows[(DOCUMENTS, month)].append(document_row(doc, shard, position, record))
        events = event_rows(doc, shard, position, record)
        self._rows[(EVENTS, month)].extend(events)
        self.documents += 1
        self.events += len(events)
        if len(self._rows[(DOCUMENTS, month)]) >= ROWS_PER_WRITE:
            self._flush(DOCUMENTS, month)
            self._flush(EVENTS, month)

    def close(self) -> list[str]:
        """Write what is buffered; return the files written, relative to the root."""
        for table, month in list(self._rows):
            self._flush(table, month)
        for writer in self._writers.values():
            writer.close()
        return sorted(f"{table}/month={month}/{self.name}.parquet" for table, month in self._writers)

    def _flush(self, table: str, month: str) -> None:
        rows = self._rows.pop((table, month), None)
        if not rows:
            return
        schema = DOCUMENT_SCHEMA if table == DOCUMENTS else EVENT_SCHEMA
        writer = self._writers.get((table, month))
        if writer is None:
            path = self.root / table / f"month={month}" / f"{self.name}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            writer = self._writers[(table, month)] = pq.ParquetWriter(str(path), schema, compression="zstd")
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def write_documents(root: str | Path, docs: Iterable[tuple[Document, int, int]], name: str) -> list[str]:
    """Write ``(doc, shard, position)`` triples into files called ``name`` in each month."""
    writer = ShardWriter(root, name)
    for doc, shard, position in docs:
        writer.add(doc, shard, position)
    return writer.close()


def read_documents(root: str | Path) -> list[tuple[Document, int, int, str]]:
    """Every document under ``root`` as ``(doc, shard, position, file)``, in input order."""
    out = []
    for path in sorted((Path(root) / DOCUMENTS).glob("month=*/*.parquet")):
        table = pq.read_table(str(path), columns=["shard", "position", "record"])
        rel = str(path.relative_to(root))
        for shard, position, record in zip(*(table.column(c).to_pylist() for c in ("shard", "position", "record"))):
            out.append((Document.from_json(record), shard, position, rel))
    out.sort(key=lambda item: (item[1], item[2]))
    return out


def drop_rows(root: str | Path, doc_file: str, positions: set[int]) -> None:
    """Remove the documents at ``positions`` (of the file's shard) and their events."""
    root = Path(root)
    for rel in (doc_file, EVENTS + doc_file[len(DOCUMENTS):]):
        path = root / rel
        if not path.exists():
            continue
        table = pq.read_table(str(path))
        keep = table.filter(pc.invert(pc.is_in(table.column("position"), pa.array(sorted(positions), pa.int32()))))
        if keep.num_rows == table.num_rows:
            continue
        if keep.num_rows == 0:
            path.unlink()
            continue
        tmp = path.with_name(path.name + ".tmp")
        pq.write_table(keep, str(tmp), compression="zstd")
        tmp.replace(path)


def read_table(root: str | Path, table: str):
    """A whole table (``documents`` or ``events``) with its ``month`` column, as pyarrow reads it."""
    import pyarrow.dataset as ds

    return ds.dataset(str(Path(root) / table), format="parquet", partitioning="hive").to_table()


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
