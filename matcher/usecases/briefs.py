"""Submitting a brief and matching it."""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from matcher.models import Brief, MatchResult, utcnow
from matcher.usecases.errors import NotFound


def new_token() -> str:
    # 32 random bytes: the results link cannot be guessed.
    return secrets.token_urlsafe(32)


def create_brief(session: Session, data: dict[str, Any]) -> Brief:
    """Store a validated brief, queued for matching. It is stored before any job is enqueued."""
    fields = {k: v for k, v in data.items() if k in Brief.__table__.columns.keys()}
    brief = Brief(token=new_token(), status="queued", **fields)
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
    brief.status = "done"
    brief.error = None
    brief.empty_reason = result.empty_reason
    brief.matched_at = utcnow()
    session.flush()


def mark_failed(session: Session, brief: Brief, message: str) -> None:
    brief.status = "failed"
    brief.error = message
    session.flush()


def pending_briefs(session: Session) -> list[Brief]:
    """Briefs that still wait for matching (e.g. submitted while Redis was down)."""
    return list(session.scalars(select(Brief).where(Brief.status.in_(("queued",))).order_by(Brief.id)))


def submit_brief(rt, data: dict[str, Any]) -> Brief:
    """Store a brief (committed first: nothing is lost), then enqueue its matching (inline without Redis)."""
    from matcher.jobs import enqueue_brief_match

    with rt.db.session() as session:
        brief = create_brief(session, data)
    try:
        enqueue_brief_match(brief.id)  # records its job id on the brief
    except Exception:  # noqa: BLE001 - the match job has recorded the failure on the brief
        pass
    with rt.db.session() as session:
        stored = session.get(Brief, brief.id)
        session.expunge(stored)
    return stored
