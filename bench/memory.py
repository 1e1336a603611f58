"""Memory: resident size (RSS) of a web process holding the index, step by step and under gunicorn.

    python -m bench.memory [--providers 100000] [--workers 2] [--no-append]

Prepares N providers (bench/gen_profiles.py), then
1. in a fresh process: the app, then the model, the index (`get_index()`), the ranking catalog and 20
   matches through the API, reading VmRSS after each step, plus the sizes of the index's parts;
2. under `gunicorn -w 2` (bench.http_load:bench_app()): RSS and PSS (shared pages split between the
   processes that share them) of the master and of each worker once every worker has answered matches.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.common import append_results, invocation
from bench.gen_profiles import generate_briefs, prepare
from bench.http_load import BIN, ROOT, free_port, post, wait_ready

MB = 1024 * 1024


def status_kb(pid: int | str, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def pss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def child() -> None:
    """Run inside a fresh interpreter with the prepared environment; prints one JSON line."""
    steps = [("python + imports", status_kb("self", "VmRSS"))]
    from bench.http_load import bench_app

    app = bench_app()
    steps.append(("web app created", status_kb("self", "VmRSS")))
    from matcher.index import embed_query, get_index

    embed_query("warm up the model")
    steps.append(("+ embedding model", status_kb("self", "VmRSS")))
    with app.app_context():
        index = get_index(app.extensions["matcher_runtime"])
    steps.append(("+ index loaded", status_kb("self", "VmRSS")))
    from matcher.ranking import get_catalog

    rt = app.extensions["matcher_runtime"]
    with rt.db.session() as s:
        get_catalog(s)
    steps.append(("+ ranking catalog", status_kb("self", "VmRSS")))
    client = app.test_client()
    for brief in generate_briefs(20, seed=31):
        resp = client.post("/api/v1/match", json=brief)
        assert resp.status_code == 200, resp.data[:300]
    steps.append(("+ 20 matches over the API", status_kb("self", "VmRSS")))
    ids, _versions, vectors = index.arrays()
    parts = {"vectors (ProviderIndex matrix)": vectors.nbytes, "ids and versions": ids.nbytes * 2}
    searcher = index.searcher
    if searcher.ann is not None:
        import faiss

        parts["HNSW graph with its own copy of the vectors"] = len(faiss.serialize_index(searcher.ann))
    parts["exact tail (flat)"] = searcher.flat.ntotal * index.dimension * 4
    print(json.dumps({"steps": steps, "peak": status_kb("self", "VmHWM"), "kind": index.kind,
                      "parts": parts, "count": len(index)}))


def under_gunicorn(env: dict, workers: int) -> list[tuple[str, int, int]]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [str(BIN / "gunicorn"), "-w", str(workers), "-b", f"127.0.0.1:{port}", "--timeout", "300",
           "--log-level", "warning", "bench.http_load:bench_app()"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
    try:
        wait_ready(base, proc)
        bodies = [json.dumps(b).encode() for b in generate_briefs(40, seed=37)]
        with ThreadPoolExecutor(max_workers=workers * 2) as pool:  # reach every worker
            codes = list(pool.map(lambda b: post(base + "/api/v1/match", b, timeout=600)[0], bodies))
        if set(codes) != {200}:
            raise RuntimeError(f"match answers: {sorted(set(codes))}")
        time.sleep(1)
        kids = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
        rows = [("gunicorn master", status_kb(proc.pid, "VmRSS"), pss_kb(proc.pid))]
        rows += [(f"worker {i + 1}", status_kb(k, "VmRSS"), pss_kb(k)) for i, k in enumerate(kids)]
        return rows
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--providers", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-append", action="store_true")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child()
        return 0
    with tempfile.TemporaryDirectory(prefix="matcher-mem-") as tmp:
        env = {**os.environ, **prepare(Path(tmp) / "instance", args.providers)}
        out = subprocess.run([sys.executable, "-m", "bench.memory", "--child"], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True)
        data = json.loads(out.stdout.strip().splitlines()[-1])
        procs = under_gunicorn(env, args.workers)
    lines = [f"{data['count']:,} providers, {data['kind']} index.", "",
             "| one process, after | RSS MB |", "|---|---|"]
    lines += [f"| {name} | {kb / 1024:.0f} |" for name, kb in data["steps"]]
    lines += [f"| (peak, VmHWM) | {data['peak'] / 1024:.0f} |", "", "| part of the index | MB |", "|---|---|"]
    lines += [f"| {name} | {size / MB:.0f} |" for name, size in data["parts"].items()]
    lines += ["", f"| gunicorn -w {args.workers}, warmed | RSS MB | PSS MB |", "|---|---|---|"]
    lines += [f"| {name} | {rss / 1024:.0f} | {pss / 1024:.0f} |" for name, rss, pss in procs]
    rss, pss = sum(r for _n, r, _p in procs) / 1024, sum(p for _n, _r, p in procs) / 1024
    lines.append(f"| total | {rss:.0f} | {pss:.0f} |")
    text = "\n".join(lines)
    print(text)
    if not args.no_append:
        command = invocation("python -m bench.memory", argv)
        append_results("Memory of a web process holding the index", command, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
