"""Bulk vetting and indexing in chunks over real rq workers: a worker killed mid-chunk loses nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from redis import Redis
from rq.job import Job, JobStatus
from sqlalchemy import func, select

from matcher.index import get_index
from matcher.jobs import bulk
from matcher.models import Finding, Provider, TextEmbedding
from matcher.usecases.providers import create_provider
from tests.matcher.test_jobs import KILLABLE_WORKER, qrt, work  # noqa: F401 - qrt is a fixture

pytestmark = pytest.mark.redis

RISKY = "We sell dofollow guest posts on our private network of 300 blogs, 50 links for $99."


def _providers(rt, n: int) -> list[int]:
    with rt.db.session() as s:
        return [
            create_provider(
                s,
                {
                    "name": f"Agency {i}",
                    "description": RISKY
                    if i == 0
                    else f"Agency {i} earns links with digital PR and outreach to trade editors.",
                },
            ).id
            for i in range(n)
        ]


def test_a_worker_killed_mid_chunk_loses_nothing_and_a_rerun_finishes(qrt, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(bulk, "CHUNK", 4)
    ids = _providers(qrt, 10)
    bulk.vet_and_index(qrt, ids, wait=False)  # three chunk jobs wait in Redis
    first = bulk._job_id("vet", ids[:4])
    # Hold SQLite's write lock: the worker takes the first chunk, then blocks on its first write, mid-chunk.
    lock = sqlite3.connect(tmp_path / "test.db", isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    env = dict(
        os.environ,
        MATCHER_INSTANCE_DIR=str(tmp_path),
        DATABASE_URL=qrt.settings.database_url,
        INDEX_DIR=str(qrt.settings.index_dir),
        REDIS_URL=qrt.settings.redis_url,
        JOB_TIMEOUT_S="60",
        SECRET_KEY="test",
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLABLE_WORKER], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        conn = Redis.from_url(qrt.settings.redis_url)
        deadline = time.monotonic() + 60
        while Job.fetch(first, connection=conn).get_status() != JobStatus.STARTED:
            assert time.monotonic() < deadline, "the worker never started the chunk"
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

    work(qrt)  # another worker takes the chunks still queued
    lost = bulk.pending(qrt, ids)
    assert lost == ids[:4]  # exactly the killed chunk, nothing else
    bulk.vet_and_index(qrt, ids, wait=False)  # the command run again: only what is not done
    work(qrt)
    assert bulk.pending(qrt, ids) == []

    index = get_index()
    assert sorted(index.ids.tolist()) == sorted(ids)  # each provider indexed exactly once
    with qrt.db.session() as s:
        assert s.scalar(select(func.count()).where(Provider.vetted_version != Provider.content_version)) == 0
        dupes = s.execute(
            select(Finding.fingerprint, func.count())
            .where(Finding.state == "open")
            .group_by(Finding.fingerprint)
            .having(func.count() > 1)
        ).all()
        assert dupes == []
        assert s.get(Provider, ids[0]).status == "flagged"


def test_without_redis_the_same_chunks_run_here_with_progress(rt, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 3)
    ids = _providers(rt, 7)
    seen: list[int] = []

    from contextlib import contextmanager

    @contextmanager
    def bar(total, label):
        seen.append(total)
        yield seen.append

    report = bulk.vet_and_index(rt, ids, bar)
    assert report.done == report.total == 7 and report.chunks == 3
    assert seen[0] == 7 and sum(seen[1:]) == 7
    assert bulk.pending(rt, ids) == []
    assert bulk.vet_and_index(rt, ids, bar).chunks == 0  # nothing left to do


def test_reindex_with_redis_embeds_in_chunks_on_workers_then_builds_from_the_cache(qrt, monkeypatch):  # noqa: F811
    monkeypatch.setattr(bulk, "CHUNK", 3)
    ids = _providers(qrt, 7)
    report = bulk.reindex(qrt, poll=lambda: work(qrt))  # the poll runs a worker between checks
    assert report.chunks == 3 and report.done == 7
    assert sorted(get_index().ids.tolist()) == ids
    with qrt.db.session() as s:
        assert s.scalar(select(func.count()).select_from(TextEmbedding)) >= 7  # the workers' vectors
