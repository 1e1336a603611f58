"""Getting stuck briefs matched: a sweep for briefs whose job was lost (a buyer's retry is the use case
`matcher.usecases.briefs.retry_brief`).

A brief is lost when its worker died mid-job (SIGKILL, OOM, a machine gone) or its job vanished from
Redis (flushed, evicted). `requeue_stale_briefs` finds briefs still queued/matching after
`older_than_s` (the job timeout plus a margin: rq kills a job at its timeout, so a job "started" longer
ago than that is dead) whose job is not waiting in Redis, and enqueues a new job.

Where it runs: `matcher worker` sweeps once at start and then every SWEEP_INTERVAL_S from a daemon
thread (`Sweeper`): a plain loop, no rq scheduler or cron to configure. Several workers may sweep at
once: the brief's job id is claimed in the database with a compare-and-set, so exactly one of them
re-enqueues a given brief. The sweeper also enqueues an index repair job every REINDEX_CHECK_S;
it runs on the worker's main thread like any job, so the model is never used from two threads.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime, timedelta

from redis.exceptions import RedisError
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from sqlalchemy import select

from matcher.jobs import queue, tasks
from matcher.models import Brief, utcnow
from matcher.models.brief_status import PENDING
from matcher.runtime import Runtime

log = logging.getLogger(__name__)

SWEEP_INTERVAL_S = 60
SWEEP_MARGIN_S = 60  # beyond the job timeout before a started job counts as dead
REINDEX_CHECK_S = 600
_WAITING = {JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED}


def requeue_stale_briefs(rt: Runtime, older_than_s: float, limit: int = 500) -> list[int]:
    """Re-enqueue briefs queued/matching for longer than `older_than_s` whose job is lost; their ids."""
    settings = rt.settings
    cutoff = utcnow() - timedelta(seconds=older_than_s)
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
        if connection is not None and _job_alive(connection, job_id, cutoff):
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
    if status == JobStatus.STARTED and job.started_at is not None:
        started = job.started_at if job.started_at.tzinfo else job.started_at.replace(tzinfo=UTC)
        return started > cutoff
    return False


class Sweeper(threading.Thread):
    """The worker's background loop: the stale-brief sweep, and a periodic index repair job."""

    def __init__(self, rt: Runtime, interval_s: float = SWEEP_INTERVAL_S):
        super().__init__(name="matcher-sweeper", daemon=True)
        self.rt = rt
        self.interval_s = interval_s
        self.stopping = threading.Event()
        self._next_reindex = time.monotonic() + REINDEX_CHECK_S

    def run(self) -> None:
        while not self.stopping.wait(self.interval_s):
            self.sweep_once()

    def sweep_once(self) -> None:
        try:
            requeue_stale_briefs(self.rt, self.rt.settings.job_timeout_s + SWEEP_MARGIN_S)
            if time.monotonic() >= self._next_reindex:
                self._next_reindex = time.monotonic() + REINDEX_CHECK_S
                # One id per period: however many workers sweep, one repair job runs.
                bucket = int(time.time() // REINDEX_CHECK_S)
                queue.dispatch(self.rt, tasks.reconcile_index, job_id=f"reconcile-index-{bucket}", once=True)
        except Exception:  # noqa: BLE001 - a failed sweep must not end the loop; the next one retries
            log.exception("sweep failed")
