"""A provider signs up by confirming its address: the form says "check your email" whatever was typed, so
no one learns from it which addresses have accounts. A new address gets a link that creates the account
(single-use, valid SIGNUP_VALID); an address that already has an account gets a note saying so, with the
ways in. Both are mailed in the caller's transaction (mailing.queue_mail) and sent after it commits."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from matcher.models import Provider, SignupRequest, User, utcnow
from matcher.models.users import hash_password
from matcher.tokens import live_link, token_hash
from matcher.usecases.accounts import find_user, normalise_email
from matcher.usecases.mailing import queue_mail
from matcher.usecases.notifications import SIGNATURE
from matcher.usecases.provider_account import signup_provider

if TYPE_CHECKING:
    from collections.abc import Callable

    from matcher.unit_of_work import UnitOfWork

SIGNUP_VALID = timedelta(hours=24)
EXPIRED = "This sign-up link has expired or was already used. Sign up again, or log in if you finished."


@dataclass(frozen=True)
class Ways:
    """Where the messages point: the caller knows the addresses."""

    confirm: Callable[[str], str]  # the confirmation page for a token
    login: str
    forgot_password: str


def start_signup(uow: UnitOfWork, data: dict, ways: Ways) -> None:
    """`data`: a valid sign-up form (email, password, name). Mails the address either a link that creates
    the account or, where it has one already, a note with the ways in; stores nothing for the latter."""
    email = normalise_email(data["email"])
    with uow:
        if find_user(uow.session, email) is not None:
            queue_mail(uow, email, "You already have an SEO Matcher account",
                       "Someone, hopefully you, tried to sign up with this address, which already has an "
                       f"account.\n\nLog in here:\n{ways.login}\n\nForgot your password? Choose a new one "
                       f"here:\n{ways.forgot_password}\n\nIf it was not you, ignore this message: nothing "
                       "changed." + SIGNATURE, "signup_existing")
            return
        token = secrets.token_urlsafe(32)
        uow.session.add(SignupRequest(
            email=email, name=data["name"], password_hash=hash_password(data["password"]),
            token_hash=token_hash(token), expires_at=utcnow() + SIGNUP_VALID))
        queue_mail(uow, email, "Confirm your address to finish signing up",
                   f"Thank you for signing up {data['name']} to SEO Matcher.\n\nConfirm this address to "
                   "create your account (the link works once, for the next 24 hours):\n"
                   f"{ways.confirm(token)}\n\n"
                   "If you did not sign up, ignore this message: no account is created." + SIGNATURE,
                   "signup_confirm")


def pending_signup(session: Session, token: str) -> SignupRequest:
    """The live sign-up behind a link, or ValidationError saying why the link no longer works."""
    return live_link(session, SignupRequest, token, EXPIRED)


def finish_signup(session: Session, token: str) -> tuple[User, Provider]:
    """Create the account and its draft profile from a live link; the link is then spent. Another link for
    the same address that was confirmed first wins: this one is refused (Conflict)."""
    request = pending_signup(session, token)
    user, provider = signup_provider(session, request.email, request.name, request.password_hash)
    request.used_at = utcnow()
    session.flush()
    return user, provider
