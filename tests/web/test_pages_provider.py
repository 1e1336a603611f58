"""The provider's own area: sign-up, log-in, profile, questionnaire versions, findings."""

from __future__ import annotations

import re

import pytest

from matcher.models import OutgoingMail, Provider, QuestionnaireResponse, ReviewDecision, User
from tests.web.kit import (
    PASSWORD,
    add_finding,
    full_answers,
    login,
    mailed_link,
    make_account,
    make_provider,
    sign_up,
)

pytestmark = pytest.mark.usefixtures("fast_jobs")


_signup = sign_up


def test_signup_creates_account_and_owned_draft_profile_once_the_address_is_confirmed(client, session, rt):
    response = client.post("/signup", data={"email": "New@Example.com", "password": PASSWORD,
                                            "name": "Fresh Links"})
    assert "Check your email" in response.get_data(as_text=True)
    assert session.query(User).count() == 0  # nothing exists until the address is confirmed
    link = mailed_link(rt, "signup_confirm", to="new@example.com")
    page = client.get(link)  # a mail scanner opening the link creates nothing
    assert "Fresh Links" in page.get_data(as_text=True) and session.query(User).count() == 0
    response = client.post(link)
    assert response.status_code == 302 and response.headers["Location"].endswith("/account/profile")
    user = session.query(User).one()
    provider = session.query(Provider).one()
    assert user.role == "provider" and provider.owner_id == user.id and provider.status == "draft"
    assert "Fresh Links" in client.get("/account/profile").get_data(as_text=True)


def test_signup_errors_keep_values_and_do_not_tell_who_has_an_account(client, session, rt):
    response = client.post("/signup", data={"email": "bad", "password": "short", "name": "Kept Name"})
    html = response.get_data(as_text=True)
    assert response.status_code == 422 and 'value="Kept Name"' in html and "Not a valid email" in html
    assert 'value="short"' not in html  # a password is never sent back
    _signup(client)
    client.post("/logout")
    # The form says the same for an address with an account; the address's owner is told by mail.
    again = client.post("/signup", data={"email": "new@example.com", "password": PASSWORD, "name": "Second"})
    assert again.status_code == 200 and "Check your email" in again.get_data(as_text=True)
    assert "/login" in mailed_link(rt, "signup_existing", to="new@example.com")
    assert session.query(Provider).count() == 1


def test_a_signup_link_works_once_and_a_second_one_for_the_address_is_refused(client, session, rt):
    for name in ("First Try", "Second Try"):
        client.post("/signup", data={"email": "twice@example.com", "password": PASSWORD, "name": name})
    with rt.db.session() as s:
        mails = s.query(OutgoingMail).filter_by(kind="signup_confirm").order_by(OutgoingMail.id)
        bodies = [m.body for m in mails]
    first, second = (re.search(r"http://[^/]+(/\S+)", body).group(1) for body in bodies)
    assert client.post(first).status_code == 302
    client.post("/logout")
    spent = client.get(first)
    assert spent.status_code == 410 and "expired or was already used" in spent.get_data(as_text=True)
    refused = client.post(second, follow_redirects=True)
    assert "already has an account" in refused.get_data(as_text=True)
    assert [p.name for p in session.query(Provider)] == ["First Try"]


def test_login_logout_and_safe_next(client, session):
    make_account(session, "p@example.com")
    make_provider(session, "Mine", status="draft", owner=session.query(User).one())
    session.commit()
    bad = client.post("/login", data={"email": "p@example.com", "password": "wrong password!"})
    assert bad.status_code == 401 and "do not match" in bad.get_data(as_text=True)
    ok = client.post(
        "/login?next=https://evil.example/", data={"email": "P@Example.com", "password": PASSWORD}
    )
    assert ok.headers["Location"].endswith("/account/profile")
    client.post("/logout")
    ok = client.post("/login?next=/account/findings", data={"email": "p@example.com", "password": PASSWORD})
    assert ok.headers["Location"] == "/account/findings"
    assert client.post("/logout").status_code == 302
    assert client.get("/account/profile").status_code == 302


def test_profile_edit_validates_keeps_values_and_saves(client, session, fast_jobs):
    _signup(client)
    bad = client.post(
        "/account/profile",
        data={
            "name": "Fresh Links",
            "description": "",
            "countries": "US, ZZ",
            "website": "ftp://x",
            "case_title_0": "Kept case",
        },
    )
    html = bad.get_data(as_text=True)
    assert bad.status_code == 422 and "Must not be empty." in html and "Unknown country code" in html
    assert 'value="US, ZZ"' in html and 'value="Kept case"' in html
    good = client.post(
        "/account/profile",
        data={
            "name": "Fresh Links",
            "description": "We earn coverage with data stories.",
            "countries": "us, gb",
            "languages": "en",
            "services": ["digital_pr"],
            "min_budget_usd": "2000",
            "case_title_0": "SaaS launch",
            "case_summary_0": "Forty pieces of coverage.",
            "case_industry_0": "saas",
        },
    )
    assert good.status_code == 302
    provider = session.query(Provider).one()
    session.refresh(provider)
    assert provider.countries == ["US", "GB"] and provider.case_studies[0].industry == "saas"
    assert provider.content_version == 2 and fast_jobs == [provider.id]


