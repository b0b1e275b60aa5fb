"""Finding knowledge-base names in a text (see :mod:`marsad.text.phrases` for the scanner)."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..text.normalize import fold_key
from ..text.phrases import PhraseHit, PhraseTable, scan_tables
from ..text.tokens import clitic_forms, tokenize
from .kb import TITLED, Alias, honorifics, knowledge_base
from .words import plain_given_name_forms, role_nouns

Hit = PhraseHit[Alias]


def kinds(hit: Hit) -> set[str]:
    return {a.kind for a in hit.payloads}


# A stripped prefix ending so carried the article: "المبارك" (the blessed), "العتيقة" (old).
_ARTICLE = ("\u0627\u0644", "\u0644\u0644")  # ال، لل


class Found(NamedTuple):
    names: tuple[Hit, ...]  # knowledge-base aliases
    openers: tuple[PhraseHit[str], ...]  # honorifics and verbs of saying (see name_cues)
    given: tuple[PhraseHit[str], ...]  # given names that begin a name wherever they stand


@lru_cache(maxsize=32)
def find_hits(text: str) -> Found:
    """Every knowledge-base alias occurrence in ``text``, longest first, not overlapping, and
    the words a name may follow, in one pass.

    A person's or a place's name does not take the article: where the scanner stripped one to
    find it ("عيد الأضحى المبارك" holds "مبارك", "ألباريس" "باريس"), the hit names neither."""
    kb = knowledge_base()
    hits, cues = scan_tables(text, (kb.names, name_cues()))
    openers = tuple(c for c in cues if c.payloads[0] != "given")
    given = tuple(c for c in cues if c.payloads[0] == "given") if len(openers) < len(cues) else ()
    toks = tokenize(text)
    out = []
    for hit in hits:
        if any(a.extra == TITLED for a in hit.payloads) and not _after_honorific(toks, hit.first):
            kept = tuple(a for a in hit.payloads if a.extra != TITLED)
            if not kept:
                continue  # "سلمان" alone: not the king
            hit = hit._replace(payloads=kept)
        start = toks[hit.first].start
        if hit.start > start and fold_key(text[start : hit.start]).endswith(_ARTICLE):
            kept = tuple(a for a in hit.payloads if not _takes_no_article(a, kb))
            if not kept:
                continue
            hit = hit._replace(payloads=kept)
        out.append(hit)
    return Found(tuple(out), openers, given)


@lru_cache(maxsize=1)
def name_cues() -> PhraseTable[str]:
    """The words a person's name may follow, honorifics and verbs of saying (the event cues of
    kind "speech", with their conjunctions: "الشيخ سالم بن حميد", "وقال جون سميث"), nouns of
    occupation with the article ("role": "الخبير الاقتصادي أمين فارس"), and the given names that
    begin one wherever they stand ("given": see words.py), in one table."""
    from ..events.lexicon import cue_words

    return PhraseTable.build(
        [(h, "honorific") for h in honorifics()]
        + [(v, "speech") for v in cue_words("speech")]
        + [("\u0627\u0644" + noun, "role") for noun in role_nouns()]
        + [(name, "given") for name in plain_given_name_forms()]
    )


def _after_honorific(toks, first: int) -> bool:
    """An honorific ends right before token ``first`` ("الملك", "والملك", "آية الله")."""
    return (first >= 1 and honorific_length(toks, first - 1) == 1) or (first >= 2 and honorific_length(toks, first - 2) == 2)


def honorific_length(toks, k: int) -> int:
    """How many tokens from ``k`` on make an honorific ("الشيخ", "والسيد", "آية الله"), or 0."""
    return phrase_length(toks, k, honorifics())


def phrase_length(toks, k: int, phrases: frozenset[str], clitics: bool = True) -> int:
    """How many tokens from ``k`` on (two or one) make one of ``phrases`` (phrase keys), or 0;
    ``clitics``: the first may carry a proclitic ("والسيد")."""
    if k >= len(toks):
        return 0
    forms = clitic_forms(toks[k].norm) if clitics else (toks[k].norm,)
    if k + 1 < len(toks) and any(f + " " + toks[k + 1].norm in phrases for f in forms):
        return 2
    return 1 if any(f in phrases for f in forms) else 0


def _takes_no_article(alias: Alias, kb) -> bool:
    """A person's or a place's own name, or an office written without the article: neither
    takes an article it does not have ("ألباريس" is the Spanish minister Albares, not Paris)."""
    if alias.kind == "office":
        return True  # "أمير" (of "أمير قطر") is the head of a construct; "الأمير" is a prince
    actor = kb.actors.get(alias.actor)
    if actor is None or alias.kind not in ("name", "short", "city", "capital"):
        return False
    # (a country may: "في الموزمبيق")
    return actor.type == "PER" or (actor.type in ("GPE", "LOC") and not kb.is_state(actor.id))
