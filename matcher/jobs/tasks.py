"""The job functions themselves: thin wrappers that take ids, open a session and call a use case.

Each is idempotent: a retry, a duplicate or a re-run after a crash does no harm.
"""

from __future__ import annotations

import logging

from rq import get_current_job

from matcher.models import Brief, Provider
from matcher.runtime import current

log = logging.getLogger(__name__)


def vet_provider(provider_id: int) -> dict | None:
    from matcher.usecases.vetting import vet_provider as vet

    with current().db.session() as session:
        provider = session.get(Provider, provider_id)
        if provider is None:  # deleted since the job was queued
            return None
        outcome = vet(session, provider)
        return {"status": outcome.status, "opened": outcome.opened, "closed": outcome.closed}


def index_provider(provider_id: int) -> None:
    """Embed and upsert one provider, or remove it from the index if it was deleted."""
    from matcher.index import sync_provider

    sync_provider(provider_id)


def rebuild_index() -> int:
    from matcher.index import rebuild

    return rebuild()


def reconcile_index() -> int:
    """Repair any difference between the index and the database (run periodically by the worker)."""
    from matcher.index import get_index, reconcile

    return reconcile(get_index())


def _final_attempt() -> bool:
    job = get_current_job()
    return job is None or not job.retries_left


def match_brief(brief_id: int) -> str | None:
    """Rank providers for a brief and store the shortlist; on the last failed attempt mark it failed."""
    db = current().db
    with db.session() as session:
        brief = session.get(Brief, brief_id)
        if brief is None:
            return None
        if brief.status == "done":
            return "done"
        brief.status = "matching"
        brief.attempts = (brief.attempts or 0) + 1
    try:
        from matcher.ranking import rank_brief
        from matcher.usecases.briefs import store_matches

        with db.session() as session:
            brief = session.get(Brief, brief_id)
            result = rank_brief(session, brief.as_input())
            store_matches(session, brief, result)
        return "done"
    except Exception as exc:
        log.exception("matching brief %s failed", brief_id)
        if _final_attempt():
            _fail_brief(brief_id, exc)
        else:
            with db.session() as session:
                session.get(Brief, brief_id).status = "queued"
        raise


def match_failed(job, connection, exc_type, exc_value, tb) -> None:
    """rq failure callback: also covers what match_brief cannot see itself (its worker died, a hard kill
    at the timeout), found by rq's cleanup of abandoned jobs."""
    if job.retries_left:
        return
    brief_id = job.args[0]
    with current().db.session() as session:
        brief = session.get(Brief, brief_id)
        if brief is not None and brief.status in ("queued", "matching"):
            _fail_brief(brief_id, exc_value)


def failure_message(exc: BaseException | None) -> str:
    detail = f"{exc.__class__.__name__}: {exc}" if exc is not None and str(exc) else "the worker stopped"
    return (f"Matching could not be completed ({detail}). Your brief is saved; retry it, and if it fails "
            f"again contact support.")[:2000]


def _fail_brief(brief_id: int, exc: BaseException | None) -> None:
    from matcher.usecases.briefs import mark_failed

    with current().db.session() as session:
        brief = session.get(Brief, brief_id)
        if brief is not None and brief.status != "done":
            mark_failed(session, brief, failure_message(exc))
