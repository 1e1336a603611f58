"""Background jobs. With REDIS_URL set they go to rq workers; without it they run in-process.

Every job takes ids, never ORM objects, and is idempotent, so a retry or a duplicate does no harm.
"""

from matcher.jobs.queue import dispatch, enqueue_provider_work, enqueue_brief_match, redis_connection

__all__ = ["dispatch", "enqueue_brief_match", "enqueue_provider_work", "redis_connection"]
