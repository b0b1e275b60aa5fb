"""Actor slots: every place in a body where an actor (or a place) is named.

A slot is what the event stage reads: the entity mentions of the document, title cues
("وزيرا الدفاع التركي والسوري"), collective descriptors ("القوات التركية", "النظام السوري"),
counterparts ("نظيره السوري") and lone nisbas, each with its country and PLOVER sector.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from ..actors.countries import capital_ids
from ..actors.kb import knowledge_base
from ..actors.link import analyse
from ..model import Document
from ..text.normalize import fold_key
from ..text.tokens import token_starts, tokenize
from .spans import Spans


class Slot(NamedTuple):
    """A span of the body that may fill an event's role (a named tuple: a page has dozens)."""

    start: int
    end: int
    kind: str  # person | org | country | capital | place | descriptor | title | counterpart | nisba
    country: str | None
    sector: str | None
    entity: str | None = None
    name: str | None = None

    @property
    def is_place(self) -> bool:
        return self.kind in ("place", "capital")


def actor_slots(doc: Document) -> tuple[Slot, ...]:
    kb = knowledge_base()
    analysis = analyse(doc.body)
    slots: list[Slot] = []
    # a body named inside an office ("الأمين العام لحلف شمال الأطلسي") is the title's, not a party beside it
    in_office = {(m.start, m.end) for m in analysis.names if m.kind == "body"}
    for e in doc.entities:
        actor = kb.actors.get(e.id)
        for m in e.mentions:
            if in_office and (m.start, m.end) in in_office:
                continue
            if e.type == "PER":
                slots.append(Slot(m.start, m.end, "person", e.country, _person_sector(e, kb), e.id, e.name))
            elif e.type == "ORG":
                slots.append(Slot(m.start, m.end, "org", e.country, actor.sector if actor else None, e.id, e.name))
            elif kb.is_state(e.id):
                slots.append(Slot(m.start, m.end, "country", e.country, "GOV", e.id, e.name))
            else:
                kind = "capital" if _is_capital(e.id) else "place"
                slots.append(Slot(m.start, m.end, kind, e.country, "GOV" if kind == "capital" else None, e.id, e.name))
    covered = Spans([(s.start, s.end) for s in slots])
    roles = {e.id: e.role for e in doc.entities if e.type == "PER" and e.role}
    for cue in analysis.titles:
        if cue.person:
            continue  # the person's own mention is a slot already
        office = kb.offices.get(cue.role)
        for country in cue.countries:
            slots.append(Slot(cue.start, cue.title_end, "title", country, office.sector if office else "GOV", None, cue.role))
        if (not cue.countries and not cue.plural and not cue.former and not covered.holds(cue.start, cue.title_end)
                and not doc.body[cue.title_end : cue.title_end + 3].lstrip().startswith(_GENITIVE)  # not "رئيس حكومة الإقليم", "القائد العام للجيش"
                and not any(p.kind == "person" and 0 <= p.start - cue.title_end <= 2 for p in slots)  # not "الرئيس عون": named
                and not _adjective_after_noun(doc.body, cue)):  # not "الطرق الرئيسة": main roads
            holder = _holder_named_before(slots, roles, cue)
            if holder is not None:  # "وزير الخارجية سامح شكري ... وكان وزير الخارجية قد أجرى": him again
                slots.append(holder._replace(start=cue.start, end=cue.title_end))
    for d in analysis.descriptors:
        if not covered.holds(d.start, d.end):
            slots.append(Slot(d.start, d.end, "descriptor", d.country, d.sector, None, d.label))
    for c in analysis.counterparts:
        if c.country and not covered.holds(c.start, c.end):
            slots.append(Slot(c.start, c.end, "counterpart", c.country, None, None, None))
    for start, end, country in analysis.nisbas:
        if not covered.holds(start, end):
            slots.append(Slot(start, end, "nisba", country, None, None, None))
    slots.sort(key=lambda s: (s.start, s.end))
    if _OWN_COUNTRY_STEM in doc.body:
        slots = _own_countries(doc.body, slots, kb)
    return tuple(slots)


