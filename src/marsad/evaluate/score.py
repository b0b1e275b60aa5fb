"""Scoring documents against a gold file, stage by stage, as ../shared/SPEC.md defines it.

Every function here is pure: gold records and documents in, counts out.  The report module
turns counts into the table ``marsad eval`` prints.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Document, Event
from ..text.normalize import fold_key

_LATIN_DIACRITICS = str.maketrans("çğışöüâîûéèêëáàíóúñÇĞİŞÖÜ", "cgisouaiueeeeaaiounCGISOU")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)


@dataclass
class DocScore:
    doc: str
    cleaning: Counts = field(default_factory=Counts)
    title_ok: bool | None = None
    outlet_ok: bool | None = None
    published_precise: bool | None = None
    published_honest: bool | None = None
    timexes_found: int = 0
    timexes_total: int = 0
    entities_found: int = 0
    entities_total: int = 0
    leaked: list[str] = field(default_factory=list)  # must_not_extract texts found in the output
    events: Counts = field(default_factory=Counts)
    event_matches: dict[str, Event] = field(default_factory=dict)  # gold event id -> system event
    misses: list[str] = field(default_factory=list)  # what was not found, for people reading the report


# ---------------------------------------------------------------- cleaning, title, outlet

def score_cleaning(gold: dict[str, Any], lines: list[str], doc: Document) -> Counts:
    """Line-level counts of 'kept': a body line is kept when its text is in the body."""
    counts = Counts()
    body = doc.body
    for n in gold.get("body_lines", []):
        if _line(lines, n) in body:
            counts.tp += 1
        else:
            counts.fn += 1
    for n in gold.get("drop_lines", []):
        if _line(lines, n) and _line(lines, n) in body:
            counts.fp += 1
    return counts


def score_title(gold: dict[str, Any], lines: list[str], doc: Document) -> bool:
    n = gold.get("title_line")
    if n is None:
        return doc.title is None
    return (doc.title or "").strip() == _line(lines, n)


def score_outlet(gold: dict[str, Any], doc: Document) -> bool:
    return (doc.outlet.name or "") == gold.get("outlet")


def _line(lines: list[str], n: int) -> str:
    return lines[n - 1].strip() if 0 < n <= len(lines) else ""


# ---------------------------------------------------------------- publication date

def score_published(gold: dict[str, Any], doc: Document) -> tuple[bool, bool]:
    """(precise, honest) as the SPEC defines them."""
    g = gold.get("published") or {}
    lo, hi = (g.get("accept") or "/").split("/")
    truth = g.get("truth")
    p = doc.published
    if p.date:
        precise = lo <= p.date <= hi
        honest = p.date == truth if truth else precise
        return precise, honest
    if not (p.earliest and p.latest):
        return False, False
    precise = lo <= p.earliest and p.latest <= hi
    honest = p.earliest <= truth <= p.latest if truth else (p.earliest <= hi and lo <= p.latest)
    return precise, honest


# ---------------------------------------------------------------- dates in text

def score_timexes(gold: dict[str, Any], doc: Document) -> tuple[int, int, list[str]]:
    """(found, total, misses) over the body's gold expressions (the dateline is metadata)."""
    found, total, misses = 0, 0, []
    truth = (gold.get("published") or {}).get("truth")
    for g in gold.get("timexes", []):
        if "line" in g:
            continue
        total += 1
        want = truth if g["value"] == "DOC" else g["value"]
        spans = _occurrences(doc.body, g["text"])
        ok = any(
            t.value == want and t.start < end and start < t.end for start, end in spans for t in doc.timexes
        )
        if ok:
            found += 1
        else:
            got = [t.value for start, end in spans for t in doc.timexes if t.start < end and start < t.end]
            misses.append(f"timex {g['text']!r} want {want} got {got or 'nothing'}")
    return found, total, misses


def _occurrences(body: str, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(text), body)]


# ---------------------------------------------------------------- entities

