"""One measurement in a fresh interpreter: ``python -m marsad.bench.probe [--reference-date D] INPUT...``.

Prints one JSON object: the import time of ``marsad.cli``, the first document (which loads
the language data), then for every other document the time of each step, in CPU seconds
of this process and in wall seconds: reading the page, cleaning, each entry of
``api.STAGES``, and writing the record (its check and JSON); then the cross-document
steps over all documents (``api.merge``, ``api.timeline``).  Also resident memory once the
data is loaded, and the peak.  The benchmark runs it in a subprocess so that neither its own
imports nor an earlier corpus count.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import marsad.cli  # noqa: E402,F401  (what `marsad` imports before doing anything)

_IMPORTED = time.perf_counter()

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from collections import defaultdict  # noqa: E402

from .. import api  # noqa: E402
from ..errors import InputError, MarsadError  # noqa: E402
from ..ingest.readers import iter_pages  # noqa: E402
from ..options import Options  # noqa: E402


class _Clock:
    """Wall and CPU seconds, summed by step."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self._mark = (time.perf_counter(), time.process_time())

    def lap(self, step: str | None) -> None:
        """Charge the time since the last lap to ``step`` (None: to nothing)."""
        now = (time.perf_counter(), time.process_time())
        if step is not None:
            self.wall[step] += now[0] - self._mark[0]
            self.cpu[step] += now[1] - self._mark[1]
        self._mark = now


def measure(inputs: list[str], options: Options) -> dict:
    ctx = api.make_context(options)
    stages = api.stage_functions(options.stages)
    clock = _Clock()
    docs = []
    failed = 0
    first_document_s = None
    rss_loaded_mb = None
    pages = iter_pages(inputs, max_bytes=options.max_bytes)
    while True:
        charge = first_document_s is not None  # the first document is start-up, not throughput
        item = next(pages, None)
        clock.lap("read" if charge else None)
        if item is None:
            break
        if isinstance(item, MarsadError):
            failed += 1
            continue
        try:
            doc = api.process_page(item, ctx, [])
        except InputError:
            failed += 1
            clock.lap(None)
            continue
        clock.lap("clean" if charge else None)
        for name, run in stages:
            doc = run(doc, ctx)
            clock.lap(name if charge else None)
        doc.check().to_json()
        clock.lap("write" if charge else None)
        docs.append(doc)
        if first_document_s is None:
            first_document_s = time.perf_counter() - _IMPORTED
            rss_loaded_mb = _rss_mb()
            clock.lap(None)
    merged = api.merge(docs, options)
    clock.lap("merge")
    timeline = getattr(api, "timeline", None)
    if timeline is not None:
        timeline(sorted(merged, key=lambda d: d.id), options)
        clock.lap("timeline")
    return {
        "inputs": inputs,
        "articles": len(docs),
        "failed": failed,
        "import_s": _IMPORTED - _STARTED,
        "first_document_s": first_document_s,
        "rss_loaded_mb": rss_loaded_mb,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "steps": {step: {"cpu_s": clock.cpu[step], "wall_s": clock.wall[step]} for step in clock.wall},
    }


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m marsad.bench.probe")
    parser.add_argument("--reference-date", type=dt.date.fromisoformat, default=None)
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args(argv)
    result = measure(args.inputs, Options(reference_date=args.reference_date))
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
