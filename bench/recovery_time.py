"""How long a buyer's brief stays stuck after a worker dies or Redis loses its data, with default settings.

    python -m bench.recovery_time [--providers 200] [--no-append]

Real processes throughout: a redis-server of its own without persistence, `matcher worker` processes
(their default sweep interval, heartbeat and staleness), a SQLite database of N providers.

- `worker SIGKILL mid-match`: worker A takes a brief and is killed during the match (a shim makes its
  match sleep, so the kill lands mid-job); worker B, already running, must finish the brief. Measured from
  the kill to the brief being `done`.
- `Redis restart, briefs queued`: worker B is paused (SIGSTOP, as if busy), three briefs are submitted
  and wait in Redis, Redis is killed and started empty, and B resumes. Measured from Redis being back to
  every brief `done`; also when B is listed as a worker again.
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
from pathlib import Path

from bench.common import append_results, invocation
from bench.gen_profiles import prepare
from bench.http_load import ROOT, free_port

SLOW_MATCH = """
import time
import matcher.ranking as ranking

_rank = ranking.rank_brief


def _slow(*args, **kwargs):  # the bench kills this worker during the sleep
    time.sleep(600)
    return _rank(*args, **kwargs)


ranking.rank_brief = _slow
"""
MATCHER = Path(sys.executable).parent / "matcher"


class Redis:
    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(["redis-server", "--port", str(self.port), "--save", "", "--appendonly",
                                      "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _until(lambda: self.client().ping(), 10, "redis-server did not start")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=10)

    def client(self):
        from redis import Redis as Client

        return Client.from_url(self.url, socket_connect_timeout=1)


def _until(check, timeout: float, message: str, every: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = check()
        except Exception:  # noqa: BLE001 - not ready yet
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(message)
        time.sleep(every)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--providers", type=int, default=200)
    ap.add_argument("--no-append", action="store_true")
    args = ap.parse_args(argv)
    redis = Redis()
    redis.start()
    procs: list[subprocess.Popen] = []
    rows = []
    with tempfile.TemporaryDirectory(prefix="matcher-recovery-") as tmp:
        env = {**os.environ, **prepare(Path(tmp) / "instance", args.providers), "REDIS_URL": redis.url}
        os.environ.update(env)
        from matcher import runtime
        from matcher.config import load_settings
        from matcher.jobs.recovery import worker_healthy
        from matcher.models import Brief
        from matcher.schemas import BriefInputSchema
        from matcher.unit_of_work import UnitOfWork
        from matcher.usecases.briefs import submit_brief

        rt = runtime.install(runtime.build(load_settings(env)))
        first_seed = json.loads((ROOT / "seeds" / "briefs.jsonl").read_text().splitlines()[0])
        brief = BriefInputSchema().load({k: v for k, v in first_seed.items() if k != "external_id"})

        def status(brief_id: int) -> str:
            with rt.db.session() as s:
                return s.get(Brief, brief_id).status

        def worker(name: str, slow: bool) -> subprocess.Popen:
            wenv = dict(env, MATCHER_INSTANCE_DIR=str(Path(tmp) / name))
            if slow:
                shim = Path(tmp) / "shim"
                shim.mkdir(exist_ok=True)
                (shim / "sitecustomize.py").write_text(SLOW_MATCH)
                wenv["PYTHONPATH"] = str(shim)
            proc = subprocess.Popen([str(MATCHER), "worker"], env=wenv, cwd=ROOT,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            procs.append(proc)
            return proc

        def healthy(name: str) -> bool:
            wrt = runtime.build(load_settings(dict(env, MATCHER_INSTANCE_DIR=str(Path(tmp) / name))))
            return worker_healthy(wrt)[0]

        try:
            # Worker A (slow) takes the first brief; B starts once A is busy, so B does not take it.
            a = worker("a", slow=True)
            _until(lambda: healthy("a"), 120, "worker A never became healthy")
            first = submit_brief(UnitOfWork(rt), brief).id
            _until(lambda: status(first) == "matching", 60, "worker A never started the match")
            worker("b", slow=False)
            _until(lambda: healthy("b"), 120, "worker B never became healthy")
            a.kill()
            a.wait(timeout=10)
            killed = time.monotonic()
            _until(lambda: status(first) == "done", 900, "the brief was never matched again", every=0.2)
            rows.append(("worker SIGKILL mid-match", time.monotonic() - killed, ""))
            print(rows[-1], flush=True)

            b = procs[-1]
            b.send_signal(signal.SIGSTOP)
            queued = [submit_brief(UnitOfWork(rt), brief).id for _ in range(3)]
            assert all(status(i) == "queued" for i in queued)
            redis.kill()
            redis.start()
            back = time.monotonic()
            b.send_signal(signal.SIGCONT)
            from rq import SimpleWorker

            _until(lambda: SimpleWorker.all(connection=redis.client()), 900, "B never registered again")
            registered = time.monotonic() - back
            _until(lambda: all(status(i) == "done" for i in queued), 900, "queued briefs never matched",
                   every=0.2)
            rows.append(("Redis restart, 3 briefs queued", time.monotonic() - back,
                         f"worker listed again after {registered:.1f} s"))
            print(rows[-1], flush=True)
        finally:
            for proc in procs:
                if proc.poll() is None:
                    proc.send_signal(signal.SIGCONT)
                    proc.kill()
                    proc.wait(timeout=10)
            redis.kill()
            rt.db.dispose()
    lines = ["| fault | brief stuck for | note |", "| --- | --- | --- |"]
    lines += [f"| {name} | {secs:.1f} s | {note} |" for name, secs, note in rows]
    table = "\n".join(lines)
    print(table)
    if not args.no_append:
        append_results("Brief recovery with default settings (issue 17)",
                       invocation("python -m bench.recovery_time", argv), table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
