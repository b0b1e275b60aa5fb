from marsad.text.tokens import strip_clitics, tokenize


def test_tokens_point_into_the_original_text():
    text = "وبالعاصمةِ الروسيّة موسكو، في ٢٨ ديسمبر"
    toks = tokenize(text)
    assert [t.norm for t in toks] == ["وبالعاصمه", "الروسيه", "موسكو", "في", "28", "ديسمبر"]
    assert text[toks[2].start:toks[2].end] == "موسكو"
    assert text[toks[4].start:toks[4].end] == "٢٨"


def test_strip_clitics_offers_stems():
    assert "عاصمه" in strip_clitics("وبالعاصمه")
    assert "الرئيس" in strip_clitics("للرئيس")
    assert "موسكو" in strip_clitics("بموسكو")
    assert strip_clitics("في") == ["في"]
