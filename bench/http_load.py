"""HTTP load: POST /api/v1/match under concurrent load, against the app under gunicorn on 127.0.0.1.

    python -m bench.http_load [--providers 10000] [--workers 2] [--connections 4,8,16] [--duration 30]
                              [--env OMP_NUM_THREADS=1 ...] [--client wrk|python] [--no-append]

Prepares a database and an index of N providers (bench/gen_profiles.py), starts `gunicorn -w 2` on the
web app with DATABASE_URL / INDEX_DIR / MATCHER_INSTANCE_DIR pointing at them, warms every worker (the
model, the index and the catalog load on a worker's first match), then drives it from a second process:
wrk with a Lua script that rotates through 200 different briefs (or a threaded Python client when wrk is
missing). Reports requests/s, latency percentiles and every non-2xx answer or socket error.

The app has no environment switch for its rate limits (30 matches a minute per address); the bench serves
`bench.http_load:bench_app()`, which is `web.create_app()` with the limits raised through settings.extra,
the documented way to change them, so the limiter still runs on every request.
--env KEY=VALUE (repeatable) adds to the workers' environment, e.g. OMP_NUM_THREADS=1 or
OMP_WAIT_POLICY=PASSIVE: torch's OpenMP threads spin while waiting, and two workers with one thread per
core each, plus the client, oversubscribe two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from bench.common import append_results, invocation
from bench.gen_profiles import generate_briefs, prepare

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LUA = """
local bodies = {%s}
local n = 0
request = function()
  n = n + 1
  local headers = {["Content-Type"] = "application/json"}
  return wrk.format("POST", "/api/v1/match", headers, bodies[(n %% #bodies) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%%d duration_us=%%d p50_us=%%d p95_us=%%d p99_us=%%d max_us=%%d "
    .. "connect=%%d read=%%d write=%%d status=%%d timeout=%%d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def bench_app():
    """web.create_app() from the environment, with rate limits out of the way of a load test."""
    from matcher.config import load_settings
    from web import create_app

    settings = load_settings()
    unlimited = {"ratelimit_api": "100000000 per minute", "ratelimit_match": "100000000 per minute"}
    return create_app(settings.with_overrides(extra={**settings.extra, **unlimited}))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(url: str, body: bytes, timeout: float = 120) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def wait_ready(base: str, proc: subprocess.Popen, timeout: float = 120) -> None:
    end = time.time() + timeout
    while time.time() < end:
        if proc.poll() is not None:
            raise RuntimeError("gunicorn exited during start-up")
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=5) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("gunicorn did not answer /healthz")


def run_wrk(base: str, bodies: list[bytes], connections: int, duration: int, workdir: Path) -> dict:
    script = workdir / "match.lua"
    script.write_text(LUA % ",".join(json.dumps(b.decode(), ensure_ascii=False) for b in bodies))
    threads = min(2, connections)
    cmd = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{duration}s", "--timeout", "10s",
           "-s", str(script), base]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    m = re.search(r"RESULT (.*)", out.stdout)
    if not m:
        raise RuntimeError(out.stdout + out.stderr)
    r = {k: int(v) for k, v in (kv.split("=") for kv in m.group(1).split())}
    return {"rps": r["requests"] / (r["duration_us"] / 1e6), "p50": r["p50_us"] / 1000,
            "p95": r["p95_us"] / 1000, "p99": r["p99_us"] / 1000, "requests": r["requests"],
            "errors": r["connect"] + r["read"] + r["write"] + r["timeout"], "non2xx": r["status"]}


def run_python(base: str, bodies: list[bytes], connections: int, duration: int, _workdir: Path) -> dict:
    """Threads with keep-alive connections; slower than wrk, so it is the fallback."""
    import http.client

    host, port = base.split("//")[1].split(":")
    latencies: list[float] = []
    counts = {"errors": 0, "non2xx": 0}
    lock = threading.Lock()
    stop = time.time() + duration

    def client(k: int) -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        n = k
        while time.time() < stop:
            body = bodies[n % len(bodies)]
            n += connections
            t = time.perf_counter()
            try:
                conn.request("POST", "/api/v1/match", body, {"Content-Type": "application/json"})
                resp = conn.getresponse()
                resp.read()
                ok = 200 <= resp.status < 300
            except OSError:
                conn.close()
                conn = http.client.HTTPConnection(host, int(port), timeout=10)
                with lock:
                    counts["errors"] += 1
                continue
            with lock:
                latencies.append((time.perf_counter() - t) * 1000)
                counts["non2xx"] += not ok

    start = time.time()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    q = statistics.quantiles(latencies, n=100)
    return {"rps": len(latencies) / (time.time() - start), "p50": q[49], "p95": q[94], "p99": q[98],
            "requests": len(latencies), **counts}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--providers", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--connections", default="4,8,16")
    ap.add_argument("--duration", type=int, default=30)
    ap.add_argument("--env", action="append", default=[], metavar="KEY=VALUE")
    ap.add_argument("--client", choices=["wrk", "python"], default="wrk" if shutil.which("wrk") else "python")
    ap.add_argument("--no-append", action="store_true")
    args = ap.parse_args(argv)
    drive = run_wrk if args.client == "wrk" else run_python
    bodies = [json.dumps(b).encode() for b in generate_briefs(200, seed=23)]
    with tempfile.TemporaryDirectory(prefix="matcher-http-") as tmp:
        t = time.perf_counter()
        env = {**os.environ, **prepare(Path(tmp) / "instance", args.providers)}
        print(f"prepared {args.providers:,} providers in {time.perf_counter() - t:.0f} s", flush=True)
        env.update(kv.split("=", 1) for kv in args.env)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        cmd = [str(BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"), "-w", str(args.workers),
               "-b", f"127.0.0.1:{port}", "--timeout", "120",
               "--log-level", "warning", "bench.http_load:bench_app()"]
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
        try:
            wait_ready(base, proc)
            status, body = post(base + "/api/v1/match", bodies[0])
            matches = json.loads(body).get("matches", []) if status == 200 else None
            if status != 200 or not matches:
                raise RuntimeError(f"POST /api/v1/match answered {status}: {body[:300]!r}")
            t = time.perf_counter()
            drive(base, bodies, 2 * args.workers, 15, Path(tmp))  # warm every worker: model, index, catalog
            print(f"warmed up in {time.perf_counter() - t:.0f} s", flush=True)
            rows = []
            for c in (int(x) for x in args.connections.split(",")):
                r = drive(base, bodies, c, args.duration, Path(tmp))
                rows.append((c, r))
                print(f"{c} connections: {r['rps']:.1f} req/s, p95 {r['p95']:.1f} ms", flush=True)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
    threads = dict(kv.split("=", 1) for kv in args.env).get(
        "MATCHER_THREADS", max(1, (os.cpu_count() or 1) // args.workers))
    extra = ", ".join([*args.env, f"model threads per worker {threads} (gunicorn.conf.py)"])
    lines = [f"{args.providers:,} providers, gunicorn -w {args.workers} (sync workers), worker environment: "
             f"{extra}; client: {args.client}, {args.duration} s per row, 200 distinct briefs.", "",
             "| connections | requests/s | p50 ms | p95 ms | p99 ms | requests | non-2xx | socket errors |",
             "|---|---|---|---|---|---|---|---|"]
    for c, r in rows:
        lines.append(f"| {c} | {r['rps']:.1f} | {r['p50']:.1f} | {r['p95']:.1f} | {r['p99']:.1f} "
                     f"| {r['requests']} | {r['non2xx']} | {r['errors']} |")
    load = os.getloadavg()[0]
    lines.append(f"\nLoad average at the end: {load:.2f} (2 cores: client and server share them).")
    out = "\n".join(lines)
    print(out)
    if not args.no_append:
        command = invocation("python -m bench.http_load", argv)
        append_results("HTTP: POST /api/v1/match under load", command, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
