"""Events from sentences: trigger, participants, date, place, mediator, mode and status.

One pass over the body's sentences.  In each sentence the trigger phrases (``triggers.yaml``)
propose event types; a trigger that is the object of another ("اتفقا على تنسيق") adds no event
of its own.  Participants are the actor slots of the sentence that are neither sources
("بحسب صحيفة"), nor places ("في موسكو"), nor the mediator; "الرئيسان" and "الدول الأربع"
stand for the parties named before; a named format ("محادثات أستانة") brings its members.
The date is the nearest date expression that governs the trigger; none is better than a
wrong one.  Events retelling one happening are merged at the end (see :mod:`.merge`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ..model import Document, Timex
from ..text.phrases import PhraseHit, scan
from ..text.sentences import Sentence, split_sentences
from ..text.tokens import tokenize
from .formats import formats_in
from .lexicon import Trigger, cues, triggers
from .slots import Slot, actor_slots

# A trigger this close after a verb of agreeing, asking, refusing... is that verb's object.
COMPLEMENT_TYPES = {"AGREE", "REQUEST", "REJECT", "SUPPORT", "ACCUSE", "THREATEN", "CONCEDE"}
COMPLEMENT_PREPOSITIONS = {"\u0639\u0644\u064a", "\u0627\u0644\u064a", "\u0639\u0646", "\u0628", "\u0644"}  # على إلى عن
# Types that need two parties; the others may have one (a protest, a withdrawal).
DYADIC = {"CONSULT", "AGREE", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "CONCEDE", "SANCTION"}
MIN_WEIGHT = 0.6
_DURATION = "DURATION"
_COMPLEMENTIZER_RE = re.compile("^(?:[\u0648\u0641]?(?:\u0627\u0646|\u0627\u0646\u0647|\u0627\u0646\u0647\u0627|\u0628\u0627\u0646|\u0627\u0646\u0647\u0645))$")  # إن أن أنه بأن


@dataclass
class Draft:
    """An event being built; frozen into a model Event at the end."""

    type: str
    mode: str | None
    trigger: PhraseHit[Trigger]
    sentence: Sentence
    actors: list[Slot] = field(default_factory=list)
    date: str | None = None
    date_explicit: bool = False
    location: Slot | None = None
    mediator: str | None = None
    status: str = "reported"
    confidence: float = 0.5
    referential: bool = False  # "اللقاء الذي ..." names an event already reported
    after: bool = False  # "بعد محادثات": an earlier event, not the sentence's date

    def countries(self) -> set[str]:
        return {a.country for a in self.actors if a.country}


def draft_events(doc: Document) -> list[Draft]:
    body = doc.body
    slots = actor_slots(doc)
    drafts: list[Draft] = []
    history: list[Slot] = []  # actor slots seen so far, for "الرئيسان" and "الدول الأربع"
    for sent in split_sentences(body):
        sent_slots = [s for s in slots if sent.start <= s.start < sent.end]
        trig_hits = _shift(scan(sent.text, triggers()), sent.start)
        cue_hits = _shift(scan(sent.text, cues()), sent.start)
        for hit, spec in _main_triggers(body, trig_hits):
            draft = _draft(doc, sent, hit, spec, sent_slots, cue_hits, history, drafts)
            if draft is not None:
                drafts.append(draft)
        history.extend(s for s in sent_slots if not s.is_place and s.country)
    return drafts


def _shift(hits, offset: int):
    return [replace(h, start=h.start + offset, end=h.end + offset) for h in hits]


def _main_triggers(body: str, hits) -> list[tuple[PhraseHit[Trigger], Trigger]]:
    """One trigger a type a sentence, without the objects of other triggers."""
    out: list[tuple[PhraseHit[Trigger], Trigger]] = []
    seen_types: set[str] = set()
    heads: list[tuple[PhraseHit[Trigger], Trigger]] = []
    for hit in hits:
        spec = max(hit.payloads, key=lambda t: t.weight)
        if spec.weight < MIN_WEIGHT:
            continue
        if any(h_spec.type in COMPLEMENT_TYPES and _is_object_of(body, h, hit) for h, h_spec in heads):
            continue
        heads.append((hit, spec))
        if spec.type in seen_types:
            continue
        seen_types.add(spec.type)
        out.append((hit, spec))
    return out


def _is_object_of(body: str, head: PhraseHit, hit: PhraseHit) -> bool:
    """"اتفقا على عقد اجتماع": the second trigger is within a few words after a preposition."""
    if hit.start <= head.end or hit.first - head.last > 6:
        return False
    between = tokenize(body[head.end : hit.start])
    return any(t.norm in COMPLEMENT_PREPOSITIONS for t in between) or body[head.end : hit.start].strip() == ""


def _draft(doc, sent, hit, spec, sent_slots, cue_hits, history, drafts) -> Draft | None:
    body = doc.body
    d = Draft(spec.type, spec.mode, hit, sent, confidence=spec.weight)
    cue_kinds_before = {kind for c in cue_hits if c.end <= hit.start and hit.start - c.end <= 12 for kind in c.payloads}
    d.after = "after" in cue_kinds_before and spec.noun
    d.referential = spec.noun and (_definite(body, hit) and _followed_by_reference(body, hit, cue_hits) or "reference" in cue_kinds_before)
    d.status = _status(body, hit, cue_hits)

    # Mediator: "بوساطة روسية", "توسطت به روسيا", "نظمت روسيا هذا الاجتماع".
    mediator_spans = []
    for c in cue_hits:
        if "mediator" in c.payloads or ("host" in c.payloads and c.start < hit.start):
            broker = next((s for s in sent_slots if s.start >= c.end and s.start - c.end <= 25 and s.country), None)
            if broker is None and "host" in c.payloads:
                broker = next((s for s in sent_slots if s.end <= c.start and c.start - s.end <= 3 and s.country), None)
            if broker is not None:
                d.mediator = broker.country
                mediator_spans.append((broker.start, broker.end))

    sources = [(c.start, c.end) for c in cue_hits if "source" in c.payloads]
    participants = []
    for s in sent_slots:
        if (s.start, s.end) in mediator_spans:
            continue
        if any(0 <= s.start - e <= 30 and not _slot_between(sent_slots, e, s.start) for _, e in sources) and s.kind in ("org", "descriptor", "person") and s.sector in ("MED", None):
            continue
        if s.is_place and _located(body, s):
            if d.location is None or _closer(hit, s, d.location):
                d.location = s
            continue
        if s.kind == "place":
            continue
        participants.append(s)
    participants = _reported_speech(body, hit, participants, cue_hits)

    # "الرئيسان", "الجانبين": the two parties named before; "الدول الأربع": the last four.
    for c in cue_hits:
        if "dual" in c.payloads and not participants:
            participants += _last_parties(history, 2)
        if "group" in c.payloads and len({p.country for p in participants}) < 2:
            n = _group_size(c.key)
            participants += _last_parties(history + participants, n)
    for members in formats_in(sent.text):
        participants += [Slot(hit.start, hit.end, "format", m, "GOV") for m in members]
    if d.mediator:
        participants = [p for p in participants if p.country != d.mediator or p.kind in ("person", "title")]
    d.actors = _dedupe(participants)

    d.date, d.date_explicit = _date(doc, sent, hit, d)
    d.mode = _mode(d, cue_hits, spec)
    if d.referential and not d.date:
        return d  # merged into the event it refers to, or dropped
    if spec.type in DYADIC and len(d.countries() | ({d.mediator} if d.mediator else set())) < 2 and len(d.actors) < 2:
        return None if not d.referential else d
    if not d.actors:
        return None
    return d


def _definite(body: str, hit: PhraseHit) -> bool:
    word = body[max(0, hit.start - 2) : hit.end]
    return "\u0627\u0644" in body[hit.start : hit.start + 2] or word.startswith("\u0627\u0644")


def _followed_by_reference(body: str, hit: PhraseHit, cue_hits) -> bool:
    return any("reference" in c.payloads and 0 <= c.start - hit.end <= 2 for c in cue_hits)


def _status(body: str, hit: PhraseHit, cue_hits) -> str:
    word = body[hit.start : hit.end]
    if any("denied" in c.payloads and c.end <= hit.start and hit.start - c.end <= 40 for c in cue_hits):
        return "denied"
    if word.startswith(("\u0633\u064a", "\u0633\u062a", "\u0633\u0646")) and hit.payloads[0].noun is False:
        return "planned"  # سيعقد، ستعقد، سنعقد
    if any("planned" in c.payloads and abs(c.start - hit.end) <= 60 for c in cue_hits):
        return "planned"
    return "reported"


def _slot_between(slots: list[Slot], start: int, end: int) -> bool:
    return any(start <= s.start and s.end <= end for s in slots)


def _located(body: str, slot: Slot) -> bool:
    """A place introduced by "في", "بـ", "إلى", "من" or "العاصمة": a location, not an actor."""
    before = body[max(0, slot.start - 25) : slot.start]
    word = body[slot.start : slot.end]
    prefix_attached = body[max(0, slot.start - 1) : slot.start] in ("\u0628", "\u0641", "\u0644")
    toks = tokenize(before)
    prev = toks[-1].norm if toks else ""
    return prefix_attached or prev in ("\u0641\u064a", "\u0627\u0644\u064a", "\u0645\u0646", "\u0627\u0644\u0639\u0627\u0635\u0645\u0647", "\u0627\u0644\u0631\u0648\u0633\u064a\u0647", "\u0645\u062f\u064a\u0646\u0647", "\u0628\u0627\u0644\u0639\u0627\u0635\u0645\u0647") or any(
        t.norm in ("\u0627\u0644\u0639\u0627\u0635\u0645\u0647", "\u0628\u0627\u0644\u0639\u0627\u0635\u0645\u0647", "\u0645\u062f\u064a\u0646\u0647") for t in toks[-3:]
    ) or word.startswith("\u0628")


def _closer(hit: PhraseHit, a: Slot, b: Slot) -> bool:
    return abs(a.start - hit.start) < abs(b.start - hit.start)


def _reported_speech(body: str, hit: PhraseHit, participants: list[Slot], cue_hits) -> list[Slot]:
    """"قال X إن Y وZ اتفقا": keep the parties after the complementizer, when there are any."""
    speech = [c for c in cue_hits if "speech" in c.payloads and c.end <= hit.start]
    if not speech:
        return participants
    last = speech[-1]
    comp = [t for t in tokenize(body[last.end : hit.start]) if _COMPLEMENTIZER_RE.match(t.norm)]
    if not comp:
        return participants
    cut = last.end + comp[0].end
    after = [p for p in participants if p.start >= cut]
    return after if len({p.country for p in after}) >= 1 and after else participants


def _last_parties(history: list[Slot], n: int) -> list[Slot]:
    out: list[Slot] = []
    seen: set[str] = set()
    for s in reversed(history):
        if s.country and s.country not in seen and s.kind != "nisba":
            seen.add(s.country)
            out.append(s)
        if len(out) == n:
            break
    return out


_GROUP_SIZES = {"\u062b\u0644\u0627\u062b": 3, "\u0627\u0631\u0628\u0639": 4, "\u062e\u0645\u0633": 5}  # ثلاث أربع خمس


def _group_size(key: str) -> int:
    for stem, n in _GROUP_SIZES.items():
        if stem in key:
            return n
    return 3


def _dedupe(slots: list[Slot]) -> list[Slot]:
    """One slot an entity (or a country when no entity), best-informed first."""
    out: list[Slot] = []
    seen: set[tuple] = set()
    rank = {"person": 0, "title": 1, "org": 2, "descriptor": 3, "counterpart": 4, "country": 5, "capital": 6, "format": 7, "nisba": 8}
    for s in sorted(slots, key=lambda s: rank.get(s.kind, 9)):
        key = (s.entity,) if s.entity else (s.country, s.sector, s.kind if s.kind in ("title", "descriptor") else "")
        if key in seen:
            continue
        if s.kind in ("nisba", "country", "format", "capital", "counterpart") and any(o.country == s.country for o in out):
            continue
        seen.add(key)
        out.append(s)
    return out


def _date(doc: Document, sent: Sentence, hit: PhraseHit, d: Draft) -> tuple[str | None, bool]:
    """The date expression governing the trigger, or the publication date for the lead."""
    timexes = [t for t in doc.timexes if sent.start <= t.start < sent.end and t.type != _DURATION and t.value]
    if d.after:
        timexes = [t for t in timexes if t.start >= hit.end and t.start - hit.end <= 60]
    if d.status == "planned":
        published = doc.published.date or doc.published.latest
        future = [t for t in timexes if published and t.value[:10] >= published[: len(t.value[:10])]]
        timexes = future or timexes
    if timexes:
        best = min(timexes, key=lambda t: (abs(t.start - hit.start), t.start))
        return best.value, True
    if d.after or d.referential:
        return None, False
    first_sentence = sent.start < 5
    if first_sentence and doc.published.date and d.status == "reported":
        return doc.published.date, False
    return None, False


def _mode(d: Draft, cue_hits, spec: Trigger) -> str | None:
    if d.type != "CONSULT":
        return spec.mode
    if spec.mode == "phone":
        return "phone"
    if d.mediator:
        return "third-party"
    if len(d.countries()) >= 3 or any("multilateral" in c.payloads for c in cue_hits):
        return "multilateral"
    if spec.mode == "visit":
        return "visit"
    if d.location is not None and d.location.country and len(d.countries()) >= 2:
        return "visit"
    return None
