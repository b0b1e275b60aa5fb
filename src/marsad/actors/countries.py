"""Countries and places of the knowledge base, from the generated tables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class CountryEntry:
    id: str
    iso3: str
    name: str
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
    # TEMPORARY: Babel directly until generated/countries.json lands.
    from babel import Locale
    import pycountry

    ar = Locale.parse("ar").territories
    en = Locale.parse("en").territories
    out = []
    extra = {
        "TUR": (["تركيا"], ["تركي", "التركي", "التركية", "تركية", "الأتراك", "التركيين"], "ankara", "Ankara", ["أنقرة"]),
        "SYR": (["سوريا", "سورية"], ["سوري", "السوري", "السورية", "سورية", "السوريين", "السوريون"], "damascus", "Damascus", ["دمشق"]),
        "RUS": (["روسيا", "روسيا الاتحادية"], ["روسي", "الروسي", "الروسية", "الروس"], "moscow", "Moscow", ["موسكو"]),
        "IRN": (["إيران"], ["إيراني", "الإيراني", "الإيرانية"], "tehran", "Tehran", ["طهران"]),
        "IRQ": (["العراق"], ["عراقي", "العراقي", "العراقية"], "baghdad", "Baghdad", ["بغداد"]),
        "USA": (["الولايات المتحدة", "أمريكا", "أميركا"], ["الأمريكي", "الأميركي", "الأمريكية", "الأميركية"], "washington", "Washington", ["واشنطن"]),
        "KAZ": (["كازاخستان"], ["الكازاخية", "الكازاخي"], "astana", "Astana", ["أستانة", "نور سلطان", "أستانا"]),
        "CZE": (["التشيك"], ["التشيكية", "التشيكي"], "prague", "Prague", ["براغ"]),
        "EGY": (["مصر"], ["المصري", "المصرية"], "cairo", "Cairo", ["القاهرة"]),
    }
    for c in pycountry.countries:
        a2, a3 = c.alpha_2, c.alpha_3
        names = [ar.get(a2)] if ar.get(a2) else []
        nis, cap_id, cap_en, cap_ar = [], None, None, []
        if a3 in extra:
            n2, nis, cap_id, cap_en, cap_ar = extra[a3]
            names = list(dict.fromkeys(names + n2))
        out.append(CountryEntry(a3, a3, en.get(a2, c.name), tuple(names), tuple(nis), cap_id, tuple(cap_ar)))
    return tuple(out)


@lru_cache(maxsize=1)
def place_entries() -> tuple[PlaceEntry, ...]:
    out = []
    for c in country_entries():
        if c.capital_id:
            out.append(PlaceEntry(c.capital_id, c.capital_id.title(), "GPE", c.iso3, c.capital_names))
    out += [PlaceEntry("sochi", "Sochi", "GPE", "RUS", ("سوتشي",)), PlaceEntry("hmeimim-air-base", "Hmeimim Air Base", "LOC", "SYR", ("قاعدة حميميم الجوية", "قاعدة حميميم", "حميميم")),
            PlaceEntry("latakia", "Latakia", "GPE", "SYR", ("اللاذقية",)), PlaceEntry("idlib", "Idlib", "GPE", "SYR", ("إدلب",))]
    return tuple(out)


@lru_cache(maxsize=1)
def capital_ids() -> frozenset[str]:
    return frozenset(c.capital_id for c in country_entries() if c.capital_id)
