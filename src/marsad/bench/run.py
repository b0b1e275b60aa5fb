"""The whole benchmark: start-up, throughput per corpus and per stage, memory, the
alternatives side by side, and (on request) the Ray engine with one worker and with two.

Throughput is articles per second per core: articles over the CPU seconds the (single
threaded) pipeline spent on them, so that other load on the machine counts as little as
possible; wall-clock figures are kept in the JSON beside them.  The first document of a
run is start-up (it loads the language data) and is reported as such, not as throughput.

End to end is every step a document goes through, from reading its page to writing its
record: the work that shards spread over cores.  The cross-document steps (``api.merge``,
the timeline) come after, over the whole collection; their cost per article grows with the
collection, so they are reported beside it (``articles_per_s_per_core_with_merge``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .. import __version__, api
from ..errors import M705, MarsadError
from ..options import Options
from . import compare, corpus

# Steps done once per document, in pipeline order; then the cross-document ones.
DOCUMENT_STEPS = ("read", "clean", *(name for name, _ in api.STAGES), "write")
COLLECTION_STEPS = ("merge", "timeline")
STARTUP_RUNS = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class BenchOptions:
    size: int = 5000  # synthetic articles
    sample: int = 200  # articles for the side-by-side comparisons
    inputs: tuple[str, ...] = ()  # the user's own JSONL / WARC / pages
    ray: bool = False
    ray_size: int = 20_000
    ray_shards: int = 8
    workers: int = 2


def run(bench: BenchOptions, options: Options, echo: Callable[[str], None] = lambda _m: None) -> dict:
    """Every figure of the benchmark as one JSON-ready dict."""
    reference = options.reference_date or dt.date.today()
    result: dict = {"machine": _machine(), "reference_date": reference.isoformat()}
    echo("bench: start-up")
    result["import_cli_s"] = _startup()
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        echo(f"bench: building the synthetic corpus ({bench.size} articles)")
        articles = list(corpus.articles(bench.size))
        synthetic = corpus.write_jsonl(Path(tmp) / "synthetic.jsonl", articles)
        corpora = [("bundled", [str(api.bundled_corpus())]), (f"synthetic ({bench.size})", [str(synthetic)])]
        corpora += [(spec, [spec]) for spec in bench.inputs]
        result["corpora"] = []
        for name, inputs in corpora:
            echo(f"bench: {name}")
            result["corpora"].append({"name": name, **_summary(_probe(inputs, reference))})
        sample = articles[: bench.sample]
        echo(f"bench: dates side by side ({len(sample)} articles)")
        result["compare"] = {"dates": compare.dates(sample, reference)}
        echo(f"bench: name matching ({len(sample)} articles)")
        result["compare"]["matching"] = compare.matching(sample)
        echo(f"bench: HTML side by side ({len(sample)} articles)")
        result["compare"]["html"] = compare.html(sample, options)
    synthetic_run = result["corpora"][1]
    if "error" in synthetic_run:
        raise MarsadError(M705.format(what="bench", reason=synthetic_run["error"]))
    probes = [c for c in result["corpora"][:2] if "error" not in c]
    result["first_document_s"] = max(c["first_document_s"] for c in probes)
    result["startup_s"] = result["import_cli_s"] + result["first_document_s"]
    result["articles_per_s_per_core"] = synthetic_run["articles_per_s_per_core"]
    result["articles_per_s_per_core_with_merge"] = synthetic_run["articles_per_s_per_core_with_merge"]
    result["peak_rss_mb"] = synthetic_run["peak_rss_mb"]
    result["rss_loaded_mb"] = max(c["rss_loaded_mb"] for c in probes)
    result["stages"] = synthetic_run["stages"]
    result["ray"] = _ray(bench, options, echo) if bench.ray else None
    return result


def _probe(inputs: list[str], reference: dt.date) -> dict:
    """One measurement in a fresh interpreter (see :mod:`.probe`)."""
    cmd = [sys.executable, "-m", "marsad.bench.probe", "--reference-date", reference.isoformat(), *inputs]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        return {"error": lines[-1] if lines else f"exit status {done.returncode}"}
    return json.loads(done.stdout)


def _summary(probe: dict) -> dict:
    if "error" in probe:
        return probe
    steps = probe["steps"]
    n = max(1, probe["articles"] - 1)  # the first document is start-up
    stages = {}
    for step in DOCUMENT_STEPS + COLLECTION_STEPS:
        if step not in steps:
            continue
        count = n if step in DOCUMENT_STEPS else probe["articles"]
        cpu, wall = steps[step]["cpu_s"], steps[step]["wall_s"]
        stages[step] = {
            "cpu_s": round(cpu, 4), "wall_s": round(wall, 4),
            "ms_per_article": round(1000 * cpu / count, 4),
            "articles_per_s_per_core": round(count / cpu, 1) if cpu > 0 else None,
        }
    cpu = sum(s["cpu_s"] for k, s in steps.items() if k in DOCUMENT_STEPS)
    wall = sum(s["wall_s"] for k, s in steps.items() if k in DOCUMENT_STEPS)
    cpu_all = sum(s["cpu_s"] for s in steps.values())
    return {
        "articles": probe["articles"], "failed": probe["failed"],
        "articles_per_s_per_core": round(n / cpu, 1) if cpu > 0 else None,
        "articles_per_s_wall": round(n / wall, 1) if wall > 0 else None,
        "articles_per_s_per_core_with_merge": round(n / cpu_all, 1) if cpu_all > 0 else None,
        "import_s": round(probe["import_s"], 3), "first_document_s": round(probe["first_document_s"] or 0.0, 3),
        "rss_loaded_mb": round(probe["rss_loaded_mb"] or 0.0, 1), "peak_rss_mb": round(probe["peak_rss_mb"], 1),
        "stages": stages,
    }


def _startup() -> float:
    """Best wall time of ``python -c "import marsad.cli"`` (the interpreter's own start included)."""
    times = []
    for _ in range(STARTUP_RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import marsad.cli"], check=True)
        times.append(time.perf_counter() - start)
    return round(min(times), 3)


def _ray(bench: BenchOptions, options: Options, echo: Callable[[str], None]) -> dict:
    """The Ray engine over the synthetic corpus in shards, with 1 and with ``workers`` workers.

    The shards alone: the cross-document steps run after them on the driver, the same for
    any number of workers, and are timed by the probes.
    """
    import logging

    import ray

    from ..runner.ray_engine import run_sharded

    out: dict = {"articles": bench.ray_size, "shards": bench.ray_shards, "runs": []}
    with tempfile.TemporaryDirectory(prefix="marsad-bench-ray-") as tmp:
        echo(f"bench: writing {bench.ray_size} synthetic articles in {bench.ray_shards} shards")
        corpus.write_shards(Path(tmp) / "in", list(corpus.articles(bench.ray_size, seed=1)), bench.ray_shards)
        ray.init(num_cpus=bench.workers, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
        try:
            for workers in sorted({1, bench.workers}):
                echo(f"bench: ray, {workers} worker(s)")
                report = run_sharded([str(Path(tmp) / "in")], options, Path(tmp) / f"out-{workers}", engine="ray", workers=workers,
                                     echo=lambda _m: None, cross_document=False)
                out["runs"].append(dataclasses.asdict(report))
        finally:
            ray.shutdown()
    if len(out["runs"]) == 2:
        one, many = out["runs"]
        out["speedup_total"] = round(one["total_s"] / many["total_s"], 2)
        out["speedup_map"] = round(one["map_s"] / many["map_s"], 2)
    return out


def _machine() -> dict:
    return {
        "cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(terse=True),
        "marsad": __version__, "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def format_table(result: dict) -> str:
    """The benchmark for people: a few aligned tables."""
    m = result["machine"]
    lines = [
        f"marsad {m['marsad']} bench: {m['cores']} cores, Python {m['python']}, load average {m['load_average'][0]} at start",
        "",
        f"start-up: import marsad.cli {result['import_cli_s']:.2f} s (interpreter included); "
        f"first document (loads the data) {result['first_document_s']:.2f} s; total {result['startup_s']:.2f} s",
        f"memory: {result['rss_loaded_mb']:.0f} MB resident with the data loaded; "
        f"peak {result['peak_rss_mb']:.0f} MB (synthetic run, every document kept for the merge)",
        "",
        "end to end = read, clean, every stage, write the record; +merge = and api.merge and the timeline over all",
        f"{'corpus':<34} {'articles':>8} {'failed':>6} {'art/s/core':>10} {'art/s wall':>10} {'+merge':>8} {'peak MB':>8}",
    ]
    for c in result["corpora"]:
        if "error" in c:
            lines.append(f"{c['name'][:34]:<34} error: {c['error']}")
            continue
        lines.append(f"{c['name'][:34]:<34} {c['articles']:>8} {c['failed']:>6} {_num(c['articles_per_s_per_core']):>10} "
                     f"{_num(c['articles_per_s_wall']):>10} {_num(c['articles_per_s_per_core_with_merge']):>8} {c['peak_rss_mb']:>8.0f}")
    others = [c for i, c in enumerate(result["corpora"]) if i != 1 and "error" not in c and c.get("stages")]
    head = "".join(f" {c['name'][-14:]:>14}" for c in others)
    lines += ["", f"{'per stage (synthetic)':<34} {'ms/article':>10} {'art/s/core':>10}" + (f"   ms/article on:{head}" if others else "")]
    for step in DOCUMENT_STEPS:
        if step in result["stages"]:
            s = result["stages"][step]
            more = "".join(f" {c['stages'][step]['ms_per_article']:>14.3f}" if step in c["stages"] else f" {'-':>14}" for c in others)
            lines.append(f"{step:<34} {s['ms_per_article']:>10.3f} {_num(s['articles_per_s_per_core']):>10}" + (f"   {'':15}{more}" if others else ""))
    total_ms = sum(s["ms_per_article"] for k, s in result["stages"].items() if k in DOCUMENT_STEPS)
    lines.append(f"{'end to end':<34} {total_ms:>10.3f} {_num(result['articles_per_s_per_core']):>10}")
    for step in COLLECTION_STEPS:
        if step in result["stages"]:
            s = result["stages"][step]
            lines.append(f"{step + ' (over all articles)':<34} {s['ms_per_article']:>10.3f} {_num(s['articles_per_s_per_core']):>10}")
    lines += ["", *_compare_lines(result["compare"])]
    if result.get("ray"):
        lines += ["", *_ray_lines(result["ray"])]
    return "\n".join(lines) + "\n"


def _compare_lines(cmp: dict) -> list[str]:
    d, h = cmp["dates"], cmp["html"]
    lines = [f"side by side ({d['articles']} synthetic articles)      {'art/s':>10}  result"]
    for name, key in (("dates: marsad temporal stage", "marsad"), ("dates: dateparser.search_dates", "dateparser")):
        r = d.get(key, {})
        lines.append(f"{name:<34} {_rate(d['articles'], r):>10}  " + (f"{r['found']} expressions" if "found" in r else r.get("error", "")))
    m = cmp.get("matching")
    if m and m.get("mb_per_s_per_core"):
        lines.append(f"{'names: marsad actor matcher':<34} {_rate(m['articles'], m):>10}  "
                     f"{m['mb_per_s_per_core']:.1f} MB of text/s/core, {m['names']} names")
    if "error" in h:
        lines.append(f"{'HTML':<34} error: {h['error']}")
        return lines
    for name, key in (("HTML: marsad cleaning", "marsad"), ("HTML: trafilatura.extract alone", "trafilatura")):
        r = h[key]
        lines.append(f"{name:<34} {_rate(h['articles'], r):>10}  {100 * r['paragraphs_kept']:.0f}% of paragraphs kept, "
                     f"{r['chrome_lines_leaked']} chrome lines leaked")
    return lines


def _ray_lines(ray: dict) -> list[str]:
    lines = [f"ray engine ({ray['articles']} synthetic articles, {ray['shards']} JSONL shards; shards only, no merge)",
             f"{'workers':<10} {'map s':>8} {'total s':>8} {'art/s':>8} {'art/s/worker':>12}"]
    for r in ray["runs"]:
        rate = r["documents"] / r["map_s"] if r["map_s"] else 0
        lines.append(f"{r['workers']:<10} {r['map_s']:>8.1f} {r['total_s']:>8.1f} {rate:>8.0f} {rate / r['workers']:>12.0f}")
    if "speedup_map" in ray:
        lines.append(f"speed-up with {ray['runs'][-1]['workers']} workers: {ray['speedup_map']:.2f}x on the shards (map), {ray['speedup_total']:.2f}x for the whole run")
    return lines


def _rate(n: int, r: dict) -> str:
    return _num(n / r["seconds"]) if r.get("seconds") else "-"


def _num(value) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f}" if value >= 10 else f"{value:.1f}"


__all__ = ["BenchOptions", "run", "format_table"]
