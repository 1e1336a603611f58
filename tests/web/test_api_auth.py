"""Who may call what: every API route for every role; cookies never authenticate the API; rate limits."""

from __future__ import annotations

import pytest

from matcher import runtime as runtime_mod
from matcher.models import Base
from tests.conftest import make_settings
from tests.web.kit import PASSWORD, add_provider, brief_payload, make_api_account, make_app, provider_payload

ROLES = ("anonymous", "bad_token", "buyer", "owner", "other_provider", "admin")


@pytest.fixture
def world(rt):
    accounts = {
        "buyer": make_api_account(rt, "buyer@example.com", "buyer"),
        "owner": make_api_account(rt, "owner@example.com", "provider"),
        "other_provider": make_api_account(rt, "other@example.com", "provider"),
        "admin": make_api_account(rt, "admin@example.com", "admin"),
    }
    owner_id = accounts["owner"].id
    ids = {
        "verified": add_provider(rt, "verified", owner_id, external_id="v", name="Verified Owned"),
        "submitted": add_provider(rt, "submitted", owner_id, external_id="s", name="Submitted Owned"),
    }
    return make_app(rt).test_client(), accounts, ids


def _headers(accounts, role):
    if role == "anonymous":
        return {}
    if role == "bad_token":
        return {"Authorization": "Bearer not-a-real-token"}
    return accounts[role].headers


# route -> expected status per role, in the order of ROLES
MATRIX = {
    "list": (200, 401, 200, 200, 200, 200),
    "get_verified": (200, 401, 200, 200, 200, 200),
    "get_unverified": (404, 401, 404, 200, 404, 200),
    "create": (401, 401, 403, 409, 201, 201),  # the owner already has a profile
    "patch_verified": (401, 401, 403, 200, 403, 200),
    "patch_unverified": (401, 401, 403, 200, 404, 200),
    "vet": (200, 401, 200, 200, 200, 200),
    "brief": (202, 401, 202, 202, 202, 202),
    "brief_status_without_its_token": (404, 401, 404, 404, 404, 200),
    "match": (200, 401, 200, 200, 200, 200),
}


def _call(client, route, headers, ids, brief):
    p = "/api/v1/providers"
    calls = {
        "list": lambda: client.get(p, headers=headers),
        "get_verified": lambda: client.get(f"{p}/{ids['verified']}", headers=headers),
        "get_unverified": lambda: client.get(f"{p}/{ids['submitted']}", headers=headers),
        "create": lambda: client.post(p, json=provider_payload(external_id=None), headers=headers),
        "patch_verified": lambda: client.patch(
            f"{p}/{ids['verified']}", json={"team_size": 3}, headers=headers
        ),
        "patch_unverified": lambda: client.patch(
            f"{p}/{ids['submitted']}", json={"team_size": 4}, headers=headers
        ),
        "vet": lambda: client.post("/api/v1/vet", json={"text": "Plain words."}, headers=headers),
        "brief": lambda: client.post("/api/v1/briefs", json=brief_payload(), headers=headers),
        "brief_status_without_its_token": lambda: client.get(brief["status_url"], headers=headers),
        "match": lambda: client.post("/api/v1/match", json=brief_payload(), headers=headers),
    }
    return calls[route]()


@pytest.mark.parametrize("role", ROLES)
def test_every_route_for_every_role(world, role):
    client, accounts, ids = world
    brief = client.post("/api/v1/briefs", json=brief_payload()).json
    headers = _headers(accounts, role)
    got = {route: _call(client, route, headers, ids, brief) for route in MATRIX}
    for route, expected in MATRIX.items():
        response = got[route]
        assert response.status_code == expected[ROLES.index(role)], (route, role, response.json)
        if response.status_code >= 400:
            assert set(response.json["error"]) == {"code", "message", "fields"}
        if response.status_code == 401:
            assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_tokens_are_issued_for_a_password_and_replace_the_old_one(world):
    client, accounts, ids = world
    r = client.post("/api/v1/tokens", json={"email": "OWNER@example.com", "password": PASSWORD})
    assert r.status_code == 201
    assert r.json["role"] == "provider" and r.json["user_id"] == accounts["owner"].id
    new = {"Authorization": f"Bearer {r.json['token']}"}
    assert (
        client.patch(f"/api/v1/providers/{ids['verified']}", json={"team_size": 9}, headers=new).status_code
        == 200
    )
    # The earlier token stopped working.
    assert client.get("/api/v1/providers", headers=accounts["owner"].headers).status_code == 401
    for creds in (
        {"email": "owner@example.com", "password": "wrong password!"},
        {"email": "nobody@example.com", "password": PASSWORD},
    ):
        r = client.post("/api/v1/tokens", json=creds)
        assert r.status_code == 401 and r.json["error"]["code"] == "invalid_credentials"
    assert client.post("/api/v1/tokens", json={"email": "x"}).status_code == 422


