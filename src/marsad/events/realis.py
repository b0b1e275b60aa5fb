"""Sentence-level event detection: does a sentence report an event, or only name it?

A trigger alone ("\u0627\u0644\u0645\u062a\u0638\u0627\u0647\u0631\u064a\u0646" protesters, "\u0627\u063a\u062a\u064a\u0627\u0644" assassination) is weak evidence: a sentence
that mentions protesters or an assassination is often not reporting one.  Realis evidence
near the trigger makes it a report: a finite verb of the event ("\u062a\u0638\u0627\u0647\u0631\u0648\u0627", "\u0642\u062a\u0644", "\u0627\u0646\u0641\u062c\u0631\u062a"),
a verb of outbreak or occurrence beside a nominal trigger ("\u0627\u0646\u062f\u0644\u0639\u062a \u0645\u0638\u0627\u0647\u0631\u0627\u062a"), a count of
casualties or of the crowd ("\u0623\u0631\u0628\u0639\u0629 \u0642\u062a\u0644\u0649", "\u0622\u0644\u0627\u0641 \u0627\u0644\u0645\u062a\u0638\u0627\u0647\u0631\u064a\u0646"), a consequence ("\u0645\u0645\u0627 \u0623\u0633\u0641\u0631 \u0639\u0646"), a
time and a place.  Hypothetical, called-for, generic, judged or remembered events ("\u0645\u0646\u0630
\u0627\u063a\u062a\u064a\u0627\u0644", "\u0627\u0644\u0647\u062c\u0648\u0645 \u0627\u0644\u0630\u064a"), protesters who are only acted upon, commentary, and other
senses of the word (sport, art) count against.

The cue lists and their weights are ``data/ar/realis.yaml``; they and the PLOVER triggers
(``data/ar/triggers.yaml``) load once into one phrase table, so a sentence is scanned once.
Each trigger, and each event verb, is an *anchor*: its score is ``mention`` times the trigger's
weight, plus the weight of each cue list with a hit in its scope (a list counts once), plus
the structural cues (another trigger of the type nearby, a year nearby).  A type's score is
its best anchor's, clamped to [0, 1].  Types without event verbs in realis.yaml (all but
PROTEST and ASSAULT) fall back on their triggers: a verbal trigger adds ``verb``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..errors import M201, DataError
from ..resources import read_records
from ..text.normalize import fold_key
from ..text.phrases import (
    MIN_STRIPPED_LETTERS,
    PhraseHit,
    PhraseTable,
    phrase_key,
    scan,
    scan_tokens,
)
from ..text.tokens import clitic_forms, token_starts, tokenize
from .lexicon import PLOVER_TYPES, Trigger, triggers

DEFAULT_THRESHOLD = 0.5
SCOPES = ("near", "before", "after", "sentence")
# A counted noun ("\u0642\u062a\u0644\u0649") needs a number at most this many tokens before it.
NUMBER_GAP = 2
_FILE = "ar/realis.yaml"
_KEYS = ("cue", "types", "weight", "scope", "window", "anchor", "counted", "number", "bare", "forms")
# Records without forms, applied by position: see the head of realis.yaml.
_STRUCTURAL = ("mention", "cluster", "year", "verb")
_VERB_PREFIXES = frozenset(("", "\u0648", "\u0641"))  # none, WAW, FEH
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Cue:
    name: str
    types: frozenset[str] | None  # None: every type
    weight: float
    scope: str
    window: int
    anchor: bool  # an event verb: anchors its types like a trigger
    counted: bool  # counts only right after a number
    number: bool  # a number word
    bare: bool  # a verb: only WAW or FEH may stand before it, not a preposition or the article

    def applies(self, type_: str) -> bool:
        return self.types is None or type_ in self.types


@dataclass(frozen=True, slots=True)
class Lexicon:
    table: PhraseTable[Trigger | Cue]
    structural: dict[str, Cue]
    verb_types: frozenset[str]  # types with event verbs of their own in realis.yaml


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one scan of a sentence found."""

    anchors: dict[str, list[tuple[PhraseHit, float]]]  # type -> (hit, trigger weight)
    cues: list[tuple[PhraseHit, Cue]]
    after_number: set[int]  # token indices right after a number
    years: list[int]  # token indices of years


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Triggers and realis cues in one phrase table (loaded once)."""
    structural: dict[str, Cue] = {}
    cue_pairs: list[tuple[str, Cue]] = []
    for rec in read_records(_FILE, keys=_KEYS, required=("cue", "weight"), unique="cue"):
        cue = _cue(rec)
        if cue.name in _STRUCTURAL:
            structural[cue.name] = cue
        elif rec.get("forms"):
            cue_pairs += [(str(form), cue) for form in rec["forms"]]
        else:
            raise DataError(M201.format(path=_FILE, line=rec["__line__"], reason="missing forms"))
    for name in _STRUCTURAL:
        if name not in structural:
            raise DataError(M201.format(path=_FILE, line=1, reason=f"no {name!r} record"))
    trig = triggers()
    pairs: list[tuple[str, Trigger | Cue]] = [(key, t) for key, specs in trig.entries.items() for t in specs]
    table = _with_embedded(PhraseTable.build(pairs + cue_pairs + _shadowed(pairs + cue_pairs)), trig)
    verb_types = frozenset(t for _, c in cue_pairs if c.anchor and c.types for t in c.types)
    return Lexicon(table, structural, verb_types)


def _shadowed(pairs: list[tuple[str, Trigger | Cue]]) -> list[tuple[str, Trigger | Cue]]:
    """The scanner takes one phrase a word: where one list has a word whole ("وأصيب", "المحتجين")
    and another the word its proclitics cover ("أصيب", "محتجين"), the whole word would be the
    first list's only. The other's entry joins it there: a verb's (which no article or
    preposition may precede) with "و" or "ف" alone, a trigger's or a noun cue's with any."""
    by_key: dict[str, list[tuple[str, Trigger | Cue]]] = {}
    for form, payload in pairs:
        if " " not in form.strip():
            by_key.setdefault(phrase_key(form), []).append((form, payload))
    out: list[tuple[str, Trigger | Cue]] = []
    for key in by_key:
        for stem in clitic_forms(key)[1:]:
            if len(stem) < MIN_STRIPPED_LETTERS:
                continue
            prefix = key[: len(key) - len(stem)]
            for _, payload in by_key.get(stem, ()):
                bare = isinstance(payload, Cue) and payload.bare
                if not bare or prefix in ("\u0648", "\u0641"):
                    out.append((key, payload))
    return out


@lru_cache(maxsize=256)
def sentence_scores(text: str) -> dict[str, float]:
    """PLOVER type -> score in [0, 1] that ``text`` (one sentence) reports such an event."""
    lex = lexicon()
    return _scores(lex, evidence(text, lex))


def _scores(lex: Lexicon, ev: Evidence) -> dict[str, float]:
    scores: dict[str, float] = {}
    for type_, found in ev.anchors.items():
        best = max(sum(anchor_cues(lex, ev, type_, hit, weight).values()) for hit, weight in found)
        scores[type_] = min(1.0, max(0.0, best))
    return scores


def detect(text: str, threshold: float = DEFAULT_THRESHOLD) -> set[str]:
    """The PLOVER types of the events ``text`` (one sentence) reports."""
    return {t for t, s in sentence_scores(text).items() if s >= threshold}


def detect_in(body: str, start: int, end: int, threshold: float = DEFAULT_THRESHOLD) -> set[str]:
    """:func:`detect` for the sentence ``body[start:end]``, on the body's tokens (the same scores)."""
    return {t for t, s in _scores_in(body, start, end).items() if s >= threshold}


