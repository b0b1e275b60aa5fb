"""Event lexicons: PLOVER triggers, and the cue words for status, mediation and anaphora.

Triggers are ``data/ar/triggers.yaml``; cue words ``data/ar/event_cues.yaml``.  Both load
once into phrase tables scanned over folded tokens (see :mod:`marsad.text.phrases`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from ..actors.words import given_names
from ..errors import DataError
from ..model import EVENT_TYPES
from ..resources import read_records, read_tsv
from ..text.normalize import fold_key
from ..text.phrases import PhraseTable, phrase_key

PLOVER_TYPES = EVENT_TYPES
CUE_KINDS = (
    "planned", "denied", "hypothetical", "mediator", "host", "after", "reference", "within", "during", "dual", "group", "source",
    "multilateral", "margin", "generic", "speech", "light", "while", "act", "series", "before-day", "after-day", "topic", "background", "honorific", "sign",
    "agent", "expects", "site", "proposed", "demonstrative", "sequel", "occur", "undergo", "press", "sequel-word", "abide", "cited", "by-phone", "responsibility", "armed",
    "turn", "then", "fire", "participle", "casualty", "partake", "conclusion", "outsiders",
)


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str | None
    weight: float
    noun: bool
    in_person: bool = False  # met face to face ("التقى", "استقبل"): not a phone call
    to_place: bool = False  # arrived ("وصل"): a visit only with a place after "إلى"
    partner: bool = False  # discussed ("بحث"): talks only with a party after "مع"
    signed: bool = False  # a document ("بيان"): an agreement only as the object of a signing verb
    verbal: bool = False  # attacked ("هاجم"): in words when a person does it with no weapon named
    warns: bool = False  # warned ("حذر"): a threat only with someone warned, or of what will be done
    act_object: bool = False  # condemned, welcomed ("أدان", "رحب"): the object is an act; a party right after is the subject
    pledge: bool = False  # pledged ("تعهد"): a pledge to do what another trigger names is that event, planned
    pledged: bool = False  # (set on such an object: "تعهدت السعودية بتقديم مساعدات")
    second: frozenset[str] | None = None  # "توصلت [الأطراف] إلى", "نشرت [روسيا] قوات": the rest of a two-word form, to follow the subject (folded)


@lru_cache(maxsize=1)
def triggers() -> PhraseTable[Trigger]:
    pairs, split = [], []
    for rec in read_records("ar/triggers.yaml", keys=("type", "mode", "weight", "noun", "in_person", "to_place", "partner", "signed", "verbal", "warns", "act_object", "pledge", "split", "forms"), required=("type", "forms"), unique=None):
        if rec["type"] not in PLOVER_TYPES:
            raise DataError(f"[M201] ar/triggers.yaml:{rec['__line__']}: unknown PLOVER type {rec['type']!r}")
        spec = Trigger(rec["type"], rec.get("mode"), float(rec.get("weight", 0.7)), bool(rec.get("noun")), bool(rec.get("in_person")),
                       bool(rec.get("to_place")), bool(rec.get("partner")), bool(rec.get("signed")), bool(rec.get("verbal")),
                       bool(rec.get("warns")), bool(rec.get("act_object")), bool(rec.get("pledge")))
        forms = with_future(rec["forms"]) if spec.type in _PLANNED_TYPES and not spec.noun else rec["forms"]
        pairs += [(form, spec) for form in with_conjunction(forms, article=spec.noun)]
        if not spec.noun and spec.type not in _ADJACENT_ONLY:
            split += _split_forms(rec["forms"], spec, any_second=bool(rec.get("split")))
    listed = {phrase_key(form) for form, _ in pairs}
    seconds: dict[tuple[str, Trigger], set[str]] = {}  # one verb, one record: every second word it may take ("أرسل قوات|تعزيزات")
    for form, spec, second in split:
        if phrase_key(form) not in listed:  # ("وصل" is a trigger of its own)
            seconds.setdefault((form, spec), set()).add(second)
    return PhraseTable.build(pairs + [(form, replace(spec, second=frozenset(words))) for (form, spec), words in seconds.items()])


# A two-word verb form is often parted by its subject: one that ends with a preposition ("توصل
# إلى", "أفرج عن": "توصلت الحكومة السودانية وقوات الدعم السريع إلى اتفاق") always, one that ends
# with its object ("نشرت روسيا قوات") where the record says "split: true" (not light verbs such
# as "أجرى اتصالا", whose noun is a trigger of its own).
SPLIT_PREPOSITIONS = frozenset(phrase_key(w) for w in ("إلى", "عن", "على", "مع"))
# those prepositions with a pronoun ("التوصل إليه", "الاتفاق عليها") -> the preposition alone
WITH_PRONOUN = {phrase_key(prep[:-1] + "ي" + suffix if prep.endswith("ى") else prep + suffix): phrase_key(prep)
                for prep in ("إلى", "عن", "على", "مع") for suffix in ("ه", "ها", "هما", "هم", "هن")}
RELATIVES = frozenset(fold_key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "والذي", "والتي"))
# Participles that, like a relative clause, tell of the noun before them: "اتفاقية التعاون الموقعة بتاريخ 17/4/2001"
PARTICIPLES = frozenset(fold_key(w) for w in ("الموقعة", "الموقع", "المبرمة", "المبرم", "الصادر", "الصادرة", "المؤرخ", "المؤرخة"))
PREPOSITIONS = frozenset(fold_key(w) for w in ("في", "مع", "إلى", "على", "عن", "من", "بين", "لدى", "عند"))
_ADJACENT_ONLY = {"PROTEST", "ASSAULT"}  # scored sentence by sentence (realis.py), where no clause checks the second word


def _split_forms(forms, spec: Trigger, any_second: bool) -> list[tuple[str, Trigger, str]]:
    """The verb of each two-word form alone, and the second word it wants after its subject."""
    out = []
    for form in map(str, forms):
        verb, _, second = phrase_key(form).partition(" ")
        if second in SPLIT_PREPOSITIONS or (any_second and second and " " not in second):
            out += [(f, spec, second) for f in with_conjunction([form.split(" ")[0]])]
    return out


@lru_cache(maxsize=1)
def cues() -> PhraseTable[str]:
    """The cues the event rules find in a text (one scan with the triggers); the kinds of
    WORD_KINDS are only looked up word by word (see :func:`cue_words`), not scanned for."""
    return PhraseTable.build([(form, kind) for form, kind in _cue_pairs() if kind not in WORD_KINDS])


# Kinds whose words are common ("فيه", "خلاله") and asked of one word the rules already hold:
# scanning every text for them would cost more than it finds.
WORD_KINDS = frozenset({"sequel-word", "abide", "cited", "by-phone", "responsibility", "armed", "participle"})


@lru_cache(maxsize=1)
def _cue_pairs() -> tuple[tuple[str, str], ...]:
    pairs = []
    for rec in read_records("ar/event_cues.yaml", keys=("kind", "forms"), required=("kind", "forms"), unique=None):
        if rec["kind"] not in CUE_KINDS:
            raise DataError(f"[M201] ar/event_cues.yaml:{rec['__line__']}: unknown cue kind {rec['kind']!r}")
        pairs += [(form, rec["kind"]) for form in with_conjunction(rec["forms"])]
    return tuple(pairs)


def with_future(forms) -> list[str]:
    """The forms, and "س" before each one-word present-tense verb ("يلتقيان" -> "سيلتقيان",
    "تبحث" -> "ستبحث"): the future particle is written joined, and no proclitic the scanner strips."""
    forms = [str(f) for f in forms]
    listed = set(forms)
    return forms + [_FUTURE + f for f in forms if " " not in f and f[:1] in _PRESENT and _FUTURE + f not in listed]


_FUTURE = "\u0633"  # س
# Types news announces ahead (meetings, visits, agreements); a future accusation is most often a
# passive the script does not mark ("سيُتهم بالمحسوبية").
_PLANNED_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
_PRESENT = ("\u064a", "\u062a", "\u0646")  # ي ت ن: the present tense's prefixes


def with_conjunction(forms, article: bool = False) -> list[str]:
    """The forms, and "و"/"ف" before each one-word form of three letters ("وحذر", "ونفى", "وشنت"),
    and "ال" before such a noun (``article``: "القمة"): the scanner strips a proclitic only where
    four letters are left (see ``phrases.MIN_STRIPPED_LETTERS``), and news joins most verbs with a
    conjunction. Not where that makes a given name ("ف" + "يصل" is "فيصل") or another common word
    (``ar/conjoined_words.tsv``: "ف" + "دان" is "فدان")."""
    names = _given_names() | _conjoined_words()
    out = []
    for form in map(str, forms):
        out.append(form)
        if " " not in form and len(phrase_key(form)) == 3:
            out += [joined for joined in ("\u0648" + form, "\u0641" + form) if phrase_key(joined) not in names]
            if article:
                out.append("\u0627\u0644" + form)  # "القمة", and with it "والقمة", "بالقمة", "للقمة"
    return out


@lru_cache(maxsize=1)
def _conjoined_words() -> frozenset[str]:
    """Common words a conjunction and a short trigger would spell (``ar/conjoined_words.tsv``)."""
    return frozenset(phrase_key(row[0]) for _, row in read_tsv("ar/conjoined_words.tsv", 1))


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The common given names of ``ar/given_names.tsv``, as phrase keys."""
    return frozenset(phrase_key(name) for name, _ in given_names())


@lru_cache(maxsize=None)
def cue_words(kind: str) -> frozenset[str]:
    """The one-word cues of a kind, folded: "topic" words make "في X" after them the topic
    ("الحرب في اليمن"), not the place; after an "act" a nisba names its doer ("هجوم إسرائيلي");
    a "series" word makes a meeting one of those reported ("الجولة الثالثة")."""
    return frozenset(key for key in (phrase_key(form) for form, k in _cue_pairs() if k == kind) if key and " " not in key)

