"""``marsad eval``: run the pipeline over the inputs and score each stage against a gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import api
from ..errors import M202, DataError, MarsadError
from ..ingest.encoding import decode
from ..model import Document
from ..options import Options
from . import score


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(M202.format(path=path, reason=f"cannot read gold file ({exc})")) from None
    if not isinstance(data, list):
        raise DataError(M202.format(path=path, reason="a gold file is a list of documents"))
    return data


def evaluate(gold_path: str | Path, inputs: list[str], options: Options | None = None) -> dict[str, Any]:
    """Scores per document and per stage, as plain data (the report prints it)."""
    gold = {score.doc_key(g["doc"]): g for g in load_gold(gold_path)}
    docs: list[Document] = []
    errors: list[str] = []
    for item in api.iter_process(inputs, options):
        if isinstance(item, MarsadError):
            errors.append(str(item))
        elif item.id in gold:
            docs.append(item)
    docs = api.merge(docs, options)
    by_id = {d.id: d for d in docs}

    per_doc: list[score.DocScore] = []
    totals = {"cleaning": score.Counts(), "events": score.Counts()}
    for key, g in gold.items():
        doc = by_id.get(key)
        if doc is None:
            continue
        lines = _original_lines(doc)
        s = score.DocScore(doc=key)
        s.cleaning = score.score_cleaning(g, lines, doc)
        s.title_ok = score.score_title(g, lines, doc)
        s.outlet_ok = score.score_outlet(g, doc)
        s.published_precise, s.published_honest = score.score_published(g, doc)
        s.timexes_found, s.timexes_total, misses = score.score_timexes(g, doc)
        s.misses += misses
        s.entities_found, s.entities_total, misses, s.leaked = score.score_entities(g, doc)
        s.misses += misses
        s.events, s.event_matches, misses = score.score_events(g, doc)
        s.misses += misses
        totals["cleaning"].add(s.cleaning)
        totals["events"].add(s.events)
        per_doc.append(s)

    merge = _merge_counts(per_doc, docs, options)
    n = len(per_doc)
    summary = {
        "documents": n,
        "missing": sorted(set(gold) - {s.doc for s in per_doc}),
        "errors": errors,
        "cleaning": _prf(totals["cleaning"]),
        "title": _ratio(sum(bool(s.title_ok) for s in per_doc), n),
        "outlet": _ratio(sum(bool(s.outlet_ok) for s in per_doc), n),
        "published_precise": _ratio(sum(bool(s.published_precise) for s in per_doc), n),
        "published_honest": _ratio(sum(bool(s.published_honest) for s in per_doc), n),
        "timexes": _ratio(sum(s.timexes_found for s in per_doc), sum(s.timexes_total for s in per_doc)),
        "entities": _ratio(sum(s.entities_found for s in per_doc), sum(s.entities_total for s in per_doc)),
        "leaked": sorted({t for s in per_doc for t in s.leaked}),
        "events": _prf(totals["events"]),
        "merge": _prf(merge) if merge is not None else None,
        "per_document": [
            {
                "doc": s.doc,
                "cleaning_f1": s.cleaning.f1,
                "title": s.title_ok,
                "outlet": s.outlet_ok,
                "published": _published(by_id[s.doc]),
                "published_precise": s.published_precise,
                "published_honest": s.published_honest,
                "timexes": f"{s.timexes_found}/{s.timexes_total}",
                "entities": f"{s.entities_found}/{s.entities_total}",
                "events": _prf(s.events),
                "misses": s.misses,
            }
            for s in per_doc
        ],
    }
    return summary


def _merge_counts(per_doc: list[score.DocScore], docs: list[Document], options: Options | None) -> score.Counts | None:
    timeline = getattr(api, "timeline", None)
    if timeline is None:
        return None
    records = timeline(docs, options)
    record_of = {(r["doc"], r["event"]): rec["id"] for rec in records for r in rec["reports"]}
    return score.score_merge({s.doc: s.event_matches for s in per_doc}, record_of)


def _published(doc: Document) -> dict[str, Any]:
    p = doc.published
    return {"date": p.date, "earliest": p.earliest, "latest": p.latest, "basis": p.basis}


def _original_lines(doc: Document) -> list[str]:
    path = doc.source.path
    if not path or not Path(path).is_file():
        return []
    return decode(Path(path).read_bytes(), path).splitlines()


def _prf(c: score.Counts) -> dict[str, Any]:
    return {"precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn}


def _ratio(num: int, den: int) -> dict[str, Any]:
    return {"found": num, "total": den, "share": num / den if den else None}