# ال, لل: a genitive after the title makes it another office ("رئيس حكومة الإقليم", "القائد العام للجيش")
_GENITIVE = ("\u0627\u0644", "\u0644\u0644")


def _adjective_after_noun(body: str, cue) -> bool:
    """A bare feminine title right after a definite word is an adjective of it ("الطرق الرئيسة",
    "المحاور الرئيسة": main), not a woman in office."""
    word = body[cue.start : cue.title_end]
    if " " in word.strip() or not fold_key(word).endswith("\u0647"):  # (one word ending in ة)
        return False
    before = body[max(0, cue.start - 20) : cue.start]
    prev = before.split()[-1:] if before and before[-1].isspace() else []
    return bool(prev) and fold_key(prev[0]).startswith(_GENITIVE)


def _holder_named_before(slots: list[Slot], roles: dict[str, str], cue) -> Slot | None:
    """The one person named earlier in the page who holds the office a bare title names ("وزير
    الخارجية" after "وزير الخارجية سامح شكري"), or None when none or several do."""
    holders = {s.entity: s for s in slots if s.kind == "person" and s.end <= cue.start and roles.get(s.entity) == cue.role}
    return next(iter(holders.values())) if len(holders) == 1 else None


_OWN_COUNTRY_STEM = "\u0628\u0644\u0627\u062f"  # بلاد
# "بلاده", "بلادها", "بلادنا": the country of the person who speaks or acts just before.
_OWN_COUNTRY = {fold_key(w) for w in ("بلاده", "بلادها", "بلادنا", "وبلاده", "وبلادها", "وبلادنا", "لبلاده", "لبلادها", "لبلادنا", "ببلاده", "ببلادها", "ببلادنا")}
OWN_COUNTRY_WITHIN = 200  # characters back to the person whose country it is


def _own_countries(body: str, slots: list[Slot], kb) -> list[Slot]:
    """Slots for "بلاده" ("قال أردوغان إن بلاده والعراق اتفقتا"): the country of the last
    person or title named before it, not far back."""
    out = list(slots)
    starts = [s.start for s in slots]
    toks, tok_starts = tokenize(body), token_starts(body)
    found = []  # the tokens holding the stem (few), not every token of the body
    at = body.find(_OWN_COUNTRY_STEM)
    while at >= 0:
        tok = toks[bisect_right(tok_starts, at) - 1]
        if tok.norm in _OWN_COUNTRY and (not found or found[-1] is not tok):
            found.append(tok)
        at = body.find(_OWN_COUNTRY_STEM, at + 1)
    for tok in found:
        k = bisect_right(starts, tok.start)
        owner = next((s for s in reversed(slots[:k]) if s.kind in ("person", "title") and s.country), None)
        if owner is not None and tok.start - owner.end <= OWN_COUNTRY_WITHIN:
            country = kb.actors.get(owner.country)
            out.append(Slot(tok.start, tok.end, "country", owner.country, "GOV", owner.country if country else None, country.name if country else None))
    out.sort(key=lambda s: (s.start, s.end))
    return out


def _person_sector(entity, kb) -> str | None:
    """The sector of the office the person holds at the date (else of their last office)."""
    by_label = _sector_by_label()
    if entity.role in by_label:
        return by_label[entity.role]
    actor = kb.actors.get(entity.id)
    roles = [t.role for t in actor.terms] if actor else []
    if roles and roles[-1] in kb.offices:
        return kb.offices[roles[-1]].sector
    return "GOV" if roles else None


@lru_cache(maxsize=1)
def _sector_by_label() -> dict[str, str]:
    """An office's sector by its English label (the role an entity carries)."""
    return {office.en: office.sector for office in knowledge_base().offices.values()}


def _is_capital(entity_id: str) -> bool:
    return entity_id in capital_ids()
