"""From a shortlist to a conversation: a buyer asks shortlisted providers for proposals, each accepts
with a reply or declines with a reason, both sides are told by mail, and contact details move only as
each side chose."""

from __future__ import annotations

import pytest

from matcher.models import OutgoingMail, Proposal
from tests.web.kit import PASSWORD, login, make_account, make_provider

pytestmark = pytest.mark.usefixtures("fast_jobs")  # the shortlist: every verified provider, in id order


@pytest.fixture
def marketplace(client, session):
    owners = [make_account(session, f"owner{i}@agency.example") for i in range(2)]
    fjord = make_provider(session, "Fjord Links", owner=owners[0], website="https://fjord.example")
    harbour = make_provider(session, "Harbour PR", owner=owners[1])
    listed = make_provider(session, "Listed Only")  # imported from public pages: no account
    session.commit()
    brief = {"scope": "Digital PR for a Leeds dental chain.", "company": "Leeds Smiles",
             "contact_email": "ann@smiles.example"}
    response = client.post("/briefs/new", data=brief)
    token = response.headers["Location"].rsplit("/", 1)[-1]
    return token, fjord.id, harbour.id, listed.id


def _mail(session, kind):
    session.expire_all()
    return session.query(OutgoingMail).filter_by(kind=kind).order_by(OutgoingMail.id).all()


def test_the_whole_loop(client, session, marketplace):
    token, fjord, harbour, listed = marketplace
    page = client.get(f"/briefs/{token}").get_data(as_text=True)
    assert "Ask Fjord Links for a proposal" in page and "no account here to answer" in page
    response = client.post(f"/briefs/{token}/proposals", data={
        "provider_ids": [str(fjord), str(harbour)], "message": "Can you start in March?"})
    assert response.status_code == 302
    assert [m.to_address for m in _mail(session, "proposal_request")] == ["owner0@agency.example",
                                                                           "owner1@agency.example"]
    assert "Can you start in March?" in _mail(session, "proposal_request")[0].body
    assert client.get(f"/briefs/{token}").get_data(as_text=True).count("badge-queued") == 2

    login(client, "owner0@agency.example", PASSWORD)
    inbox = client.get("/account/proposals").get_data(as_text=True)
    assert "Digital PR for a Leeds dental chain." in inbox and "Can you start in March?" in inbox
    assert "ann@smiles.example" not in inbox and "Leeds Smiles" not in inbox  # the buyer did not share it
    proposal = session.query(Proposal).filter_by(provider_id=fjord).one()
    client.post(f"/account/proposals/{proposal.id}/answer",
                data={"action": "accept", "message": "Yes, we can start on 3 March."})
    client.post("/logout")

    login(client, "owner1@agency.example", PASSWORD)
    other = session.query(Proposal).filter_by(provider_id=harbour).one()
    no_reason = client.post(f"/account/proposals/{other.id}/answer", data={"action": "decline"},
                            follow_redirects=True)
    assert "Say why you decline" in no_reason.get_data(as_text=True)
    assert client.post(f"/account/proposals/{proposal.id}/answer", data={"action": "accept"},
                       follow_redirects=True).status_code == 404  # another provider's request
    client.post(f"/account/proposals/{other.id}/answer",
                data={"action": "decline", "message": "Fully booked."})
    client.post("/logout")

    answers = _mail(session, "proposal_answer")
    assert [m.subject for m in answers] == ["Fjord Links accepted your proposal request",
                                            "Harbour PR declined your proposal request"]
    assert all(m.to_address == "ann@smiles.example" and token in m.body for m in answers)
    page = client.get(f"/briefs/{token}").get_data(as_text=True)
    assert "Yes, we can start on 3 March." in page and "Fully booked." in page
    assert "mailto:owner0@agency.example" in page and "https://fjord.example" in page
    assert "owner1@agency.example" not in page  # declined: no contact details


def test_requests_outside_the_shortlist_or_past_the_limit_change_nothing(client, session, marketplace):
    token, fjord, harbour, listed = marketplace
    outside = client.post(f"/briefs/{token}/proposals", data={"provider_ids": ["999"]}, follow_redirects=True)
    assert "not on this shortlist" in outside.get_data(as_text=True)
    seven = [str(i) for i in range(1, 8)]
    too_many = client.post(f"/briefs/{token}/proposals", data={"provider_ids": seven}, follow_redirects=True)
    assert "at most 5" in too_many.get_data(as_text=True)
    none = client.post(f"/briefs/{token}/proposals", data={}, follow_redirects=True)
    assert "Choose at least one provider" in none.get_data(as_text=True)
    assert session.query(Proposal).count() == 0


def test_a_buyer_who_shares_its_contact_is_seen_by_the_provider(client, session, marketplace):
    token, fjord, _harbour, _listed = marketplace
    client.post(f"/briefs/{token}/proposals", data={"provider_ids": [str(fjord)], "share_contact": "1"})
    login(client, "owner0@agency.example", PASSWORD)
    inbox = client.get("/account/proposals").get_data(as_text=True)
    assert "Leeds Smiles" in inbox and "mailto:ann@smiles.example" in inbox


def test_the_loop_through_the_api(client, rt):
    from tests.web.kit import add_provider, make_api_account

    owner = make_api_account(rt, "api-owner@agency.example")
    add_provider(rt, owner_id=owner.id, external_id="fjord-1", name="Fjord Links")
    created = client.post("/api/v1/briefs", json={"scope": "Digital PR for a dental chain.",
                                                   "contact_email": "ann@smiles.example"})
    brief_id, token = created.json["id"], created.json["token"]
    headers = {"X-Brief-Token": token}
    outside = client.post(f"/api/v1/briefs/{brief_id}/proposals", headers=headers,
                          json={"provider_ids": ["not-listed"]})
    assert outside.status_code == 400 and "not on this shortlist" in str(outside.json["error"]["fields"])
    asked = client.post(f"/api/v1/briefs/{brief_id}/proposals", headers=headers,
                        json={"provider_ids": ["fjord-1"], "message": "March start?"})
    assert asked.status_code == 201
    assert [(p["provider_id"], p["state"]) for p in asked.json["proposals"]] == [("fjord-1", "sent")]
    tokenless = client.post(f"/api/v1/briefs/{brief_id}/proposals", json={"provider_ids": ["fjord-1"]})
    assert tokenless.status_code == 404  # as for reading it: without its token a brief is not there

    inbox = client.get("/api/v1/proposals", headers=owner.headers).json["proposals"]
    assert inbox[0]["brief"]["scope"] == "Digital PR for a dental chain." and inbox[0]["buyer"] is None
    proposal_id = inbox[0]["id"]
    no_reason = client.post(f"/api/v1/proposals/{proposal_id}/decline", headers=owner.headers, json={})
    assert no_reason.status_code == 400
    accepted = client.post(f"/api/v1/proposals/{proposal_id}/accept", headers=owner.headers,
                           json={"message": "Yes."})
    assert accepted.status_code == 200 and accepted.json["state"] == "accepted"
    again = client.post(f"/api/v1/proposals/{proposal_id}/decline", headers=owner.headers,
                        json={"message": "x"})
    assert again.status_code == 409
    status = client.get(f"/api/v1/briefs/{brief_id}", headers=headers).json
    (seen,) = status["proposals"]
    assert seen["state"] == "accepted" and seen["reply"] == "Yes."
    assert seen["contact"]["email"] == "api-owner@agency.example"
