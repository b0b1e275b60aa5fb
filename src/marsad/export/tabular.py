"""Timeline records as flat rows: CSV (for pandas and spreadsheets) and Parquet (for pyarrow)."""

from __future__ import annotations

import csv
import io
from typing import Any

from ..timeline.intervals import parse

COLUMNS = (
    "id", "type", "mode", "status", "date", "date_start", "date_end", "location", "location_country",
    "countries", "mediator", "reports", "docs", "outlets", "conflicts", "confidence", "summary",
)  # fmt: skip
LIST_COLUMNS = ("countries", "docs", "outlets", "conflicts")


def rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One flat row a record; list columns hold lists."""
    out = []
    for rec in records:
        when = parse(rec.get("date"))
        loc = rec.get("location") or {}
        sources = rec.get("sources") or []
        outlets = []
        for s in sources:
            name = s.get("outlet") or s.get("outlet_text")
            if name and name not in outlets:
                outlets.append(name)
        out.append({
            "id": rec["id"],
            "type": rec["type"],
            "mode": rec.get("mode"),
            "status": rec.get("status"),
            "date": rec.get("date"),
            "date_start": when.lo.isoformat() if when is not None and when.lo else None,
            "date_end": when.hi.isoformat() if when is not None and when.hi else None,
            "location": loc.get("name"),
            "location_country": loc.get("country"),
            "countries": list(rec.get("countries") or []),
            "mediator": rec.get("mediator"),
            "reports": len(rec.get("reports") or []),
            "docs": [r["doc"] for r in rec.get("reports") or []],
            "outlets": outlets,
            "conflicts": [c["field"] for c in rec.get("conflicts") or []],
            "confidence": rec.get("confidence"),
            "summary": rec.get("summary"),
        })
    return out


def to_csv(records: list[dict[str, Any]]) -> str:
    """CSV with a header; list columns are joined with "|"; empty cells are nulls."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows(records):
        writer.writerow({k: ("|".join(v) if k in LIST_COLUMNS else v) for k, v in row.items()})
    return buf.getvalue()


def to_parquet(records: list[dict[str, Any]]) -> bytes:
    """A Parquet file (bytes) with typed columns; list columns are lists of strings."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    text = pa.string()
    schema = pa.schema([
        (name, pa.list_(text) if name in LIST_COLUMNS else pa.int32() if name == "reports" else pa.float64() if name == "confidence" else text)
        for name in COLUMNS
    ])
    table = pa.Table.from_pylist(rows(records), schema=schema)
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()