def _same_name(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    norm = lambda s: re.sub(r"[\s\-'\u2019.]+", " ", fold_key(s).translate(_LATIN_DIACRITICS).lower()).strip()
    return norm(a) == norm(b)


def score_entities(gold: dict[str, Any], doc: Document) -> tuple[int, int, list[str], list[str]]:
    """(found, total, misses, leaked)."""
    found, total, misses = 0, 0, []
    for g in gold.get("entities", []):
        total += 1
        spans = [s for m in g.get("mentions", []) for s in _occurrences(doc.body, m)]
        ok = False
        for e in doc.entities:
            if e.type != g["type"]:
                continue
            if not (_same_name(e.name, g["name"]) or (g.get("country") and e.country == g.get("country"))):
                continue
            if any(m.start <= s and e_ <= m.end for s, e_ in spans for m in e.mentions):
                ok = True
                break
        if ok:
            found += 1
        else:
            misses.append(f"entity {g['name']} ({g['type']})")
    leaked = []
    for text in gold.get("must_not_extract", []):
        folded = fold_key(text).lower()
        hit = any(
            _same_name(e.name, text) or any(folded in fold_key(m.text).lower() for m in e.mentions) for e in doc.entities
        ) or any(folded in fold_key(ev.evidence.text).lower() for ev in doc.events if ev.evidence)
        if hit:
            leaked.append(text)
    return found, total, misses, leaked


# ---------------------------------------------------------------- events

def event_countries(event: Event) -> set[str]:
    countries = {a.country for a in event.actors if a.country}
    if event.mediator:
        countries.add(event.mediator)
    return countries


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def date_compatible(system: str | None, gold: str | None) -> bool:
    if not gold:
        return True
    if not system:
        return False
    if "/" in gold:
        lo, hi = gold.split("/")
        s_lo, _, s_hi = system.partition("/")
        s_hi = s_hi or s_lo
        return len(s_lo) == 10 and lo <= s_lo and s_hi <= hi
    if len(gold) == 10:
        return system == gold or system == f"{gold}/{gold}"
    return system.startswith(gold)  # a month or a year


def event_matches(gold_event: dict[str, Any], event: Event) -> bool:
    if event.type not in _as_list(gold_event["type"]):
        return False
    if not date_compatible(event.date, gold_event.get("date")):
        return False
    want = set(gold_event.get("countries") or [])
    need = 1 if len(want) <= 1 else 2
    return len(want & event_countries(event)) >= need if want else True


def score_events(gold: dict[str, Any], doc: Document) -> tuple[Counts, dict[str, Event], list[str]]:
    """Counts over required events (recall) and all system events (precision)."""
    golds = sorted(gold.get("events", []), key=lambda g: not g.get("required"))
    used: set[int] = set()
    matches: dict[str, Event] = {}
    misses = []
    # Each gold event takes the best unused system event that matches it (most countries shared).
    for g in golds:
        candidates = [
            (len(set(g.get("countries") or []) & event_countries(ev)), -i, i, ev)
            for i, ev in enumerate(doc.events)
            if i not in used and event_matches(g, ev)
        ]
        if candidates:
            *_, i, ev = max(candidates)
            used.add(i)
            matches[g["id"]] = ev
        elif g.get("required"):
            misses.append(f"event {g['id']} ({'/'.join(_as_list(g['type']))} {g.get('date')})")
    counts = Counts()
    required = {g["id"] for g in golds if g.get("required")}
    counts.tp = sum(1 for gid in matches if gid in required)
    counts.fn = len(required) - counts.tp
    counts.fp = len(doc.events) - len(used)
    for i, ev in enumerate(doc.events):
        if i not in used:
            misses.append(f"extra event {ev.type} {ev.date} {sorted(event_countries(ev))}: {ev.evidence.text[:60] if ev.evidence else ''}")
    return counts, matches, misses


# ---------------------------------------------------------------- timeline

def score_merge(matches: dict[str, dict[str, Event]], record_of: dict[tuple[str, str], str]) -> Counts:
    """Pairwise merge counts.

    ``matches``: doc id -> gold event id -> the system event matched to it;
    ``record_of``: (doc id, system event id) -> timeline record id.
    A pair of reports of one gold id in two documents is a true positive when they share a
    record (false negative otherwise); two reports of different gold ids sharing a record
    are a false positive.
    """
    reports = [
        (doc, gid, record_of.get((doc, ev.id)))
        for doc, by_gold in matches.items()
        for gid, ev in by_gold.items()
    ]
    counts = Counts()
    for (d1, g1, r1), (d2, g2, r2) in itertools.combinations(reports, 2):
        if d1 == d2:
            continue
        same = r1 is not None and r1 == r2
        if g1 == g2:
            counts.tp += same
            counts.fn += not same
        elif same:
            counts.fp += 1
    return counts


def doc_key(name: str) -> str:
    """Gold names documents by file name; documents carry the file stem as id."""
    return Path(name).name.split(".")[0]
