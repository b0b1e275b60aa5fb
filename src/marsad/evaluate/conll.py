"""``marsad eval --conll FILE``: the actor stage scored on a CoNLL named-entity file.

FILE has a token a line, its tag last (``B-PERS``, ``I-LOC``, ``O``: ANERCorp's BIO tags; a
blank line ends a sentence, as does the token "."). The tokens are joined by spaces into
texts of :data:`WINDOW` sentences (a news story's length: names linked inside a text, such as
a surname after the full name, stay inside it), and each text goes through the actor stage.
Every mention of an entity tags the tokens it overlaps, its first token ``B-``: a person
``PERS``, a country, city or other place ``LOC``, an organisation ``ORG``. Scoring is
CoNLL's (conlleval): an entity counts when its type and its exact token span agree;
precision, recall and F1 per type and over the three. ``MISC`` is not scored.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Any, Iterator

from ..errors import M202, DataError
from ..model import Document
from ..options import Context
from .sentences import _fmt, _scores

TYPES = ("PERS", "LOC", "ORG")
# The stage's entity types, as CoNLL tags them.
KIND = {"PER": "PERS", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
WINDOW = 20  # sentences a text
_ENDS = {".", "!", "?", "\u061f"}


def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences of ``(token, tag)``; tags reduced to ``B-X``, ``I-X`` or ``O``."""
    p = Path(path)
    try:
        lines = p.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(M202.format(path=p, reason=f"cannot read a CoNLL file ({exc.__class__.__name__})")) from None
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if not parts or line.startswith("-DOCSTART-"):
            if current:
                sentences.append(current)
                current = []
            continue
        if len(parts) < 2:
            raise DataError(M202.format(path=f"{p}:{n}", reason="a token line needs a token and a tag"))
        tag = parts[-1]
        if tag != "O" and not (len(tag) > 2 and tag[1] == "-" and tag[0] in "BI"):
            raise DataError(M202.format(path=f"{p}:{n}", reason=f"tag {tag!r} is not BIO"))
        current.append((parts[0], tag))
        if parts[0] in _ENDS:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    if not sentences:
        raise DataError(M202.format(path=p, reason="no tokens"))
    return sentences


def chunks(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entities of a BIO sequence as ``(first, last + 1, type)``, conlleval's way: an ``I-`` of
    another type than the one open, or after ``O``, opens an entity of its own."""
    out: set[tuple[int, int, str]] = set()
    start, kind = None, None
    for k, tag in enumerate([*tags, "O"]):
        prefix, _, this = tag.partition("-")
        if start is not None and (prefix != "I" or this != kind):
            out.add((start, k, kind))
            start, kind = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = k, this
    return out


def predict(tokens: list[str], ctx: Context) -> list[str]:
    """The actor stage's tags for the tokens of one text."""
    from ..actors.stage import run as actors

    starts, pieces, size = [], [], 0
    for tok in tokens:
        starts.append(size)
        pieces.append(tok)
        size += len(tok) + 1
    body = " ".join(pieces)
    ends = [s + len(t) for s, t in zip(starts, tokens)]
    doc = actors(Document(id="conll", body=body), ctx)
    tags = ["O"] * len(tokens)
    for entity in doc.entities:
        kind = KIND.get(entity.type)
        if kind is None:
            continue
        for m in entity.mentions:
            first = bisect_right(ends, m.start)  # the first token ending after the mention starts
            last = bisect_left(starts, m.end)  # the tokens starting before it ends
            if first >= last or any(t != "O" for t in tags[first:last]):
                continue
            tags[first] = "B-" + kind
            for k in range(first + 1, last):
                tags[k] = "I-" + kind
    return tags


def _windows(sentences: list[list[tuple[str, str]]]) -> Iterator[list[tuple[str, str]]]:
    for k in range(0, len(sentences), WINDOW):
        yield [pair for sent in sentences[k : k + WINDOW] for pair in sent]


def evaluate_conll(path: str | Path, ctx: Context) -> dict[str, Any]:
    """Per type and overall: tp, fp, fn, precision, recall, F1 (exact spans), and the counts."""
    sentences = read_conll(path)
    tally = {t: [0, 0, 0] for t in TYPES}
    tokens = 0
    for window in _windows(sentences):
        words = [w for w, _ in window]
        gold = {c for c in chunks([t for _, t in window]) if c[2] in TYPES}
        found = {c for c in chunks(predict(words, ctx)) if c[2] in TYPES}
        tokens += len(words)
        for kind in TYPES:
            g = {c for c in gold if c[2] == kind}
            f = {c for c in found if c[2] == kind}
            tally[kind][0] += len(g & f)
            tally[kind][1] += len(f - g)
            tally[kind][2] += len(g - f)
    types = {kind: _scores((*tally[kind], tally[kind][0] + tally[kind][2])) for kind in TYPES}
    overall = _scores((*(sum(tally[k][i] for k in TYPES) for i in range(3)), sum(tally[k][0] + tally[k][2] for k in TYPES)))
    return {"file": str(path), "sentences": len(sentences), "tokens": tokens, "types": types, "overall": overall}


def format_conll(result: dict[str, Any]) -> str:
    lines = [f"CoNLL named entities, exact spans ({result['file']}: {result['sentences']} sentences, {result['tokens']} tokens)",
             f"{'type':<10}{'gold':>6}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>7}{'R':>7}{'F1':>7}"]
    for kind, s in [*result["types"].items(), ("overall", result["overall"])]:
        lines.append(f"{kind:<10}{s['n']:>6}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}{_fmt(s['precision']):>7}{_fmt(s['recall']):>7}{_fmt(s['f1']):>7}")
    return "\n".join(lines)
