"""Finding knowledge-base names in a text (see :mod:`marsad.text.phrases` for the scanner)."""

from __future__ import annotations

from functools import lru_cache

from ..text.phrases import PhraseHit, scan
from .kb import Alias, knowledge_base

Hit = PhraseHit[Alias]


def kinds(hit: Hit) -> set[str]:
    return {a.kind for a in hit.payloads}


@lru_cache(maxsize=32)
def find_hits(text: str) -> tuple[Hit, ...]:
    """Every knowledge-base alias occurrence in ``text``, longest first, not overlapping."""
    return scan(text, knowledge_base().names)
