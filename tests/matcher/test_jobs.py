"""Background jobs on a real Redis (db 15) and a real rq worker: results, retries, crashes, Redis down."""

from __future__ import annotations

import time

import pytest
from redis import Redis
from rq import SimpleWorker
from rq.job import Job
from sqlalchemy import select

from matcher import jobs
from matcher import runtime as runtime_mod
from matcher.index import get_index
from matcher.jobs import queue, recovery
from matcher.jobs.worker import run_worker
from matcher.models import Base, Brief, MatchResult, Provider
from matcher.unit_of_work import UnitOfWork
from matcher.usecases.briefs import create_brief, retry_brief
from matcher.usecases.providers import create_provider
from tests.conftest import make_settings
from tests.matcher.jobs_kit import kill_worker_mid_job, work

pytestmark = pytest.mark.redis

PROVIDERS = [
    {"external_id": "p1", "name": "Smile Local", "services": ["local_seo"], "industries": ["healthcare"],
     "countries": ["US"], "languages": ["en"], "min_budget_usd": 1000, "max_budget_usd": 8000,
     "description": "Local SEO for dental clinics: Google Business Profile, reviews and citations."},
    {"external_id": "p2", "name": "Chain Reach", "services": ["digital_pr", "link_building"],
     "industries": ["crypto"], "countries": ["US"], "languages": ["en"],
     "description": "Digital PR and editorial link building for crypto exchanges and DeFi protocols."},
]
BRIEF = {"scope": "We run three dental clinics in Austin and need local SEO and more patient reviews.",
         "industry": "healthcare", "services": ["local_seo"], "countries": ["US"], "languages": ["en"],
         "budget_max_usd": 5000}




def add_providers(rt) -> list[int]:
    with rt.db.session() as s:
        return [create_provider(s, data, status="verified").id for data in PROVIDERS]


def submit(rt) -> int:
    with rt.db.session() as s:  # committed before the job is enqueued
        brief_id = create_brief(s, BRIEF).id
    jobs.enqueue_brief_match(rt, brief_id)
    return brief_id


def brief_row(rt, brief_id: int) -> Brief:
    with rt.db.session() as s:
        brief = s.get(Brief, brief_id)
        s.expunge(brief)
        return brief


def test_jobs_run_on_a_real_worker(qrt_any):
    qrt = qrt_any
    ids = add_providers(qrt)
    for pid in ids:
        jobs.enqueue_provider_work(qrt, pid, 1)
        jobs.enqueue_provider_work(qrt, pid, 1)  # a repeat while waiting is not queued twice
    q = queue.queue_for(qrt.settings)
    assert q.count == 4
    job = q.jobs[0]
    assert job.timeout == 60 and job.failure_ttl == queue.FAILURE_TTL and job.retries_left == queue.RETRY_MAX
    work(qrt)
    with qrt.db.session() as s:
        for p in s.scalars(select(Provider)):
            assert (p.vetted_version, p.indexed_version) == (1, 1)
    assert sorted(get_index(qrt).ids.tolist()) == sorted(ids)
    # Deleted after its last index job finished: the same dispatch runs again and removes it.
    with qrt.db.session() as s:
        s.delete(s.get(Provider, ids[1]))
    jobs.enqueue_provider_work(qrt, ids[1], 1)
    work(qrt)
    assert get_index(qrt).ids.tolist() == [ids[0]]

    brief_id = submit(qrt)
    assert brief_row(qrt, brief_id).status == "queued"
    work(qrt)
    brief = brief_row(qrt, brief_id)
    assert brief.status == "done" and brief.attempts == 1
    with qrt.db.session() as s:
        matched = s.scalars(select(MatchResult.provider_id).where(MatchResult.brief_id == brief_id)).all()
    assert matched and matched[0] == ids[0]


def test_failing_job_is_retried_then_brief_failed_then_retried_by_hand(qrt, monkeypatch):
    import matcher.ranking

    add_providers(qrt)
    calls = []

    def broken(session, brief, index, top=10, encoders=None):
        calls.append(brief["scope"])
        raise RuntimeError("ranking service exploded")

    monkeypatch.setattr(matcher.ranking, "rank_brief", broken)
    brief_id = submit(qrt)
    work(qrt)
    brief = brief_row(qrt, brief_id)
    assert len(calls) == queue.RETRY_MAX + 1 and brief.attempts == queue.RETRY_MAX + 1
    assert brief.status == "failed"
    assert "ranking service exploded" in brief.error and "retry" in brief.error
    failed = queue.queue_for(qrt.settings).failed_job_registry
    assert failed.get_job_ids() == [brief.job_id]

    monkeypatch.undo()
    monkeypatch.setattr(queue, "RETRY_INTERVALS", [0])
    retry_brief(UnitOfWork(qrt), brief_id)
    assert brief_row(qrt, brief_id).status == "queued" and brief_row(qrt, brief_id).error is None
    work(qrt)
    assert brief_row(qrt, brief_id).status == "done"


def test_rebuild_job_and_run_worker(qrt):
    ids = add_providers(qrt)
    jobs.enqueue_rebuild(qrt)
    assert run_worker(qrt.settings, burst=True) is True
    assert sorted(get_index(qrt).ids.tolist()) == sorted(ids)


# The worker process as `matcher worker` runs it, less the warm-up (the job is killed before it needs the
# model, and loading it would cost the test seconds).


