"""A provider hears why: a reviewer's decision reaches its pages and its inbox, it answers each finding
with its side, and the reviewer reads the answer beside the finding."""

from __future__ import annotations

import pytest

from matcher.models import OutgoingMail, ReviewDecision
from tests.web.kit import PASSWORD, add_finding, full_answers, login, make_account, make_provider

pytestmark = pytest.mark.usefixtures("fast_jobs")


@pytest.fixture
def rejected(client, session):
    owner = make_account(session, "p@agency.example")
    make_account(session, "admin@example.com", "admin")
    provider = make_provider(session, "Rank Rocket", status="submitted", owner=owner,
                             description="We guarantee 50 backlinks every month.")
    finding = add_finding(session, provider, "We guarantee 50 backlinks")
    session.commit()
    login(client, "admin@example.com", PASSWORD)
    response = client.post(f"/admin/providers/{provider.id}/decide",
                           data={"action": "reject", "reason": "Your profile promises a number of links."})
    assert response.status_code == 302
    client.post("/logout")
    return provider.id, finding.id


def test_the_reason_reaches_the_providers_pages_and_inbox(client, session, rejected):
    session.expire_all()
    (mail,) = session.query(OutgoingMail).filter_by(kind="decision_reject").all()
    assert mail.to_address == "p@agency.example" and "promises a number of links" in mail.body
    assert "/account/findings" in mail.body
    login(client, "p@agency.example", PASSWORD)
    page = client.get("/account/findings").get_data(as_text=True)
    assert "Not accepted:" in page and "Your profile promises a number of links." in page


def test_the_providers_side_reaches_the_reviewer_beside_the_finding(client, session, rejected):
    provider_id, finding_id = rejected
    login(client, "p@agency.example", PASSWORD)
    empty = client.post(f"/account/findings/{finding_id}/note", data={"note": "  "}, follow_redirects=True)
    assert "Write your explanation" in empty.get_data(as_text=True)
    note = "The 50 links are a past result for one client, not a promise; the text is now changed."
    client.post(f"/account/findings/{finding_id}/note", data={"note": note})
    resubmitted = client.post("/account/questionnaire", data={**full_answers(), "action": "submit"},
                              follow_redirects=True).get_data(as_text=True)
    assert "stays not accepted until a reviewer" in resubmitted and "now rejected" not in resubmitted
    client.post("/logout")
    login(client, "admin@example.com", PASSWORD)
    review = client.get(f"/admin/providers/{provider_id}").get_data(as_text=True)
    assert "side</strong>" in review  # "The provider's side", escaped as the page escapes it
    assert "a past result for one client" in review
    session.expire_all()
    logged = session.query(ReviewDecision).filter_by(action="explain_finding", finding_id=finding_id)
    assert logged.count() == 1


def test_a_provider_cannot_answer_anothers_finding(client, session, rejected):
    _provider_id, finding_id = rejected
    other = make_account(session, "other@agency.example")
    make_provider(session, "Other", owner=other)
    session.commit()
    login(client, "other@agency.example", PASSWORD)
    assert client.post(f"/account/findings/{finding_id}/note", data={"note": "mine"}).status_code == 404
