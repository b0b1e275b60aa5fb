"""Month and weekday names: CLDR (via Babel) for every Arabic locale and English, Hijri months from hijridate.

Output ``calendar.json``:
- ``months``: Gregorian month names of every ar* locale (format and stand-alone, wide and
  abbreviated): يناير, كانون الثاني, جانفي, شتنبر, أغشت, ...
- ``months_en``: English month names and abbreviations, lower-cased (captions, datelines);
- ``hijri_months``: the Umm al-Qura month names as hijridate spells them (محرم ... ذو الحجة);
- ``weekdays`` / ``weekdays_en``: weekday names, Monday = 0 as ``datetime.date.weekday()``.
Spellings none of these sources have live in ``src/marsad/data/ar/months_extra.tsv``.
"""

from __future__ import annotations

import unicodedata

import babel
from babel import Locale
from hijridate import Hijri

SOURCE = "CLDR via Babel (month and weekday names of every ar* locale and of en) and hijridate (Hijri month names)"


def _arabic_locales() -> list[str]:
    return sorted(l for l in babel.localedata.locale_identifiers() if l == "ar" or l.startswith("ar_"))


def _clean(name: str, english: bool) -> str:
    name = unicodedata.normalize("NFC", " ".join(name.replace("\u00a0", " ").split()))
    return name.lower().rstrip(".") if english else name


def _names(locales: list[str], english: bool) -> tuple[dict[str, int], dict[str, int]]:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for ident in locales:
        loc = Locale.parse(ident)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    months.setdefault(_clean(name, english), number)
                for number, name in loc.days[context][width].items():
                    weekdays.setdefault(_clean(name, english), number)
    return months, weekdays


def build() -> dict[str, object]:
    months, weekdays = _names(_arabic_locales(), english=False)
    months_en, weekdays_en = _names(["en"], english=True)
    hijri = {_clean(Hijri(1445, m, 1).month_name("ar"), False): m for m in range(1, 13)}
    return {
        "calendar.json": {
            "months": months,
            "months_en": months_en,
            "hijri_months": hijri,
            "weekdays": weekdays,
            "weekdays_en": weekdays_en,
        }
    }
