"""Secrets handed to people (API tokens, login sessions, password-reset links) are stored only as this
hash: a copy of the database gives no one a way in."""

from __future__ import annotations

import hashlib


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
