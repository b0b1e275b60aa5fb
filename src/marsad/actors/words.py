"""Word lists the actor stage reads: function words, and given names with where each names a person."""

from __future__ import annotations

from functools import lru_cache

from ..errors import M201, DataError
from ..resources import read_tsv
from ..text.normalize import fold_key
from ..text.tokens import CONJUNCTIONS

_GIVEN = "ar/given_names.tsv"
USES = ("name", "word")  # a name wherever it stands / also a common word: a name after a cue
_ABD = "\u0639\u0628\u062f"  # عبد: "عبدالكريم" is also written "عبد الكريم"


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words (data/ar/stopwords.tsv), folded: no name begins or goes on with one."""
    return frozenset(fold_key(row[0]) for _, row in read_tsv("ar/stopwords.tsv", 1))


@lru_cache(maxsize=1)
def given_names() -> tuple[tuple[str, str], ...]:
    """``(name as written, use)`` for each listed given name (see the file's head)."""
    rows = []
    for line, (name, use) in read_tsv(_GIVEN, 2):
        if use not in USES:
            raise DataError(M201.format(path=_GIVEN, line=line, reason=f"unknown use {use!r} (name or word)"))
        rows.append((name, use))
    return tuple(rows)


@lru_cache(maxsize=1)
def plain_given_names() -> frozenset[str]:
    """The listed given names that are no common word ("ألكسندر", "عثمان"; not "كامل", "أمين"),
    folded: each begins a name with no title or verb before it."""
    return frozenset(fold_key(name) for name, use in given_names() if use == "name") - stopwords()


@lru_cache(maxsize=1)
def plain_given_name_forms() -> frozenset[str]:
    """Those names, and each after "و" or "ف": the tokens that begin a name with no cue."""
    plain = plain_given_names()
    apart = {_ABD + " " + name[len(_ABD):] for name in plain if name.startswith(_ABD) and len(name) > len(_ABD) + 2}
    return plain | apart | {c + name for name in plain for c in CONJUNCTIONS}


@lru_cache(maxsize=1)
def plain_given_name_keys() -> frozenset[str]:
    """The names a given-name hit may be, as phrase keys: each name, and "عبد الكريم" written apart."""
    return plain_given_names() | {k for k in plain_given_name_forms() if " " in k}



@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """Nouns of office and occupation (data/ar/role_nouns.tsv), folded, without the article."""
    return frozenset(fold_key(row[0]) for _, row in read_tsv("ar/role_nouns.tsv", 1))
