"""The page's home country: its outlet's, when the page is about it ("المملكة" on a Saudi page is
Saudi Arabia, data/actors/home_words.yaml; "قوات الأمن" on an Algerian page about Algeria are
Algeria's)."""

from __future__ import annotations

from functools import lru_cache

from ..clean.outlets import outlets
from ..model import Mention
from ..resources import read_records
from ..text.normalize import fold_key
from ..text.tokens import clitic_forms, tokenize


@lru_cache(maxsize=1)
def _home_words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for rec in read_records("actors/home_words.yaml", keys=("country", "ar"), required=("country", "ar"), unique="country"):
        out.setdefault(rec["country"], set()).update(fold_key(w) for w in rec["ar"])
    return {k: frozenset(v) for k, v in out.items()}


def _outlet_country(name: str | None) -> str | None:
    record = outlets().by_name(name) if name else None
    return record.country if record is not None else None


def subject_country(doc) -> str | None:
    """The country the page is about, whatever its outlet's: the one whose names and places make at
    least half of the page's mentions that carry a country (Iraq on a BBC page about Iraq)."""
    counts = _country_mentions(doc)
    best = _most_named(counts)
    return best if best is not None and counts[best] * 2 >= sum(counts.values()) else None


def page_country(doc) -> str | None:
    """The outlet's country when the page names it more than any other: the country of what the
    page tells without naming one ("وكانت العاصمة قد شهدت أمس مسيرة حاشدة")."""
    home = _outlet_country(doc.outlet.name)
    if home is None:
        return None
    return home if _most_named(_country_mentions(doc)) == home else None


def _country_mentions(doc) -> dict[str, int]:
    """Country -> mentions of the page's entities of that country."""
    counts: dict[str, int] = {}
    for e in doc.entities:
        if e.country:
            counts[e.country] = counts.get(e.country, 0) + len(e.mentions)
    return counts


def _most_named(counts: dict[str, int]) -> str | None:
    """The country named more than any other (none on a tie, or when none is named)."""
    best = max(counts, key=counts.get, default=None)
    return best if best is not None and list(counts.values()).count(counts[best]) == 1 else None


def home_country(outlet_name: str | None) -> str | None:
    """The country of a known outlet whose press calls it by a bare word."""
    country = _outlet_country(outlet_name)
    return country if country in _home_words() else None


def home_mentions(body: str, country: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Where the body calls the home country by its bare word: a token (perhaps with "و", "ب",
    "ل") outside every name already found ("المملكة المتحدة", "المملكة المغربية": names of
    their own)."""
    words = _home_words()[country]
    toks = tokenize(body)
    out = []
    for t in toks:
        if words.isdisjoint(clitic_forms(t.norm)) or any(t.start < b and a < t.end for a, b in taken):
            continue
        out.append(Mention(t.start, t.end, body[t.start : t.end]))
    return out
