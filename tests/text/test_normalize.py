from marsad.text.normalize import fold, fold_key, to_original


def test_fold_keeps_offsets_back_to_original():
    text = "قال الرئيسُ التركيّ رجب طيب أردوغان"
    folded, index = fold(text)
    start = folded.index("اردوغان")
    s, e = to_original(index, start, start + len("اردوغان"))
    assert text[s:e] == "أردوغان"
    assert "\u064f" not in folded and "\u0651" not in folded


def test_fold_key_unifies_spelling_variants_seen_in_news():
    assert fold_key("إردوغان") == fold_key("أردوغان")
    assert fold_key("خلوصي آكار") == fold_key("خلوصي أكار")
    assert fold_key("سورية") == fold_key("سوريه")
    assert fold_key("مصطفى") == fold_key("مصطفي")
    assert fold_key("٢٩ ديسمبر ٢٠٢٢") == "29 ديسمبر 2022"
    assert fold_key("۱۴۰۲") == "1402"


def test_fold_without_deletions_needs_no_index():
    folded, index = fold("تركيا وسوريا")
    assert index is None and len(folded) == len("تركيا وسوريا")


def test_fold_removes_tatweel():
    assert fold_key("هـاكـان فيـدان") == "هاكان فيدان"
