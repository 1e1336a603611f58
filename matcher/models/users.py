"""Accounts: providers and admins log in; buyers need no account."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash

from matcher.models.base import Base, utcnow

ROLES = ("buyer", "provider", "admin")


def hash_password(password: str) -> str:
    # scrypt is werkzeug's default: a memory-hard modern scheme.
    return generate_password_hash(password, method="scrypt")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="provider")
    # Hash of the personal API token (the token itself is shown once and never stored).
    api_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def set_password(self, password: str) -> None:
        self.password_hash = hash_password(password)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class LoginSession(Base):
    """One log-in on one browser. The session and remember-me cookies carry only its random token (whose
    hash is stored here), so logging out, a password change or an admin can end it wherever the cookies
    were copied; rows are kept for a while as a record of sign-ins."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    remember: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    # Why it ended: logout, password_changed, signed_out_everywhere, rotated, expired.
    revoked_reason: Mapped[str | None] = mapped_column(String(32), default=None)
    user_agent: Mapped[str] = mapped_column(String(200), default="")


class LoginFailure(Base):
    """One failed log-in, kept for the throttle window: counted in the database, so every web process
    (and every machine) sees the same count, with or without Redis."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    # sha256 of the normalised email: the table says nothing about who tried, even for unknown emails.
    email_key: Mapped[str] = mapped_column(String(64), index=True)
    address: Mapped[str] = mapped_column(String(45), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
