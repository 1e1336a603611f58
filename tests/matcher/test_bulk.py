"""Bulk vetting and indexing in chunks over real rq workers: a worker killed mid-chunk loses nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from matcher.index import get_index
from matcher.jobs import bulk
from matcher.models import Finding, Provider, TextEmbedding
from matcher.usecases.providers import create_provider
from tests.matcher.jobs_kit import kill_worker_mid_job, work

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


def test_a_worker_killed_mid_chunk_loses_nothing_and_a_rerun_finishes(qrt, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 4)
    ids = _providers(qrt, 10)
    bulk.vet_and_index(qrt, ids, wait=False)  # three chunk jobs wait in Redis
    first = bulk._job_id("vet", ids[:4])
    kill_worker_mid_job(qrt, tmp_path, first)

    work(qrt)  # another worker takes the chunks still queued
    lost = bulk.pending(qrt, ids)
    assert lost == ids[:4]  # exactly the killed chunk, nothing else
    bulk.vet_and_index(qrt, ids, wait=False)  # the command run again: only what is not done
    work(qrt)
    assert bulk.pending(qrt, ids) == []

    index = get_index(qrt)
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


def test_reindex_with_redis_embeds_in_chunks_on_workers_then_builds_from_the_cache(qrt, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 3)
    ids = _providers(qrt, 7)
    report = bulk.reindex(qrt, poll=lambda: work(qrt))  # the poll runs a worker between checks
    assert report.chunks == 3 and report.done == 7
    assert sorted(get_index(qrt).ids.tolist()) == ids
    with qrt.db.session() as s:
        assert s.scalar(select(func.count()).select_from(TextEmbedding)) >= 7  # the workers' vectors


def test_a_starting_worker_leaves_a_large_gap_to_the_shared_chunks_and_repairs_a_small_one(qrt, monkeypatch):
    """A worker joining a reindex or an import must take chunks, not embed the whole catalogue alone."""
    from matcher.index import service
    from matcher.jobs import worker

    monkeypatch.setattr(service, "INLINE_REPAIR_MAX", 2)
    monkeypatch.setattr(worker, "CHUNK", 3)
    assert len(get_index(qrt)) == 0  # the index exists, empty, before the catalogue arrives
    ids = _providers(qrt, 5)
    worker.warm_up(qrt)
    assert len(get_index(qrt)) == 0  # 5 missing > a chunk: left to the chunk jobs every worker shares
    monkeypatch.setattr(worker, "CHUNK", 10)
    worker.warm_up(qrt)
    assert sorted(get_index(qrt).ids.tolist()) == ids  # a gap within a chunk is repaired at start


def test_the_periodic_repair_splits_a_large_gap_into_chunks_that_every_worker_shares(qrt, monkeypatch):
    """Providers whose jobs were lost (Redis keeps nothing on disk; a restart empties the queue): the
    periodic repair queues a gap larger than a chunk as chunk jobs, and each provider is indexed once."""
    from matcher.jobs.queue import queue_for

    monkeypatch.setattr(bulk, "CHUNK", 3)
    assert len(get_index(qrt)) == 0
    ids = _providers(qrt, 7)
    queue = queue_for(qrt.settings)
    queue.connection.flushdb()  # the per-provider jobs are gone

    bulk.repair_index()  # what the sweeper queues every few minutes
    assert len(get_index(qrt)) == 0  # nothing embedded by the repair job itself
    assert len(queue) == 3  # 7 providers in chunks of 3
    bulk.repair_index()  # the next period, before any worker ran: the waiting chunks are not queued twice
    assert len(queue) == 3
    work(qrt)
    assert sorted(get_index(qrt).ids.tolist()) == ids
    assert bulk.repair_index() == 0 and len(queue) == 0  # nothing left to repair


def test_the_periodic_repair_embeds_a_gap_within_a_chunk_itself(qrt, monkeypatch):
    from matcher.jobs.queue import queue_for

    monkeypatch.setattr(bulk, "CHUNK", 10)
    assert len(get_index(qrt)) == 0
    ids = _providers(qrt, 4)
    queue = queue_for(qrt.settings)
    queue.connection.flushdb()
    assert bulk.repair_index() == 4
    assert sorted(get_index(qrt).ids.tolist()) == ids and len(queue) == 0
