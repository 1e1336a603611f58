"""The job functions themselves: thin wrappers that open a session and call a use case."""

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
    from matcher.index import sync_provider

    sync_provider(provider_id)


def rebuild_index() -> int:
    from matcher.index import rebuild

    return rebuild()


def _final_attempt() -> bool:
    job = get_current_job()
    return job is None or not job.retries_left


def match_brief(brief_id: int) -> str | None:
    """Rank providers for a brief and store the shortlist; on the last failed attempt mark it failed."""
    from matcher.ranking import rank_brief
    from matcher.usecases.briefs import mark_failed, store_matches

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
        with db.session() as session:
            brief = session.get(Brief, brief_id)
            result = rank_brief(session, brief.as_input())
            store_matches(session, brief, result)
        return "done"
    except Exception as exc:
        log.exception("matching brief %s failed", brief_id)
        with db.session() as session:
            brief = session.get(Brief, brief_id)
            if _final_attempt():
                mark_failed(session, brief, f"Matching failed: {exc.__class__.__name__}: {exc}"[:2000])
            else:
                brief.status = "queued"
        raise
