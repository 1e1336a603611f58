"""Secrets handed to people (API tokens, login sessions, password-reset and sign-up links) are stored only
as this hash: a copy of the database gives no one a way in."""

from __future__ import annotations

import hashlib
from typing import TypeVar

from marshmallow import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.models import utcnow

Link = TypeVar("Link")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def live_link(session: Session, model: type[Link], token: str, expired: str) -> Link:
    """The unused, unexpired row of a single-use mailed link (a model with token_hash, used_at and
    expires_at), or ValidationError on `token` with the `expired` message."""
    row = session.scalar(select(model).where(model.token_hash == token_hash(token or "")))
    if row is None or row.used_at is not None or row.expires_at <= utcnow():
        raise ValidationError({"token": [expired]})
    return row
