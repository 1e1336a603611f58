"""Hostile requests against the app under gunicorn: what they cost, and whether /healthz stays answered.

    python -m bench.hostile_requests [--providers 200] [--concurrency 2,20] [--no-append]

Starts gunicorn with gunicorn.conf.py (its worker and thread counts) on a prepared database of N
providers, with the rate limits raised (bench.http_load.bench_app: one client address would otherwise be
stopped by them, and the point is what a request costs once it gets through). Then, for each concurrency,
sends that many hostile requests at once, round-robin over the kinds below, while a probe asks /healthz
every 100 ms. Reports each kind's status, reply size and time, and the probe's median and worst latency.

Kinds (from the abuse report of issue 17):
- `match-junk-list`: 5 MB, a million invalid `services` items to POST /api/v1/match;
- `vet-junk-keys`: 8 MB of unknown keys to POST /api/v1/vet;
- `vet-long-text`: the longest text /vet accepts (MAX_TEXT_CHARS) of real-looking sales copy.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.common import append_results, invocation
from bench.gen_profiles import prepare
from bench.http_load import BIN, ROOT, free_port, post, wait_ready

SALES_COPY = ("We build links through outreach to editors in your industry and report every placement. "
              "Our team audits your site, fixes technical issues and writes content your buyers read. ")


def bodies(text_limit: int) -> dict[str, tuple[str, bytes]]:
    junk_list = json.dumps({"industry": "dental", "services": ["x" * 3] * 1_000_000}).encode()
    junk_keys = json.dumps({f"k{i:07d}": 1 for i in range(600_000)}).encode()
    text = (SALES_COPY * (text_limit // len(SALES_COPY) + 1))[:text_limit]
    return {
        "match-junk-list": ("/api/v1/match", junk_list),
        "vet-junk-keys": ("/api/v1/vet", junk_keys),
        "vet-long-text": ("/api/v1/vet", json.dumps({"text": text}).encode()),
    }


def timed_post(url: str, body: bytes) -> tuple[int, int, float]:
    t = time.perf_counter()
    try:
        status, reply = post(url, body, timeout=300)
    except OSError:  # the server closed the connection before reading the whole body: report it as 0
        status, reply = 0, b""
    return status, len(reply), time.perf_counter() - t


def probe(base: str, stop: threading.Event, out: list[float]) -> None:
    while not stop.is_set():
        t = time.perf_counter()
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=60) as resp:
                resp.read()
        except OSError:
            pass
        out.append(time.perf_counter() - t)
        stop.wait(0.1)


def storm(base: str, kinds: dict, concurrency: int) -> tuple[list[tuple], list[float]]:
    names = list(kinds)
    jobs = [names[i % len(names)] for i in range(concurrency)]
    latencies: list[float] = []
    stop = threading.Event()
    watcher = threading.Thread(target=probe, args=(base, stop, latencies))
    watcher.start()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(lambda k: (k, *timed_post(base + kinds[k][0], kinds[k][1])), jobs))
    stop.set()
    watcher.join()
    return results, latencies


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--providers", type=int, default=200)
    ap.add_argument("--concurrency", default="2,20")
    ap.add_argument("--no-append", action="store_true")
    args = ap.parse_args(argv)
    from matcher.config import load_settings

    kinds = bodies(load_settings().max_text_chars)
    rows = []
    with tempfile.TemporaryDirectory(prefix="matcher-hostile-") as tmp:
        env = {**os.environ, **prepare(Path(tmp) / "instance", args.providers)}
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        cmd = [str(BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"), "-b", f"127.0.0.1:{port}",
               "--log-level", "warning", "bench.http_load:bench_app()"]
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
        try:
            wait_ready(base, proc)
            for _ in range(4):  # load the model and the vetting banks in every worker first
                post(base + "/api/v1/vet", json.dumps({"text": SALES_COPY}).encode())
            for c in (int(x) for x in args.concurrency.split(",")):
                results, latencies = storm(base, kinds, c)
                for kind in kinds:
                    mine = [r for r in results if r[0] == kind]
                    if mine:
                        rows.append((c, kind, sorted({r[1] for r in mine}), max(r[2] for r in mine),
                                     max(r[3] for r in mine), statistics.median(latencies), max(latencies)))
                        print(rows[-1], flush=True)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
    lines = ["| concurrent | kind | status | largest reply | slowest | /healthz median | /healthz worst |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for c, kind, statuses, size, secs, med, worst in rows:
        lines.append(f"| {c} | {kind} | {', '.join(map(str, statuses))} | {size:,} B | {secs:.2f} s "
                     f"| {med * 1000:.0f} ms | {worst * 1000:.0f} ms |")
    table = "\n".join(lines)
    print(table)
    if not args.no_append:
        append_results("Hostile requests (issue 17)", invocation("python -m bench.hostile_requests", argv),
                       table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
