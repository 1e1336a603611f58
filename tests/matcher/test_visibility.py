"""Who may see a provider: the one rule behind the API's GET /providers/{id} and the public profile page."""

import pytest

from matcher.models import PROVIDER_STATUSES
from matcher.usecases.accounts import create_user
from matcher.usecases.errors import NotFound
from matcher.usecases.providers import create_provider
from matcher.usecases.visibility import (
    ANONYMOUS,
    MAX_ID,
    Viewer,
    can_edit,
    is_public,
    visible_provider,
)

PASSWORD = "correct horse battery"
HIDDEN = [s for s in PROVIDER_STATUSES if s != "verified"]


def provider(session, status, owner=None, name="Acme Links"):
    data = {"name": name, "description": f"{name} builds links by outreach."}
    return create_provider(session, data, status=status, owner_id=owner.id if owner else None)


def account(session, email, role="provider"):
    return create_user(session, email, PASSWORD, role=role)


def test_anonymous_sees_verified_only(session):
    shown = provider(session, "verified")
    assert visible_provider(session, shown.id, ANONYMOUS) is shown
    for status in HIDDEN:
        hidden = provider(session, status, name=f"Hidden {status}")
        with pytest.raises(NotFound, match=f"No provider with id {hidden.id}."):
            visible_provider(session, hidden.id, ANONYMOUS)


def test_owner_sees_own_profile_in_any_status(session):
    owner = account(session, "owner@example.com")
    viewer = Viewer.of(owner)
    for status in PROVIDER_STATUSES:
        own = provider(session, status, owner=owner, name=f"Own {status}")
        assert visible_provider(session, own.id, viewer) is own


def test_another_provider_account_sees_verified_only(session):
    owner = account(session, "owner@example.com")
    other = Viewer.of(account(session, "other@example.com"))
    draft = provider(session, "draft", owner=owner)
    verified = provider(session, "verified", owner=owner, name="Verified")
    with pytest.raises(NotFound):
        visible_provider(session, draft.id, other)
    assert visible_provider(session, verified.id, other) is verified


def test_admin_sees_every_status(session):
    admin = Viewer.of(account(session, "admin@example.com", role="admin"))
    for status in PROVIDER_STATUSES:
        shown = provider(session, status, name=f"Any {status}")
        assert visible_provider(session, shown.id, admin) is shown


def test_unowned_profile_in_review_is_for_admins_only(session):
    # An admin-made profile has no owner: no provider account may see it before it is verified.
    unowned = provider(session, "submitted")
    user = Viewer.of(account(session, "someone@example.com"))
    assert not is_public(unowned)
    assert not can_edit(user, unowned) and not can_edit(ANONYMOUS, unowned)
    for viewer in (ANONYMOUS, user):
        with pytest.raises(NotFound):
            visible_provider(session, unowned.id, viewer)
    assert visible_provider(session, unowned.id, Viewer(user_id=None, is_admin=True)) is unowned


@pytest.mark.parametrize("bad_id", [0, -1, MAX_ID + 1, 10**30])
def test_ids_that_cannot_exist_are_not_found(session, bad_id):
    admin = Viewer(user_id=1, is_admin=True)
    with pytest.raises(NotFound, match=f"No provider with id {bad_id}."):
        visible_provider(session, bad_id, admin)


def test_missing_provider_is_not_found_for_everyone(session):
    admin = Viewer(user_id=1, is_admin=True)
    for viewer in (ANONYMOUS, admin):
        with pytest.raises(NotFound):
            visible_provider(session, 999_999, viewer)


def test_viewer_of_a_user(session):
    user = account(session, "someone@example.com")
    admin = account(session, "boss@example.com", role="admin")
    assert Viewer.of(None) == ANONYMOUS
    assert Viewer.of(user) == Viewer(user_id=user.id, is_admin=False)
    assert Viewer.of(admin) == Viewer(user_id=admin.id, is_admin=True)
