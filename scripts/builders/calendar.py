"""Month and weekday names: CLDR (via Babel) for every Arabic locale, plus English."""

from __future__ import annotations

import babel
from babel import Locale

SOURCE = "CLDR via Babel (month and weekday names of every ar* locale and of en)"


def _arabic_locales() -> list[str]:
    return sorted(l for l in babel.localedata.locale_identifiers() if l == "ar" or l.startswith("ar_"))


def build() -> dict[str, object]:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}  # Monday = 0, as datetime.date.weekday()
    for ident in _arabic_locales() + ["en"]:
        loc = Locale.parse(ident)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    name = " ".join(name.replace("\u00a0", " ").split())
                    if ident == "en":
                        name = name.lower().rstrip(".")
                    months.setdefault(name, number)
                for number, name in loc.days[context][width].items():
                    name = " ".join(name.replace("\u00a0", " ").split())
                    if ident == "en":
                        name = name.lower().rstrip(".")
                    weekdays.setdefault(name, number)
    return {"calendar.json": {"months": months, "weekdays": weekdays}}
