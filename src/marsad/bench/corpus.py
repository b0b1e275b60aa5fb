"""The benchmark's synthetic corpus, built from the bundled seed pages and nothing else.

The seed pages are cleaned (the pipeline's first step only) and cut into sentences; article
``i`` then draws its title and its paragraphs (two to four sentences each) from that pool
with choices derived from a hash of ``(seed, i, draw)``, so a corpus of N articles is the
same on every machine and every Python.  Articles are about as long as the ANT development
articles (500 to 3,500 characters, 2,000 on average).  The seeds tell of a few meetings, so
each article moves their years (by up to ten) and days of the month: otherwise every
article would report the same events and the timeline would be one record.  Every other
article carries a publication date in its metadata, as crawled news does.

The same articles are written as JSON Lines (clean text, like ``ant-dev.jsonl``), as HTML
pages with site chrome around them, and as WARC files of those pages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .. import api
from ..options import Options
from ..text.sentences import split_sentences

MIN_CHARS, MAX_CHARS = 500, 3100  # an article grows past its drawn length by a paragraph
_YEAR_RE = re.compile(r"(?<![0-9])(20[0-2][0-9])(?![0-9])")
_DAY_RE = re.compile(r"(?<![0-9.,/])([1-9]|[12][0-9]|3[01])(?![0-9.,/])")
YEAR_SHIFTS = 21  # years move by -10..+10
# Site chrome around the HTML pages: what a cleaner must drop.
CHROME_TOP = ("الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "اتصل بنا")
CHROME_BOTTOM = ("اقرأ أيضا: روسيا والصين تعززان التعاون الاقتصادي", "جميع الحقوق محفوظة", "سياسة الخصوصية")
EPOCH = dt.date(2018, 1, 1)


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    url: str
    title: str
    paragraphs: tuple[str, ...]
    published: str | None

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    def record(self) -> dict:
        """The JSON Lines record (``{"id","url","title","text","published"?}``)."""
        rec = {"id": self.id, "url": self.url, "title": self.title, "text": self.text}
        if self.published:
            rec["published"] = self.published
        return rec

    def html(self) -> str:
        """A news page: navigation, the article, related links and a footer."""
        esc = html.escape
        nav = "".join(f'<li><a href="/{i}">{esc(w)}</a></li>' for i, w in enumerate(CHROME_TOP))
        body = "".join(f"<p>{esc(p)}</p>" for p in self.paragraphs)
        meta = f'<meta property="article:published_time" content="{self.published}">' if self.published else ""
        foot = "".join(f"<p>{esc(w)}</p>" for w in CHROME_BOTTOM)
        return (
            f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(self.title)} - مرصد الأخبار</title>{meta}</head>'
            f'<body><header><nav><ul>{nav}</ul></nav></header><main><article><h1>{esc(self.title)}</h1>{body}</article></main>'
            f"<aside><h3>الأكثر قراءة</h3><ul><li>{esc(CHROME_BOTTOM[0])}</li></ul></aside><footer>{foot}</footer></body></html>"
        )


@lru_cache(maxsize=1)
def sentence_pool() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(titles, sentences) of the bundled seed pages after cleaning."""
    titles, sentences = [], []
    options = Options(reference_date=dt.date(2025, 11, 1), stages=())
    for doc in api.iter_process([str(api.bundled_corpus())], options):
        if not hasattr(doc, "body"):
            continue
        found = [s.text for s in split_sentences(doc.body) if len(s.text) >= 20]
        sentences += found
        titles.append(doc.title or (found[0] if found else ""))
    return tuple(t for t in titles if t), tuple(sentences)


def articles(n: int, seed: int = 0) -> Iterator[Article]:
    """``n`` synthetic articles, the same for the same ``n`` and ``seed``."""
    titles, pool = sentence_pool()
    for i in range(n):
        pick = _picker(seed, i)
        shift = pick(YEAR_SHIFTS) - YEAR_SHIFTS // 2
        days = pick(28)
        target = MIN_CHARS + pick(MAX_CHARS - MIN_CHARS + 1)
        paragraphs: list[str] = []
        size = 0
        while size < target:
            para = " ".join(_vary(pool[pick(len(pool))], shift, days) for _ in range(2 + pick(3)))
            paragraphs.append(para)
            size += len(para) + 1
        published = (EPOCH + dt.timedelta(days=pick(2900))).isoformat() if i % 2 == 0 else None
        title = _vary(titles[pick(len(titles))], shift, days)
        yield Article(f"syn-{seed}-{i:06d}", f"https://news.example.org/{seed}/{i:06d}.html", title, tuple(paragraphs), published)


def write_jsonl(path: str | Path, items: list[Article]) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for a in items:
            fh.write(json.dumps(a.record(), ensure_ascii=False) + "\n")
    return path


def write_shards(folder: str | Path, items: list[Article], shards: int) -> list[Path]:
    """The articles as ``shards`` JSON Lines files of about equal size."""
    folder = Path(folder)
    size = -(-len(items) // max(1, shards))
    return [write_jsonl(folder / f"synthetic-{k:03d}.jsonl", items[k * size : (k + 1) * size]) for k in range(shards) if items[k * size : (k + 1) * size]]


def warc_bytes(items: list[Article], gz: bool = True) -> bytes:
    """The articles' HTML pages as WARC response records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for a in items:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(a.url, "response", payload=io.BytesIO(a.html().encode("utf-8")), http_headers=headers)
        writer.write_record(rec)
    return buf.getvalue()


def _picker(seed: int, i: int):
    """``pick(n)``: the next of a stream of numbers in [0, n) fixed by ``(seed, i)``."""
    count = [0]

    def pick(n: int) -> int:
        count[0] += 1
        digest = hashlib.blake2b(f"{seed}:{i}:{count[0]}".encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big") % n

    return pick


def _vary(text: str, shift: int, days: int) -> str:
    """Years moved by ``shift``, days of the month (numbers 1 to 31) by ``days`` (mod 28)."""
    text = _YEAR_RE.sub(lambda m: str(int(m.group(1)) + shift), text) if shift else text
    return _DAY_RE.sub(lambda m: str((int(m.group(1)) - 1 + days) % 28 + 1), text) if days else text