def test_a_logged_in_cookie_session_cannot_write_through_the_api(world):
    client, accounts, ids = world
    with client.session_transaction() as sess:  # a browser logged in as the admin
        sess["_user_id"] = str(accounts["admin"].id)
        sess["_fresh"] = True
    r = client.patch(f"/api/v1/providers/{ids['verified']}", json={"name": "Hijacked"})
    assert r.status_code == 401
    r = client.post("/api/v1/providers", json=provider_payload(external_id="new"))
    assert r.status_code == 401
    # Nor can a cross-site HTML form (no JSON content type) reach a view at all.
    r = client.post("/api/v1/briefs", data={"scope": "forged"}, headers=accounts["admin"].headers)
    assert r.status_code == 415
    r = client.post("/api/v1/briefs", data='{"scope": "forged"}', content_type="text/plain")
    assert r.status_code == 415
    assert client.get(f"/api/v1/providers/{ids['verified']}").json["name"] == "Verified Owned"


def test_api_is_exempt_from_csrf_but_pages_are_not(world):
    client, accounts, _ids = world
    client.application.config["WTF_CSRF_ENABLED"] = True
    r = client.post(
        "/api/v1/providers", json=provider_payload(external_id="x1"), headers=accounts["admin"].headers
    )
    assert r.status_code == 201  # no CSRF token needed with a bearer token


@pytest.fixture
def limited(tmp_path):
    extra = {
        "ratelimit": "on",
        "ratelimit_tokens": "3 per minute",
        "ratelimit_briefs": "2 per minute",
        "ratelimit_api": "8 per minute",
    }
    rt = runtime_mod.build(make_settings(tmp_path, extra=extra))
    Base.metadata.create_all(rt.db.engine)
    runtime_mod.install(rt)
    app = make_app(rt)
    yield rt, app.test_client()
    runtime_mod._current = None
    rt.db.dispose()


def test_rate_limits_when_enabled(limited):
    rt, client = limited
    make_api_account(rt, "someone@example.com", "provider")
    creds = {"email": "someone@example.com", "password": "not the password"}
    codes = [client.post("/api/v1/tokens", json=creds).status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    r = client.post("/api/v1/tokens", json=creds)
    assert r.status_code == 429
    assert r.json["error"]["code"] == "too_many_requests" and int(r.headers["Retry-After"]) > 0
    # Brief submission has its own, tighter limit...
    codes = [client.post("/api/v1/briefs", json=brief_payload()).status_code for _ in range(3)]
    assert codes == [202, 202, 429]
    # ...and all routes share the API-wide one (8 a minute, partly used above).
    codes = [client.get("/api/v1/providers").status_code for _ in range(8)]
    assert codes[-1] == 429 and codes.count(200) < 8


def test_the_rate_limiter_keeps_the_apps_own_retry_after(limited):
    rt, client = limited
    slots = client.application.extensions["matcher_busy_slots"]
    assert slots.acquire(blocking=False) and slots.acquire(blocking=False)  # both slots busy elsewhere
    try:
        r = client.post("/api/v1/vet", json={"text": "We earn links through outreach."})
    finally:
        slots.release()
        slots.release()
    assert r.status_code == 503 and r.headers["Retry-After"] == "2"  # not the limiter's minute
    r = client.post("/api/v1/vet", json={"text": "We earn links through outreach."})
    assert r.status_code == 200 and "Retry-After" not in r.headers and "X-RateLimit-Remaining" in r.headers
