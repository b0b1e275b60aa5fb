"""A raw page as read from its source, before cleaning."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..model import Source


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    source: Source
    text: str | None = None  # a plain-text dump, or article text already clean (JSONL "text")
    html: str | None = None
    published: str | None = None  # a date given by the source's metadata (JSONL, WARC, HTML)
    title: str | None = None  # a title given by the source's metadata
    clean: bool = False  # True when ``text`` is article text already (no site chrome to remove)


def stable_id(prefix: str, key: str) -> str:
    """An id derived from the source: ``prefix_`` and 16 hex digits of SHA-1 of ``key``."""
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{prefix}_{digest}"
