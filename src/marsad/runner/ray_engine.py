"""Running the pipeline on a Ray cluster (or, with the same layout, here): Parquet out.

:func:`run_sharded` splits the inputs into shards (:mod:`.shards`), and every worker runs the
same pipeline (``api.iter_process``) over one shard at a time, writing its documents and
events as Parquet partitioned by publication month (:mod:`.parquet`).  Ray Data schedules
the shards over a pool of ``workers`` actors, each of which loads the language data once.
Then the driver reads the Parquet back, runs the cross-document steps (``api.merge``, which
may narrow publication dates and so rewrites the few documents it changes) and writes the
timeline (``api.timeline``) beside the tables.  The output equals the single-process run's.

Workers write into a staging directory inside the output; it replaces the previous output
only when the run has finished, so a failed run leaves the last good one.  On a cluster the
inputs and the output directory must be paths every node sees (a shared file system).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from .. import api
from ..errors import M701, M703, M704, ConfigError, MarsadError
from ..model import Document
from ..options import Options
from . import parquet
from .shards import Shard, plan_shards

ENGINES = ("local", "ray")
OUTPUT_NAMES = {parquet.DOCUMENTS, parquet.EVENTS, "timeline.json", "failures.txt", "manifest.json"}


@dataclass
class ShardResult:
    shard: int
    documents: int = 0
    events: int = 0
    failures: list[tuple[int, str]] = field(default_factory=list)  # (position, message)
    seconds: float = 0.0


@dataclass
class RunReport:
    """What a sharded run did, and how long each part took (written as manifest.json)."""

    engine: str
    workers: int
    shards: int
    documents: int = 0
    events: int = 0
    failed: int = 0
    changed_by_merge: int = 0
    timeline_records: int | None = None
    startup_s: float = 0.0  # starting or reaching Ray
    map_s: float = 0.0  # the shards, in parallel
    merge_s: float = 0.0  # reading back, api.merge, rewriting, the timeline
    total_s: float = 0.0


def run_sharded(
    inputs: list[str],
    options: Options,
    out: str | Path,
    *,
    engine: str = "ray",
    address: str | None = None,
    workers: int | None = None,
    echo: Callable[[str], None] = print,
    cross_document: bool = True,
) -> RunReport:
    """Process ``inputs`` shard by shard into Parquet under ``out``; bad pages are echoed and
    listed in ``failures.txt``, and the run goes on (see :class:`RunReport` for the counts).

    ``cross_document=False`` leaves out ``api.merge`` and the timeline (the benchmark times
    the shards alone that way; the output is then each document as its shard made it).
    """
    if engine not in ENGINES:
        raise ConfigError(f"[M705] engine {engine!r}: use one of {', '.join(ENGINES)}")
    began = time.perf_counter()
    out = Path(out)
    _check_output(out)
    shards = plan_shards(inputs, absolute=bool(address))
    staging = out / f".staging-{uuid.uuid4().hex[:12]}"
    staging.mkdir(parents=True)
    try:
        if engine == "ray":
            results, report = _map_on_ray(shards, options, staging, address, workers)
        else:
            report = RunReport(engine="local", workers=1, shards=len(shards))
            t = time.perf_counter()
            results = [process_shard(s, options, str(staging)) for s in shards]
            report.map_s = time.perf_counter() - t
        failures = [(r.shard, pos, msg) for r in results for pos, msg in r.failures]
        for _, _, message in sorted(failures):
            echo(f"marsad: {message}")
        report.documents = sum(r.documents for r in results)
        report.failed = len(failures)
        report.events = sum(r.events for r in results)
        records = None
        if cross_document:
            t = time.perf_counter()
            merged = _merge(staging, options, report)
            records = _timeline(merged, options)
            report.timeline_records = None if records is None else len(records)
            report.events = sum(len(d.events) for d in merged)
            report.merge_s = time.perf_counter() - t
        _write_text(staging / "failures.txt", "".join(f"{m}\n" for _, _, m in sorted(failures)))
        if records is not None:
            _write_text(staging / "timeline.json", _records_json(records))
        report.total_s = time.perf_counter() - began
        _write_text(staging / "manifest.json", json.dumps({"marsad": asdict(report), "inputs": list(inputs)}, ensure_ascii=False, indent=1) + "\n")
        _replace_output(out, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    echo(f"marsad: {report.documents} documents processed, {report.failed} failed; Parquet in {out}")
    return report


def process_shard(shard: Shard, options: Options, staging: str) -> ShardResult:
    """What every worker runs: the pipeline over one shard, written as Parquet under ``staging``."""
    began = time.perf_counter()
    result = ShardResult(shard.index)
    writer = parquet.ShardWriter(staging, parquet.part_name(shard.index))
    for position, item in enumerate(api.iter_process(list(shard.paths), options)):
        if isinstance(item, MarsadError):
            result.failures.append((position, str(item)))
            continue
        writer.add(item, shard.index, position)
    writer.close()
    result.documents, result.events = writer.documents, writer.events
    result.seconds = time.perf_counter() - began
    return result


class ShardWorker:
    """A Ray Data actor: one per worker, each with the language data loaded once."""

    def __init__(self, options: Options, staging: str):
        self.options = options
        self.staging = staging

    def __call__(self, row: dict) -> dict:
        result = process_shard(Shard(int(row["shard"]), tuple(str(p) for p in row["paths"])), self.options, self.staging)
        return {"result": json.dumps(asdict(result), ensure_ascii=False)}


def _map_on_ray(shards: list[Shard], options: Options, staging: Path, address: str | None, workers: int | None) -> tuple[list[ShardResult], RunReport]:
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise ConfigError(M703.format(reason=exc)) from None
    t = time.perf_counter()
    started = _start_ray(ray, address, workers)
    try:
        size = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        report = RunReport(engine="ray", workers=size, shards=len(shards), startup_s=time.perf_counter() - t)
        if not shards:
            return [], report
        context = ray.data.DataContext.get_current()
        logging.getLogger("ray.data").setLevel(logging.ERROR)  # no notice that bars are off
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        t = time.perf_counter()
        ds = ray.data.from_items([{"shard": s.index, "paths": list(s.paths)} for s in shards], override_num_blocks=len(shards))
        ds = ds.map(
            ShardWorker,
            fn_constructor_kwargs={"options": options, "staging": str(staging)},
            # One shard at a time per worker: shards differ in size, so none waits behind another.
            compute=ray.data.ActorPoolStrategy(size=min(size, len(shards)), max_tasks_in_flight_per_actor=1),
            num_cpus=1,
        )
        try:
            rows = ds.take_all()
        except Exception as exc:  # a worker's MarsadError arrives wrapped by Ray: unwrap it
            raise _marsad_cause(exc) or exc
        report.map_s = time.perf_counter() - t
    finally:
        if started:
            ray.shutdown()
    results = [ShardResult(**{**d, "failures": [tuple(f) for f in d["failures"]]}) for d in (json.loads(r["result"]) for r in rows)]
    return sorted(results, key=lambda r: r.shard), report


def _start_ray(ray, address: str | None, workers: int | None) -> bool:
    """Connect to ``address`` or start a local Ray; False when Ray was already running here."""
    if ray.is_initialized():
        return False
    kwargs = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
    try:
        if address:
            ray.init(address=address, **kwargs)
        else:
            ray.init(num_cpus=workers or os.cpu_count() or 1, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        at = f" at {address}" if address else ""
        raise ConfigError(M704.format(at=at, reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)) from None
    return True


def _marsad_cause(exc: BaseException) -> MarsadError | None:
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, MarsadError):
            return exc
        exc = getattr(exc, "cause", None) or exc.__cause__
    return None


def _merge(staging: Path, options: Options, report: RunReport) -> list[Document]:
    """Read the documents back, run ``api.merge`` and rewrite the documents it changed."""
    rows = parquet.read_documents(staging)
    docs = [doc for doc, _, _, _ in rows]
    merged = api.merge(docs, options)
    changed = [(row, new) for row, new in zip(rows, merged) if new != row[0]]
    report.changed_by_merge = len(changed)
    if changed:
        by_file: dict[str, set[int]] = {}
        for (_, _, position, rel), _ in changed:
            by_file.setdefault(rel, set()).add(position)
        for rel, positions in by_file.items():
            parquet.drop_rows(staging, rel, positions)
        parquet.write_documents(staging, ((new, shard, position) for (_, shard, position, _), new in changed), "merged")
    return merged


def _timeline(docs: list[Document], options: Options) -> list[dict] | None:
    timeline = getattr(api, "timeline", None)
    if timeline is None:
        return None
    return timeline(sorted(docs, key=lambda d: d.id), options)  # in id order, as the store reads them


def _records_json(records: list[dict]) -> str:
    """A JSON array with one record a line."""
    if not records:
        return "[]\n"
    return "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n]\n"


def _check_output(out: Path) -> None:
    if not out.exists():
        return
    if not out.is_dir():
        raise ConfigError(M701.format(path=out, what="is a file"))
    foreign = sorted(p.name for p in out.iterdir() if p.name not in OUTPUT_NAMES and not p.name.startswith(".staging-"))
    if foreign:
        raise ConfigError(M701.format(path=out, what=", ".join(foreign[:3]) + (" ..." if len(foreign) > 3 else "")))


def _replace_output(out: Path, staging: Path) -> None:
    """Move the finished run from ``staging`` into ``out``, replacing an earlier run."""
    old = out / f".staging-old-{uuid.uuid4().hex[:12]}"
    old.mkdir()
    for name in sorted(OUTPUT_NAMES):
        if (out / name).exists():
            (out / name).rename(old / name)
    for name in sorted(OUTPUT_NAMES):
        if (staging / name).exists():
            (staging / name).rename(out / name)
    shutil.rmtree(old, ignore_errors=True)


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, "utf-8")
