"""Who may see and change a provider: the one rule behind the JSON API and the public profile page.

- anyone: verified providers
- a provider account: also its own profile, whatever its status
- an admin: every provider
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from matcher.models import Provider, User
from matcher.usecases.directory import PUBLIC_STATUSES
from matcher.usecases.errors import NotFound
from matcher.usecases.providers import get_provider

# Row ids are 32-bit signed integers on PostgreSQL; anything past it cannot exist.
MAX_ID = 2**31 - 1


@dataclass(frozen=True)
class Viewer:
    """Who is asking, as far as the rule cares: an account id (None: anonymous) and whether it is an admin."""

    user_id: int | None = None
    is_admin: bool = False

    @classmethod
    def of(cls, user: User | None) -> Viewer:
        return ANONYMOUS if user is None else cls(user_id=user.id, is_admin=user.is_admin)


ANONYMOUS = Viewer()


def is_public(provider: Provider) -> bool:
    return provider.status in PUBLIC_STATUSES


def can_edit(viewer: Viewer, provider: Provider) -> bool:
    """Its owner's account and admins may change a provider (and see it whatever its status)."""
    if viewer.is_admin:
        return True
    return provider.owner_id is not None and provider.owner_id == viewer.user_id


def visible_provider(session: Session, provider_id: int, viewer: Viewer) -> Provider:
    """The provider if this viewer may see it; NotFound otherwise, the same as for a missing one, so an
    unverified provider's existence is not public either."""
    if not 0 < provider_id <= MAX_ID:
        raise NotFound(f"No provider with id {provider_id}.")
    provider = get_provider(session, provider_id)
    if not is_public(provider) and not can_edit(viewer, provider):
        raise NotFound(f"No provider with id {provider_id}.")
    return provider
