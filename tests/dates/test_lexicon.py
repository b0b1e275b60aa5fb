"""The calendar tables (generated from CLDR and hijridate; tests/actors/test_data_files.py checks
every generated table is fresh) and the hand-kept overlays."""

from __future__ import annotations

import json

from marsad.dates.lexicon import lexicon
from marsad.resources import data_path
from marsad.text.normalize import fold_key


def _classes(word: str) -> set[tuple[str, object]]:
    words = tuple(fold_key(word).lower().split())
    lex = lexicon()
    return {(e.cls, e.value) for rest, entries in lex.phrases.get(words[0], ()) if rest == words[1:] for e in entries}


def test_every_arabic_locale_month_spelling_is_read():
    data = json.loads(data_path("generated", "calendar.json").read_text("utf-8"))["data"]
    # Levantine, Maghrebi (Algeria/Tunisia, Morocco) and Mauritanian spellings all come from CLDR
    for name, number in [("كانون الثاني", 1), ("جانفي", 1), ("شتنبر", 9), ("أغشت", 8), ("يوليوز", 7)]:
        assert data["months"][name] == number
        assert ("month", number) in _classes(name)
    assert data["hijri_months"]["ذو الحجة"] == 12
    assert data["months_en"]["december"] == 12


def test_overlay_spellings_and_folded_forms():
    assert ("month", 6) in _classes("يونيه")
    assert ("month", 7) in _classes("يوليه")
    assert ("month", 4) in _classes("ابريل")  # hamza-less: matched after folding
    assert ("hijri", 12) in _classes("ذي الحجة")
    assert ("weekday", 0) in _classes("الإثنين")


def test_clitic_forms_point_at_their_word():
    lex = lexicon()
    assert lex.forms[fold_key("وأمس")] == (fold_key("أمس"), 1)
    assert lex.forms[fold_key("للعام")] == (fold_key("العام"), 2)
