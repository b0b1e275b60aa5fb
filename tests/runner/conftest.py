"""Tiny sharded inputs built from the bundled seeds: a WARC of HTML pages and a JSONL file."""

from __future__ import annotations

import json

import pytest

from marsad import api
from marsad.bench import corpus
from marsad.errors import MarsadError


@pytest.fixture(scope="session")
def tiny_inputs(tmp_path_factory):
    """[WARC of 3 pages, JSONL of 4 articles and a bad line, the seed pages, a missing file]."""
    root = tmp_path_factory.mktemp("tiny")
    articles = list(corpus.articles(7, seed=42))
    warc = root / "crawl.warc.gz"
    warc.write_bytes(corpus.warc_bytes(articles[:3]))
    jsonl = corpus.write_jsonl(root / "batch.jsonl", articles[3:])
    with open(jsonl, "a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    pages = root / "pages"
    pages.mkdir()
    for path in sorted(api.bundled_corpus().glob("*.txt")):
        (pages / path.name).write_bytes(path.read_bytes())
    return [str(warc), str(jsonl), str(pages), str(root / "missing.jsonl")]


def single_process(inputs, options):
    """What the single-process runner makes of ``inputs``: (merged documents, errors, timeline)."""
    docs, errors = [], []
    for item in api.iter_process(inputs, options):
        (errors if isinstance(item, MarsadError) else docs).append(item)
    merged = api.merge(docs, options)
    timeline = getattr(api, "timeline", None)
    records = timeline(sorted(merged, key=lambda d: d.id), options) if timeline else None
    return merged, [str(e) for e in errors], records


def parquet_output(out):
    """(documents, events, failures, timeline) of a Parquet output directory, order-free."""
    from marsad.runner import parquet

    docs = parquet.read_table(out, "documents").to_pylist()
    events = parquet.read_table(out, "events").to_pylist()
    failures = (out / "failures.txt").read_text("utf-8").splitlines()
    timeline = json.loads((out / "timeline.json").read_text("utf-8")) if (out / "timeline.json").exists() else None
    return docs, events, failures, timeline


def assert_same_output(out, inputs, options):
    """The Parquet output under ``out`` equals the single-process run over ``inputs``."""
    from marsad.runner.parquet import event_countries, month_of

    merged, errors, records = single_process(inputs, options)
    docs, events, failures, timeline = parquet_output(out)
    assert sorted(r["record"] for r in docs) == sorted(d.to_json() for d in merged)
    by_id = {d.id: d for d in merged}
    for row in docs:
        doc = by_id[row["id"]]
        assert row["month"] == month_of(doc)
        assert (row["path"], row["url"], row["outlet"], row["title"]) == (doc.source.path, doc.source.url, doc.outlet.name, doc.title)
        assert (row["published"].isoformat() if row["published"] else None) == doc.published.date
    want_events = sorted((d.id, ev.id, ev.type, ev.date, tuple(event_countries(ev))) for d in merged for ev in d.events)
    assert sorted((r["doc_id"], r["event_id"], r["type"], r["date"], tuple(r["countries"])) for r in events) == want_events
    assert sorted(json.loads(r["record"])["id"] for r in events) == sorted(ev.id for d in merged for ev in d.events)
    assert sorted(failures) == sorted(errors)
    if records is not None:
        key = lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True)  # noqa: E731
        assert sorted(map(key, timeline)) == sorted(map(key, records))
