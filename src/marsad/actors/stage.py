"""The actor stage: named actors of the body as SPEC entities, with their mentions.

Runs before the dates stage (whose term-of-office bounds read these entities); roles at the
publication date, office-only mentions and counterparts come later from
:mod:`marsad.actors.roles`.
"""

from __future__ import annotations

import dataclasses

from ..model import Document, Entity, Mention
from ..options import Context
from .home import home_country, home_mentions
from .kb import knowledge_base
from .link import analyse

REQUIRES = ("body",)
PROVIDES = ("entities",)


def run(doc: Document, ctx: Context) -> Document:
    kb = knowledge_base()
    analysis = analyse(doc.body)
    mentions: dict[str, list[Mention]] = {}
    for m in analysis.names:
        mentions.setdefault(m.actor, []).append(Mention(m.start, m.end, doc.body[m.start : m.end]))
    entities = []
    for actor_id, ms in mentions.items():
        actor = kb.actors.get(actor_id)
        if actor is not None:
            entities.append(Entity(actor.id, actor.name, actor.type, actor.country, None, tuple(ms)))
        else:
            name, country = analysis.unknown.get(actor_id, (ms[0].text, None))
            entities.append(Entity(actor_id, name, "PER", country, None, tuple(ms)))
    home = home_country(doc.outlet.name)
    if home is not None:  # "المملكة" on a Saudi page
        found = home_mentions(doc.body, home, [(m.start, m.end) for m in analysis.names])
        if found:
            state = next((e for e in entities if e.id == home), None)
            actor = kb.actors.get(home)
            if state is None and actor is not None:
                entities.append(Entity(actor.id, actor.name, actor.type, actor.country, None, tuple(found)))
            elif state is not None:
                entities[entities.index(state)] = dataclasses.replace(state, mentions=tuple(sorted(state.mentions + tuple(found), key=lambda m: m.start)))
    entities.sort(key=lambda e: e.mentions[0].start)
    return doc.replace(entities=tuple(entities))
