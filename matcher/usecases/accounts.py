"""Accounts: sign-up, log-in checks, admins and API tokens."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from marshmallow import ValidationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from matcher.models import LoginFailure, User, utcnow
from matcher.schemas.accounts import NewCredentialsSchema, PasswordChangeSchema, check_password_strength
from matcher.tokens import token_hash
from matcher.usecases import sessions
from matcher.usecases.errors import TooManyAttempts


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def create_user(session: Session, email: str, password: str, role: str = "provider") -> User:
    data = NewCredentialsSchema().load({"email": email, "password": password})
    if find_user(session, data["email"]) is not None:
        raise ValidationError({"email": ["An account with this email already exists."]})
    user = User(email=normalise_email(data["email"]), role=role)
    user.set_password(data["password"])
    session.add(user)
    session.flush()
    return user


def create_admin(session: Session, email: str, password: str) -> tuple[User, bool]:
    user = find_user(session, email)
    if user is None:
        return create_user(session, email, password, role="admin"), True
    data = NewCredentialsSchema().load({"email": email, "password": password})
    user.role = "admin"
    user.set_password(data["password"])
    session.flush()
    return user, False


# Checked against when the email is unknown, so a wrong email costs as long as a wrong password
# and response times do not tell which emails have accounts.
_DUMMY_HASH = generate_password_hash("not-a-real-password", method="scrypt")


# Failed log-ins allowed in THROTTLE_WINDOW before more are refused: per account (a distributed guess at
# one password) and per client address (one client guessing many accounts). Counted in the database, so
# the limit holds across web processes without Redis; the per-address rate limiter comes on top.
THROTTLE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_EMAIL = 10
MAX_FAILURES_PER_ADDRESS = 50


def _email_key(email: str) -> str:
    return hashlib.sha256(normalise_email(email or "").encode()).hexdigest()


def _check_throttle(session: Session, email_key: str, address: str) -> None:
    since = utcnow() - THROTTLE_WINDOW
    for column, value, limit in ((LoginFailure.email_key, email_key, MAX_FAILURES_PER_EMAIL),
                                 (LoginFailure.address, address, MAX_FAILURES_PER_ADDRESS)):
        times = session.scalars(select(LoginFailure.at).where(column == value, LoginFailure.at > since)
                                .order_by(LoginFailure.at.desc()).limit(limit)).all()
        if len(times) >= limit:
            wait = int((times[-1] + THROTTLE_WINDOW - utcnow()).total_seconds()) + 1
            raise TooManyAttempts(
                f"Too many failed log-ins; please wait {max(1, round(wait / 60))} minute(s) and try again.",
                retry_after_s=max(1, wait))


def authenticate(session: Session, email: str, password: str, address: str = "") -> User | None:
    """The user whose email and password these are, or None; refuses with TooManyAttempts past the
    throttle (the same answer for known and unknown emails). Commits a failure at once, so it counts
    whatever the caller does next."""
    key, address = _email_key(email), (address or "unknown")[:45]
    _check_throttle(session, key, address)
    user = find_user(session, email or "")
    if user is None:
        check_password_hash(_DUMMY_HASH, password or "")
    elif user.check_password(password or ""):
        session.execute(delete(LoginFailure).where(LoginFailure.email_key == key))
        return user
    session.execute(delete(LoginFailure).where(LoginFailure.at < utcnow() - THROTTLE_WINDOW))
    session.add(LoginFailure(email_key=key, address=address))
    session.commit()
    return None


def change_password(session: Session, user: User, form: dict) -> None:
    """Check the current password, apply the rules to the new one, set it and end every session of the
    account (the caller starts a new one for the browser that made the change)."""
    data = PasswordChangeSchema().load(form)
    if not user.check_password(data["current_password"]):
        raise ValidationError({"current_password": ["That is not your current password."]})
    if data["new_password"] == data["current_password"]:
        raise ValidationError({"new_password": ["Choose a password different from the current one."]})
    try:
        check_password_strength(data["new_password"], user.email)
    except ValidationError as exc:
        raise ValidationError({"new_password": exc.messages}) from None
    user.set_password(data["new_password"])
    sessions.end_all(session, user.id, "password_changed")
    session.flush()


def issue_api_token(session: Session, user: User) -> str:
    """A new personal API token; only its hash is stored, so it is shown once."""
    token = secrets.token_urlsafe(32)
    user.api_token_hash = token_hash(token)
    session.flush()
    return token


def user_for_token(session: Session, token: str) -> User | None:
    if not token:
        return None
    return session.scalar(select(User).where(User.api_token_hash == token_hash(token)))
