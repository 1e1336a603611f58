"""Admin review decisions; each one is written to the audit log and moves the provider's status."""

from __future__ import annotations

from sqlalchemy.orm import Session

from matcher.models import Finding, Provider, User, utcnow
from matcher.usecases.audit import change_status, record
from matcher.usecases.errors import Conflict, NotFound, UseCaseError
from matcher.usecases.vetting import open_findings, trust_score

# action -> (statuses it may start from, status it leads to, whether a reason is required)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str | None, bool]] = {
    "verify": (("submitted", "flagged", "draft"), "verified", False),
    "request_changes": (("submitted", "flagged", "verified"), "draft", True),
    "suspend": (("submitted", "flagged", "verified", "draft"), "suspended", True),
    "reject": (("submitted", "flagged", "draft", "suspended"), "rejected", True),
    "reinstate": (("suspended", "rejected"), "submitted", True),
    "dismiss_finding": ((), None, True),
}


def decide(
    session: Session,
    provider_id: int,
    action: str,
    actor: User,
    reason: str | None = None,
    finding_id: int | None = None,
) -> Provider:
    """Apply one admin decision. Raises UseCaseError subclasses with a readable message."""
    if action not in TRANSITIONS:
        raise UseCaseError(f"Unknown action {action!r}.", {"action": ["Unknown action."]})
    provider = session.get(Provider, provider_id)
    if provider is None:
        raise NotFound(f"No provider with id {provider_id}.")
    allowed_from, to_status, needs_reason = TRANSITIONS[action]
    reason = (reason or "").strip() or None
    if needs_reason and not reason:
        raise UseCaseError("Please give a reason; it is kept in the audit log.", {"reason": ["Required."]})

    if action == "dismiss_finding":
        return _dismiss(session, provider, actor, reason, finding_id)

    if provider.status not in allowed_from:
        raise Conflict(f"Cannot {action.replace('_', ' ')} a provider that is {provider.status}.")
    if action == "verify":
        highs = [f for f in open_findings(session, provider.id) if f.severity == "high"]
        if highs:
            raise Conflict(
                f"{len(highs)} high-severity finding(s) are still open: dismiss them with a reason, "
                "or ask the provider to change the text, before verifying."
            )
    change_status(session, provider, to_status, action, actor=actor, reason=reason)
    session.flush()
    return provider


def _dismiss(
    session: Session, provider: Provider, actor: User, reason: str, finding_id: int | None
) -> Provider:
    finding = session.get(Finding, finding_id) if finding_id is not None else None
    if finding is None or finding.provider_id != provider.id:
        raise NotFound("No such finding for this provider.", {"finding_id": ["Unknown finding."]})
    if finding.state != "open":
        raise Conflict(f"That finding is already {finding.state}.")
    finding.state, finding.state_reason, finding.closed_at = "dismissed", reason, utcnow()
    record(session, provider, "dismiss_finding", actor=actor, reason=reason, finding_id=finding.id)
    session.flush()
    if provider.status == "flagged" and not any(
        f.severity == "high" for f in open_findings(session, provider.id)
    ):
        change_status(
            session,
            provider,
            "submitted",
            "clear_flag",
            actor=actor,
            reason="Every high-severity finding has been dismissed.",
        )
    provider.trust_score = trust_score(provider, open_findings(session, provider.id))
    session.flush()
    return provider
