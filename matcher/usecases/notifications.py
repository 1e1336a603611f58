"""The messages the service sends people, composed in one place: a buyer's shortlist link, the links a
buyer lost, and a password reset. Each is queued in the caller's transaction (mailing.queue_mail) and
sent after it commits. Links come from the caller (the web layer knows the addresses)."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from marshmallow import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcher.models import Brief, PasswordReset, Provider, User, utcnow
from matcher.schemas.accounts import PasswordResetSchema, check_password_strength
from matcher.tokens import live_link, token_hash
from matcher.usecases import sessions
from matcher.usecases.accounts import find_user
from matcher.usecases.mailing import queue_mail

if TYPE_CHECKING:
    from matcher.unit_of_work import UnitOfWork

RESET_VALID = timedelta(hours=1)
LOST_LINKS_MAX = 20
SIGNATURE = "\n\n— SEO Matcher: vetted SEO and link-building providers, matched to your brief."


def send_brief_link(uow: UnitOfWork, brief_id: int, link: str) -> None:
    """The buyer's private link to its shortlist, mailed to the brief's contact address (if it has one)."""
    with uow:
        brief = uow.session.get(Brief, brief_id)
        if brief is None or not brief.contact_email:
            return
        queue_mail(uow, brief.contact_email, "Your shortlist link",
                   f"Thank you for your brief{' for ' + brief.company if brief.company else ''}.\n\n"
                   f"Your shortlist of vetted providers is at:\n{link}\n\n"
                   "Keep this link: anyone holding it can read the shortlist. If you lose it, ask for it "
                   "again from the brief form with this address." + SIGNATURE, "brief_link")


def send_lost_brief_links(uow: UnitOfWork, email: str, link_for: Callable[[str], str]) -> None:
    """Every brief with this contact address gets its link mailed there; an address with none gets
    nothing. The caller says the same either way, so no one learns which addresses have briefs."""
    address = (email or "").strip()
    with uow:
        briefs = list(uow.session.scalars(
            select(Brief).where(func.lower(Brief.contact_email) == address.lower())
            .order_by(Brief.id.desc()).limit(LOST_LINKS_MAX)))
        if not briefs:
            return
        lines = "\n".join(f"- {b.company or 'Brief'} of {b.created_at:%d %b %Y}: {link_for(b.token)}"
                          for b in briefs)
        queue_mail(uow, briefs[0].contact_email, "Your shortlist links",
                   f"You asked for the links to your briefs. Here they are:\n\n{lines}\n\n"
                   "If you did not ask, you can ignore this message: the links were sent only to you."
                   + SIGNATURE, "brief_links")


def start_password_reset(uow: UnitOfWork, email: str, link_for: Callable[[str], str]) -> None:
    """Mail a single-use link valid for RESET_VALID to the account with this address, if there is one.
    The caller says the same either way."""
    with uow:
        user = find_user(uow.session, email or "")
        if user is None:
            return
        token = secrets.token_urlsafe(32)
        uow.session.add(PasswordReset(user_id=user.id, token_hash=token_hash(token),
                                      expires_at=utcnow() + RESET_VALID))
        queue_mail(uow, user.email, "Reset your password",
                   "Someone, hopefully you, asked to reset the password of your SEO Matcher account.\n\n"
                   "Choose a new password here (the link works once, for the next hour):\n"
                   f"{link_for(token)}\n\n"
                   "If you did not ask, ignore this message: your password stays as it is." + SIGNATURE,
                   "password_reset")


def reset_for(session: Session, token: str) -> PasswordReset:
    """The live reset behind a link, or ValidationError saying why the link no longer works."""
    return live_link(session, PasswordReset, token,
                     "This reset link has expired or was already used. Ask for a new one.")


def reset_password(session: Session, token: str, new_password: str) -> User:
    """Set the new password from a live reset link; the link is then spent and every session of the
    account ends (whoever held the old password is signed out)."""
    reset = reset_for(session, token)
    user = session.get(User, reset.user_id)
    PasswordResetSchema().load({"new_password": new_password})
    try:
        check_password_strength(new_password, user.email)
    except ValidationError as exc:
        raise ValidationError({"new_password": exc.messages}) from None
    user.set_password(new_password)
    reset.used_at = utcnow()
    sessions.end_all(session, user.id, "password_changed")
    session.flush()
    return user


DECISIONS = {
    "verify": ("Your profile is verified", "Our reviewers verified your profile: buyers can now find you in "
               "the directory and on their shortlists."),
    "request_changes": ("Changes requested on your profile", "Our reviewers ask you to change your profile "
                        "before it can be verified."),
    "reject": ("Your application was not accepted", "Our reviewers did not accept your application."),
    "suspend": ("Your listing is suspended",
                "Our reviewers suspended your listing: buyers no longer see it."),
    "reinstate": ("Your profile is back under review", "Our reviewers reinstated your profile; it is back "
                  "under review."),
}


def send_decision(uow: UnitOfWork, provider_id: int, action: str, reason: str | None, link: str) -> None:
    """Tell a provider's account what a reviewer decided and why (nothing for a provider without one, or
    for an action that is not about its profile's standing)."""
    if action not in DECISIONS:
        return
    with uow:
        provider = uow.session.get(Provider, provider_id)
        owner = uow.session.get(User, provider.owner_id) if provider and provider.owner_id else None
        if owner is None:
            return
        subject, opening = DECISIONS[action]
        body = opening + (f"\n\nTheir reason:\n{reason}" if reason else "")
        body += ("\n\nRead it with your findings, answer each one with your side of it, and submit your "
                 f"questionnaire again:\n{link}" if action != "verify" else f"\n\nYour account:\n{link}")
        queue_mail(uow, owner.email, subject, body + SIGNATURE, f"decision_{action}")

