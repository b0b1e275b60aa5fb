"""The memoised phrase scanner finds what a plain longest-match scan finds."""

import json
from bisect import bisect_left
from dataclasses import replace

from marsad.actors.kb import knowledge_base
from marsad.events.lexicon import cues, triggers
from marsad.text.normalize import fold, fold_key, normalize_letters
from marsad.text.phrases import MIN_STRIPPED_LETTERS, PhraseTable, phrase_key, same_line, scan, scan_tables, scan_tokens
from marsad.text.sentences import split_sentences
from marsad.text.tokens import token_starts
from marsad.text.tokens import strip_clitics, tokenize


def _reference_scan(text, table):
    """The scanner without automata: every token, every clitic form, every length down to one."""
    toks, hits, i = tokenize(text), [], 0
    while i < len(toks):
        best = None
        for n_form, form in enumerate(strip_clitics(toks[i].norm)):
            for n in range(min(table.first_tokens.get(form, 0), len(toks) - i), 0, -1):
                if not all(same_line(text, toks[k], toks[k + 1]) for k in range(i, i + n - 1)):
                    continue
                key = " ".join([form] + [t.norm for t in toks[i + 1 : i + n]])
                if not table.entries.get(key) or (n_form > 0 and n == 1 and len(form) < MIN_STRIPPED_LETTERS and key not in table.short_stems):
                    continue
                if best is None or n > best[1] - best[0]:
                    best = (i, i + n, key)
                break
        if best is None:
            i += 1
            continue
        hits.append(best)
        i = best[1]
    return hits


def test_scan_matches_the_reference_on_the_seed_pages(seed_docs):
    tables = [knowledge_base().names, triggers(), cues()]
    for doc in seed_docs.values():
        for table in tables:
            assert [(h.first, h.last, h.key) for h in scan(doc.body, table)] == _reference_scan(doc.body, table)


def test_scan_matches_the_reference_on_unseen_articles(shared):
    """The 100 ANT articles: other outlets, other stories, other spellings."""
    tables = [knowledge_base().names, triggers(), cues()]
    path = shared("corpus", "ant-dev.jsonl")
    for line in path.read_text("utf-8").splitlines():
        text = json.loads(line)["text"]
        for table in tables:
            assert [(h.first, h.last, h.key) for h in scan(text, table)] == _reference_scan(text, table)


def test_one_joint_scan_of_several_tables_finds_what_each_scan_finds(seed_docs):
    """The event stage scans triggers and cues in one pass; a phrase of one table never hides
    a longer or overlapping phrase of the other."""
    tables = (triggers(), cues(), knowledge_base().names)
    for doc in seed_docs.values():
        assert scan_tables(doc.body, tables) == tuple(scan(doc.body, table) for table in tables)


def test_a_stretch_of_tokens_scanned_in_place_finds_what_its_text_alone_finds(shared):
    """The realis detector scans a sentence on its page's tokens: the hits of the sentence cut
    out and scanned alone, at the page's offsets and token indices."""
    table = triggers()
    path = shared("corpus", "ant-dev.jsonl")
    for line in path.read_text("utf-8").splitlines()[:40]:
        text = json.loads(line)["text"]
        starts = token_starts(text)
        for sent in split_sentences(text):
            lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
            alone = [(h.start + sent.start, h.end + sent.start, h.first + lo, h.last + lo, h.key) for h in scan(sent.text, table)]
            assert [(h.start, h.end, h.first, h.last, h.key) for h in scan_tokens(text, table, lo, hi)] == alone
    assert scan_tokens("زار الرئيس موسكو", table, 1, 1) == ()


def test_clitics_punctuation_and_lines():
    table = PhraseTable.build([("وزير الدفاع", 1), ("موسكو", 2), ("الرئيس", 3), ("مصر", 4), ("منظمة هيومن رايتس ووتش", 5)])
    text = 'قال وزير الدفاع في موسكو\nوزير، الدفاع وللرئيس والمصريون بمصر مصر ومنظمة "هيومن رايتس ووتش"'
    assert [(h.payloads, text[h.start : h.end]) for h in scan(text, table)] == [
        ((1,), "وزير الدفاع"),
        ((2,), "موسكو"),  # not "وزير" on the next line, nor "وزير، الدفاع"
        ((3,), "للرئيس"),  # ل + ال
        ((4,), "مصر"),  # "بمصر" is not stripped: three letters are too few to tell from a word
        ((5,), 'منظمة "هيومن رايتس ووتش'),  # quotation marks do not part a name
    ]
    assert scan(text, PhraseTable.build([])) == ()
    # unless the table names the short phrase a stem that may carry one: "بمصر" is Egypt then
    stems = replace(PhraseTable.build([("مصر", 4)]), short_stems=frozenset({"مصر"}))
    assert [text[h.start : h.end] for h in scan(text, stems)] == ["مصر", "مصر"]


def test_folding_long_and_short_texts_agrees_with_the_character_table():
    text = "\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626 \u0662\u0660\u0662\u0662\u060c ABC \u00a0\u06cc"
    for piece in (text, text * 10, text[:5]):
        assert normalize_letters(piece) == "".join(normalize_letters(c) for c in piece)
    assert normalize_letters(text * 10) == (normalize_letters(text)) * 10
    assert fold(text * 3)[0] == fold(text * 3)[0] and fold_key(" \u0623\u062d\u0645\u062f  ") == "\u0627\u062d\u0645\u062f"


def test_a_phrase_key_is_the_folded_tokens_of_the_phrase(seed_docs):
    """Keys are computed without building tokens (tables hold tens of thousands of names): the
    same words tokenize finds, diacritics, hamza forms, dotted acronyms and hashtags included."""
    texts = ["الرئيسُ رجب طيّب أردوغان", "U.S. و d'Alema", "أ.ف.ب", "#محمود_عباس", "  إسطنبول ، أنقرة  "]
    texts += [line for doc in seed_docs.values() for line in doc.body.splitlines()[:20]]
    for text in texts:
        assert phrase_key(text) == " ".join(t.norm for t in tokenize(text)), text
