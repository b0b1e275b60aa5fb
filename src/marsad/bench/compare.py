"""What users would otherwise pick, side by side with marsad on the same articles.

- Dates: ``dateparser.search_dates(text, languages=["ar"])`` against marsad's temporal stage
  (through ``marsad.dates.compare`` when the dates package provides it).  The figures are
  speed and the number of expressions found; their quality is scored by ``marsad eval``.
- Names: the actor matcher's own speed, in megabytes of text a second (no library to set
  beside it: none reads Arabic names with their clitics).
- HTML: ``trafilatura.extract`` alone against marsad's cleaning (trafilatura, then the
  layout rules), on the synthetic pages, whose article text and site chrome are known:
  the share of article paragraphs kept, and the chrome lines that leak through.

A missing optional package (``pip install 'marsad[bench]'``) gives ``{"error": ...}``.
"""

from __future__ import annotations

import datetime as dt
import time

from .. import api
from ..errors import InputError
from ..ingest.page import Page
from ..model import Source
from ..options import Options
from .corpus import CHROME_BOTTOM, Article

# Lines of the synthetic pages' chrome that are not ordinary words of an article.
CHROME_LINES = CHROME_BOTTOM + ("الأكثر قراءة", "اتصل بنا")


def dates(sample: list[Article], reference_date: dt.date) -> dict:
    texts = [a.text for a in sample]
    try:
        from ..dates import compare as ours
    except ImportError:
        ours = None
    out = {"articles": len(texts)}
    marsad_run = getattr(ours, "marsad_timexes", None)
    if marsad_run is not None:
        marsad_run(texts[:1], reference_date)  # load the data first: start-up is measured elsewhere
        found, seconds = marsad_run(texts, reference_date)
        out["marsad"] = {"found": found, "seconds": seconds}
    else:
        out["marsad"] = {"error": "marsad.dates.compare.marsad_timexes is not available"}
    baseline = getattr(ours, "dateparser_baseline", None) or _dateparser_baseline
    try:
        baseline(texts[:1])
        found, seconds = baseline(texts)
        out["dateparser"] = {"found": found, "seconds": seconds}
    except ImportError as exc:
        out["dateparser"] = {"error": f"{exc}; pip install 'marsad[bench]'"}
    return out


def matching(sample: list[Article]) -> dict:
    """The actor matcher alone (knowledge-base names, honorifics and verbs of saying, in one
    automaton pass over the folded tokens): megabytes of UTF-8 text a second on one core."""
    from ..actors.match import find_hits

    texts = [a.text for a in sample]
    find_hits.__wrapped__(texts[0])  # load the knowledge base first: start-up is measured elsewhere
    found = 0
    start = time.process_time()
    for text in texts:
        found += len(find_hits.__wrapped__(text).names)
    seconds = time.process_time() - start
    size = sum(len(t.encode("utf-8")) for t in texts)
    return {"articles": len(texts), "megabytes": size / 1e6, "seconds": seconds, "names": found,
            "mb_per_s_per_core": size / 1e6 / seconds if seconds else None}


def html(sample: list[Article], options: Options) -> dict:
    pages = [a.html() for a in sample]
    out = {"articles": len(pages)}
    try:
        import trafilatura
    except ImportError as exc:
        return {**out, "error": str(exc)}
    trafilatura.extract(pages[0])
    start = time.perf_counter()
    texts = [trafilatura.extract(p) or "" for p in pages]
    out["trafilatura"] = {"seconds": time.perf_counter() - start, **_quality(sample, texts)}

    ctx = api.make_context(options)
    as_page = [Page(id=a.id, source=Source(path=None, url=a.url, format="html"), html=p) for a, p in zip(sample, pages)]
    api.process_page(as_page[0], ctx, [])
    start = time.perf_counter()
    texts = []
    for page in as_page:
        try:
            doc = api.process_page(page, ctx, [])
            texts.append(doc.body)
        except InputError:
            texts.append("")
    out["marsad"] = {"seconds": time.perf_counter() - start, **_quality(sample, texts)}
    return out


def _quality(sample: list[Article], texts: list[str]) -> dict:
    kept = total = leaked = 0
    for article, text in zip(sample, texts):
        lines = {line.strip() for line in text.splitlines()}
        flat = " ".join(text.split())  # whitespace as extractors normalise it (no-break spaces)
        total += len(article.paragraphs)
        kept += sum(1 for p in article.paragraphs if " ".join(p.split()) in flat)
        leaked += sum(1 for c in CHROME_LINES if c in lines)
    return {"paragraphs_kept": kept / total if total else 0.0, "chrome_lines_leaked": leaked}


def _dateparser_baseline(texts: list[str]) -> tuple[int, float]:
    """dateparser.search_dates over the texts: (expressions found, seconds)."""
    from dateparser.search import search_dates

    start = time.perf_counter()
    found = sum(len(search_dates(t, languages=["ar"]) or ()) for t in texts)
    return found, time.perf_counter() - start
