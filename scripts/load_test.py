"""Load script (not a test): concurrent JSON API clients against a marsad server.

    python scripts/load_test.py --db /tmp/demo.db                # starts `marsad serve` on a free port
    python scripts/load_test.py --url http://127.0.0.1:8000      # a server already running

Each of ``--clients`` clients (default 50) holds its own connection and sends ``--requests``
requests (default 200) drawn from a mix of the API's read endpoints (documents, a document,
events, the timeline, actors, an actor, search, facets, status), with ids discovered from
the server first.  Prints the request count, errors, throughput and latency percentiles
(overall and per endpoint); exits 1 when any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from urllib.parse import quote

import httpx

SEARCH_WORDS = ["\u0623\u0631\u062f\u0648\u063a\u0627\u0646", "\u0645\u0648\u0633\u0643\u0648", "\u0633\u0648\u0631\u064a\u0627",
                "\u0627\u0644\u0623\u0633\u062f", "\u0627\u062c\u062a\u0645\u0627\u0639 \u0648\u0632\u0631\u0627\u0621",
                "\u0631\u0648\u0633\u064a\u0627 \u062a\u0631\u0643\u064a\u0627"]  # أردوغان موسكو سوريا الأسد "اجتماع وزراء" "روسيا تركيا"


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile of ``values`` (milliseconds)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


async def discover(client: httpx.AsyncClient) -> dict:
    docs = (await client.get("/api/documents", params={"limit": 500})).json()["items"]
    actors = (await client.get("/api/actors", params={"limit": 100})).json()["items"]
    facets = (await client.get("/api/facets")).json()
    if not docs:
        raise SystemExit("load_test: the database has no documents (run `marsad demo --db PATH` first)")
    return {"docs": [d["id"] for d in docs], "actors": [a["id"] for a in actors] or ["none"],
            "types": [t["value"] for t in facets["types"]] or ["CONSULT"],
            "countries": [c["value"] for c in facets["countries"]] or ["TUR"],
            "outlets": [o["value"] for o in facets["outlets"]] or ["TASS"]}


def request_mix(rng: random.Random, known: dict) -> tuple[str, str, dict]:
    """One (endpoint name, path, params), weighted like an analyst's session."""
    pick = rng.random()
    if pick < 0.15:
        return "documents", "/api/documents", {"outlet": rng.choice(known["outlets"])} if rng.random() < 0.5 else {}
    if pick < 0.30:
        return "document", "/api/documents/" + quote(rng.choice(known["docs"]), safe=""), {}
    if pick < 0.45:
        return "events", "/api/events", {"type": rng.choice(known["types"]), "country": rng.choice(known["countries"])} \
            if rng.random() < 0.5 else {"limit": 100}
    if pick < 0.60:
        return "timeline", "/api/timeline", {"country": rng.choice(known["countries"])} if rng.random() < 0.5 else {}
    if pick < 0.70:
        return "actors", "/api/actors", {"q": "\u0628\u0648\u062a"} if rng.random() < 0.3 else {}
    if pick < 0.80:
        return "actor", "/api/actors/" + quote(rng.choice(known["actors"]), safe=""), {}
    if pick < 0.95:
        return "search", "/api/search", {"q": rng.choice(SEARCH_WORDS)}
    return ("facets", "/api/facets", {}) if rng.random() < 0.5 else ("status", "/api/status", {})


async def run_client(url: str, n: int, known: dict, seed: int, results: dict, errors: list) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=httpx.Limits(max_connections=1)) as client:
        for _ in range(n):
            name, path, params = request_mix(rng, known)
            start = time.perf_counter()
            try:
                resp = await client.get(path, params=params)
                ok = resp.status_code == 200 and resp.json().get("ok", True) is not False
                problem = None if ok else f"{resp.status_code} {path} {resp.text[:200]}"
            except (httpx.HTTPError, ValueError) as exc:
                problem = f"{type(exc).__name__} {path}: {exc}"
            elapsed = (time.perf_counter() - start) * 1000
            results[name].append(elapsed)
            if problem:
                errors.append(problem)


async def load(url: str, clients: int, requests: int, seed: int) -> dict:
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        known = await discover(client)
    results: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(run_client(url, requests, known, seed + i, results, errors) for i in range(clients)))
    wall = time.perf_counter() - started
    client_cpu = time.process_time() - cpu
    everything = [v for values in results.values() for v in values]
    summary = {
        "url": url, "clients": clients, "requests": len(everything), "errors": len(errors), "seconds": round(wall, 2),
        "per_second": round(len(everything) / wall, 1), "client_cpu_seconds": round(client_cpu, 1),
        "latency_ms": _stats(everything),
        "endpoints": {name: {"requests": len(v), **_stats(v)} for name, v in sorted(results.items())},
        "error_examples": errors[:5],
    }
    return summary


def _stats(values: list[float]) -> dict:
    return {"p50": round(percentile(values, 50), 1), "p95": round(percentile(values, 95), 1),
            "p99": round(percentile(values, 99), 1), "max": round(max(values), 1) if values else None,
            "mean": round(statistics.fmean(values), 1) if values else None}


def start_server(db: str, workers: int = 1) -> tuple[subprocess.Popen, str]:
    """`marsad serve --db DB` on a free port; returns the process and its URL once it answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "marsad", "serve", "--db", db, "--port", str(port), "--workers", str(workers)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/status", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"load_test: `{' '.join(cmd)}` exited with {proc.returncode}")
        time.sleep(0.1)
    proc.kill()
    raise SystemExit("load_test: the server did not answer within 30 s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="a running marsad server")
    where.add_argument("--db", help="serve this database with `marsad serve` for the run")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=200, help="requests per client")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=1, help="server processes (with --db)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    proc = None
    url = args.url
    if args.db:
        proc, url = start_server(args.db, args.workers)
    try:
        summary = asyncio.run(load(url.rstrip("/"), args.clients, args.requests, args.seed))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        lat = summary["latency_ms"]
        print(f"{summary['requests']} requests from {summary['clients']} clients in {summary['seconds']} s "
              f"({summary['per_second']}/s), {summary['errors']} errors; the clients used {summary['client_cpu_seconds']} s of CPU")
        print(f"latency ms: p50 {lat['p50']}  p95 {lat['p95']}  p99 {lat['p99']}  max {lat['max']}")
        for name, s in summary["endpoints"].items():
            print(f"  {name:<10} {s['requests']:>6}  p50 {s['p50']:>7}  p95 {s['p95']:>7}  p99 {s['p99']:>7}")
        for example in summary["error_examples"]:
            print("  error:", example)
    return 1 if summary["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
