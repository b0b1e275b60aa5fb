from marsad.text.sentences import split_sentences


def test_sentences_survive_abbreviations_and_acronyms(seed_text):
    page = seed_text("001")
    line = next(l for l in page.splitlines() if l.startswith("عقد د. بدر"))
    sents = split_sentences(line)
    assert len(sents) == 1, [s.text for s in sents]
    text = "وقالت وكالة أ.ف.ب إن الحصيلة بلغت 3.5 ألف. وأضافت أن الوضع هادئ."
    assert [s.text for s in split_sentences(text)] == [
        "وقالت وكالة أ.ف.ب إن الحصيلة بلغت 3.5 ألف.",
        "وأضافت أن الوضع هادئ.",
    ]


def test_sentence_offsets_index_the_text(seed_docs):
    body = seed_docs["000"].body
    sents = split_sentences(body)
    assert len(sents) >= 8
    for s in sents:
        assert body[s.start:s.end] == s.text
    assert any(s.text.startswith("أعلن ذلك وزير الدفاع التركي") for s in sents)


def test_question_marks_and_paragraphs_split():
    sents = split_sentences("هل ينهي حل حزب العمال الوجود التركي؟ ربما\n\nفقرة ثانية")
    assert [s.text for s in sents] == ["هل ينهي حل حزب العمال الوجود التركي؟", "ربما", "فقرة ثانية"]