@lru_cache(maxsize=256)
def _scores_in(body: str, start: int, end: int) -> dict[str, float]:
    """:func:`sentence_scores` of ``body[start:end]``. The sentence alone is scanned, on the
    body's tokens (at hand: the actor stage made them): the event stage asks for a few
    sentences of a page, and the cue lists hold words every sentence has ("من", "على"), so a
    scan of the whole body would cost more than those few."""
    lex = lexicon()
    toks, starts = tokenize(body), token_starts(body)
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    return _scores(lex, _evidence(body, scan_tokens(body, lex.table, lo, hi), toks, lo, hi, lex))


def evidence(text: str, lex: Lexicon) -> Evidence:
    """Scan ``text`` once: anchors by type, cue hits, numbers and years."""
    toks = tokenize(text)
    return _evidence(text, scan(text, lex.table), toks, 0, len(toks), lex)


def _evidence(text: str, hits, toks, lo: int, hi: int, lex: Lexicon) -> Evidence:
    """The evidence of the hits found in ``text`` whose tokens ``toks[lo:hi]`` make the sentence."""
    ev = Evidence({}, [], set(), [])
    span = toks[lo:hi]
    digits = bool(span) and _DIGIT_RE.search(text, span[0].start, span[-1].end) is not None
    for i, tok in enumerate(span if digits else (), lo):
        if tok.norm[:1].isdigit():
            ev.after_number.add(i + 1)
            if _YEAR_RE.match(tok.norm):
                ev.years.append(i)
    for hit in hits:
        verb_ok = None
        for p in hit.payloads:
            if isinstance(p, Trigger):
                ev.anchors.setdefault(p.type, []).append((hit, p.weight))
                continue
            if p.bare:
                if verb_ok is None:
                    verb_ok = fold_key(text[toks[hit.first].start : hit.start]) in _VERB_PREFIXES
                if not verb_ok:
                    continue
            if p.number:
                ev.after_number.add(hit.last)
            if p.anchor:
                for t in p.types or ():
                    ev.anchors.setdefault(t, []).append((hit, 1.0))
            if p.weight:
                ev.cues.append((hit, p))
    return ev


