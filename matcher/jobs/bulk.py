"""Bulk work in chunks: vet and index many providers (an import), or embed every profile (a reindex).

With Redis the chunks are rq jobs, so any number of `matcher worker` processes on any machines share
them; without it the same chunks run here. Progress comes from the database, the source of truth: a
provider is done when its vetted and indexed versions equal its content version. So a worker killed
mid-chunk loses that chunk only (rq retries it; a stalled wait re-queues what is still pending), and
running the command again continues with what is not done. Everything a chunk does is idempotent.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from sqlalchemy import func, or_, select

from matcher import index
from matcher.db import in_lists
from matcher.embedding_cache import document_cache, sentence_cache
from matcher.jobs.entry import job
from matcher.jobs.queue import PROVIDER_JOB_PREFIXES, REBUILD_TIMEOUT_S, dispatch, queue_for, redis_connection
from matcher.models import BulkRun, Provider, utcnow
from matcher.progress import ProgressFactory, no_progress
from matcher.runtime import Runtime
from matcher.usecases.vetting import vet_providers

# Providers per job: big enough for the model's batches, small enough that a lost chunk costs little.
CHUNK = 250
POLL_S = 1.0


@dataclass
class BulkReport:
    total: int
    done: int
    chunks: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def _job_id(kind: str, ids: list[int], salt: str = "") -> str:
    digest = hashlib.sha1(",".join(map(str, ids)).encode()).hexdigest()[:16]
    return f"bulk-{kind}-{digest}{salt}"


def _not_done(stmt):
    current = func.coalesce(Provider.content_version, 1)
    return stmt.where(or_(Provider.vetted_version.is_(None), Provider.vetted_version != current,
                          Provider.indexed_version.is_(None), Provider.indexed_version != current))


def pending(rt: Runtime, ids: list[int] | None = None, older_than: datetime | None = None) -> list[int]:
    """Providers (all, or among `ids`) not yet vetted and indexed at their current version; with
    `older_than`, only those last changed before it."""
    with rt.db.session() as session:
        if ids is None:
            stmt = _not_done(select(Provider.id))
            if older_than is not None:
                stmt = stmt.where(Provider.updated_at < older_than)
            return list(session.scalars(stmt.order_by(Provider.id)))
        out: list[int] = []
        for chunk in in_lists(ids):
            out += session.scalars(_not_done(select(Provider.id).where(Provider.id.in_(chunk))))
        return sorted(out)


@job
def process_chunk(rt: Runtime, provider_ids: list[int]) -> int:
    """Vet a chunk in one pass of the model, then embed and index it (both through the cache)."""
    with rt.db.session() as session:
        providers = list(session.scalars(select(Provider).where(Provider.id.in_(provider_ids))
                                         .order_by(Provider.id)))
        vet_providers(session, providers, sentence_cache(rt.db).encode)
    index.sync_providers(rt, provider_ids)
    return len(provider_ids)


@job
def embed_chunk(rt: Runtime, provider_ids: list[int]) -> int:
    """Embed a chunk's profiles into the document cache (a reindex; the index is built from the cache)."""
    with rt.db.session() as session:
        providers = list(session.scalars(select(Provider).where(Provider.id.in_(provider_ids))))
        docs = [index.provider_document(p) for p in providers]
    document_cache(rt.db).encode(docs)
    return len(docs)


@job
def index_chunk(rt: Runtime, provider_ids: list[int]) -> int:
    """Embed and index those of a chunk's providers that the index still lacks (a chunk of a repair:
    another job may have indexed some since it was queued)."""
    return index.sync_providers(rt, index.unindexed(rt, provider_ids))


@job
def catch_up(rt: Runtime, older_than_s: float | None = None) -> int:
    """The periodic repair that every worker's sweeper queues: provider work that was lost is queued again,
    in chunks every worker shares, and the index is made to match the database. Returns how many providers
    it queued or changed.

    Lost: a provider whose vetting or indexing has lagged its content for longer than a job may run
    (`older_than_s`, default the job timeout) while no provider work waits in Redis. Redis keeps nothing
    on disk, so a restart empties the queue, and a job can fail all its retries; an edited profile keeps
    its old verdict until it is vetted again, so a lost vetting job left new text unchecked, not just a
    slow index. Index entries the database says exist but the index lacks (an older copy of the index
    restored) go in chunks too: as one job a large gap ran past the job timeout and started over on each
    retry, on one worker while the others idled."""
    changed = index.reconcile(rt, max_embed=CHUNK)  # deletions at once, a gap within a chunk here
    if _provider_work_waiting(rt):
        return changed  # an import or edits under way will do it; the next period looks again
    grace = rt.settings.job_timeout_s if older_than_s is None else older_than_s
    stale = pending(rt, older_than=utcnow() - timedelta(seconds=grace))
    for chunk in _chunks(stale):
        dispatch(rt, process_chunk, chunk, job_id=_job_id("vet", chunk), description=f"catch up {len(chunk)}")
    behind = set(pending(rt))  # vetting and indexing of these is under way or queued above
    missing = [pid for pid in index.unindexed(rt) if pid not in behind]
    for chunk in _chunks(missing):
        dispatch(rt, index_chunk, chunk, job_id=_job_id("index", chunk), description=f"index {len(chunk)}")
    return changed + len(stale) + len(missing)