def test_questionnaire_draft_then_versioned_submissions(client, session, fast_jobs):
    _signup(client)
    client.post("/account/profile", data={"name": "Fresh Links", "description": "Outreach studio."})
    draft = client.post(
        "/account/questionnaire", data={"action": "draft", "q_tools_used": "Ahrefs, Pitchbox"}
    )
    assert draft.status_code == 302
    html = client.get("/account/questionnaire").get_data(as_text=True)
    assert 'value="Ahrefs, Pitchbox"' in html and "draft was saved" in html
    incomplete = client.post("/account/questionnaire", data={"action": "submit", "q_tools_used": "Ahrefs"})
    html = incomplete.get_data(as_text=True)
    assert (
        incomplete.status_code == 422 and "Please answer this question." in html and 'value="Ahrefs"' in html
    )
    assert "Please choose one of the options." in html
    provider = session.query(Provider).one()
    assert provider.status == "draft"

    first = client.post("/account/questionnaire", data={"action": "submit", **full_answers()})
    assert first.status_code == 302 and first.headers["Location"].endswith("/account/findings")
    second = client.post(
        "/account/questionnaire", data={"action": "submit", **full_answers(tools_used="Buzzstream")}
    )
    assert second.status_code == 302
    session.expire_all()
    provider = session.query(Provider).one()
    versions = session.query(QuestionnaireResponse).order_by(QuestionnaireResponse.version).all()
    assert [v.version for v in versions] == [1, 2] and all(v.submitted_at for v in versions)
    assert (
        versions[0].answers["tools_used"] != "Buzzstream"
        and versions[1].answers["tools_used"] == "Buzzstream"
    )
    assert versions[1].answers["example_links"] == [
        "https://example.com/coverage-1",
        "https://example.org/coverage-2",
    ]
    assert provider.status == "submitted" and fast_jobs.count(provider.id) >= 2
    actions = [d.action for d in session.query(ReviewDecision).order_by(ReviewDecision.id)]
    assert actions == ["submit", "submit"]


def test_submission_needs_a_described_profile(client, session):
    _signup(client)
    response = client.post("/account/questionnaire", data={"action": "submit", **full_answers()})
    assert response.status_code == 422 and "describe your company" in response.get_data(as_text=True)


def test_findings_show_own_evidence_marked_and_escaped_never_anothers(client, session):
    a_user, b_user = make_account(session, "a@example.com"), make_account(session, "b@example.com")
    a = make_provider(
        session,
        "A Co",
        status="flagged",
        owner=a_user,
        description="Hello <b>you</b>: we guarantee 50 backlinks every month.",
    )
    b = make_provider(session, "B Co", status="flagged", owner=b_user, description="We sell PBN links cheap.")
    add_finding(session, a, "we guarantee 50 backlinks")
    add_finding(session, b, "We sell PBN links", category="pbn")
    session.commit()
    login(client, "a@example.com")
    html = client.get("/account/findings").get_data(as_text=True)
    assert "Hello &lt;b&gt;you&lt;/b&gt;: <mark>we guarantee 50 backlinks</mark> every month." in html
    assert "Promises a number of links." in html and "What to change or explain" in html
    assert "PBN" not in html and "B Co" not in html
    assert 'href="/account/profile#f-description"' in html


def test_change_requests_reach_the_provider(client, session):
    from matcher.usecases.reviews import decide

    owner = make_account(session, "p@example.com")
    admin = make_account(session, "admin@example.com", "admin")
    provider = make_provider(session, "Needs Work", status="submitted", owner=owner)
    decide(session, provider.id, "request_changes", admin, reason="Please list <i>real</i> example links.")
    session.commit()
    login(client, "p@example.com")
    for url in ("/account/profile", "/account/questionnaire", "/account/findings"):
        html = client.get(url).get_data(as_text=True)
        assert "Please list &lt;i&gt;real&lt;/i&gt; example links." in html, url


def test_profile_can_be_saved_again_with_the_same_tags(client, session):
    # Regression: unchanged tags used to be re-inserted before the old rows were deleted.
    _signup(client)
    data = {
        "name": "Fresh Links",
        "description": "First text.",
        "services": ["digital_pr"],
        "countries": "US",
    }
    assert client.post("/account/profile", data=data).status_code == 302
    data["description"] = "Second text."
    assert client.post("/account/profile", data=data).status_code == 302

