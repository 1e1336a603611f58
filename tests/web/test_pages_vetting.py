"""A provider's own pages with the real vetting behind them (no stand-in jobs)."""

from __future__ import annotations

from matcher.models import Provider
from tests.web.kit import full_answers, sign_up

# What an honest provider writes in the explanation boxes (the kit's filler names the topics instead).
HONEST_TEXT = {
    "paid_placements_explanation": "We have never paid for a link or a placement.",
    "site_networks_explanation": "We do not own, run or rent any group of websites.",
    "guarantees_explanation": "We commit to deliverables: campaigns, pitches and content each month.",
}


def _signup(client):
    sign_up(client)
    client.post("/account/profile", data={"name": "Fresh Links", "description": "Outreach studio."})


def test_risky_ticked_answers_are_findings_the_provider_reads(client, session):
    _signup(client)
    risky = full_answers(guarantees="rankings", paid_placements="regularly", **HONEST_TEXT)
    assert client.post("/account/questionnaire", data={"action": "submit", **risky}).status_code == 302
    html = client.get("/account/findings").get_data(as_text=True)
    assert "Questionnaire: Do you guarantee rankings, traffic or a number of links?" in html
    assert "We guarantee rankings or positions" in html
    assert "Yes, paid placements are a regular part of our service" in html
    assert 'href="/account/questionnaire#q-guarantees"' in html
    session.expire_all()
    assert session.query(Provider).one().status == "flagged"
    # honest answers close the findings again
    honest = full_answers(guarantees="none", paid_placements="never", **HONEST_TEXT)
    client.post("/account/questionnaire", data={"action": "submit", **honest})
    session.expire_all()
    assert session.query(Provider).one().status == "submitted"
    assert "No open findings." in client.get("/account/findings").get_data(as_text=True)


def test_an_honest_profile_in_plain_words_is_not_flagged(client, session):
    _signup(client)
    text = (
        "We own no sites other than our own company website. We earn links through digital PR and "
        "outreach to editors, and we never buy links."
    )
    client.post("/account/profile", data={"name": "Fresh Links", "description": text})
    client.post("/account/questionnaire", data={"action": "submit", **full_answers(**HONEST_TEXT)})
    session.expire_all()
    assert session.query(Provider).one().status == "submitted"
    assert "No open findings." in client.get("/account/findings").get_data(as_text=True)
