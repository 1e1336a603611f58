"""Briefs (queued matching, results only with the brief's token), synchronous matching, and vetting."""

from __future__ import annotations

import pytest

from tests.web.kit import add_provider, brief_payload, make_api_account, make_app


@pytest.fixture
def client(rt):
    return make_app(rt).test_client()


@pytest.fixture
def catalogue(rt):
    from matcher.index import rebuild

    add_provider(
        rt,
        external_id="saas-links",
        name="SaaS Links Co",
        description="Editorial link building and digital PR for SaaS and analytics companies.",
    )
    add_provider(
        rt,
        external_id="dentists",
        name="Smile Local",
        services=["local_seo"],
        industries=["healthcare"],
        description="Local SEO for dental clinics: map listings and reviews.",
    )
    rebuild(rt)


def test_brief_is_accepted_then_done_with_matches(client, catalogue):
    r = client.post("/api/v1/briefs", json=brief_payload())
    assert r.status_code == 202, r.json
    body = r.json
    assert set(body) == {"id", "token", "status", "status_url"}
    assert r.headers["Location"] == body["status_url"] == f"/api/v1/briefs/{body['id']}"
    # No Redis: matched inline before the answer.
    r = client.get(body["status_url"], headers={"X-Brief-Token": body["token"]})
    assert r.status_code == 200, r.json
    assert r.json["status"] == "done" and r.json["error"] is None
    assert r.json["matches"][0]["provider_id"] == "saas-links"
    assert r.json["matches"][0]["rank"] == 1 and "reasons" in r.json["matches"][0]
    # The query form of the token works too.
    assert client.get(f"{body['status_url']}?token={body['token']}").status_code == 200


def test_brief_results_need_its_token(rt, client, catalogue):
    body = client.post("/api/v1/briefs", json=brief_payload()).json
    other = client.post("/api/v1/briefs", json=brief_payload(external_id="b2")).json
    url = body["status_url"]
    for headers in (
        {},
        {"X-Brief-Token": "guess"},
        {"X-Brief-Token": other["token"]},
        {"X-Brief-Token": "é" * 10},
    ):
        r = client.get(url, headers=headers)
        assert r.status_code == 404, headers
        assert r.json["error"]["code"] == "not_found"
    # A provider's API token is not a brief token; an admin's is.
    provider = make_api_account(rt, "p@example.com", "provider")
    assert client.get(url, headers=provider.headers).status_code == 404
    admin = make_api_account(rt, "a@example.com", "admin")
    assert client.get(url, headers=admin.headers).status_code == 200


def test_brief_with_no_possible_match_says_why(client):
    r = client.post("/api/v1/briefs", json=brief_payload())
    assert r.status_code == 202
    status = client.get(r.json["status_url"], headers={"X-Brief-Token": r.json["token"]}).json
    assert status["status"] == "done"
    assert status["matches"] == [] and status["empty_reason"]


def test_invalid_brief_is_422_and_not_stored(rt, client):
    from matcher.models import Brief

    r = client.post("/api/v1/briefs", json=brief_payload(scope="", services=["teleportation"]))
    assert r.status_code == 422
    assert set(r.json["error"]["fields"]) == {"scope", "services.0"}
    r = client.post("/api/v1/briefs", json=brief_payload(budget_min_usd=9000, budget_max_usd=10))
    assert set(r.json["error"]["fields"]) == {"budget_min_usd"}
    with rt.db.session() as session:
        assert session.query(Brief).count() == 0


def test_match_now_answers_synchronously(client, catalogue):
    r = client.post("/api/v1/match?top=1", json=brief_payload())
    assert r.status_code == 200, r.json
    assert r.json["brief_id"] == "b-test-1"
    assert [m["provider_id"] for m in r.json["matches"]] == ["saas-links"]
    assert r.json["matches"][0]["score"] > 0 and r.json["matches"][0]["reasons"]
    assert client.post("/api/v1/match?top=0", json=brief_payload()).status_code == 422


def test_vet_finds_red_flags_with_offsets(client):
    text = "Honest outreach. We guarantee #1 rankings on Google within 7 days!"
    r = client.post("/api/v1/vet", json={"text": text})
    assert r.status_code == 200, r.json
    findings = r.json["findings"]
    assert findings, "a ranking guarantee must be flagged"
    for f in findings:
        assert set(f) == {"category", "severity", "start", "end", "evidence", "reason", "field", "stance"}
        assert text[f["start"] : f["end"]] == f["evidence"] and f["field"] == "text"
        assert f["stance"] == "offer"
    assert "guaranteed_rankings" in {f["category"] for f in findings}
    assert client.post("/api/v1/vet", json={"text": "We write useful articles."}).json == {"findings": []}
    assert client.post("/api/v1/vet", json={}).status_code == 422


def test_a_failed_brief_is_retried_through_the_api(client, catalogue, rt):
    from matcher.models import Brief
    from matcher.models import brief_status as lifecycle

    body = client.post("/api/v1/briefs", json=brief_payload()).json
    with rt.db.session() as session:
        lifecycle.fail(session.get(Brief, body["id"]), lifecycle.failure_message(RuntimeError("boom")))
    headers = {"X-Brief-Token": body["token"]}
    assert client.get(body["status_url"], headers=headers).json["status"] == "failed"
    wrong = client.post(f"/api/v1/briefs/{body['id']}/retry", headers={"X-Brief-Token": "wrong"})
    assert wrong.status_code == 404
    r = client.post(f"/api/v1/briefs/{body['id']}/retry", headers=headers)
    assert r.status_code == 202, r.json
    assert r.json["status"] == "done" and r.json["error"] is None and r.json["matches"]
    assert {"provider_id", "id", "name", "score", "status", "reasons", "rank"} <= set(r.json["matches"][0])
    again = client.post(f"/api/v1/briefs/{body['id']}/retry", headers=headers)
    assert again.status_code == 409 and "already matched" in again.json["error"]["message"]
