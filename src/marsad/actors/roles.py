"""The roles stage: what each person was at the publication date, and who the office-only
mentions ("الرئيس التركي", "نظيره السوري") name at that date."""

from __future__ import annotations

import datetime as dt

from ..model import Document, Entity, Mention
from ..options import Context
from .kb import KnowledgeBase, knowledge_base
from .link import POSTED_ROLES, analyse

HEAD_OF_STATE = "head of state"  # the role of a collective head of state's chair (offices.yaml)
REQUIRES = ("entities", "published")
PROVIDES = ("entities.role", "entities.mentions:office")


def publication_span(doc: Document) -> tuple[dt.date, dt.date] | None:
    p = doc.published
    lo, hi = p.date or p.earliest, p.date or p.latest
    if not lo or not hi:
        return None
    return dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)


def run(doc: Document, ctx: Context) -> Document:
    kb = knowledge_base()
    span = publication_span(doc)
    analysis = analyse(doc.body)
    entities = {e.id: e for e in doc.entities}
    added: dict[str, list[Mention]] = {}
    named_roles = {cue.person: cue.role for cue in analysis.titles if cue.person}  # the office the text calls each by

    if span is not None:
        for cue in analysis.titles:
            if cue.person or cue.former or cue.plural or len(cue.countries) != 1 or cue.role in POSTED_ROLES:
                continue  # ("السفير الروسي": one of many, not the one on file)
            person = kb.holder(cue.countries[0], cue.role, *span)
            if person is None and cue.role == "president":  # "الرئيس اليمني": the chair of a presidential council when no president
                person = kb.holder(cue.countries[0], HEAD_OF_STATE, *span)
            if person:
                added.setdefault(person.id, []).append(Mention(cue.start, cue.title_end, doc.body[cue.start : cue.title_end]))
                named_roles.setdefault(person.id, cue.role)  # "وزير الخارجية الأردني": foreign minister, though deputy PM too
        for cp in analysis.counterparts:
            role = _role_before(analysis, cp.start, kb, span)
            if cp.country and role and role not in POSTED_ROLES:
                person = kb.holder(cp.country, role, *span)
                if person:
                    added.setdefault(person.id, []).append(Mention(cp.start, cp.end, doc.body[cp.start : cp.end]))
                    named_roles.setdefault(person.id, role)

    for pid, mentions in added.items():
        if pid in entities:
            old = entities[pid]
            known = {(m.start, m.end) for m in old.mentions}
            extra = tuple(m for m in mentions if (m.start, m.end) not in known)
            entities[pid] = Entity(old.id, old.name, old.type, old.country, old.role, tuple(sorted(old.mentions + extra, key=lambda m: m.start)))
        else:
            actor = kb.actors[pid]
            entities[pid] = Entity(actor.id, actor.name, actor.type, actor.country, None, tuple(mentions))

    out = []
    for e in entities.values():
        role = _role_of(kb, e.id, span, named_roles.get(e.id)) or _label(kb, named_roles.get(e.id))
        actor = kb.actors.get(e.id)
        country = actor.country_at(*span) if actor is not None and actor.type == "PER" and span is not None else e.country
        out.append(Entity(e.id, e.name, e.type, country, role, e.mentions))
    out.sort(key=lambda e: e.mentions[0].start)
    return doc.replace(entities=tuple(out))


def _role_of(kb: KnowledgeBase, pid: str, span, named: str | None = None) -> str | None:
    """The office the person held over the whole span; of several held at once, the one the
    text names ("الرئيس الفلسطيني محمود عباس"), else the first in data/actors/offices.yaml
    (a president before a party leader)."""
    actor = kb.actors.get(pid)
    if actor is None or actor.type != "PER" or span is None:
        return None
    roles = [t.role for t in actor.terms if t.holds(span[0]) and t.holds(span[1])]
    if not roles:
        return None
    if named in roles:
        return _label(kb, named)
    return _label(kb, next((r for r in kb.offices if r in roles), roles[0]))


def _label(kb: KnowledgeBase, role: str | None) -> str | None:
    """The English label of a role key ("defence minister")."""
    if role is None:
        return None
    office = kb.offices.get(role)
    return office.en if office else role


def _role_before(analysis, offset: int, kb: KnowledgeBase, span) -> str | None:
    """The office of the nearest titled person before ``offset`` ("وزير الدفاع التركي ... مع نظيره")."""
    before = [cue for cue in analysis.titles if cue.end <= offset and not cue.plural]
    if before:
        return before[-1].role
    for m in reversed([m for m in analysis.names if m.end <= offset]):
        actor = kb.actors.get(m.actor)
        if actor is not None and actor.type == "PER" and span is not None:
            roles = [t.role for t in actor.terms if t.holds(span[0])]
            if roles:
                return roles[0]
    return None
