"""A provider's own account: sign-up with a draft profile, its profile, findings and admins' messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.events import ProvidersChanged
from matcher.models import Finding, Provider, ReviewDecision, User, utcnow
from matcher.redflags import registry
from matcher.usecases.accounts import find_user, normalise_email
from matcher.usecases.audit import record
from matcher.usecases.errors import Conflict, NotFound, UseCaseError
from matcher.usecases.providers import create_provider, update_provider

if TYPE_CHECKING:
    from matcher.unit_of_work import UnitOfWork

def signup_provider(session: Session, email: str, name: str, password_hash: str) -> tuple[User, Provider]:
    """A provider account and the draft profile it owns, in one transaction, from a confirmed sign-up
    (signup.finish_signup: the address and password were checked when it was asked for)."""
    if find_user(session, email) is not None:
        raise Conflict("This address already has an account: log in, or reset its password.")
    user = User(email=normalise_email(email), role="provider", password_hash=password_hash)
    session.add(user)
    session.flush()
    provider = create_provider(session, {"name": name, "description": ""}, status="draft", owner_id=user.id)
    return user, provider


def owned_provider(session: Session, user_id: int) -> Provider:
    """The profile an account owns (the first, should an import have given it more)."""
    provider = session.scalar(select(Provider).where(Provider.owner_id == user_id).order_by(Provider.id))
    if provider is None:
        raise NotFound("This account has no provider profile.")
    return provider


def save_profile(uow: UnitOfWork, provider_id: int, data: dict[str, Any]) -> bool:
    """Store validated profile fields; a change bumps the version and is vetted again after the commit."""
    # A provider may not re-key itself: external_id belongs to the importer.
    data = {k: v for k, v in data.items() if k != "external_id"}
    with uow:
        provider = uow.session.get(Provider, provider_id)
        if provider is None:
            raise NotFound(f"No provider with id {provider_id}.")
        changed = update_provider(uow.session, provider, data)
        if changed:
            uow.record(ProvidersChanged((provider_id,)))
    return changed


def provider_findings(session: Session, provider_id: int) -> dict[str, list[Finding]]:
    """A provider's findings by state: open first (most severe first), then dismissed and closed."""
    order = {"high": 0, "medium": 1, "low": 2}
    rows = session.scalars(select(Finding).where(Finding.provider_id == provider_id).order_by(Finding.id))
    grouped: dict[str, list[Finding]] = {"open": [], "dismissed": [], "closed": []}
    for finding in rows:
        grouped.setdefault(finding.state, []).append(finding)
    grouped["open"].sort(key=lambda f: (order.get(f.severity, 3), f.id))
    return grouped


# The decisions a provider must read and act on: their reasons are written to it.
TOLD_TO_PROVIDER = ("request_changes", "reject", "suspend")


def change_requests(session: Session, provider_id: int, limit: int = 5) -> list[ReviewDecision]:
    """The admins' latest messages to the provider (changes requested, rejection, suspension), newest
    first."""
    return list(
        session.scalars(
            select(ReviewDecision)
            .where(ReviewDecision.provider_id == provider_id, ReviewDecision.action.in_(TOLD_TO_PROVIDER))
            .order_by(ReviewDecision.created_at.desc(), ReviewDecision.id.desc())
            .limit(limit)
        )
    )


def advice_for(category: str) -> str:
    """What a provider can do about a finding of this category, in words it can act on."""
    return registry.advice(category)


NOTE_MAX = 4000


def explain_finding(session: Session, provider_id: int, user: User, finding_id: int, note: str) -> Finding:
    """The provider's side of an open finding on its own texts, kept beside it for the reviewer and in the
    audit log; a new explanation replaces the last."""
    finding = session.get(Finding, finding_id)
    if finding is None or finding.provider_id != provider_id:
        raise NotFound("No such finding among yours.")
    if finding.state != "open":
        raise Conflict("This finding is no longer open.")
    note = (note or "").strip()
    if not note or len(note) > NOTE_MAX:
        raise UseCaseError("Write your explanation (at most 4,000 characters).",
                           {"note": ["Write your explanation (at most 4,000 characters)."]})
    finding.provider_note, finding.noted_at = note, utcnow()
    record(session, finding.provider, "explain_finding", actor=user, reason=note, finding_id=finding.id)
    session.flush()
    return finding

