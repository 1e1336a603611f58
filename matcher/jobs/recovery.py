"""Getting stuck briefs matched: a sweep for briefs whose job was lost (a buyer's retry is the use case
`matcher.usecases.briefs.retry_brief`).

A brief is lost when its worker died mid-job (SIGKILL, OOM, a machine gone) or its job vanished from
Redis (flushed, evicted, a restart without persistence). `requeue_stale_briefs` finds briefs still
queued/matching, untouched for `older_than_s`, whose job is neither waiting in Redis nor running on a
live worker, and enqueues a new job.

A running job's worker is live while its heartbeat key (ALIVE_TTL_S) exists: every `matcher worker`
beats from its sweeper thread, which keeps going while the main thread runs a job, so a worker killed
mid-match is known dead within ALIVE_TTL_S, not after the job timeout (600 s by default) that rq itself
waits. A job started by a worker that never beat (a plain `rq worker`) falls back to that timeout.

Where it runs: `matcher worker` sweeps once at start and then every SWEEP_INTERVAL_S from a daemon
thread (`Sweeper`): a plain loop, no rq scheduler or cron to configure. Several workers may sweep at
once: the brief's job id is claimed in the database with a compare-and-set, so exactly one of them
re-enqueues a given brief. The sweeper also keeps the worker registered in Redis (a Redis restart
without persistence forgets it; rq does not register again), touches the health file the compose health
check reads (`matcher worker-health`), and enqueues a repair job every REINDEX_CHECK_S
(bulk.catch_up: lost vetting and indexing queued again, in chunks); jobs run on the worker's main
thread, so the model is never used from two threads.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from redis.exceptions import RedisError
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from rq.worker import Worker
from sqlalchemy import select

from matcher.jobs import bulk, queue
from matcher.models import Brief, utcnow
from matcher.models.brief_status import PENDING
from matcher.runtime import Runtime

log = logging.getLogger(__name__)

SWEEP_INTERVAL_S = 10
ALIVE_TTL_S = 30  # a worker that has not beaten for this long is gone
STALE_AFTER_S = 30  # a brief untouched this long is checked (a fresh one may be on its way to Redis)
SWEEP_MARGIN_S = 60  # beyond the job timeout before a job of a worker that never beat counts as dead
REINDEX_CHECK_S = 600
HEALTH_MAX_AGE_S = 60  # `matcher worker-health` fails when the sweeper has not succeeded for this long
_WAITING = {JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED}


def _alive_key(worker_name: str) -> str:
    return f"matcher:worker-alive:{worker_name}"


def _beats_key(worker_name: str) -> str:
    return f"matcher:worker-beats:{worker_name}"  # this worker beats: no beat means it is dead


def health_file(rt: Runtime) -> Path:
    return rt.settings.instance_dir / "worker.alive"


def requeue_stale_briefs(rt: Runtime, older_than_s: float, limit: int = 500,
                         started_timeout_s: float | None = None) -> list[int]:
    """Re-enqueue briefs queued/matching, untouched for `older_than_s`, whose job is lost; their ids.

    `started_timeout_s` (default `older_than_s`): how long a job started by a worker that never beat may
    run before it counts as dead."""
    settings = rt.settings
    cutoff = utcnow() - timedelta(seconds=older_than_s)
    started_cutoff = utcnow() - timedelta(
        seconds=older_than_s if started_timeout_s is None else started_timeout_s)
    with rt.db.session() as session:
        stmt = (select(Brief.id, Brief.job_id)
                .where(Brief.status.in_(PENDING), Brief.updated_at < cutoff)
                .order_by(Brief.id).limit(limit))
        stale = session.execute(stmt).all()
    if not stale:
        return []
    connection = None
    if settings.uses_redis:
        try:
            connection = queue.redis_connection(settings.redis_url)
            connection.ping()
        except RedisError as exc:  # enqueue_brief_match falls back to running them here
            log.warning("Redis unreachable during the sweep (%s)", exc)
            connection = None
    requeued = []
    for brief_id, job_id in stale:
        if connection is not None and _job_alive(connection, job_id, started_cutoff):
            continue
        job = queue.claim_match_job(rt, brief_id, job_id, only_if=True)
        if job is None:  # another sweeper took it, or it finished meanwhile
            continue
        log.warning("brief %s looks lost (job %s); enqueuing it again", brief_id, job_id)
        queue.dispatch_match(rt, brief_id, job)
        requeued.append(brief_id)
    return requeued


def _job_alive(connection, job_id: str | None, cutoff: datetime) -> bool:
    """True while the job may still run: waiting in Redis, or started within the timeout."""
    if not job_id:
        return False
    try:
        job = Job.fetch(job_id, connection=connection)
    except NoSuchJobError:
        return False
    status = job.get_status(refresh=False)
    if status in _WAITING:
        return True
    if status == JobStatus.STARTED and job.worker_name and connection.exists(_beats_key(job.worker_name)):
        return bool(connection.exists(_alive_key(job.worker_name)))
    if status == JobStatus.STARTED and job.started_at is not None:
        started = job.started_at if job.started_at.tzinfo else job.started_at.replace(tzinfo=UTC)
        return started > cutoff
    return False


class Sweeper(threading.Thread):
    """The worker's background loop: the stale-brief sweep, and a periodic repair job (bulk.catch_up)."""

    def __init__(self, rt: Runtime, interval_s: float = SWEEP_INTERVAL_S, worker: Worker | None = None):
        super().__init__(name="matcher-sweeper", daemon=True)
        self.rt = rt
        self.worker = worker
        self.interval_s = interval_s
        self.stopping = threading.Event()
        # The first sweep (at start) queues the repair too: a worker often starts after what lost jobs (a
        # Redis or machine restart).
        self._next_reindex = time.monotonic()

    def run(self) -> None:
        while not self.stopping.wait(self.interval_s):
            self.sweep_once()

    def beat(self) -> None:
        """Say this worker is alive, register it again if Redis forgot it, and touch the health file;
        raises when Redis cannot be reached (then the health file goes stale)."""
        if self.worker is None:
            return
        connection = self.worker.connection
        name = self.worker.name
        with connection.pipeline() as pipe:
            pipe.set(_alive_key(name), "1", ex=ALIVE_TTL_S)
            pipe.set(_beats_key(name), "1", ex=24 * 3600)
            pipe.execute()
        # Only once rq registered it (birth_date set) and while it is not shutting down.
        if self.worker.birth_date is not None and not self.stopping.is_set() \
                and not connection.exists(self.worker.key):
            log.warning("worker %s was not registered in Redis (a restart?); registering again", name)
            self.worker.register_birth()
        path = health_file(self.rt)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()

    def sweep_once(self) -> None:
        try:
            self.beat()
        except Exception:  # noqa: BLE001 - Redis down: the sweep below still runs, the beat retries
            log.exception("worker heartbeat failed")
        try:
            requeue_stale_briefs(self.rt, STALE_AFTER_S,
                                 started_timeout_s=self.rt.settings.job_timeout_s + SWEEP_MARGIN_S)
            if time.monotonic() >= self._next_reindex:
                self._next_reindex = time.monotonic() + REINDEX_CHECK_S
                # One id per period: however many workers sweep, one repair job runs.
                bucket = int(time.time() // REINDEX_CHECK_S)
                queue.dispatch(self.rt, bulk.catch_up, job_id=f"catch-up-{bucket}", once=True)
        except Exception:  # noqa: BLE001 - a failed sweep must not end the loop; the next one retries
            log.exception("sweep failed")


def worker_healthy(rt: Runtime, max_age_s: float = HEALTH_MAX_AGE_S) -> tuple[bool, str]:
    """For the health check of a worker container: did its sweeper beat (Redis reachable, worker
    registered) within `max_age_s`?"""
    path = health_file(rt)
    if not path.exists():
        return False, f"no heartbeat yet ({path} is missing): the worker is starting or not running"
    age = time.time() - path.stat().st_mtime
    if age > max_age_s:
        return False, f"last heartbeat {age:.0f}s ago (Redis unreachable, or the worker is stuck)"
    return True, f"last heartbeat {age:.0f}s ago"
