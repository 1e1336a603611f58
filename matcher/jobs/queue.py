"""The one helper that enqueues jobs: queue, timeout, retry with backoff and failure TTL set in one place.

Without REDIS_URL, and when Redis is configured but unreachable, the job runs in this process at once.
Inline errors are logged and swallowed, as a worker would: every job records its own outcome where the
user sees it (a brief ends `failed` with a message), and the submitter's stored data is never rolled
back by a failed job. Callers that need the result call the use case directly.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable

from redis import Redis
from redis.exceptions import RedisError
from rq import Callback, Queue, Retry
from rq.exceptions import DuplicateJobError, NoSuchJobError
from rq.job import Job, JobStatus
from sqlalchemy import update

from matcher.jobs import tasks
from matcher.models import Brief, utcnow
from matcher.models.brief_status import PENDING, BriefStatus
from matcher.runtime import Runtime

log = logging.getLogger(__name__)

# Three retries, waiting longer each time: a passing fault (database restart, OOM kill) gets time to
# clear. Module constants so tests can retry at once (interval 0: no scheduler needed).
RETRY_MAX = 3
RETRY_INTERVALS: list[int] = [5, 30, 120]
FAILURE_TTL = 7 * 24 * 3600  # failed jobs stay inspectable (rq info, the failed registry) for a week
RESULT_TTL = 24 * 3600
# A full rebuild embeds every provider (about 100 a second on 2 cores): far past the default timeout.
REBUILD_TIMEOUT_S = 6 * 3600
_WAITING = {JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED}
# How the ids of jobs that vet or index providers begin (enqueue_provider_work, bulk._job_id).
PROVIDER_JOB_PREFIXES = ("vet-provider-", "index-provider-", "bulk-")


_connections: dict[str, Redis] = {}
_connections_lock = threading.Lock()


def redis_connection(url: str) -> Redis:
    """One client (and connection pool) per URL and process: an import dispatches thousands of jobs.

    redis-py's pool notices a fork and opens fresh connections in the child.
    """
    with _connections_lock:
        if url not in _connections:
            _connections[url] = Redis.from_url(url, socket_connect_timeout=2, socket_timeout=10)
        return _connections[url]


def queue_for(settings, connection: Redis | None = None) -> Queue:
    return Queue(settings.queue_name, connection=connection or redis_connection(settings.redis_url))


def dispatch(rt: Runtime, func: Callable, *args, job_id: str | None = None, description: str | None = None,
             timeout: int | None = None, on_failure: Callable | None = None,
             once: bool = False) -> str | None:
    """Run `func(*args)` as a job: enqueued when Redis is configured, else inline now.

    A `job_id` makes the job unique while it waits: a second dispatch then is a no-op (re-indexing one
    provider version twice would waste a model call). Once that job has started, the same work is queued
    again under a derived id: what changed meanwhile (a deletion) must still be seen. With once=True a job
    id that exists in any state means the work is done or under way (a periodic repair per time slot).
    Returns the job id when enqueued, None when the job ran inline.
    """
    settings = rt.settings
    if settings.uses_redis:
        try:
            return _enqueue(settings, func, args, job_id, description, timeout, on_failure, once)
        except RedisError as exc:
            log.warning("Redis unreachable (%s); running %s inline", exc, func.__name__)
    try:
        func.__wrapped__(rt, *args)  # the job's own function (entry.job keeps it), on this runtime
    except Exception:  # noqa: BLE001 - see the module docstring
        log.exception("inline job %s%r failed", func.__name__, args)
    return None


def _enqueue(settings, func, args, job_id, description, timeout, on_failure, once) -> str:
    queue = queue_for(settings)
    options = {
        "args": args,
        "job_id": job_id,
        "unique": job_id is not None,
        "description": description,
        "timeout": timeout or settings.job_timeout_s,
        "result_ttl": RESULT_TTL,
        "failure_ttl": FAILURE_TTL,
        "retry": Retry(max=RETRY_MAX, interval=RETRY_INTERVALS),
        "on_failure": Callback(on_failure) if on_failure else None,
    }
    try:
        return queue.enqueue_call(func, **options).id
    except DuplicateJobError:
        if once:
            return job_id
        try:
            if Job.fetch(job_id, connection=queue.connection).get_status() in _WAITING:
                return job_id
        except NoSuchJobError:  # expired between the two calls
            pass
        # Running, finished or failed: a new job under a new id (never reuse the id of a job that a worker
        # may still be finishing).
        options.update(job_id=f"{job_id}-{uuid.uuid4().hex[:8]}", unique=False)
        return queue.enqueue_call(func, **options).id


def enqueue_provider_work(rt: Runtime, provider_id: int, version: int) -> None:
    """Vet, then index, a provider that was created or changed (or index it away when deleted)."""
    dispatch(rt, tasks.vet_provider, provider_id, job_id=f"vet-provider-{provider_id}-v{version}")
    dispatch(rt, tasks.index_provider, provider_id, job_id=f"index-provider-{provider_id}-v{version}")


def enqueue_rebuild(rt: Runtime) -> str | None:
    return dispatch(rt, tasks.rebuild_index, job_id=f"rebuild-index-{uuid.uuid4().hex[:8]}",
                    timeout=REBUILD_TIMEOUT_S)


def enqueue_brief_match(rt: Runtime, brief_id: int) -> str | None:
    """Match a stored brief in the background; the brief must be committed before this is called.

    Returns the job id, or None when the matching ran inline (no Redis, or Redis unreachable).
    """
    job_id = claim_match_job(rt, brief_id)
    return dispatch_match(rt, brief_id, job_id) if job_id else None


def claim_match_job(
    rt: Runtime, brief_id: int, replacing: str | None = None, *, only_if: bool = False
) -> str | None:
    """Write a new job id on the brief before enqueuing (the recovery sweep reads it); None if not written.

    With only_if=True the write succeeds only while the brief is still queued/matching under job id
    `replacing`: when several sweepers see the same stale brief, exactly one of them gets to re-enqueue.
    """
    job_id = f"match-brief-{brief_id}-{uuid.uuid4().hex[:8]}"
    stmt = update(Brief).where(Brief.id == brief_id).values(job_id=job_id, updated_at=utcnow())
    if only_if:
        stmt = stmt.where(Brief.job_id.is_(None) if replacing is None else Brief.job_id == replacing,
                          Brief.status.in_(PENDING)).values(status=BriefStatus.QUEUED)
    with rt.db.session() as session:
        if session.execute(stmt).rowcount != 1:
            return None
    return job_id


def dispatch_match(rt: Runtime, brief_id: int, job_id: str) -> str | None:
    return dispatch(rt, tasks.match_brief, brief_id, job_id=job_id, description=f"match brief {brief_id}",
                    on_failure=tasks.match_failed)


def enqueue_mail(rt: Runtime, mail_id: int) -> str | None:
    """Send a stored message after its commit: a job with retries on a worker, inline without Redis (a
    failure is then recorded on the message, which an admin can send again)."""
    return dispatch(rt, tasks.send_mail, mail_id, job_id=f"mail-{mail_id}-{uuid.uuid4().hex[:8]}",
                    description=f"send mail {mail_id}")

