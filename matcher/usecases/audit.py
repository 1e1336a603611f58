"""Writing the append-only audit log."""

from __future__ import annotations

from sqlalchemy.orm import Session

from matcher.models import Provider, ReviewDecision, User

SYSTEM = "system"


def record(
    session: Session,
    provider: Provider,
    action: str,
    *,
    actor: User | None = None,
    actor_label: str | None = None,
    reason: str | None = None,
    finding_id: int | None = None,
    from_status: str | None = None,
    to_status: str | None = None,
) -> ReviewDecision:
    entry = ReviewDecision(
        provider_id=provider.id,
        actor_id=actor.id if actor else None,
        actor_label=actor.email if actor else (actor_label or SYSTEM),
        action=action,
        reason=reason,
        finding_id=finding_id,
        from_status=from_status,
        to_status=to_status,
    )
    session.add(entry)
    return entry


def change_status(session: Session, provider: Provider, to_status: str, action: str, **kwargs) -> None:
    """Set a provider's status and log the decision that caused it."""
    from_status = provider.status
    provider.status = to_status
    record(session, provider, action, from_status=from_status, to_status=to_status, **kwargs)
