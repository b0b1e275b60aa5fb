"""Display names for codes in exports: countries by ISO3, from the actor knowledge base."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)
def country_name(iso3: str) -> str:
    """"Syria" for "SYR"; the code itself when the knowledge base does not know it."""
    from ..actors.kb import knowledge_base

    actor = knowledge_base().actors.get(iso3)
    return actor.name if actor is not None and actor.type == "GPE" else iso3
