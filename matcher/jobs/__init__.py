"""Background jobs. With REDIS_URL set they go to rq workers; without it they run in-process.

Every job takes ids, never ORM objects, and is idempotent, so a retry or a duplicate does no harm.
`matcher worker` runs `matcher.jobs.worker.run_worker` (imported lazily: it loads the model).
"""

from matcher.jobs.providers import process_providers
from matcher.jobs.queue import (
    dispatch,
    enqueue_brief_match,
    enqueue_mail,
    enqueue_provider_work,
    enqueue_rebuild,
    redis_connection,
)
from matcher.jobs.recovery import requeue_stale_briefs

__all__ = [
    "dispatch",
    "enqueue_brief_match",
    "enqueue_mail",
    "enqueue_provider_work",
    "enqueue_rebuild",
    "process_providers",
    "redis_connection",
    "requeue_stale_briefs",
]
