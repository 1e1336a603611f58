"""What the job tests share: a runtime whose jobs go to the real Redis, a burst worker, and a real worker
process killed with SIGKILL in the middle of a job."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from redis import Redis
from rq import SimpleWorker
from rq.job import Job, JobStatus

from matcher import runtime as runtime_mod
from matcher.jobs import queue
from matcher.models import Base
from tests.conftest import make_settings

KILLABLE_WORKER = textwrap.dedent("""
    from rq import SimpleWorker
    from matcher import runtime
    from matcher.jobs.queue import redis_connection
    settings = runtime.current().settings
    SimpleWorker([settings.queue_name], connection=redis_connection(settings.redis_url)).work()
""")


@pytest.fixture
def qrt(tmp_path, redis_url, monkeypatch):
    """A runtime (SQLite) whose jobs go to the real Redis; retries without waiting (no scheduler in tests)."""
    monkeypatch.setattr(queue, "RETRY_INTERVALS", [0])
    settings = make_settings(tmp_path, redis_url=redis_url, job_timeout_s=60)
    rt = runtime_mod.install(runtime_mod.build(settings))
    Base.metadata.create_all(rt.db.engine)
    yield rt
    runtime_mod._current = None
    rt.db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def qrt_any(request, redis_url, monkeypatch):
    """qrt on SQLite and, as a second run, on the real PostgreSQL (the production pairing with rq)."""
    if request.param == "sqlite":
        yield request.getfixturevalue("qrt")
        return
    monkeypatch.setattr(queue, "RETRY_INTERVALS", [0])
    pg = request.getfixturevalue("_pg_runtime")
    tmp = request.getfixturevalue("tmp_path")
    settings = pg.settings.with_overrides(index_dir=tmp / "index", redis_url=redis_url, job_timeout_s=60)
    with pg.db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())
    rt = runtime_mod.install(runtime_mod.Runtime(settings=settings, db=pg.db))
    yield rt
    runtime_mod._current = None


def work(rt) -> None:
    conn = Redis.from_url(rt.settings.redis_url)
    SimpleWorker([rt.settings.queue_name], connection=conn).work(burst=True, logging_level="WARNING")


def kill_worker_mid_job(rt, tmp_path, job_id: str, wait_s: float = 60) -> None:
    """Start a real worker process, let it take `job_id` and block on its first write (SQLite's write lock
    is held here), then SIGKILL it: the job is left started by a worker that is gone."""
    lock = sqlite3.connect(tmp_path / "test.db", isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    env = dict(
        os.environ,
        MATCHER_INSTANCE_DIR=str(tmp_path),
        DATABASE_URL=rt.settings.database_url,
        INDEX_DIR=str(rt.settings.index_dir),
        REDIS_URL=rt.settings.redis_url,
        JOB_TIMEOUT_S="60",
        SECRET_KEY="test",
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLABLE_WORKER], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        conn = Redis.from_url(rt.settings.redis_url)
        deadline = time.monotonic() + wait_s
        while Job.fetch(job_id, connection=conn).get_status() != JobStatus.STARTED:
            assert time.monotonic() < deadline, "the worker never started the job"
            assert proc.poll() is None, "the worker exited"
            time.sleep(0.1)
        time.sleep(0.3)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        lock.execute("ROLLBACK")
        lock.close()
