"""The scan finds where expressions may start and lets common words pass cheaply."""

from __future__ import annotations

from marsad.dates.lexicon import lexicon
from marsad.dates.scan import trigger_positions, worth_parsing
from marsad.text.normalize import fold


def starts(text: str) -> list[str]:
    folded, _ = fold(text)
    lex = lexicon()
    return [folded[p:].split()[0] for p in trigger_positions(folded) if worth_parsing(lex, folded, p)]


def test_months_weekdays_and_numbers_are_candidates():
    # seed 003
    got = starts("وخلال اتصال هاتفي أجراه الرئيسان، الخميس 24 من حزيران، بحثا العمل العسكري")
    assert got[:3] == ["الخميس", "24", "حزيران,"]


def test_common_words_are_not_parsed_without_their_partner():
    # seed 000: "بين" before a noun, "هذا" before a noun, a resolution number
    text = "ستواصل تركيا وسوريا الاتصالات بين الإدارات العسكرية. هذا الهدف. قرار مجلس الأمن رقم 2254."
    assert starts(text) == ["2254."]
    assert starts("بين 6 و8 من تموز المقبل")[0] == "بين"
