"""Full-text search with Arabic folding and light clitic stripping, the same on both databases.

A document is indexed as its folded title and body (alef, ya, ta marbuta and hamza forms,
diacritics and tatweel folded; see :mod:`marsad.text.normalize`) followed by one line of the
stems its words give when proclitics are stripped (و ف ب ل ك ال: ``وبالعاصمة`` also indexes
``العاصمه`` and ``عاصمه``).  A query word matches when one of its own stems is an indexed
word or, for stems of four letters or more, the start of one (``سوري`` finds ``السورية``).

The query languages (SQLite FTS5 MATCH, PostgreSQL tsquery) only ever see letters and digits
from the query, quoted, and travel as bound parameters.
"""

from __future__ import annotations

import re

from ..text.normalize import fold_key
from ..text.tokens import strip_clitics, tokenize

_LETTERS_RE = re.compile(r"[^\W_]+")
_SPACES_RE = re.compile(r"\s+")
PREFIX_MIN = 4  # stems this long also match words that start with them
MAX_TERMS = 12  # words of a query beyond this are ignored


def search_key(text: str) -> str:
    """Folded text for search: alef/ya/ta marbuta forms, diacritics and tatweel folded."""
    return fold_key(text).lower()


def index_text(title: str | None, body: str) -> str:
    """What the full-text index stores for a document: folded text, then a line of stems."""
    folded = search_key(f"{title or ''}\n{body}")
    stems: dict[str, None] = {}
    for word in _LETTERS_RE.findall(folded):
        for stem in strip_clitics(word)[1:]:
            stems.setdefault(stem, None)
    return folded + "\n" + " ".join(stems)


def query_terms(query: str) -> list[tuple[str, ...]]:
    """For each word of the query, the forms that may match it (the word and its stems)."""
    out: list[tuple[str, ...]] = []
    for word in _LETTERS_RE.findall(search_key(query))[:MAX_TERMS]:
        forms = tuple(strip_clitics(word))
        if forms not in out:
            out.append(forms)
    return out


def fts5_query(terms: list[tuple[str, ...]]) -> str:
    """An FTS5 MATCH expression: every word, each as any of its forms."""
    groups = []
    for forms in terms:
        alts = ['"' + f.replace('"', '""') + '"' + ("*" if len(f) >= PREFIX_MIN else "") for f in forms]
        groups.append("(" + " OR ".join(alts) + ")")
    return " AND ".join(groups)


def ts_query(terms: list[tuple[str, ...]]) -> str:
    """A PostgreSQL to_tsquery expression with the same meaning as :func:`fts5_query`."""
    groups = []
    for forms in terms:
        alts = ["'" + f.replace("'", "''") + "'" + (":*" if len(f) >= PREFIX_MIN else "") for f in forms]
        groups.append("(" + " | ".join(alts) + ")")
    return " & ".join(groups)


def matcher(terms: list[tuple[str, ...]]):
    """A test of a text word (given as its stems): does it match any query word?"""
    exact = frozenset(f for forms in terms for f in forms)
    prefixes = tuple(sorted(f for f in exact if len(f) >= PREFIX_MIN))

    def match(word_forms: list[str]) -> bool:
        return any(w in exact or (prefixes and w.startswith(prefixes)) for w in word_forms)

    return match


def snippets(text: str, query: str, width: int = 80, most: int = 3) -> list[list[tuple[str, bool]]]:
    """Passages of ``text`` around the words that match ``query``, as ``(piece, is_match)`` runs.

    Offsets come from the original text, so the passages show it exactly as written.
    """
    terms = query_terms(query)
    if not terms or not text:
        return []
    match = matcher(terms)
    hits = [(t.start, t.end) for t in tokenize(text) if match(strip_clitics(t.norm))]
    windows: list[list[int]] = []
    for start, end in hits:
        lo, hi = max(0, start - width), min(len(text), end + width)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        elif len(windows) < most:
            windows.append([lo, hi])
    out = []
    for lo, hi in windows:
        lo, hi = _word_edge(text, lo, -1), _word_edge(text, hi, 1)
        runs: list[tuple[str, bool]] = [] if lo == 0 else [("\N{HORIZONTAL ELLIPSIS}", False)]
        pos = lo
        for start, end in hits:
            if start < lo or end > hi:
                continue
            if start > pos:
                runs.append((text[pos:start], False))
            runs.append((text[start:end], True))
            pos = end
        if hi > pos:
            runs.append((text[pos:hi], False))
        if hi < len(text):
            runs.append(("\N{HORIZONTAL ELLIPSIS}", False))
        out.append([(_SPACES_RE.sub(" ", piece), hit) for piece, hit in runs])
    return out


def _word_edge(text: str, pos: int, step: int) -> int:
    """Move ``pos`` outwards to a space so a passage does not cut a word (at most 20 chars)."""
    for _ in range(20):
        if pos <= 0 or pos >= len(text) or text[pos - 1 if step < 0 else pos].isspace():
            break
        pos += step
    return max(0, min(len(text), pos))
