"""Submitting a brief and matching it."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from matcher.events import BriefRetryRequested, BriefRevised, BriefSubmitted
from matcher.models import Brief, MatchResult
from matcher.models import brief_status as lifecycle
from matcher.usecases.errors import Conflict, NotFound
from matcher.usecases.rates import with_rate

if TYPE_CHECKING:
    from matcher.unit_of_work import UnitOfWork


def new_token() -> str:
    # 32 random bytes: the results link cannot be guessed.
    return secrets.token_urlsafe(32)


def create_brief(session: Session, data: dict[str, Any]) -> Brief:
    """Store a validated brief, queued for matching. It is stored before any job is enqueued."""
    fields = {k: v for k, v in with_rate(session, data).items() if k in Brief.__table__.columns.keys()}
    brief = Brief(token=new_token(), status=lifecycle.BriefStatus.QUEUED, **fields)
    session.add(brief)
    session.flush()
    return brief


def get_brief(session: Session, brief_id: int) -> Brief:
    brief = session.get(Brief, brief_id)
    if brief is None:
        raise NotFound(f"No brief with id {brief_id}.")
    return brief


def get_brief_by_token(session: Session, token: str) -> Brief:
    brief = session.scalar(select(Brief).where(Brief.token == token)) if token else None
    if brief is None:
        raise NotFound("No brief at this link.")
    return brief


def store_matches(session: Session, brief: Brief, result) -> None:
    """Replace a brief's shortlist with a ranking result (idempotent: a re-run overwrites)."""
    session.execute(delete(MatchResult).where(MatchResult.brief_id == brief.id))
    session.flush()
    for rank, match in enumerate(result.matches, start=1):
        session.add(
            MatchResult(
                brief_id=brief.id,
                provider_id=match.provider_id,
                rank=rank,
                score=match.score,
                reasons=match.reasons,
            )
        )
    brief.understood = result.understood
    brief.notices = result.notices
    lifecycle.finish(brief, result.empty_reason)
    session.flush()


def _reread(uow: UnitOfWork, brief_id: int) -> Brief:
    """The brief as it is after the hand-off (inline, matching has already run and changed it)."""
    with uow.rt.db.session() as session:
        brief = session.get(Brief, brief_id)
        session.expunge(brief)
    return brief


def submit_brief(uow: UnitOfWork, data: dict[str, Any]) -> Brief:
    """Store a brief (committed first: nothing is lost), then have it matched (inline without Redis)."""
    with uow:
        brief = create_brief(uow.session, data)
        uow.record(BriefSubmitted(brief.id))
    return _reread(uow, brief.id)


def _move(brief: Brief, transition) -> None:
    """A lifecycle transition; one the lifecycle refuses is a Conflict with its buyer-facing message."""
    try:
        transition(brief)
    except lifecycle.TransitionError as exc:
        raise Conflict(str(exc)) from exc


def retry_brief(uow: UnitOfWork, brief_id: int) -> Brief:
    """Send a failed (or stuck) brief back to matching: status queued, error cleared, a new job."""
    with uow:
        brief = get_brief(uow.session, brief_id)
        _move(brief, lifecycle.retry)
        uow.record(BriefRetryRequested(brief.id))
    return _reread(uow, brief_id)


# What a buyer may correct of a brief on its page: what the engine understood, not the scope itself.
REVISABLE = (
    "industry", "services", "countries", "languages", "budget_min_usd", "budget_max_usd", "remote_ok"
)


def revise_brief(uow: UnitOfWork, brief_id: int, data: dict[str, Any]) -> Brief:
    """Replace the brief's structured fields with the buyer's corrections and match it again."""
    with uow:
        brief = get_brief(uow.session, brief_id)
        _move(brief, lifecycle.revise)
        for name in REVISABLE:
            if name in data:
                setattr(brief, name, data[name])
        brief.confirmed = True  # the correction form's budgets are in the brief's currency, at its rate
        uow.record(BriefRevised(brief.id))
    return _reread(uow, brief_id)

