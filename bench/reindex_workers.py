"""`matcher reindex` with Redis, with 1 and with 2 local `matcher worker` processes: wall time per run.

    .venv/bin/python bench/reindex_workers.py [--providers 5000] [--words 120] [--no-append]

Providers (generated, `bench/gen_profiles.py`) are written straight to a fresh SQLite database; each run
empties the embedding cache first, so every profile is embedded (as after a change of model). The
generator builds sentences from templates, so only about a third of them are distinct and the sentence
cache would embed each once: every sentence gets a number of its own (two more word pieces), so that
the work is that of a catalogue of distinct texts. The
workers embed the chunks into the cache; the command then builds the index from the cache. Needs Redis
at REDIS_URL (default redis://127.0.0.1:6379/14, flushed before each run). Each of N workers runs with
MATCHER_THREADS = cores / N, as several workers on one machine should.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import append_results, invocation  # noqa: E402
from bench.gen_profiles import bulk_insert, distinct, generate_profiles, write_index  # noqa: E402
from matcher.config import load_settings  # noqa: E402
from matcher.embeddings import DIMENSION  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--providers", type=int, default=5000)
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--no-append", action="store_true")
    args = parser.parse_args(argv)
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/14")
    from redis import Redis
    from sqlalchemy import create_engine, delete, text

    from matcher.migrate import upgrade
    from matcher.models import TextEmbedding

    rows = []
    with tempfile.TemporaryDirectory(prefix="matcher-reindex-") as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        upgrade(db_url)
        engine = create_engine(db_url)
        bulk_insert(engine, distinct(generate_profiles(args.providers, seed=31, words=args.words)))
        with engine.connect() as conn:
            ids = np.array(conn.execute(text("SELECT id FROM providers ORDER BY id")).scalars().all(),
                           dtype=np.int64)
        env = dict(os.environ, DATABASE_URL=db_url, REDIS_URL=redis_url, INDEX_DIR=str(Path(tmp) / "index"),
                   MATCHER_INSTANCE_DIR=tmp, SECRET_KEY="bench")
        matcher = [sys.executable, "-m", "cli"]
        for n in [int(w) for w in args.workers.split(",")]:
            Redis.from_url(redis_url).flushdb()
            with engine.begin() as conn:
                conn.execute(delete(TextEmbedding))
            # An index that holds every provider at its version, as before a change of model (its vectors
            # are then re-embedded): a worker that found none would rebuild it alone at start-up, and one
            # that lacked entries the database says are indexed would have the start-up catch-up
            # (matcher.jobs.bulk.catch_up) queue them before the reindex's chunks.
            write_index(load_settings(env), ids, np.zeros((len(ids), DIMENSION), np.float32))
            # Each worker gets its share of the cores: two torch processes with a thread per core each
            # would fight for them (measured: 2 workers 3.4x slower than 1 without this).
            threads = str(max(1, (os.cpu_count() or 1) // n))
            procs = [subprocess.Popen([*matcher, "worker"], env=dict(env, MATCHER_THREADS=threads), cwd=ROOT,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(n)]
            try:
                time.sleep(8)  # the workers load the model before the clock starts
                start = time.perf_counter()
                subprocess.run([*matcher, "reindex"], env=env, cwd=ROOT, check=True, capture_output=True)
                elapsed = time.perf_counter() - start
            finally:
                for p in procs:
                    p.terminate()
                for p in procs:
                    p.wait(timeout=30)
            rows.append(f"| {n} | {args.providers:,} | {elapsed:.0f} s | {args.providers / elapsed:.0f} |")
            print(rows[-1], flush=True)
    head = ["| workers | providers | wall time | providers/s |", "| --- | --- | --- | --- |"]
    table = "\n".join([*head, *rows])
    print(table)
    if not args.no_append:
        append_results(f"Reindex with Redis workers ({args.words}-word profiles)",
                       invocation(".venv/bin/python bench/reindex_workers.py", argv), table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
