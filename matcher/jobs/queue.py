"""The one helper that enqueues jobs: queue, timeout, retry with backoff and failure TTL set in one place."""

from __future__ import annotations

import logging
from collections.abc import Callable

from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, Retry

from matcher.jobs import tasks
from matcher.runtime import current

log = logging.getLogger(__name__)

# Three retries, waiting longer each time: a passing fault (database restart, OOM kill) gets time to clear.
RETRY = Retry(max=3, interval=[5, 30, 120])
FAILURE_TTL = 7 * 24 * 3600


def redis_connection(url: str | None = None) -> Redis:
    url = url or current().settings.redis_url
    return Redis.from_url(url, socket_connect_timeout=2, socket_timeout=10)


def dispatch(func: Callable, *args, job_id: str | None = None, description: str | None = None) -> str | None:
    """Run `func(*args)` as a job: enqueued when Redis is configured, else inline now.

    When Redis is configured but unreachable the work runs inline instead, so nothing waits on a queue
    that is not there; the caller has already stored what the user submitted.
    """
    settings = current().settings
    if not settings.uses_redis:
        func(*args)
        return None
    try:
        queue = Queue(settings.queue_name, connection=redis_connection(settings.redis_url))
        job = queue.enqueue_call(
            func,
            args=args,
            job_id=job_id,
            description=description,
            timeout=settings.job_timeout_s,
            failure_ttl=FAILURE_TTL,
            retry=RETRY,
        )
        return job.id
    except RedisError as exc:
        log.warning("Redis unreachable (%s); running %s inline", exc, func.__name__)
        func(*args)
        return None


def enqueue_provider_work(provider_id: int, version: int) -> None:
    """Vet, then index, a provider that was created or changed."""
    # Deterministic ids: a second change before the worker gets to it does not queue duplicate work.
    dispatch(tasks.vet_provider, provider_id, job_id=f"vet-provider-{provider_id}-v{version}")
    dispatch(tasks.index_provider, provider_id, job_id=f"index-provider-{provider_id}-v{version}")


def enqueue_brief_match(brief_id: int, attempt: int = 0) -> str | None:
    return dispatch(tasks.match_brief, brief_id, job_id=f"match-brief-{brief_id}-{attempt}")