def anchor_cues(lex: Lexicon, ev: Evidence, type_: str, anchor: PhraseHit, weight: float) -> dict[str, float]:
    """The weights that add up to one anchor's score, by cue name."""
    st = lex.structural
    fired = {"mention": st["mention"].weight * weight}
    if any(0 < _gap(anchor, other) <= st["cluster"].window for other, _ in ev.anchors[type_]):
        fired["cluster"] = st["cluster"].weight
    if any(anchor.first - st["year"].window <= i < anchor.last + st["year"].window for i in ev.years):
        fired["year"] = st["year"].weight
    if type_ not in lex.verb_types and any(isinstance(p, Trigger) and p.type == type_ and not p.noun for p in anchor.payloads):
        fired["verb"] = st["verb"].weight
    for hit, cue in ev.cues:
        if cue.name in fired or not cue.applies(type_) or not _in_scope(cue, hit, anchor):
            continue
        if cue.counted and not any(hit.first - k in ev.after_number for k in range(NUMBER_GAP + 1)):
            continue
        fired[cue.name] = cue.weight
    return fired


def _cue(rec: dict) -> Cue:
    types = rec.get("types")
    for t in types or ():
        if t not in PLOVER_TYPES:
            raise DataError(M201.format(path=_FILE, line=rec["__line__"], reason=f"unknown PLOVER type {t!r}"))
    scope = rec.get("scope", "near")
    if scope not in SCOPES:
        raise DataError(M201.format(path=_FILE, line=rec["__line__"], reason=f"unknown scope {scope!r}"))
    return Cue(
        name=rec["cue"],
        types=frozenset(types) if types is not None else None,
        weight=float(rec["weight"]),
        scope=scope,
        window=int(rec.get("window", 0)),
        anchor=bool(rec.get("anchor")),
        counted=bool(rec.get("counted")),
        number=bool(rec.get("number")),
        bare=bool(rec.get("bare")),
    )


def _with_embedded(table: PhraseTable, trig: PhraseTable[Trigger]) -> PhraseTable:
    """A cue phrase that contains a trigger ("\u062d\u0642 \u0627\u0644\u062a\u0638\u0627\u0647\u0631") carries that trigger too, since a scan keeps only the longest."""
    entries = dict(table.entries)
    for key, payloads in table.entries.items():
        toks = key.split(" ")
        inner = [
            t
            for i in range(len(toks))
            for j in range(i + 1, len(toks) + 1)
            if j - i < len(toks)
            for t in trig.entries.get(" ".join(toks[i:j]), ())
            if t not in payloads
        ]
        if inner:
            entries[key] = payloads + tuple(dict.fromkeys(inner))
    return PhraseTable(entries, table.first_tokens)


def _gap(a: PhraseHit, b: PhraseHit) -> int:
    """Tokens between two hits (0 when they touch or overlap)."""
    return max(0, a.first - b.last, b.first - a.last)


def _in_scope(cue: Cue, hit: PhraseHit, anchor: PhraseHit) -> bool:
    if cue.scope == "sentence":
        return True
    if _gap(hit, anchor) > cue.window:
        return False
    if cue.scope == "before":
        return hit.first <= anchor.first
    if cue.scope == "after":
        return hit.first >= anchor.first
    return True
