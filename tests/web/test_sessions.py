"""Sessions that end: logout, password changes and an admin's "sign out everywhere" end the session
wherever its cookies were copied; remember-me cookies are random per log-in and good for one use; admin
sessions lapse sooner; weak passwords are refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from matcher.models import LoginSession
from tests.web.kit import PASSWORD, login, make_account, make_provider

PROFILE = "/account/profile"
REVIEW = "/admin/review"


@pytest.fixture
def accounts(rt) -> int:
    """A provider account with its profile, and an admin; returns the provider's id."""
    with rt.db.session() as session:
        owner = make_account(session, "owner@example.com")
        provider = make_provider(session, owner=owner, status="submitted")
        make_account(session, "admin@example.com", role="admin")
        session.flush()
        return provider.id


def _cookies(client) -> dict[str, str]:
    return {name: c.value for name in ("session", "remember_token")
            if (c := client.get_cookie(name)) is not None}


def _copy(app, cookies: dict[str, str]):
    other = app.test_client()
    for name, value in cookies.items():
        other.set_cookie(name, value)
    return other


def _signed_in(client, path=PROFILE) -> bool:
    return client.get(path).status_code == 200


def test_a_session_cookie_copied_before_logout_is_dead_after_it(app, accounts):
    client = app.test_client()
    assert login(client, "owner@example.com").status_code == 302
    copy = _copy(app, _cookies(client))
    assert _signed_in(copy)
    client.post("/logout")
    assert not _signed_in(client) and not _signed_in(copy)


def test_remember_me_is_random_per_login_rotates_on_use_and_dies_at_logout(app, accounts):
    first, second = app.test_client(), app.test_client()
    for c in (first, second):
        c.post("/login", data={"email": "owner@example.com", "password": PASSWORD, "remember": "1"})
    remembered = _cookies(first)["remember_token"]
    assert remembered != _cookies(second)["remember_token"]
    assert not remembered.startswith("1|")  # not the user id plus a signature

    # A browser that kept only the remember-me cookie (the session cookie ended with the browser).
    returning = _copy(app, {"remember_token": remembered})
    assert _signed_in(returning)
    rotated = _cookies(returning)["remember_token"]
    assert rotated != remembered
    assert not _signed_in(_copy(app, {"remember_token": remembered}))  # the old value was good once
    assert _signed_in(_copy(app, {"remember_token": rotated}))

    stolen = _cookies(second)["remember_token"]
    elsewhere = app.test_client()
    login(elsewhere, "owner@example.com")
    elsewhere.post("/logout")  # logging out anywhere ends every kept log-in of the account
    assert not _signed_in(_copy(app, {"remember_token": stolen}))
    assert not _signed_in(second.application.test_client())


def test_a_password_change_signs_out_every_other_browser(app, accounts):
    mine, other = app.test_client(), app.test_client()
    login(mine, "owner@example.com")
    other.post("/login", data={"email": "owner@example.com", "password": PASSWORD, "remember": "1"})
    kept = _cookies(other)["remember_token"]
    r = mine.post("/account/security", data={"current_password": PASSWORD,
                                              "new_password": "lantern orchard quietly 42"})
    assert r.status_code == 302
    assert _signed_in(mine)
    assert not _signed_in(other) and not _signed_in(_copy(app, {"remember_token": kept}))
    assert login(app.test_client(), "owner@example.com").status_code == 401  # the old password is gone
    assert login(app.test_client(), "owner@example.com", "lantern orchard quietly 42").status_code == 302


@pytest.mark.parametrize(("current", "new", "field", "words"), [
    ("wrong password!", "lantern orchard quietly 42", "current_password", "not your current password"),
    (PASSWORD, "1234567890", "new_password", "too easy to guess"),
    (PASSWORD, "owner@example.com", "new_password", "email"),
    (PASSWORD, "owner@example.com2024", "new_password", "email"),
    (PASSWORD, "short", "new_password", "10"),
])
def test_a_refused_password_change_says_why_and_changes_nothing(app, accounts, current, new, field, words):
    client = app.test_client()
    login(client, "owner@example.com")
    r = client.post("/account/security", data={"current_password": current, "new_password": new})
    assert r.status_code == 422
    page = r.get_data(as_text=True)
    assert f'id="f-{field}-error"' in page and words in page
    assert _signed_in(client)
    assert login(app.test_client(), "owner@example.com").status_code == 302