def test_worker_killed_mid_job_does_not_lose_the_brief(qrt, tmp_path):
    add_providers(qrt)
    from matcher.index import rebuild

    rebuild(qrt)
    brief_id = submit(qrt)
    job_id = brief_row(qrt, brief_id).job_id
    kill_worker_mid_job(qrt, tmp_path, job_id, wait_s=45)

    assert brief_row(qrt, brief_id).status in ("queued", "matching")  # stored, not done, not lost
    assert recovery.requeue_stale_briefs(qrt, older_than_s=3600) == []  # the job is young: left alone
    # This worker never beat: its started job counts as dead only after the job timeout...
    assert recovery.requeue_stale_briefs(qrt, older_than_s=0, started_timeout_s=3600) == []
    # ...but a worker that beats is dead as soon as its heartbeat lapses, long before that.
    redis = Redis.from_url(qrt.settings.redis_url)
    worker_name = Job.fetch(job_id, connection=redis).worker_name
    redis.set(recovery._beats_key(worker_name), "1")
    redis.set(recovery._alive_key(worker_name), "1", ex=recovery.ALIVE_TTL_S)
    assert recovery.requeue_stale_briefs(qrt, older_than_s=0, started_timeout_s=3600) == []  # still beating
    redis.delete(recovery._alive_key(worker_name))  # the heartbeat lapsed
    assert recovery.requeue_stale_briefs(qrt, older_than_s=0, started_timeout_s=3600) == [brief_id]
    assert recovery.requeue_stale_briefs(qrt, older_than_s=0) == []  # its new job waits in the queue
    work(qrt)  # a second worker
    assert brief_row(qrt, brief_id).status == "done"


def test_sweep_claims_each_lost_brief_once(qrt):
    add_providers(qrt)
    brief_id = submit(qrt)
    old = brief_row(qrt, brief_id).job_id
    Redis.from_url(qrt.settings.redis_url).flushdb()  # the job is gone (Redis lost its data)
    assert queue.claim_match_job(qrt, brief_id, old, only_if=True) is not None
    assert queue.claim_match_job(qrt, brief_id, old, only_if=True) is None  # a second sweeper loses the race
    assert recovery.requeue_stale_briefs(qrt, older_than_s=0) == [brief_id]  # the claimed job was never sent
    work(qrt)
    assert brief_row(qrt, brief_id).status == "done"


def test_redis_unreachable_at_submission_runs_inline(tmp_path, monkeypatch):
    # Port 1 on loopback: nothing listens, the connection is refused at once.
    settings = make_settings(tmp_path, redis_url="redis://127.0.0.1:1/15")
    rt = runtime_mod.install(runtime_mod.build(settings))
    Base.metadata.create_all(rt.db.engine)
    try:
        ids = add_providers(rt)
        for pid in ids:
            jobs.enqueue_provider_work(rt, pid, 1)
        assert sorted(get_index(rt).ids.tolist()) == sorted(ids)
        brief_id = submit(rt)
        assert brief_row(rt, brief_id).status == "done"
    finally:
        runtime_mod._current = None
        rt.db.dispose()


def test_inline_failure_marks_brief_failed_and_does_not_raise(rt, monkeypatch):
    import matcher.ranking

    def broken(session, brief, index, top=10, encoders=None):
        raise ValueError("no catalog")

    monkeypatch.setattr(matcher.ranking, "rank_brief", broken)
    brief_id = submit(rt)  # no Redis: inline; the failure is recorded, not raised at the submitter
    brief = brief_row(rt, brief_id)
    assert brief.status == "failed" and "no catalog" in brief.error


def test_retry_of_a_matched_brief_is_refused(rt):
    from matcher.usecases.errors import Conflict

    add_providers(rt)
    brief_id = submit(rt)
    assert brief_row(rt, brief_id).status == "done"
    with pytest.raises(Conflict):
        retry_brief(UnitOfWork(rt), brief_id)


def test_periodic_sweeper_requeues_a_lost_brief(qrt):
    from datetime import timedelta

    from sqlalchemy import update

    from matcher.models import utcnow

    add_providers(qrt)
    brief_id = submit(qrt)
    old_job = brief_row(qrt, brief_id).job_id
    Redis.from_url(qrt.settings.redis_url).flushdb()  # the job is lost
    with qrt.db.session() as s:  # and it was submitted longer ago than the job timeout
        s.execute(update(Brief).where(Brief.id == brief_id).values(updated_at=utcnow() - timedelta(hours=1)))
    sweeper = recovery.Sweeper(qrt, interval_s=0.05)
    sweeper.start()
    try:
        deadline = time.monotonic() + 10
        while brief_row(qrt, brief_id).job_id == old_job:
            assert time.monotonic() < deadline, "the sweeper did not requeue the brief"
            time.sleep(0.05)
    finally:
        sweeper.stopping.set()
        sweeper.join(timeout=5)
    work(qrt)
    assert brief_row(qrt, brief_id).status == "done"


def test_the_sweeper_beats_registers_the_worker_again_and_feeds_the_health_check(qrt):
    import os

    redis = Redis.from_url(qrt.settings.redis_url)
    worker = SimpleWorker([qrt.settings.queue_name], connection=redis)
    sweeper = recovery.Sweeper(qrt, worker=worker)
    assert recovery.worker_healthy(qrt)[0] is False  # no beat yet
    worker.register_birth()
    sweeper.beat()
    assert redis.ttl(recovery._alive_key(worker.name)) > 0
    assert recovery.worker_healthy(qrt)[0] is True
    redis.delete(worker.key)  # Redis restarted without persistence: rq forgot its workers
    sweeper.beat()
    assert redis.exists(worker.key) and worker.name in [w.name for w in SimpleWorker.all(connection=redis)]
    old = time.time() - recovery.HEALTH_MAX_AGE_S - 5
    os.utime(recovery.health_file(qrt), (old, old))  # no beat for over a minute
    ok, message = recovery.worker_healthy(qrt)
    assert not ok and "ago" in message
    worker.register_death()
