"""Accounts: sign-up, log-in checks, admins and API tokens."""

from __future__ import annotations

import hashlib
import secrets

from marshmallow import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from matcher.models import User
from matcher.schemas.accounts import NewCredentialsSchema, PasswordChangeSchema, check_password_strength
from matcher.usecases import sessions


def _normalise(email: str) -> str:
    return email.strip().lower()


def find_user(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(func.lower(User.email) == _normalise(email)))


def create_user(session: Session, email: str, password: str, role: str = "provider") -> User:
    data = NewCredentialsSchema().load({"email": email, "password": password})
    if find_user(session, data["email"]) is not None:
        raise ValidationError({"email": ["An account with this email already exists."]})
    user = User(email=_normalise(data["email"]), role=role)
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


def authenticate(session: Session, email: str, password: str) -> User | None:
    user = find_user(session, email or "")
    if user is None:
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    return user if user.check_password(password or "") else None


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


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_api_token(session: Session, user: User) -> str:
    """A new personal API token; only its hash is stored, so it is shown once."""
    token = secrets.token_urlsafe(32)
    user.api_token_hash = _token_hash(token)
    session.flush()
    return token


def user_for_token(session: Session, token: str) -> User | None:
    if not token:
        return None
    return session.scalar(select(User).where(User.api_token_hash == _token_hash(token)))
