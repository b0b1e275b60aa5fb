"""The library API: what the CLI, the web app and the cluster runner call.

A document goes through :data:`STAGES` in order; each stage is a pure function
``run(doc, ctx) -> Document``.  The first step, cleaning, turns a raw page into a document.
Collections of documents then go through :func:`merge` (the cross-document timeline).
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .clean.extract import extract
from .errors import InputError, MarsadError
from .ingest.page import Page, stable_id
from .ingest.readers import iter_pages
from .model import Document, Source
from .options import Context, Options

# (name, "module:function"): the pipeline after cleaning, in order.  Actors come before dates
# (their terms of office bound the publication date); roles and events need the date.
STAGES: tuple[tuple[str, str], ...] = (
    ("actors", ".actors.stage:run"),
    ("dates", ".dates.stage:run"),
    ("roles", ".actors.roles:run"),
    ("events", ".events.stage:run"),
)

Stage = Callable[[Document, Context], Document]


def stage_functions(names: Iterable[str] | None = None) -> list[tuple[str, Stage]]:
    wanted = set(names) if names is not None else None
    out = []
    for name, target in STAGES:
        if wanted is not None and name not in wanted:
            continue
        module, func = target.split(":")
        out.append((name, getattr(importlib.import_module(module, __package__), func)))
    return out


# The collector's thresholds for a run: a page makes thousands of small tuples that die young,
# and the default (700, 10, 10) collects the young generation every few hundred of them and the
# whole heap, loaded data included, every few pages (+13% articles per second on the synthetic
# corpus in `marsad bench`, the same peak memory).
GC_THRESHOLDS = (50_000, 20, 10)


def make_context(options: Options | None = None) -> Context:
    """The stage context: the reference date ("today" unless given) and the bounds providers.
    Also sets the garbage collector's thresholds for a pipeline run (``GC_THRESHOLDS``)."""
    gc.set_threshold(*GC_THRESHOLDS)
    options = options or Options()
    reference = options.reference_date or dt.date.today()
    providers = []
    for _, target in BOUNDS_PROVIDERS:
        module, func = target.split(":")
        providers.append(getattr(importlib.import_module(module, __package__), func))
    return Context(reference_date=reference, options=options, bounds_providers=tuple(providers))


# (name, "module:function"): readers of a document that bound its publication date.
BOUNDS_PROVIDERS: tuple[tuple[str, str], ...] = (("terms", ".actors.terms:bounds"),)


def process_page(page: Page, ctx: Context, stages: list[tuple[str, Stage]] | None = None) -> Document:
    """Clean one page and run every stage over it."""
    doc = extract(page)
    for name, run in stages if stages is not None else stage_functions(ctx.options.stages):
        doc = run(doc, ctx)
        if not isinstance(doc, Document):
            raise TypeError(f"stage {name} returned {type(doc).__name__}, not a Document")
    return doc.check()


def iter_process(inputs: Iterable[str], options: Options | None = None) -> Iterator[Document | MarsadError]:
    """Process every page of every input; a page that fails yields its error and the rest go on."""
    ctx = make_context(options)
    stages = stage_functions(ctx.options.stages)
    for item in iter_pages(inputs, max_bytes=ctx.options.max_bytes):
        if isinstance(item, MarsadError):
            yield item
            continue
        try:
            yield process_page(item, ctx, stages)
        except InputError as exc:  # a bad page; data and store errors stop the run
            yield exc


def process(text_or_path: str | Path | Iterable[str | Path], *, options: Options | None = None) -> list[Document]:
    """Documents from a path (file, directory, glob), a list of paths, or page text itself.

    Raises the first error when nothing could be processed; otherwise skips bad pages.
    """
    if isinstance(text_or_path, (str, Path)) and not _is_path(text_or_path):
        ctx = make_context(options)
        text = str(text_or_path)
        page = Page(id=stable_id("text", text), source=Source(path=None, url=None, format="text"), text=text)
        return [process_page(page, ctx)]
    inputs = [str(text_or_path)] if isinstance(text_or_path, (str, Path)) else [str(p) for p in text_or_path]
    docs, errors = [], []
    for item in iter_process(inputs, options):
        (errors if isinstance(item, MarsadError) else docs).append(item)
    if not docs and errors:
        raise errors[0]
    return merge(docs, options)


def merge(docs: list[Document], options: Options | None = None) -> list[Document]:
    """Cross-document steps: publication dates narrowed by the events other documents date.

    Returns the documents in order; a narrowed one has its dates resolved again and the
    stages that read the publication date re-run (see :mod:`marsad.timeline.narrow`).
    """
    from .timeline.narrow import narrow_published

    ctx = make_context(options)
    return narrow_published(docs, ctx, stage_functions(ctx.options.stages))


def timeline(docs: list[Document], options: Options | None = None) -> list[dict]:
    """SPEC timeline records: one per real-world happening, with every document's report of it.

    ``docs`` are taken as they are (run :func:`merge` first to narrow publication dates).
    """
    from .timeline import build

    return build(docs)


def _is_path(value: str | Path) -> bool:
    if isinstance(value, Path):
        return True
    if "\n" in value or len(value) > 4096:
        return False
    return Path(value).exists() or any(ch in value for ch in "*?[")


def bundled_corpus() -> Path:
    """The example corpus shipped in the package (the five seed pages)."""
    from .resources import data_path

    return data_path("corpus", "seeds")


__all__ = ["process", "iter_process", "process_page", "make_context", "bundled_corpus", "STAGES", "InputError"]
