"""``marsad eval --plover-gsr DIR``: sentence-level detection scored on PLOVER gold-standard CSVs.

Each ``*.csv`` in DIR has the columns ``id,event_type,label,accept,reject,total,text`` (the
Open Event Data Alliance's Arabic PLOVER gold standard).  Label "yes" is a positive, "easy no"
and "difficult no" are negatives, "ambiguous" is left out.  A sentence counts as detected when
:func:`marsad.events.realis.detect` returns its ``event_type``.

Sentences are split by a stable hash of their id into a *design* half (used to write the
rules) and a *check* half (kept for testing them); scores are given for both and the whole.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from typing import Any, Iterable

from ..errors import M202, DataError
from ..events.realis import DEFAULT_THRESHOLD, detect
from ..events.lexicon import PLOVER_TYPES

COLUMNS = ("id", "event_type", "label", "text")
POSITIVE = {"yes"}
NEGATIVE = {"easy no", "difficult no"}
IGNORED = {"ambiguous"}
HALVES = ("design", "check")


def half_of(sentence_id: str) -> str:
    """The half a sentence belongs to: the parity of the first byte of SHA-1 of its id."""
    return HALVES[hashlib.sha1(sentence_id.encode("utf-8")).digest()[0] % 2]


def read_gsr(directory: str | Path) -> list[dict[str, str]]:
    """The labelled sentences of every CSV in ``directory``, in file then row order."""
    root = Path(directory)
    files = sorted(root.glob("*.csv")) if root.is_dir() else []
    if not files:
        raise DataError(M202.format(path=root, reason="no PLOVER gold-standard *.csv files"))
    rows: list[dict[str, str]] = []
    for path in files:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise DataError(M202.format(path=path, reason=f"missing column(s) {', '.join(missing)}"))
            for n, row in enumerate(reader, 2):
                if row["event_type"] not in PLOVER_TYPES or row["label"] not in POSITIVE | NEGATIVE | IGNORED:
                    raise DataError(M202.format(path=f"{path}:{n}", reason=f"unknown type or label {row['event_type']!r}, {row['label']!r}"))
                rows.append(row)
    return rows


def evaluate_sentences(directory: str | Path, threshold: float = DEFAULT_THRESHOLD) -> dict[str, Any]:
    """Per event type: tp, fp, fn, precision, recall, f1, n (and ``ignored``), whole and by half."""
    counts: dict[str, dict[str, list[int]]] = {}
    ignored: dict[str, int] = {}
    for row in read_gsr(directory):
        type_ = row["event_type"]
        if row["label"] in IGNORED:
            ignored[type_] = ignored.get(type_, 0) + 1
            continue
        gold = row["label"] in POSITIVE
        found = type_ in detect(row["text"], threshold)
        by_half = counts.setdefault(type_, {h: [0, 0, 0, 0] for h in HALVES})
        tally = by_half[half_of(row["id"])]
        tally[0] += gold and found
        tally[1] += found and not gold
        tally[2] += gold and not found
        tally[3] += 1
    types = {}
    for type_, by_half in sorted(counts.items()):
        whole = [sum(v[i] for v in by_half.values()) for i in range(4)]
        types[type_] = {**_scores(whole), "ignored": ignored.get(type_, 0), **{h: _scores(by_half[h]) for h in HALVES}}
    return {"threshold": threshold, "types": types}


def format_sentences(result: dict[str, Any]) -> str:
    """A small table: one line per type and part (design, check, all)."""
    lines = [f"PLOVER gold-standard sentences (threshold {result['threshold']:.2f})",
             f"{'type':<10}{'part':<8}{'n':>5}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}{'F1':>7}"]
    for type_, res in result["types"].items():
        for part, s in [*((h, res[h]) for h in HALVES), ("all", res)]:
            lines.append(f"{type_:<10}{part:<8}{s['n']:>5}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}"
                         f"{_fmt(s['precision']):>7}{_fmt(s['recall']):>7}{_fmt(s['f1']):>7}")
    return "\n".join(lines)


def _scores(tally: Iterable[int]) -> dict[str, Any]:
    tp, fp, fn, n = tally
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else (0.0 if tp + fp + fn else None)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1, "n": n}


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"
