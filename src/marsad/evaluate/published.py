"""``marsad eval --published GOLD.json INPUT...``: publication dates against crawl metadata.

GOLD maps a document id to a record with the page's metadata time (``time``: RFC 2822, as
``../shared/gold/ant-dev-published.json`` has it, or ISO 8601). INPUT pages are processed
without it: the pipeline reads the date from the text alone. Reported: *coverage*, the share
of documents given an exact day; *within one day*, of those, the share within one day of the
metadata's own calendar day (the day in the outlet's time zone: a day's difference is
the zone of the reader); *honest*, the share of all documents whose day or interval holds
the metadata day, and the median width of the intervals of the rest.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from pathlib import Path
from typing import Any

from ..errors import M202, DataError
from ..model import Document
from ..options import Options

TOLERANCE_DAYS = 1


def read_gold(path: str | Path) -> dict[str, str]:
    """Document id -> its metadata day (ISO)."""
    p = Path(path)
    try:
        raw = json.loads(p.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(M202.format(path=p, reason=f"cannot read a JSON object ({exc.__class__.__name__})")) from None
    if not isinstance(raw, dict):
        raise DataError(M202.format(path=p, reason="expected an object of document id -> {time: ...}"))
    out = {}
    for doc_id, rec in raw.items():
        when = rec.get("time") if isinstance(rec, dict) else rec
        day = _day(when)
        if day is None:
            raise DataError(M202.format(path=p, reason=f"{doc_id}: unreadable time {when!r}"))
        out[doc_id] = day
    return out


def _day(when: Any) -> str | None:
    from ..clean.extract import parse_metadata_date

    return parse_metadata_date(when) if isinstance(when, str) and when.strip() else None


def evaluate_published(gold_path: str | Path, inputs: list[str], options: Options | None = None) -> dict[str, Any]:
    from .. import api

    gold = read_gold(gold_path)
    docs = [d for d in api.process(inputs, options=options) if d.id in gold]
    if not docs:
        raise DataError(M202.format(path=gold_path, reason="no processed document has an id in the gold file"))
    rows = [_row(d, gold[d.id]) for d in docs]
    exact = [r for r in rows if r["date"]]
    close = [r for r in exact if r["off_days"] <= TOLERANCE_DAYS]
    widths = [r["width_days"] for r in rows if not r["date"] and r["width_days"] is not None]
    return {
        "gold": str(gold_path), "documents": len(rows),
        "exact": len(exact), "coverage": len(exact) / len(rows),
        "within_one_day": len(close), "accuracy": len(close) / len(exact) if exact else None,
        "honest": sum(r["honest"] for r in rows) / len(rows),
        "median_interval_days": statistics.median(widths) if widths else None,
        "per_doc": rows,
    }


def _row(doc: Document, truth: str) -> dict[str, Any]:
    p = doc.published
    row: dict[str, Any] = {"doc": doc.id, "truth": truth, "date": p.date, "earliest": p.earliest, "latest": p.latest, "basis": p.basis}
    t = dt.date.fromisoformat(truth)
    if p.date:
        row["off_days"] = abs((dt.date.fromisoformat(p.date[:10]) - t).days)
        row["honest"] = row["off_days"] <= TOLERANCE_DAYS
        row["width_days"] = 0
    else:
        lo, hi = (dt.date.fromisoformat(x[:10]) if x else None for x in (p.earliest, p.latest))
        row["honest"] = (lo is None or lo - dt.timedelta(days=TOLERANCE_DAYS) <= t) and (hi is None or t <= hi + dt.timedelta(days=TOLERANCE_DAYS))
        row["width_days"] = (hi - lo).days if lo and hi else None
    return row


def format_published(result: dict[str, Any], verbose: bool = False) -> str:
    acc = "-" if result["accuracy"] is None else f"{result['accuracy']:.2f}"
    median = "-" if result["median_interval_days"] is None else f"{result['median_interval_days']:.0f} days"
    lines = [f"Publication dates against metadata ({result['gold']}: {result['documents']} documents)",
             f"given an exact day      {result['exact']}/{result['documents']} (coverage {result['coverage']:.2f})",
             f"within one day of it    {result['within_one_day']}/{result['exact']} ({acc})",
             f"honest (day or interval holds it)  {result['honest']:.2f}; median interval of the others {median}"]
    if verbose:
        for r in result["per_doc"]:
            got = r["date"] or f"{r['earliest']}..{r['latest']}"
            mark = "" if r["honest"] else "  <- wrong"
            lines.append(f"  {r['doc']}  truth {r['truth']}  got {got} ({r['basis']}){mark}")
    return "\n".join(lines)
