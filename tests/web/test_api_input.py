"""Bad input of every kind: a clear 4xx in the one error shape; nothing stored, executed or rendered."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect

from matcher.models import Brief, Provider
from tests.web.kit import (
    add_provider,
    brief_payload,
    make_api_account,
    make_app,
    provider_count,
    provider_payload,
)

SQL = "'); DROP TABLE providers; --"
HTML = '<script>alert("x")</script><img src=x onerror=alert(1)>'
PROVIDER_TEXTS = ("name", "description", "methodology")
BRIEF_TEXTS = ("company", "scope")


@pytest.fixture
def client(rt):
    return make_app(rt).test_client()


@pytest.fixture
def admin(rt):
    return make_api_account(rt, "admin@example.com", "admin")


def _error(response, status, code=None):
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.is_json and set(response.json) == {"error"}
    assert set(response.json["error"]) == {"code", "message", "fields"}
    if code:
        assert response.json["error"]["code"] == code
    return response.json["error"]


def _counts(rt):
    with rt.db.session() as session:
        return session.query(Provider).count(), session.query(Brief).count()


BODIES = [
    ("not json", b"{name: 1", "application/json", 400, "invalid_json"),
    ("non-utf8", b'{"name": "\xff\xfe\xfa"}', "application/json", 400, "invalid_encoding"),
    (
        "latin-1 declared",
        '{"scope": "caf\xe9"}'.encode("latin-1"),
        "application/json; charset=latin-1",
        400,
        "invalid_encoding",
    ),
    ("deep array", b"[" * 50_000 + b"]" * 50_000, "application/json", 400, "too_deep"),
    ("deep object", (b'{"a":' * 30) + b"1" + (b"}" * 30), "application/json", 400, "too_deep"),
    ("NaN", b'{"scope": "x", "budget_min_usd": NaN}', "application/json", 400, "invalid_json"),
    ("huge float", b'{"scope": "x", "budget_min_usd": 1e999}', "application/json", 400, "invalid_json"),
    (
        "huge int",
        b'{"scope": "x", "timeline_weeks": ' + b"9" * 5000 + b"}",
        "application/json",
        400,
        "invalid_json",
    ),
    ("lone surrogate", b'{"scope": "\\ud800 text"}', "application/json", 400, "invalid_text"),
    ("form", b"scope=x", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    ("xml", b"<brief/>", "application/xml", 415, "unsupported_media_type"),
    ("array", b"[]", "application/json", 422, "validation_error"),
    ("string", b'"scope"', "application/json", 422, "validation_error"),
    ("null", b"null", "application/json", 422, "validation_error"),
    ("empty", b"", "application/json", 422, "validation_error"),
]


@pytest.mark.parametrize(
    "path", ["/api/v1/providers", "/api/v1/briefs", "/api/v1/match", "/api/v1/vet", "/api/v1/tokens"]
)
@pytest.mark.parametrize(("label", "body", "ctype", "status", "code"), BODIES, ids=[b[0] for b in BODIES])
def test_malformed_bodies_are_refused(rt, client, admin, path, label, body, ctype, status, code):
    r = client.post(path, data=body, content_type=ctype, headers=admin.headers)
    _error(r, status, code)
    assert _counts(rt) == (0, 0)


def test_body_over_the_limit_is_413(rt, client, admin):
    big = json.dumps({"scope": "x" * (10 * 1024 * 1024)})
    for path in ("/api/v1/briefs", "/api/v1/providers", "/api/v1/vet"):
        _error(
            client.post(path, data=big, content_type="application/json", headers=admin.headers),
            413,
            "request_entity_too_large",
        )
    assert _counts(rt) == (0, 0)


def test_text_over_the_character_limit_is_422(rt, client, admin):
    long = "word " * 25_000  # 125,000 characters: under 10 MB, over the 100,000-character text limit
    r = client.post("/api/v1/briefs", json=brief_payload(scope=long))
    assert "scope" in _error(r, 422, "validation_error")["fields"]
    r = client.post("/api/v1/providers", json=provider_payload(description=long), headers=admin.headers)
    assert "description" in _error(r, 422)["fields"]
    assert "text" in _error(client.post("/api/v1/vet", json={"text": long}), 422)["fields"]
    assert _counts(rt) == (0, 0)


WRONG = [
    ({"name": 12}, "name"),
    ({"services": "link_building"}, "services"),
    ({"services": ["teleportation"]}, "services.0"),
    ({"countries": ["XX"]}, "countries.0"),
    ({"min_budget_usd": -5}, "min_budget_usd"),
    ({"min_budget_usd": "lots"}, "min_budget_usd"),
    ({"min_budget_usd": 1500.5}, "min_budget_usd"),  # never truncated to 1500
    ({"team_size": "12"}, "team_size"),  # JSON numbers are numbers
    ({"min_budget_usd": 9000, "max_budget_usd": 100}, "min_budget_usd"),
    ({"website": "javascript:alert(1)"}, "website"),
    ({"team_size": True}, "team_size"),
    ({"case_studies": [{"title": {"nested": 1}}]}, "case_studies.0.title"),
    ({"case_studies": "none"}, "case_studies"),
    ({"founded_year": 3000}, "founded_year"),
    ({"name": "bad\x00name"}, "name"),
    ({"is_admin": True}, "is_admin"),
    ({"status": "verified"}, "status"),
    ({"owner_id": 1}, "owner_id"),
    ({"trust_score": 1.0}, "trust_score"),
]


@pytest.mark.parametrize(("change", "field"), WRONG, ids=[w[1] + str(i) for i, w in enumerate(WRONG)])
def test_wrong_types_and_unknown_fields_are_422_naming_the_field(rt, client, admin, change, field):
    r = client.post("/api/v1/providers", json=provider_payload(**change), headers=admin.headers)
    assert field in _error(r, 422, "validation_error")["fields"]
    assert provider_count(rt) == 0
    pid = add_provider(rt, external_id="existing")
    r = client.patch(f"/api/v1/providers/{pid}", json=change, headers=admin.headers)
    assert field in _error(r, 422)["fields"]
    assert client.get(f"/api/v1/providers/{pid}").json["name"] == "Northwind Links"


def test_blank_strings_mean_none_as_the_document_says(rt, client):
    r = client.post("/api/v1/briefs", json=brief_payload(industry="", timeline_weeks=" ", budget_min_usd=""))
    assert r.status_code == 202, r.json
    status = client.get(r.json["status_url"], headers={"X-Brief-Token": r.json["token"]}).json
    assert status["status"] == "done"
    doc = client.get("/api/v1/openapi.json").json["components"]["schemas"]["BriefInput"]["properties"]
    assert doc["industry"]["anyOf"][1]["pattern"] == r"^\s*$"


def test_sql_and_html_in_every_text_field_are_stored_as_plain_text(rt, client, admin):
    for i, attack in enumerate((SQL, HTML)):
        data = provider_payload(**{f: f"{attack} {f}" for f in PROVIDER_TEXTS})
        data["external_id"] = f"{attack[:60]}{i}"
        data["case_studies"] = [{"title": attack, "summary": attack, "industry": "saas"}]
        r = client.post("/api/v1/providers", json=data, headers=admin.headers)
        assert r.status_code == 201, r.json
        assert r.mimetype == "application/json" and r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.json["name"] == f"{attack} name" and r.json["case_studies"][0]["summary"] == attack
        brief = brief_payload(**{f: f"{attack} {f}" for f in BRIEF_TEXTS})
        brief["external_id"] = attack[:60]
        r = client.post("/api/v1/briefs", json=brief)
        assert r.status_code == 202, r.json
        status = client.get(r.json["status_url"], headers={"X-Brief-Token": r.json["token"]}).json
        assert status["external_id"] == attack[:60]
        assert client.post("/api/v1/vet", json={"text": attack}).status_code == 200
        assert client.post("/api/v1/match", json=brief_payload(scope=attack)).status_code == 200
        r = client.get("/api/v1/providers", query_string={"q": attack})
        assert r.status_code == 200
    # Every table is still there and holds what was sent, verbatim.
    assert {"providers", "briefs", "users"} <= set(inspect(rt.db.engine).get_table_names())
    assert _counts(rt) == (2, 2)
    with rt.db.session() as session:
        names = {p.name for p in session.query(Provider)}
    assert names == {f"{SQL} name", f"{HTML} name"}


def test_html_is_escaped_on_the_public_profile_page(rt, client):
    pid = add_provider(rt, name=HTML, description=f"{HTML} description")
    r = client.get(f"/providers/{pid}")
    if r.status_code == 404:
        pytest.skip("the public profile page is not there yet")
    assert r.status_code == 200
    page = r.get_data(as_text=True)
    assert "<script>alert" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("get", "/api/v1/nowhere", 404, "not_found"),
        ("get", "/api/v1/providers/abc", 404, "not_found"),
        ("get", "/api/v1/providers/-1", 404, "not_found"),
        ("delete", "/api/v1/providers/1", 405, "method_not_allowed"),
        ("put", "/api/v1/briefs", 405, "method_not_allowed"),
        ("get", "/api/v1/vet", 405, "method_not_allowed"),
        ("get", "/api/v1/briefs/99999999999999999999", 404, "not_found"),
    ],
)
def test_unknown_routes_and_methods(client, method, path, status, code):
    r = getattr(client, method)(path)
    _error(r, status, code)
    if status == 405:
        assert "Allow" in r.headers


@pytest.mark.parametrize(
    "query",
    [
        {"page": "x"},
        {"page": "0"},
        {"per_page": "101"},
        {"budget": "-1"},
        {"budget": "1e9999"},
        {"service": "nothing"},
        {"country": "ZZZ"},
        {"q": ""},
        {"q": "a" * 501},
        {"q": "nul\x00byte"},
    ],
)
def test_bad_query_strings_are_422(client, query):
    _error(client.get("/api/v1/providers", query_string=query), 422, "validation_error")


# Issue 17: a hostile body must cost little and get a small reply, whatever it holds.
HOSTILE = [
    ("a million bad list items", "/api/v1/match",
     {"industry": "dental", "services": ["xxx"] * 1_000_000}, 413, "too_many_values"),
    ("600,000 unknown keys", "/api/v1/vet", {f"k{i:07d}": 1 for i in range(600_000)}, 413, "too_many_values"),
    ("a list past its limit", "/api/v1/match", {"services": ["zzz"] * 5_000}, 422, "validation_error"),
    ("many unknown keys", "/api/v1/vet", {"text": "x", **{f"junk{i}": 1 for i in range(500)}}, 422,
     "validation_error"),
    ("many bad case studies", "/api/v1/providers",
     provider_payload(case_studies=[{"title": 1}] * 2_000), 422, "validation_error"),
]


@pytest.mark.parametrize(("label", "path", "body", "status", "code"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_bodies_get_a_small_reply(rt, client, admin, label, path, body, status, code):
    r = client.post(path, data=json.dumps(body), content_type="application/json", headers=admin.headers)
    error = _error(r, status, code)
    assert len(r.get_data()) < 5_000, f"{label}: a {len(r.get_data()):,}-byte reply"
    assert len(error["fields"]) <= 30
    assert _counts(rt) == (0, 0)


def test_a_list_past_its_limit_says_so_once(client):
    error = _error(client.post("/api/v1/match", json=brief_payload(services=["zzz"] * 5_000)), 422)
    assert list(error["fields"]) == ["services"]
    assert "limit" in error["fields"]["services"][0] and "5,000 given" in error["fields"]["services"][0]


def test_many_unknown_fields_are_one_message_listing_the_accepted_ones(client):
    error = _error(client.post("/api/v1/vet", json={"text": "x", **{f"junk{i}": 1 for i in range(50)}}), 422)
    (message,) = [m for ms in error["fields"].values() for m in ms]
    assert message.startswith("50 unknown fields") and "text" in message


def test_a_few_unknown_fields_are_still_named_one_by_one(client):
    error = _error(client.post("/api/v1/vet", json={"text": "x", "colour": 1, "size": 2}), 422)
    assert {"colour", "size"} <= set(error["fields"])


def test_writes_past_the_busy_slots_get_503_with_retry_after(rt, client):
    slots = client.application.extensions["matcher_busy_slots"]
    held = 0
    while slots.acquire(blocking=False):  # every slot taken, as by long requests in other threads
        held += 1
    try:
        r = client.post("/api/v1/vet", json={"text": "We build links through outreach."})
        _error(r, 503, "busy")
        assert r.headers["Retry-After"] == "2"
        assert client.get("/healthz").status_code == 200  # reads are never held back
    finally:
        for _ in range(held):
            slots.release()
    assert client.post("/api/v1/vet", json={"text": "We build links through outreach."}).status_code == 200


@pytest.mark.parametrize("body", [b"", b"{}"])
def test_a_patch_that_changes_nothing_is_refused(rt, client, admin, body):
    pid = add_provider(rt, external_id="existing")
    r = client.patch(f"/api/v1/providers/{pid}", data=body, content_type="application/json",
                     headers=admin.headers)
    assert "at least one field" in json.dumps(_error(r, 422, "validation_error")["fields"])


HIDDEN_NAMES = ["Acme\u202eSEO", "Ac\u200bme Links", "Tab\tLinks", "\ufeffAcme", "Acme\u200dX"]


@pytest.mark.parametrize("name", HIDDEN_NAMES)
def test_names_with_control_or_invisible_characters_are_refused(rt, client, admin, name):
    r = client.post("/api/v1/providers", json=provider_payload(name=name), headers=admin.headers)
    assert "invisible" in _error(r, 422)["fields"]["name"][0]
    assert provider_count(rt) == 0


def test_names_in_scripts_that_need_joiners_are_kept(rt, client, admin):
    # Persian, with a zero-width non-joiner inside a word, as the script writes it
    name = "\u0622\u0698\u0627\u0646\u0633 \u0645\u06cc\u200c\u0633\u0627\u0632\u06cc\u0645"
    r = client.post("/api/v1/providers", json=provider_payload(name=name), headers=admin.headers)
    assert r.status_code == 201 and r.json["name"] == name


@pytest.mark.parametrize("path", ["/providers/99999999999999999999", "/admin/providers/99999999999999999999",
                                  "/providers/2147483648", "/providers/0"])
def test_page_ids_past_the_database_range_are_404(client, path):
    assert client.get(path).status_code == 404
    assert client.post(path + "/decide").status_code in (404, 405)


def test_an_index_dir_that_is_not_a_folder_is_503_not_500(tmp_path):
    from matcher import runtime as runtime_mod
    from matcher.models import Base
    from tests.conftest import make_settings

    (tmp_path / "not-a-folder").write_text("x")
    rt = runtime_mod.build(make_settings(tmp_path, index_dir=tmp_path / "not-a-folder"))
    Base.metadata.create_all(rt.db.engine)
    runtime_mod.install(rt)
    try:
        add_provider(rt)
        client = make_app(rt).test_client()
        _error(client.get("/api/v1/providers", query_string={"q": "links"}), 503, "search_unavailable")
        r = client.post("/api/v1/match", json=brief_payload())
        _error(r, 503, "search_unavailable")
        assert r.headers["Retry-After"] == "10"
        assert client.get("/api/v1/providers").status_code == 200  # listing without search still works
        assert client.get("/providers", query_string={"q": "links"}).status_code == 503
    finally:
        runtime_mod._current = None
        rt.db.dispose()
