"""Who may do what through the API: bearer tokens only (session cookies are never read here).

- anyone: read verified providers, vet a text, submit or match a brief, read a brief with its token
- a provider account: create its one profile, read and change only that profile (owner_id == user id)
- an admin: read and change any provider, read any brief
"""

from __future__ import annotations

import hmac
from functools import wraps

from flask import g, request
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.models import Brief, Provider, User
from matcher.usecases.accounts import user_for_token
from matcher.usecases.errors import Conflict, Forbidden, NotFound
from matcher.usecases.providers import find_by_external_id
from matcher.usecases.visibility import MAX_ID, Viewer, can_edit, visible_provider
from web.api.core import ApiError, unauthorized
from web.db import get_session

WRITER_ROLES = ("provider", "admin")


def optional_user(session: Session) -> User | None:
    """The account of the bearer token, None without an Authorization header; 401 for a bad token."""
    if "api_user" in g:
        return g.api_user
    header = request.headers.get("Authorization")
    if header is None:
        g.api_user = None
        return None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized("Send the API token as: Authorization: Bearer <token>.")
    user = user_for_token(session, token.strip())
    if user is None:
        raise unauthorized(
            "The API token is not valid (it may have been replaced); get one with POST /api/v1/tokens."
        )
    g.api_user = user
    return user


def check_token() -> None:
    """Run before every API view: a request that sends a bad token is refused (401), whatever the route."""
    if request.headers.get("Authorization") is not None:
        optional_user(get_session())


def require_user(session: Session, roles: tuple[str, ...] = WRITER_ROLES) -> User:
    user = optional_user(session)
    if user is None:
        raise unauthorized("This needs an API token: Authorization: Bearer <token> (POST /api/v1/tokens).")
    if user.role not in roles:
        raise Forbidden(f"A {user.role} account may not do this.")
    return user


def token_required(view):
    """Check the bearer token (401) and role (403) before the body is parsed; the account is in g.api_user."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        require_user(get_session())
        return view(*args, **kwargs)

    return wrapper


def editable_provider(session: Session, provider_id: int, user: User) -> Provider:
    viewer = Viewer.of(user)
    provider = visible_provider(session, provider_id, viewer)
    if not can_edit(viewer, provider):
        raise Forbidden("Only the provider's own account or an admin may change this profile.")
    return provider


def owner_for_new_profile(session: Session, user: User) -> int | None:
    """A provider account owns the profile it creates (one only); an admin's profile has no owner."""
    if user.is_admin:
        return None
    existing = session.scalar(select(Provider.id).where(Provider.owner_id == user.id).limit(1))
    if existing is not None:
        raise Conflict(f"This account already has a profile (id {existing}); change it with PATCH.")
    return user.id


def check_new_external_id(session: Session, user: User, external_id: str | None) -> None:
    """external_id is the importer's key: an admin may set it on a new profile, unique; a provider may not."""
    if not external_id:
        return
    if not user.is_admin:
        raise ApiError(
            422,
            "validation_error",
            "The input is not valid.",
            {"external_id": ["Set by the importer; leave it out."]},
        )
    if find_by_external_id(session, external_id) is not None:
        raise Conflict(
            f"Another provider already has external_id {external_id!r}.", {"external_id": ["Already in use."]}
        )


def check_kept_external_id(provider: Provider, data: dict) -> None:
    """A change never re-keys a provider (as on the site): external_id may only be repeated as it is."""
    if "external_id" in data and data["external_id"] != provider.external_id:
        raise ApiError(
            422,
            "validation_error",
            "The input is not valid.",
            {"external_id": ["Set by the importer; it cannot be changed."]},
        )


def readable_brief(session: Session, brief_id: int, token: str | None, user: User | None) -> Brief:
    """A brief for the holder of its token (or an admin); anyone else gets the same 404 as a missing brief."""
    missing = NotFound(f"No brief with id {brief_id} for this token.")
    if not 0 < brief_id <= MAX_ID:
        raise missing
    brief = session.get(Brief, brief_id)
    if brief is None:
        raise missing
    if user is not None and user.is_admin:
        return brief
    if not token or not hmac.compare_digest(brief.token.encode(), token.encode("utf-8", "replace")):
        raise missing
    return brief