def _provider_work_waiting(rt: Runtime) -> bool:
    """Whether vetting or indexing jobs wait in Redis, queued or scheduled for a retry."""
    if not rt.settings.uses_redis:
        return False  # jobs run in-process: none can wait
    queue = queue_for(rt.settings)
    waiting = [*queue.get_job_ids(), *queue.scheduled_job_registry.get_job_ids()]
    return any(jid.startswith(PROVIDER_JOB_PREFIXES) for jid in waiting)


def vet_and_index(rt: Runtime, provider_ids: list[int], progress: ProgressFactory | None = None,
                  wait: bool = True, stall_s: float | None = None, inline: bool = False) -> BulkReport:
    """Vet and index providers in chunks: rq jobs with Redis (waiting for them when `wait`), else (or
    when `inline`) here."""
    progress = progress or no_progress
    started = time.perf_counter()
    todo = pending(rt, provider_ids)
    total = len(provider_ids)
    chunks = _chunks(todo)
    if todo:
        with rt.db.session() as session:
            session.add(BulkRun(total=len(todo)))
    if inline or not rt.settings.uses_redis:
        with progress(total, "vetting and indexing") as advance:
            advance(total - len(todo))
            for chunk in chunks:
                process_chunk(chunk)
                advance(len(chunk))
        return BulkReport(total, total - len(pending(rt, provider_ids)), len(chunks),
                          time.perf_counter() - started)
    for chunk in chunks:
        dispatch(rt, process_chunk, chunk, job_id=_job_id("vet", chunk),
                 description=f"vet+index {len(chunk)}")
    if not wait:
        return BulkReport(total, total - len(todo), len(chunks), time.perf_counter() - started)
    stall_s = stall_s if stall_s is not None else rt.settings.job_timeout_s + 60
    with progress(total, "vetting and indexing") as advance:
        shown = total - len(todo)
        advance(shown)
        last_move = time.monotonic()
        while todo:
            time.sleep(POLL_S)
            todo = pending(rt, todo)
            if total - len(todo) > shown:
                advance(total - len(todo) - shown)
                shown, last_move = total - len(todo), time.monotonic()
            elif time.monotonic() - last_move > stall_s:
                # Nothing moved for longer than a job may run: its worker is gone and the job with it.
                for chunk in _chunks(todo):
                    dispatch(rt, process_chunk, chunk, job_id=_job_id("vet", chunk, f"-{int(time.time())}"))
                last_move = time.monotonic()
    return BulkReport(total, total, len(chunks), time.perf_counter() - started)


def reindex(rt: Runtime, progress: ProgressFactory | None = None,
            poll: Callable[[], None] | None = None) -> BulkReport:
    """Rebuild the index from the database. With Redis, workers first embed the profiles in chunks (in
    parallel, into the document cache); the index is then built here from the cache, without the model."""
    progress = progress or no_progress
    started = time.perf_counter()
    with rt.db.session() as session:
        ids = list(session.scalars(select(Provider.id).order_by(Provider.id)))
    chunks = _chunks(ids)
    if rt.settings.uses_redis and chunks:
        job_ids = [dispatch(rt, embed_chunk, c, job_id=_job_id("embed", c), timeout=REBUILD_TIMEOUT_S)
                   for c in chunks]
        with progress(len(ids), "embedding") as advance:
            _wait_for_jobs(rt, job_ids, chunks, advance, poll)
    with progress(len(ids), "indexing") as advance:
        count = index.rebuild(rt, progress=advance)
    return BulkReport(len(ids), count, len(chunks), time.perf_counter() - started)


def _wait_for_jobs(rt: Runtime, job_ids, chunks, advance, poll) -> None:
    """Until every chunk's job has finished; a chunk whose job failed for good is embedded here."""
    conn = redis_connection(rt.settings.redis_url)
    waiting = {jid: chunk for jid, chunk in zip(job_ids, chunks, strict=True) if jid}
    for chunk in (c for jid, c in zip(job_ids, chunks, strict=True) if not jid):
        advance(len(chunk))  # ran inline (Redis unreachable at enqueue)
    while waiting:
        if poll:
            poll()
        time.sleep(POLL_S)
        for jid, chunk in list(waiting.items()):
            try:
                status = Job.fetch(jid, connection=conn).get_status()
            except NoSuchJobError:  # expired or flushed: the rebuild embeds whatever is missing
                status = JobStatus.FAILED
            if status == JobStatus.FINISHED or status == JobStatus.FAILED:
                advance(len(chunk))
                del waiting[jid]


@dataclass
class Backlog:
    """What the admin area shows: providers waiting for vetting or indexing, and the latest run's pace."""

    providers: int
    waiting: int
    run_total: int | None = None
    run_done: int | None = None
    rate: float | None = None  # providers a second since the run started
    eta_s: float | None = None


def backlog(rt: Runtime) -> Backlog:
    with rt.db.session() as session:
        providers = session.scalar(select(func.count(Provider.id))) or 0
        waiting = session.scalar(_not_done(select(func.count(Provider.id)))) or 0
        run = session.scalar(select(BulkRun).order_by(BulkRun.id.desc()).limit(1))
        if run is None or not waiting:
            return Backlog(providers, waiting)
        done = max(0, run.total - waiting)
        elapsed = max((utcnow() - run.started_at).total_seconds(), 1e-9)
        rate = done / elapsed
        return Backlog(providers, waiting, run.total, done, rate, waiting / rate if rate > 0 else None)
