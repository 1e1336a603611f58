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



def _queued(rt) -> list[str]:
    from matcher.jobs.queue import queue_for

    return queue_for(rt.settings).get_job_ids()


def test_lost_vetting_and_indexing_are_queued_again_in_chunks_every_worker_shares(qrt, monkeypatch):
    """Providers whose jobs were lost (Redis keeps nothing on disk: a restart empties the queue): the
    periodic catch-up queues them in chunks, not twice while they wait, and each ends vetted and indexed
    exactly once."""
    monkeypatch.setattr(bulk, "CHUNK", 3)
    assert len(get_index(qrt)) == 0
    ids = _providers(qrt, 7)  # stored, but no job was ever queued for them

    assert bulk.catch_up() == 0 and _queued(qrt) == []  # changed a moment ago: their own jobs may run
    assert bulk.catch_up(older_than_s=0) == 7
    assert len(_queued(qrt)) == 3 and len(get_index(qrt)) == 0  # 7 in chunks of 3, none embedded here
    bulk.catch_up(older_than_s=0)  # the next period, before any worker ran: nothing queued twice
    assert len(_queued(qrt)) == 3
    work(qrt)
    assert bulk.pending(qrt, ids) == []
    assert sorted(get_index(qrt).ids.tolist()) == ids
    with qrt.db.session() as s:
        assert s.get(Provider, ids[0]).status == "flagged"
    assert bulk.catch_up(older_than_s=0) == 0 and _queued(qrt) == []  # nothing left to do


def test_an_edit_whose_vetting_was_lost_is_still_vetted(qrt):
    """A verified provider writes a red flag into its profile and the job is lost: it must not stay
    verified on its old verdict."""
    from matcher.usecases.providers import update_provider

    [pid] = _providers(qrt, 2)[1:]
    bulk.vet_and_index(qrt, [pid], inline=True)
    with qrt.db.session() as s:
        assert s.get(Provider, pid).status == "submitted"  # clean: waits for an admin, not flagged
        update_provider(s, s.get(Provider, pid), {"description": RISKY})
    bulk.catch_up(older_than_s=0)
    work(qrt)
    with qrt.db.session() as s:
        provider = s.get(Provider, pid)
        assert provider.status == "flagged" and provider.vetted_version == provider.content_version


def test_the_catch_up_leaves_providers_to_jobs_already_waiting(qrt, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 3)
    ids = _providers(qrt, 5)
    bulk.vet_and_index(qrt, ids, wait=False)  # an import's chunks wait in Redis
    waiting = _queued(qrt)
    assert bulk.catch_up(older_than_s=0) == 0 and _queued(qrt) == waiting


def test_index_entries_the_index_lacks_are_queued_in_chunks(qrt, monkeypatch):
    """The database says they are indexed, the index lacks them (an older copy of it restored): a gap
    larger than a chunk becomes chunk jobs; one within a chunk is embedded in the catch-up itself."""
    from matcher.index import service

    monkeypatch.setattr(bulk, "CHUNK", 3)
    ids = _providers(qrt, 7)
    bulk.vet_and_index(qrt, ids, inline=True)
    index = get_index(qrt)
    service._write(qrt.db, index, lambda: index.remove(ids[:5]))
    assert bulk.catch_up(older_than_s=0) == 5 and len(_queued(qrt)) == 2
    work(qrt)
    assert sorted(get_index(qrt).ids.tolist()) == ids
    service._write(qrt.db, index, lambda: index.remove(ids[:2]))
    assert bulk.catch_up(older_than_s=0) == 2 and _queued(qrt) == []
    assert sorted(get_index(qrt).ids.tolist()) == ids


def test_the_sweepers_periodic_job_vets_an_edit_whose_job_was_lost(qrt):
    """End to end through a worker: the sweeper queues the catch-up, which queues the lost provider."""
    from datetime import timedelta

    from sqlalchemy import update

    from matcher.jobs import recovery
    from matcher.models import utcnow
    from matcher.usecases.providers import update_provider

    [pid] = _providers(qrt, 2)[1:]
    bulk.vet_and_index(qrt, [pid], inline=True)
    with qrt.db.session() as s:
        update_provider(s, s.get(Provider, pid), {"description": RISKY})
    with qrt.db.session() as s:  # edited longer ago than a job may run, and no job was queued
        s.execute(update(Provider).where(Provider.id == pid).values(updated_at=utcnow() - timedelta(hours=1)))
    recovery.Sweeper(qrt).sweep_once()
    work(qrt)  # the catch-up job, then the chunk it queued
    with qrt.db.session() as s:
        assert s.get(Provider, pid).status == "flagged"
