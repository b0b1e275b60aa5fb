"""The non-person half of the actor knowledge base: organisations, places, offices, countries.

Each hand-kept file loads through marsad.resources with its key list, and each generated table
through read_generated; ids are unique, country codes are ISO 3166-1 alpha-3 or IGO codes,
sectors and roles are known, and the generated tables equal a fresh build.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pycountry
import pytest

from marsad.resources import check_text, data_path, read_generated, read_records, read_tsv

ROOT = Path(__file__).resolve().parents[2]

IGO_CODES = {"UNO", "NATO", "EU", "ARL", "OIC", "GCC", "AU", "OPEC"}
# PLOVER/CAMEO sector codes the knowledge base may use.
SECTORS = {
    "GOV", "MIL", "SPY", "COP", "REB", "INS", "SEP", "UAF", "OPP", "PTY", "IGO", "NGO", "MED",
    "LEG", "JUD", "BUS", "REL", "EDU", "HLH", "REF", "HRI", "LAB", "CVL", "CRM", "ELI", "ENV", "AGR",
}
ROLES = {
    "president", "vice president", "king", "emir", "sultan", "crown prince", "head of state",
    "supreme leader", "prime minister", "deputy prime minister", "foreign minister",
    "defence minister", "interior minister", "intelligence chief", "chief of staff",
    "military officer", "national security adviser", "envoy", "un envoy", "secretary-general",
    "speaker", "spokesperson", "leader",
}
ORG_KEYS = ("id", "name", "type", "country", "sector", "ar", "short", "qid", "unsure")
PLACE_KEYS = ("id", "name", "type", "country", "ar", "short", "qid", "unsure")
OFFICE_KEYS = ("role", "sector", "ar", "en", "with_nisba", "bodies", "unsure", "note")
OVERLAY_KEYS = ("iso3", "ar", "nisba", "capital_ar", "unsure")
PERSON_KEYS = ("id", "name", "qid", "country", "ar", "short", "roles", "unsure")

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
# Arabic letters (hamza..ghain, feh..yeh), space, hyphen, apostrophe.
ARABIC_NAME_RE = re.compile("^[\u0621-\u063a\u0641-\u064a' -]+$")
DIACRITICS_RE = re.compile("[\u064b-\u0652\u0670]")


def valid_country(code: str | None) -> bool:
    return code in IGO_CODES or (isinstance(code, str) and pycountry.countries.get(alpha_3=code) is not None)


def clean(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text) and not re.search("[\u0640\ufb50-\ufeff]", text)


@pytest.fixture(scope="module")
def organisations():
    return read_records("actors/organisations.yaml", ORG_KEYS, required=("id", "name", "type", "sector", "ar"))


@pytest.fixture(scope="module")
def places_yaml():
    return read_records("actors/places.yaml", PLACE_KEYS, required=("id", "name", "type", "ar"))


@pytest.fixture(scope="module")
def offices():
    return read_records("actors/offices.yaml", OFFICE_KEYS, required=("role", "sector", "en", "ar"), unique="role")


@pytest.fixture(scope="module")
def overlay():
    return read_records("actors/countries.yaml", OVERLAY_KEYS, required=("iso3",), unique="iso3")


@pytest.fixture(scope="module")
def countries():
    return read_generated("countries.json")


@pytest.fixture(scope="module")
def places_json():
    return read_generated("places.json")


def _names(rec) -> list[str]:
    return list(rec.get("ar") or []) + list(rec.get("short") or [])


# --- every file starts with its source -------------------------------------------------------

@pytest.mark.parametrize("relpath", [
    "actors/organisations.yaml", "actors/places.yaml", "actors/offices.yaml",
    "actors/countries.yaml", "ar/place_stopwords.tsv",
])
def test_file_is_headed_by_its_source(relpath):
    text = data_path(relpath).read_text("utf-8")
    assert text.startswith("# source:")
    check_text(text, relpath)


# --- organisations ---------------------------------------------------------------------------

def test_organisations(organisations):
    assert len(organisations) >= 150
    for rec in organisations:
        where = f"organisations.yaml:{rec['__line__']}"
        assert ID_RE.match(rec["id"]), where
        assert rec["type"] == "ORG", where
        assert rec.get("country") is None or valid_country(rec["country"]), where
        assert rec["sector"] in SECTORS, where
        assert rec.get("qid") is None or QID_RE.match(rec["qid"]), where
        names = _names(rec)
        assert names and all(isinstance(n, str) and clean(n) for n in names), where
        assert len(names) == len(set(names)), f"{where}: a name is listed twice"


def test_organisations_cover_the_brief(organisations):
    by_name = {n: rec for rec in organisations for n in _names(rec)}
    expected = {
        "حزب العمال الكردستاني": "Kurdistan Workers' Party",
        "تنظيم الدولة الإسلامية": "Islamic State",
        "داعش": "Islamic State",
        "تنظيم الدولة": "Islamic State",
        "مجلس الأمن الدولي": "United Nations Security Council",
        "الكرملين": "Kremlin",
        "حلف شمال الأطلسي": "NATO",
        "قسد": "Syrian Democratic Forces",
        "هيئة تحرير الشام": "Hayat Tahrir al-Sham",
        "حركة حماس": "Hamas",
        "قوات الدعم السريع": "Rapid Support Forces",
    }
    for phrase, name in expected.items():
        assert by_name[phrase]["name"] == name, phrase
    assert by_name["الكرملين"]["country"] == "RUS" and by_name["الكرملين"]["sector"] == "GOV"
    assert by_name["وزارة الدفاع التركية"]["country"] == "TUR"
    assert by_name["وزارة الدفاع التركية"]["sector"] == "MIL"
    # foreign, defence and interior ministries of the main countries
    for iso3 in ("TUR", "SYR", "RUS", "IRN", "USA", "IRQ", "EGY", "SAU", "ISR", "JOR", "LBN", "QAT", "ARE"):
        sectors = Counter(
            rec["sector"] for rec in organisations
            if rec.get("country") == iso3 and any(n.startswith("\u0648\u0632\u0627\u0631\u0629") for n in rec["ar"])  # وزارة
        )
        assert sectors["MIL"] >= 1 and sectors["GOV"] >= 2, iso3


# --- places ----------------------------------------------------------------------------------

def test_curated_places(places_yaml, places_json):
    assert len(places_yaml) >= 80
    generated = {p["id"]: p for p in places_json.values()}
    for rec in places_yaml:
        where = f"places.yaml:{rec['__line__']}"
        assert ID_RE.match(rec["id"]), where
        assert rec["type"] in ("GPE", "LOC"), where
        assert rec.get("country") is None or valid_country(rec["country"]), where
        names = _names(rec)
        assert names and all(clean(n) for n in names), where
        assert len(names) == len(set(names)), f"{where}: a name is listed twice"
        # an id shared with places.json must be the same place
        if rec["id"] in generated:
            assert generated[rec["id"]]["country"] == rec["country"], where
    by_name = {n: rec["name"] for rec in places_yaml for n in rec["ar"]}
    assert by_name["قاعدة حميميم الجوية"] == "Hmeimim Air Base"
    assert by_name["قره باغ"] == "Nagorno-Karabakh"
    assert by_name["أستانة"] == by_name["نور سلطان"] == "Astana"
    assert by_name["معبر باب الهوى"] == "Bab al-Hawa Border Crossing"
    # a governorate is named like its capital, as the gold files name it
    assert by_name["محافظة اللاذقية"] == "Latakia"


def test_generated_places(places_json, countries):
    path = data_path("generated", "places.json")
    assert path.stat().st_size < 3 * 1024 * 1024
    assert len(places_json) > 1500
    ids = Counter(p["id"] for p in places_json.values())
    assert not [i for i, n in ids.items() if n > 1]
    stop = {fields[0] for _, fields in read_tsv("ar/place_stopwords.tsv", 3) if fields[1] == "*"}
    for key, place in places_json.items():
        assert key == str(place["geonameid"])
        assert ID_RE.match(place["id"]), key
        assert valid_country(place["country"]), key
        assert place["type"] in ("city", "capital"), key
        assert place["type"] == "capital" or place["ar"], key
        for name in place["ar"]:
            assert ARABIC_NAME_RE.match(name) and clean(name), (key, name)
            assert not DIACRITICS_RE.search(name) and name not in stop, (key, name)
    by_name = {}
    for place in places_json.values():
        for name in place["ar"]:
            by_name.setdefault(name, []).append(place["name"])
    for ar, en in (("دمشق", "Damascus"), ("موسكو", "Moscow"), ("أنقرة", "Ankara"), ("سوتشي", "Sochi"),
                   ("براغ", "Prague"), ("اللاذقية", "Latakia"), ("إدلب", "Idlib"), ("بغداد", "Baghdad")):
        assert en in by_name[ar], ar
    for name in ("الأمل", "النصر", "المدينة", "الخميس"):
        assert name not in by_name
    capitals = {c["capital"]["geonameid"] for c in countries.values() if c["capital"]}
    assert all(places_json[str(g)]["type"] == "capital" for g in capitals)


def test_place_stopwords():
    rows = read_tsv("ar/place_stopwords.tsv", 3)
    words = [(fields[0], fields[1]) for _, fields in rows]
    assert len(words) == len(set(words))
    for _, (word, scope, gloss) in rows:
        assert scope == "*" or scope.isdigit()
        assert ARABIC_NAME_RE.match(word) and gloss


# --- offices ---------------------------------------------------------------------------------

def test_offices(offices):
    roles = {rec["role"] for rec in offices}
    assert ROLES <= roles
    phrases = Counter()
    for rec in offices:
        where = f"offices.yaml:{rec['__line__']}"
        assert rec["sector"] in SECTORS, where
        assert isinstance(rec["en"], str) and rec["en"], where
        assert all(clean(p) for p in rec["ar"]), where
        phrases.update(rec["ar"])
    assert not [p for p, n in phrases.items() if n > 1], "a phrase names two offices"
    by_role = {rec["role"]: rec for rec in offices}
    assert {"وزير الدفاع", "وزيرة الدفاع", "وزير دفاع", "وزراء الدفاع", "وزيرا الدفاع"} <= set(by_role["defence minister"]["ar"])
    assert {"وزير الخارجية", "رئيس الدبلوماسية", "وزيرا الخارجية"} <= set(by_role["foreign minister"]["ar"])
    assert {"الرئيس", "رئيس الجمهورية", "رئيس الدولة"} <= set(by_role["president"]["ar"])
    assert {"رئيس الوزراء", "رئيس الحكومة", "المستشار"} <= set(by_role["prime minister"]["ar"])
    assert "Germany" in by_role["prime minister"]["note"]
    assert {"رئيس الاستخبارات", "مدير المخابرات", "رؤساء المخابرات"} <= set(by_role["intelligence chief"]["ar"])
    assert by_role["defence minister"]["sector"] == "MIL"
    assert by_role["intelligence chief"]["sector"] == "SPY"


def test_person_roles_are_offices(offices):
    roles = {rec["role"] for rec in offices}
    folder = data_path("actors", "people")
    for path in sorted(Path(folder).glob("*.yaml")):
        for rec in read_records(f"actors/people/{path.name}", PERSON_KEYS, required=("id",)):
            for term in rec.get("roles") or []:
                assert term["role"] in roles, f"people/{path.name}:{rec['__line__']}: {term['role']}"


# --- ids across files ------------------------------------------------------------------------

def test_ids_are_unique_across_files(organisations, places_yaml):
    seen: dict[str, str] = {}
    records = [("organisations.yaml", r) for r in organisations] + [("places.yaml", r) for r in places_yaml]
    folder = data_path("actors", "people")
    for path in sorted(Path(folder).glob("*.yaml")):
        records += [(f"people/{path.name}", r) for r in read_records(f"actors/people/{path.name}", PERSON_KEYS)]
    for where, rec in records:
        assert rec["id"] not in seen, f"{where}:{rec['__line__']}: {rec['id']} also in {seen.get(rec['id'])}"
        seen[rec["id"]] = f"{where}:{rec['__line__']}"
    assert not set(seen) & (IGO_CODES | {c.alpha_3 for c in pycountry.countries})


# --- countries -------------------------------------------------------------------------------

def test_overlay(overlay):
    assert len([r for r in overlay if r["iso3"] not in IGO_CODES]) >= 40
    assert {r["iso3"] for r in overlay} >= IGO_CODES
    for rec in overlay:
        where = f"countries.yaml:{rec['__line__']}"
        assert valid_country(rec["iso3"]), where
        assert set(rec.get("nisba") or {}) <= {"m", "f", "pl", "__line__"}, where
        for name in rec.get("ar", []) + rec.get("capital_ar", []):
            assert clean(name), where


def test_countries(countries):
    assert set(countries) == {c.alpha_3 for c in pycountry.countries} | IGO_CODES
    text = json.dumps(countries, ensure_ascii=False)
    check_text(text, "generated/countries.json")
    for code, rec in countries.items():
        assert rec["type"] == ("igo" if code in IGO_CODES else "country"), code
        assert rec["name"] and rec["ar"], code
        if rec["nisba"]:
            assert set(rec["nisba"]) == {"m", "f", "pl", "def_m", "def_f", "def_pl"}, code


@pytest.mark.parametrize("iso3, forms", [
    ("TUR", ["تركي", "التركي", "تركية", "التركية", "الأتراك", "أتراك"]),
    ("SYR", ["سوري", "السوري", "سورية", "السورية", "السوريون", "السوريين"]),
    ("USA", ["أمريكي", "الأميركي", "الأمريكية", "الأميركيين"]),
    ("RUS", ["روسي", "الروسي", "الروسية", "الروس"]),
    ("KOR", ["كوري جنوبي", "الكوري الجنوبي"]),
    ("PRK", ["كوري شمالي", "الكورية الشمالية"]),
    ("UNO", ["الأممي", "الأممية"]),
])
def test_nisbas(countries, iso3, forms):
    have = {form for values in countries[iso3]["nisba"].values() for form in values}
    assert set(forms) <= have


def test_compound_nisbas_get_no_wrong_article_forms(countries):
    # "الجنوب الإفريقي" is southern Africa, not South African
    assert countries["ZAF"]["nisba"]["def_m"] == []


@pytest.mark.parametrize("iso3, names, capital", [
    ("SYR", ["سوريا", "سورية"], "دمشق"),
    ("TUR", ["تركيا"], "أنقرة"),
    ("USA", ["الولايات المتحدة", "أمريكا", "أميركا", "الولايات المتحدة الأميركية"], "واشنطن"),
    ("RUS", ["روسيا", "روسيا الاتحادية"], "موسكو"),
    ("GBR", ["بريطانيا"], "لندن"),
    ("KAZ", ["كازاخستان"], "نور سلطان"),
    ("IRQ", ["العراق"], "بغداد"),
    ("IRN", ["إيران"], "طهران"),
])
def test_country_names_and_capitals(countries, iso3, names, capital):
    rec = countries[iso3]
    assert set(names) <= set(rec["ar"])
    assert capital in rec["capital"]["ar"]


def test_igo_names(countries):
    assert "حلف شمال الأطلسي" in countries["NATO"]["ar"]
    assert "الأمم المتحدة" in countries["UNO"]["ar"]
    assert "جامعة الدول العربية" in countries["ARL"]["ar"]
    assert countries["TUR"]["name"] == "Turkey"


# --- generated tables are up to date ---------------------------------------------------------

@pytest.mark.slow
def test_build_data_check():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_data.py"), "--check"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert result.returncode == 0, result.stderr