def test_sign_out_everywhere_from_the_account_page(app, accounts):
    mine, other = app.test_client(), app.test_client()
    login(mine, "owner@example.com")
    login(other, "owner@example.com")
    page = mine.get("/account/security").get_data(as_text=True)
    assert page.count("<tr><td>") == 2 and "(this browser)" in page
    mine.post("/account/security", data={"action": "sign_out_everywhere"})
    assert not _signed_in(mine) and not _signed_in(other)


def test_an_admin_signs_a_provider_out_everywhere(rt, app, accounts):
    provider, admin = app.test_client(), app.test_client()
    provider.post("/login", data={"email": "owner@example.com", "password": PASSWORD, "remember": "1"})
    kept = _cookies(provider)["remember_token"]
    login(admin, "admin@example.com")
    pid = accounts
    page = admin.get(f"/admin/providers/{pid}").get_data(as_text=True)
    assert "Sign out owner@example.com everywhere" in page
    r = admin.post(f"/admin/providers/{pid}/sign-out", follow_redirects=True)
    assert "owner@example.com is signed out everywhere (1 session ended)" in r.get_data(as_text=True)
    assert not _signed_in(provider) and not _signed_in(_copy(app, {"remember_token": kept}))
    assert _signed_in(admin, REVIEW)


def _idle(rt, minutes: int) -> None:
    """As if every session's last visit was `minutes` earlier than it was."""
    with rt.db.session() as session:
        for row in session.scalars(select(LoginSession)):
            row.last_seen_at -= timedelta(minutes=minutes)


def test_admin_sessions_end_after_30_idle_minutes_provider_sessions_do_not(rt, app, accounts):
    admin, provider = app.test_client(), app.test_client()
    admin.post("/login", data={"email": "admin@example.com", "password": PASSWORD, "remember": "1"})
    login(provider, "owner@example.com")
    _idle(rt, 20)
    assert _signed_in(admin, REVIEW)  # and the visit counts as activity
    _idle(rt, 31)
    assert not _signed_in(admin, REVIEW)  # remembered or not
    assert _signed_in(provider)


def test_signup_refuses_common_and_email_derived_passwords(client):
    for password, words in (("1234567890", "too easy to guess"), ("newcomer@example.org", "email")):
        r = client.post("/signup", data={"email": "newcomer@example.org", "password": password,
                                         "name": "Newcomer SEO"})
        assert r.status_code == 422 and words in r.get_data(as_text=True)
    strong = "lantern orchard quietly 42"
    form = {"email": "newcomer@example.org", "password": strong, "name": "Newcomer SEO"}
    r = client.post("/signup", data=form)
    assert r.status_code == 200 and "Check your email" in r.get_data(as_text=True)


def test_failed_logins_are_counted_across_web_processes(rt, accounts):
    from web import create_app

    # Two apps on one database: two gunicorn workers, each with its own in-memory rate limiter.
    apps = [create_app(runtime=rt) for _ in range(2)]
    for one in apps:
        one.config["WTF_CSRF_ENABLED"] = False
    workers = [one.test_client() for one in apps]
    wrong = {"email": "owner@example.com", "password": "not the password"}
    for i in range(10):
        assert workers[i % 2].post("/login", data=wrong).status_code == 401
    r = workers[0].post("/login", data={"email": "owner@example.com", "password": PASSWORD})
    assert r.status_code == 429 and "Too many failed log-ins" in r.get_data(as_text=True)
    assert int(r.headers["Retry-After"]) > 60
    r = workers[1].post("/api/v1/tokens", json={"email": "owner@example.com", "password": PASSWORD})
    assert r.status_code == 429 and r.json["error"]["code"] == "too_many_requests"
    # Another account is not locked by it, and an unknown email is throttled the same way.
    assert login(workers[1], "admin@example.com").status_code == 302
    for _ in range(10):
        workers[0].post("/login", data={"email": "nobody@example.com", "password": "guess"})
    assert workers[0].post("/login", data={"email": "nobody@example.com", "password": "x"}).status_code == 429
