"""Outlets: from attribution words, site names and web hosts to canonical outlets.

The table is ``data/outlets.yaml``.  Unknown outlets keep the words found on the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from ..model import Outlet
from ..resources import read_records
from ..text.normalize import fold_key

_KEYS = ("id", "name", "country", "ar", "latin", "hosts", "in_text")
# Words around an outlet name in attribution lines: "المصدر: الجزيرة + وكالات", "(رويترز)".
_SPLIT_RE = re.compile(r"\s*(?:[+|,\u060c/]|\s\u0648(?=\u0643\u0627\u0644\u0627\u062a)|-\s)\s*")
_AGENCIES_RE = re.compile(r"^\u0648?\u0648\u0643\u0627\u0644\u0627\u062a$")  # "وكالات"


@dataclass(frozen=True)
class OutletRecord:
    id: str
    name: str
    country: str | None
    aliases: tuple[str, ...]  # the page's words as written in the table, Arabic first
    hosts: tuple[str, ...]
    in_text: tuple[str, ...] = ()  # forms that name it inside a sentence (see actors.kb)


@dataclass(frozen=True)
class OutletTable:
    records: tuple[OutletRecord, ...]
    by_alias: dict[str, tuple[OutletRecord, str]]  # folded alias -> (record, alias)
    by_host: tuple[tuple[str, OutletRecord], ...]

    def by_name(self, name: str) -> OutletRecord | None:
        return next((r for r in self.records if r.name == name), None)


@lru_cache(maxsize=1)
def outlets() -> OutletTable:
    records = []
    by_alias: dict[str, tuple[OutletRecord, str]] = {}
    by_host = []
    for rec in read_records("outlets.yaml", keys=_KEYS, required=("id", "name")):
        aliases = tuple(rec.get("ar") or ()) + tuple(rec.get("latin") or ())
        record = OutletRecord(rec["id"], rec["name"], rec.get("country"), aliases, tuple(rec.get("hosts") or ()),
                              tuple(rec.get("in_text") or ()))
        records.append(record)
        for alias in aliases + (rec["name"],):
            by_alias.setdefault(fold_key(alias).lower(), (record, alias))
        by_host += [(h.lower(), record) for h in record.hosts]
    by_host.sort(key=lambda hr: -len(hr[0]))
    return OutletTable(tuple(records), by_alias, tuple(by_host))


def from_attribution(words: str) -> Outlet:
    """'الجزيرة + وكالات' -> Al Jazeera; unknown words are kept as the name."""
    words = words.strip().strip(".:\u060c")
    parts = [p for p in _SPLIT_RE.split(words) if p and not _AGENCIES_RE.match(p.strip())]
    for part in parts or [words]:
        found = _lookup(part)
        if found:
            record, _ = found
            return Outlet(name=record.name, text=part.strip())
    first = (parts or [words])[0].strip()
    return Outlet(name=first, text=first)


def from_url(url: str | None) -> Outlet | None:
    if not url:
        return None
    parts = urlsplit(url if "//" in url else "//" + url)
    host = (parts.hostname or "").lower()
    target = host + parts.path.lower()
    for pattern, record in outlets().by_host:
        base, _, path = pattern.partition("/")
        if (host == base or host.endswith("." + base)) and target.split("/", 1)[-1].startswith(path):
            return Outlet(name=record.name, text=None)
    return None


def from_site_name(name: str | None) -> Outlet | None:
    if not name:
        return None
    found = _lookup(name)
    if found:
        return Outlet(name=found[0].name, text=name.strip())
    return None


# A credit line under the title names a city and an outlet, or the outlet and its desk, parted
# by a dash, a slash or brackets: "الدوحة (رويترز)", "أنقرة - الأناضول", "بغداد/ واع",
# "موسكو- (أ ف ب)", "الرياض ـ الشرق الأوسط" (a tatweel between spaces), "سكاي نيوز عربية - أبوظبي",
# "عنب بلدي – خاص", "لندن: «الشرق الأوسط»", "هسبريس من الرباط" (the desk it files from).
_CREDIT_PARTS_RE = re.compile(r"\s*(?:[-\u2013\u2014/|():,\u060c+]|\s\u0640+\s|\s\u0645\u0646\s)\s*")
CREDIT_MAX_WORDS = 8
ALONE_MAX_WORDS = 4


def credited_in(lines: list[str]) -> Outlet | None:
    """A known outlet credited on a short line of its own, beside a city or a desk ("أنقرة -
    الأناضول", "سكاي نيوز عربية - أبوظبي"); the part after the separator is tried first."""
    for line in lines:
        if len(line.split()) > CREDIT_MAX_WORDS:
            continue
        parts = [p for p in _CREDIT_PARTS_RE.split(line.strip()) if p.strip(" :")]
        if not 1 <= len(parts) <= 3 or (len(parts) == 1 and len(line.split()) > ALONE_MAX_WORDS):
            continue  # (one part: the outlet's name alone on its line, "هسبريس")
        for part in reversed(parts):
            part = part.strip(" :")
            found = _lookup(part) if not _AGENCIES_RE.match(part) else None
            if found:
                return Outlet(name=found[0].name, text=part)
    return None


_QUOTED_RE = re.compile(r"^\s*[\u00ab\"(][^\u00ab\u00bb\"()]+[\u00bb\")]\s*$")
_PLACE_AND_QUOTED_RE = re.compile(r"^(.+?)(?:\s*[-\u2013\u2014:/]\s*|\s+)([\u00ab\"(].*)$")  # "بيروت – «...»", "الدوحة (...)"


def credit_shaped(line: str) -> bool:
    """A short line of a place or a desk and a quoted name, the shape of a credit whether or not
    the outlet is known: "بيروت – «لبنان اليوم»", "الدوحة (رويترز)", "لندن: «الشرق الأوسط»"."""
    if len(_LETTERED_RE.findall(line)) > ALONE_MAX_WORDS + 2:
        return False
    m = _PLACE_AND_QUOTED_RE.match(line.strip())
    if m is not None and len(_LETTERED_RE.findall(m.group(1))) <= PLACES_MAX and _QUOTED_RE.match(m.group(2)) is not None:
        return True  # (several places: "موسكو - أنقرة - لندن: «المشرق الدولية»")
    m = _PLACE_AND_DESK_RE.match(line.strip())
    return m is not None and len(m.group(1).split()) <= 2


PLACES_MAX = 4
_LETTERED_RE = re.compile(r"[^\W\d_]+")
# A place and a desk's dotted initials: "الجزائر - ق.و", "الرباط - و.م.ع".
_PLACE_AND_DESK_RE = re.compile(r"^([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[-\u2013\u2014/]\s*[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})+\.?$")


# The credit that opens an agency's first paragraph: "أبوظبي في 14 يناير / وام / تلقى ...",
# "دبي، الإمارات العربية المتحدة (CNN)-- ...".
_LEAD_CREDIT_RES = (
    re.compile(r"^[^/\n]{2,60}?/\s*([^/\n]{2,30}?)\s*/"),
    re.compile(r"^[^()\n]{2,60}?\(([^()\n]{1,30})\)\s*[-\u2013\u2014]"),
)


def credited_in_lead(paragraph: str) -> Outlet | None:
    """A known outlet credited at the head of the first paragraph ("أبوظبي في 14 يناير / وام /")."""
    for pattern in _LEAD_CREDIT_RES:
        m = pattern.match(paragraph)
        found = _lookup(m.group(1)) if m else None
        if found:
            return Outlet(name=found[0].name, text=m.group(1).strip())
    return None


def mentioned_in(lines: list[str]) -> Outlet | None:
    """An outlet named in chrome lines ("ادعم عنب بلدي"): multi-word or Latin aliases only."""
    table = outlets()
    for line in lines:
        folded = " " + " ".join(fold_key(line).lower().split()) + " "
        for key, (record, alias) in table.by_alias.items():
            if (" " in key or key.isascii()) and len(key) >= 4 and f" {key} " in folded:
                return Outlet(name=record.name, text=alias)
    return None


def _lookup(words: str) -> tuple[OutletRecord, str] | None:
    key = fold_key(words).lower().strip(" ()\"'\u00ab\u00bb")
    return outlets().by_alias.get(key)
