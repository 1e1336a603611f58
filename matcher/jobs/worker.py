"""`matcher worker`: an rq worker on the configured queue, with the model and the index loaded once.

Why SimpleWorker (jobs run in the worker process itself) and not rq's forking Worker. Measured on the
2-core machine (load average 3-6 from other work), 20 index_provider jobs each (embed one profile of
about 150 words, upsert, persist a segment) against a 320-provider index, wall time per job:
    SimpleWorker, model and index loaded at start                    0.68-0.75 s/job
    Worker (fork per job), model loaded in the parent, never used    1.9 s/job
    Worker (fork per job), the parent embedded once before forking   hangs: every child blocks on a
        futex (OpenMP thread pools of torch/faiss do not survive fork) until the timeout kills it;
        our warm-up embeds whenever it repairs the index, so this is the normal case, not a corner
    Worker (fork per job), nothing preloaded                         6.3 s/job (each child loads the model)
So the fork buys isolation we do not need, at 3x the cost at best and a deadlock at worst: jobs are
short and idempotent, and a crash mid-job is recovered by rq's retry and our stale-brief sweep
(recovery.py). The cost of SimpleWorker: a job stuck in C code ignores the timeout signal; run workers
under a supervisor (systemd, a container restart policy), more than one.
"""

from __future__ import annotations

import logging

from rq import SimpleWorker

from matcher import runtime
from matcher.config import Settings
from matcher.embeddings import get_model
from matcher.index import get_index, reconcile
from matcher.jobs.bulk import CHUNK
from matcher.jobs.queue import redis_connection
from matcher.jobs.recovery import Sweeper

log = logging.getLogger(__name__)


def _install(settings: Settings) -> runtime.Runtime:
    rt = runtime.current()
    if rt.settings != settings:
        rt = runtime.install(runtime.build(settings))
    return rt


def warm_up(rt: runtime.Runtime) -> None:
    """Load the heavy things before the first job: the embedding model and this process's index."""
    get_model()
    try:
        index = get_index(rt)  # rebuilds a missing or corrupt index
        # ...and embeds what the database has that it lacks (web processes leave it to us), up to a chunk:
        # a larger gap is a reindex or an import under way, whose chunks every worker shares. Embedding it
        # here made each starting worker embed the whole catalogue alone before taking a job (100,000
        # profiles twice over with two workers, 2026-12-06); the periodic repair (bulk.catch_up) queues
        # any gap no import or reindex covers as chunks.
        reconcile(rt, index, max_embed=CHUNK)
        log.info("index ready: %d providers, %s", len(index), index.kind)
    except Exception:  # noqa: BLE001 - a database not reachable yet: jobs retry, the sweeper repairs
        log.exception("could not load the index at start; the first job will try again")


def run_worker(settings: Settings, burst: bool = False,
               worker_class: type[SimpleWorker] = SimpleWorker) -> bool:
    """Work the queue until stopped (or, with burst, until it is empty); True if any job ran."""
    if not settings.redis_url:
        raise ValueError("REDIS_URL is not set: without Redis, jobs run inline in the web and CLI processes.")
    rt = _install(settings)
    warm_up(rt)
    connection = redis_connection(settings.redis_url)
    worker = worker_class([settings.queue_name], connection=connection)
    sweeper = Sweeper(rt, worker=worker)
    sweeper.sweep_once()  # briefs lost while no worker ran (a crash, a deploy)
    if not burst:
        sweeper.start()
    try:
        # with_scheduler: retries wait their backoff in rq's scheduled registry; something must move them
        # back to the queue when due. Workers elect one scheduler among themselves through a Redis lock.
        return worker.work(burst=burst, with_scheduler=True)
    finally:
        sweeper.stopping.set()
