"""The provider endpoints: create, read, change, list with filters, pages and semantic search."""

from __future__ import annotations

import pytest

from tests.web.kit import add_provider, make_api_account, make_app, provider_count, provider_payload

URL = "/api/v1/providers"


@pytest.fixture
def client(rt):
    return make_app(rt).test_client()


@pytest.fixture
def admin(rt):
    return make_api_account(rt, "admin@example.com", "admin")


@pytest.fixture
def owner(rt):
    return make_api_account(rt, "owner@example.com", "provider")


def test_owner_creates_its_profile_as_a_draft_which_is_vetted(client, owner):
    r = client.post(URL, json=provider_payload(external_id=None), headers=owner.headers)
    assert r.status_code == 201, r.json
    body = r.json
    assert r.headers["Location"].endswith(f"{URL}/{body['id']}")
    assert body["services"] == ["link_building", "digital_pr"]
    assert body["status"] == "draft"  # as after signing up on the site: the questionnaire submits it
    assert body["trust_score"] is not None  # vetted inline (no Redis)
    # The owner sees its own unverified profile; anyone else does not.
    assert client.get(f"{URL}/{body['id']}", headers=owner.headers).status_code == 200
    assert client.get(f"{URL}/{body['id']}").status_code == 404


def test_only_an_admin_sets_external_id(client, owner, admin):
    r = client.post(URL, json=provider_payload(external_id="mine"), headers=owner.headers)
    assert r.status_code == 422 and "external_id" in r.json["error"]["fields"]
    r = client.post(URL, json=provider_payload(), headers=admin.headers)
    assert r.status_code == 201 and r.json["external_id"] == "p-test-1" and r.json["status"] == "submitted"
    pid = r.json["id"]
    r = client.patch(f"{URL}/{pid}", json={"external_id": "other"}, headers=admin.headers)
    assert r.status_code == 422
    r = client.patch(f"{URL}/{pid}", json={"external_id": "p-test-1", "team_size": 3}, headers=admin.headers)
    assert r.status_code == 200 and r.json["team_size"] == 3


def test_a_provider_account_has_one_profile(client, owner):
    assert client.post(URL, json=provider_payload(external_id=None), headers=owner.headers).status_code == 201
    r = client.post(URL, json=provider_payload(external_id=None), headers=owner.headers)
    assert r.status_code == 409
    assert r.json["error"]["code"] == "conflict"


def test_duplicate_external_id_is_409_and_stores_nothing(rt, client, admin):
    assert client.post(URL, json=provider_payload(), headers=admin.headers).status_code == 201
    r = client.post(URL, json=provider_payload(name="Other"), headers=admin.headers)
    assert r.status_code == 409
    assert r.json["error"]["fields"] == {"external_id": ["Already in use."]}
    assert provider_count(rt) == 1


def test_patch_changes_only_given_fields_and_revets(rt, client, owner):
    pid = add_provider(rt, status="submitted", owner_id=owner.id)
    r = client.patch(f"{URL}/{pid}", json={"team_size": 12, "services": ["seo_audit"]}, headers=owner.headers)
    assert r.status_code == 200, r.json
    assert r.json["team_size"] == 12 and r.json["services"] == ["seo_audit"]
    assert r.json["name"] == "Northwind Links"
    # A red-flag claim added by PATCH is found by the re-vetting.
    claim = "We guarantee first page rankings on Google in 7 days with our private blog network."
    r = client.patch(f"{URL}/{pid}", json={"description": claim}, headers=owner.headers)
    assert r.status_code == 200
    assert r.json["status"] == "flagged"


def test_get_shows_verified_providers_to_anyone(rt, client):
    pid = add_provider(rt, status="verified")
    r = client.get(f"{URL}/{pid}")
    assert r.status_code == 200
    assert r.json["name"] == "Northwind Links" and r.json["status"] == "verified"
    for bad in (0, 2**31, 10**30):
        r = client.get(f"{URL}/{bad}")
        assert r.status_code == 404 and r.json["error"]["code"] == "not_found"


def test_list_filters_and_pages(rt, client):
    add_provider(
        rt, external_id="a", name="Alpha", services=["link_building"], countries=["US"], min_budget_usd=500
    )
    add_provider(
        rt,
        external_id="b",
        name="Bravo",
        services=["local_seo"],
        countries=["DE"],
        languages=["de"],
        min_budget_usd=5000,
    )
    add_provider(
        rt, external_id="c", name="Charlie", services=["link_building"], countries=["GB"], min_budget_usd=None
    )
    add_provider(rt, external_id="d", name="Hidden", status="submitted")
    r = client.get(URL)
    assert r.status_code == 200
    assert r.json["total"] == 3 and {p["name"] for p in r.json["items"]} == {"Alpha", "Bravo", "Charlie"}
    assert all(p["score"] is None for p in r.json["items"])
    r = client.get(f"{URL}?service=link_building&country=US")
    assert [p["name"] for p in r.json["items"]] == ["Alpha"]
    r = client.get(f"{URL}?language=de")
    assert [p["name"] for p in r.json["items"]] == ["Bravo"]
    r = client.get(f"{URL}?budget=1000")
    assert {p["name"] for p in r.json["items"]} == {"Alpha", "Charlie"}
    r = client.get(f"{URL}?per_page=2&page=2")
    assert r.json["total"] == 3 and len(r.json["items"]) == 1 and r.json["page"] == 2
    r = client.get(f"{URL}?service=nonsense&per_page=1000")
    assert r.status_code == 422
    assert set(r.json["error"]["fields"]) == {"service.0", "per_page"}


def test_search_ranks_by_meaning_with_scores(rt, client):
    from matcher.index import rebuild

    add_provider(
        rt,
        external_id="law",
        name="Counsel Links",
        industries=["legal"],
        description="Link building and digital PR for law firms, attorneys and legal services.",
    )
    add_provider(
        rt,
        external_id="hotel",
        name="Stay Search",
        industries=["hospitality"],
        description="Local SEO for hotels, resorts and restaurants: maps, reviews and listings.",
    )
    rebuild(rt)
    r = client.get(f"{URL}?q=backlinks for a personal injury lawyer")
    assert r.status_code == 200, r.json
    items = r.json["items"]
    assert items[0]["name"] == "Counsel Links"
    assert all(isinstance(p["score"], float) for p in items)
    assert items == sorted(items, key=lambda p: -p["score"])
    r = client.get(f"{URL}?q=backlinks for a lawyer&industry=hospitality")
    assert [p["name"] for p in r.json["items"]] == ["Stay Search"]
