"""How each outlet names the main actors: "النظام السوري", "الحكومة السورية", "دمشق" for Syria's government.

Read from the actor slots of each document (:func:`marsad.events.slots.actor_slots`): a
country's government is named by a collective descriptor ("النظام السوري"), its capital
("دمشق") or its own name ("تركيا") when these stand for the state rather than for a place
("في دمشق" is a place and does not count); a person by any of their mentions ("أردوغان",
"الرئيس التركي"); other collective actors ("القوات التركية") by their descriptor.

The main actors are those of the timeline's records, most often involved first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from ..model import Document
from ..text.normalize import fold_key
from .labels import country_name

MAX_ACTORS = 12
GOVERNMENT_LABELS = frozenset({"government", "authorities", "presidency"})
# A capital or country right after one of these words is a place, not the state (folded forms).
LOCATIVES = frozenset(
    fold_key(w)
    for w in (
        "\u0641\u064a",  # في
        "\u0625\u0644\u0649",  # إلى
        "\u0645\u0646",  # من
        "\u062f\u0627\u062e\u0644",  # داخل
        "\u0627\u0644\u0639\u0627\u0635\u0645\u0629",  # العاصمة
        "\u0628\u0627\u0644\u0639\u0627\u0635\u0645\u0629",  # بالعاصمة
        "\u0627\u0644\u0623\u0631\u0627\u0636\u064a",  # الأراضي
        "\u0623\u0631\u0627\u0636\u064a",  # أراضي
        "\u0634\u0645\u0627\u0644",  # شمال
        "\u0634\u0645\u0627\u0644\u064a",  # شمالي
        "\u062c\u0646\u0648\u0628",  # جنوب
    )
)


@dataclass
class ActorNames:
    key: str  # "SYR" (a government), "TUR:forces" (another collective actor), or a person's id
    label: str
    forms: dict[str, dict[str, int]] = field(default_factory=dict)  # outlet -> surface form -> count

    @property
    def total(self) -> int:
        return sum(sum(f.values()) for f in self.forms.values())


def outlet_names(docs: Iterable[Document], records: list[dict[str, Any]]) -> tuple[list[str], list[ActorNames]]:
    """(outlets, main actors with the forms each outlet uses), for the report's table."""
    from ..events.slots import actor_slots

    involved = _involvement(records)
    rows: dict[str, ActorNames] = {}
    outlets: list[str] = []
    for doc in docs:
        outlet = outlet_of(doc)
        if outlet not in outlets:
            outlets.append(outlet)
        for slot in actor_slots(doc):
            key, label = _actor_key(doc.body, slot)
            if key is None or key not in involved:
                continue
            row = rows.setdefault(key, ActorNames(key, label))
            text = " ".join(doc.body[slot.start : slot.end].split())
            forms = row.forms.setdefault(outlet, {})
            forms[text] = forms.get(text, 0) + 1
    ranked = sorted(rows.values(), key=lambda r: (-involved[r.key], -r.total, r.key))
    return sorted(outlets), ranked[:MAX_ACTORS]


def outlet_of(doc: Document) -> str:
    return doc.outlet.name or doc.outlet.text or doc.id


def _involvement(records: list[dict[str, Any]]) -> dict[str, int]:
    """How many records involve each actor key (governments by country, people by id)."""
    counts: dict[str, int] = {}
    for rec in records:
        keys = set(rec.get("countries") or [])
        for a in rec.get("actors") or []:
            if a.get("entity") and a["entity"] != a.get("country"):
                keys.add(a["entity"])
            if a.get("country") and a.get("name") and not a.get("entity"):
                keys.add(f"{a['country']}:{a['name']}")
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    return counts


def _actor_key(body: str, slot) -> tuple[str | None, str]:
    if slot.kind == "person" and slot.entity:
        return slot.entity, slot.name or slot.entity
    if not slot.country:
        return None, ""
    government = f"{country_name(slot.country)} \N{EM DASH} government"
    if slot.kind == "descriptor":
        if slot.sector == "GOV" and slot.name in GOVERNMENT_LABELS:
            return slot.country, government
        return f"{slot.country}:{slot.name}", f"{country_name(slot.country)} \N{EM DASH} {slot.name}"
    if slot.kind in ("capital", "country") and not _after_locative(body, slot.start):
        return slot.country, government
    return None, ""


def _after_locative(body: str, start: int) -> bool:
    words = body[max(0, start - 40) : start].split()
    return bool(words) and fold_key(words[-1]) in LOCATIVES
