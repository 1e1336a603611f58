"""The job functions themselves: thin wrappers that take ids, open a session and call a use case.

Each is idempotent: a retry, a duplicate or a re-run after a crash does no harm.
"""

from __future__ import annotations

import logging

from rq import get_current_job

from matcher import index, ranking
from matcher.embedding_cache import ranking_encoders, sentence_cache
from matcher.jobs.entry import job
from matcher.models import Brief, Provider
from matcher.models import brief_status as lifecycle
from matcher.runtime import Runtime, current
from matcher.usecases import mailing
from matcher.usecases.briefs import store_matches
from matcher.usecases.vetting import vet_provider as vet

log = logging.getLogger(__name__)


@job
def vet_provider(rt: Runtime, provider_id: int) -> dict | None:
    with rt.db.session() as session:
        provider = session.get(Provider, provider_id)
        if provider is None:  # deleted since the job was queued
            return None
        outcome = vet(session, provider, sentence_cache(rt.db).encode)
        return {"status": outcome.status, "opened": outcome.opened, "closed": outcome.closed}


@job
def index_provider(rt: Runtime, provider_id: int) -> None:
    """Embed and upsert one provider, or remove it from the index if it was deleted."""
    index.sync_provider(rt, provider_id)


@job
def rebuild_index(rt: Runtime) -> int:
    return index.rebuild(rt)


def _final_attempt() -> bool:
    current_job = get_current_job()
    return current_job is None or not current_job.retries_left


@job
def match_brief(rt: Runtime, brief_id: int) -> str | None:
    """Rank providers for a brief and store the shortlist; on the last failed attempt mark it failed."""
    with rt.db.session() as session:
        brief = session.get(Brief, brief_id)
        if brief is None:
            return None
        if brief.status == lifecycle.BriefStatus.DONE:
            return "done"
        lifecycle.start(brief)
    try:
        with rt.db.session() as session:
            brief = session.get(Brief, brief_id)
            result = ranking.rank_brief(session, brief.as_input(), index.get_index(rt),
                                        encoders=ranking_encoders(rt.db))
            store_matches(session, brief, result)
        return "done"
    except Exception as exc:
        log.exception("matching brief %s failed", brief_id)
        if _final_attempt():
            _fail_brief(rt, brief_id, exc)
        else:
            with rt.db.session() as session:
                lifecycle.requeue(session.get(Brief, brief_id))
        raise


def match_failed(job, connection, exc_type, exc_value, tb) -> None:
    """rq failure callback: also covers what match_brief cannot see itself (its worker died, a hard kill
    at the timeout), found by rq's cleanup of abandoned jobs."""
    if job.retries_left:
        return
    # rq calls this with its own arguments: the process runtime, as the job entry wrapper reads it.
    _fail_brief(current(), job.args[0], exc_value)


def _fail_brief(rt: Runtime, brief_id: int, exc: BaseException | None) -> None:
    with rt.db.session() as session:
        brief = session.get(Brief, brief_id)
        if brief is not None and lifecycle.is_pending(brief):
            lifecycle.fail(brief, lifecycle.failure_message(exc))


@job
def send_mail(rt: Runtime, mail_id: int) -> str:
    """Deliver one stored message; a failure is recorded on it and raised, so a worker retries."""
    return mailing.deliver_mail(rt, mail_id)

