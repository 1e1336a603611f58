"""Log-in sessions kept in the database: start, look up, rotate, end, and end everywhere.

A cookie (the signed Flask session, and the remember-me cookie) carries only a random token; this module
decides whether that token still opens a session. So a copied cookie stops working the moment its session
is ended, and a remember-me cookie is a new random value at every log-in and every use.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from matcher.models import LoginSession, User, utcnow
from matcher.tokens import token_hash


@dataclass(frozen=True)
class Lifetime:
    absolute: timedelta  # from log-in, whatever happens
    idle: timedelta  # since the last request


# Admins decide about other people's listings: a stolen admin session must not last, so it ends after
# 30 idle minutes or 12 hours, remembered or not.
ADMIN = Lifetime(absolute=timedelta(hours=12), idle=timedelta(minutes=30))
PROVIDER = Lifetime(absolute=timedelta(days=30), idle=timedelta(days=14))
# last_seen_at is written at most this often, so browsing is not a write per page.
TOUCH_EVERY = timedelta(minutes=1)


def lifetime(user: User) -> Lifetime:
    return ADMIN if user.is_admin else PROVIDER


def start(session: Session, user: User, *, remember: bool = False, user_agent: str = "") -> str:
    """A new session for `user`; returns its token (only the hash is stored)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(LoginSession(user_id=user.id, token_hash=token_hash(token), remember=remember, created_at=now,
                             last_seen_at=now, expires_at=now + lifetime(user).absolute,
                             user_agent=(user_agent or "")[:200]))
    session.flush()
    return token


def _find(session: Session, token: str) -> LoginSession | None:
    if not token or len(token) > 100:
        return None
    return session.scalar(select(LoginSession).where(LoginSession.token_hash == token_hash(token)))


def user_for(session: Session, token: str, now: datetime | None = None) -> User | None:
    """The user whose live session `token` opens, or None (unknown, ended, expired or idle too long)."""
    row = _find(session, token)
    if row is None or row.revoked_at is not None:
        return None
    user = session.get(User, row.user_id)
    now = now or utcnow()
    if user is None or now >= row.expires_at or now - row.last_seen_at >= lifetime(user).idle:
        return None
    if now - row.last_seen_at >= TOUCH_EVERY:
        row.last_seen_at = now
        session.flush()
    return user


def end(session: Session, token: str, reason: str) -> None:
    row = _find(session, token)
    if row is not None and row.revoked_at is None:
        row.revoked_at, row.revoked_reason = utcnow(), reason
        session.flush()


def rotate(session: Session, token: str, user_agent: str = "") -> str | None:
    """Replace a remembered session's token by a new one (a remember-me cookie is good for one use); the
    new session keeps the old one's expiry. None when the token opens no session."""
    user = user_for(session, token)
    row = _find(session, token)
    if user is None or row is None:
        return None
    new = start(session, user, remember=row.remember, user_agent=user_agent or row.user_agent)
    _find(session, new).expires_at = row.expires_at
    end(session, token, "rotated")
    return new


def end_all(session: Session, user_id: int, reason: str, *, remembered_only: bool = False) -> int:
    """End every live session of a user (or only the remembered ones); returns how many."""
    query = update(LoginSession).where(LoginSession.user_id == user_id, LoginSession.revoked_at.is_(None))
    if remembered_only:
        query = query.where(LoginSession.remember.is_(True))
    result = session.execute(query.values(revoked_at=utcnow(), revoked_reason=reason))
    return result.rowcount or 0


def current_id(session: Session, token: str | None) -> int | None:
    """The id of the session row `token` opens, to mark "this browser" in a list."""
    row = _find(session, token or "")
    return row.id if row else None


def live(session: Session, user_id: int) -> list[LoginSession]:
    """The user's sessions that have not been ended (some may have lapsed), newest first."""
    now = utcnow()
    rows = session.scalars(
        select(LoginSession)
        .where(LoginSession.user_id == user_id, LoginSession.revoked_at.is_(None))
        .order_by(LoginSession.last_seen_at.desc())
    )
    return [r for r in rows if r.expires_at > now]
