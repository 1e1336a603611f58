"""Pages through the Flask test client: rendering, buyers' flow, escaping, CSRF, role checks, rate limits."""

from __future__ import annotations

import re

import pytest

from matcher.models import Brief, MatchResult, QuestionnaireResponse, utcnow
from matcher.usecases.audit import change_status
from matcher.usecases.briefs import create_brief
from matcher.usecases.reviews import decide
from tests.conftest import make_settings
from tests.web.kit import PASSWORD, add_finding, csrf_token, login, make_account, make_provider
from web import create_app

pytestmark = pytest.mark.usefixtures("fast_jobs")


def _page(client, url, status=200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.get_data(as_text=True)


@pytest.mark.parametrize("url", ["/", "/briefs/new", "/providers", "/login", "/signup", "/logout"])
def test_public_pages_render_with_landmarks(client, url):
    html = _page(client, url)
    for landmark in (
        '<main id="main"',
        '<nav class="main-nav" aria-label="Main"',
        "<header",
        "<footer",
        'class="skip-link"',
    ):
        assert landmark in html
    assert "Content-Security-Policy" in client.get(url).headers


def test_every_logged_in_page_renders(client, session):
    admin = make_account(session, "admin@example.com", "admin")
    owner = make_account(session, "p@example.com")
    provider = make_provider(session, "Owned Co", status="flagged", owner=owner)
    session.commit()
    login(client, "p@example.com")
    for url in (
        "/account/profile",
        "/account/questionnaire",
        "/account/findings",
        f"/providers/{provider.id}",
    ):
        _page(client, url)
    client.post("/logout")
    login(client, admin.email)
    for url in ("/admin/review", f"/admin/providers/{provider.id}", "/admin/audit"):
        _page(client, url)


def test_directory_lists_verified_providers_with_filters_and_pages(client, session):
    for i in range(14):
        make_provider(
            session,
            f"Verified {i:02d}",
            services=["digital_pr"] if i % 2 else ["local_seo"],
            countries=["DE"] if i == 3 else ["US"],
        )
    make_provider(session, "Hidden Flagged", status="flagged")
    session.commit()
    html = _page(client, "/providers")
    assert "Hidden Flagged" not in html and "of 14 providers" in html and 'rel="next"' in html
    assert "Verified 12" in _page(client, "/providers?page=2")
    html = _page(client, "/providers?service=local_seo")
    assert "of 7 providers" in html and "Verified 01" not in html
    html = _page(client, "/providers?country=de")
    assert "Verified 03" in html and "1–1 of 1 provider" in html
    html = _page(client, "/providers?country=XX&service=local_seo")
    assert "Unknown country code" in html and "of 7 providers" in html


def test_directory_search_shows_only_verified_hits(client, session, monkeypatch):
    import matcher.index

    good = make_provider(session, "Good PR Studio")
    bad = make_provider(session, "Flagged PR Shop", status="flagged")
    session.commit()

    def fake_search(s, index, q, limit, offset=0, statuses=None):
        return [(s.get(type(bad), bad.id), 0.9), (s.get(type(good), good.id), 0.7)]

    monkeypatch.setattr(matcher.index, "search_providers", fake_search)
    html = _page(client, "/providers?q=digital+pr")
    assert "Good PR Studio" in html and "Flagged PR Shop" not in html and "most relevant first" in html


def test_public_profile_is_404_unless_verified_but_owner_and_admin_preview(client, session):
    owner = make_account(session, "owner@example.com")
    make_account(session, "other@example.com")
    make_account(session, "admin@example.com", "admin")
    draft = make_provider(session, "Draft Co", status="draft", owner=owner)
    verified = make_provider(session, "Live Co")
    session.commit()
    assert "Live Co" in _page(client, f"/providers/{verified.id}")
    _page(client, f"/providers/{draft.id}", 404)
    login(client, "other@example.com")
    _page(client, f"/providers/{draft.id}", 404)
    client.post("/logout")
    login(client, "owner@example.com")
    assert "Preview" in _page(client, f"/providers/{draft.id}")
    client.post("/logout")
    login(client, "admin@example.com")
    assert "Draft Co" in _page(client, f"/providers/{draft.id}")


def test_profile_and_shortlist_card_say_what_verified_means(client, session):
    admin = make_account(session, "admin@example.com", "admin")
    reviewed = make_provider(session, "Reviewed PR", status="submitted",
                             methodology="We pitch data studies to trade editors.")
    reviewed.responses.append(QuestionnaireResponse(
        version=1, questionnaire_version=1, submitted_at=utcnow(),
        answers={"guarantees": "no", "guarantees_explanation": "We commit to effort and report every link.",
                 "client_references": "Jane Roe, jane@client.example"}))
    decide(session, reviewed.id, "verify", admin)
    sample = make_provider(session, "Demo Links", status="submitted")
    sample.is_sample = True
    change_status(session, sample, "verified", "verify", actor_label="seed loader")
    add_finding(session, sample, "Demo Links", category="paid_links", severity="medium")
    session.commit()

    html = _page(client, f"/providers/{reviewed.id}")
    today = f"{utcnow().day} {utcnow():%B %Y}"
    assert f"Verified by one of our reviewers on {today}" in html
    assert "We commit to effort and report every link." in html  # a public answer, in its words
    assert "jane@client.example" not in html  # references are for reviewers only
    assert "It describes how it earns links in 7 words" in html and "Red-flag checks" in html
    html = _page(client, f"/providers/{sample.id}")
    assert "Passed the automatic red-flag checks" in html and "no person has reviewed it" in html
    assert "1 medium-severity finding still open lower it." in html
    assert "It has not submitted the questionnaire." in html

    brief = create_brief(session, {"scope": "Digital PR"})
    brief.status = "done"
    for rank, provider in enumerate((reviewed, sample), start=1):
        session.add(MatchResult(brief_id=brief.id, provider_id=provider.id, rank=rank, score=0.5,
                                reasons={}))
    session.commit()
    html = _page(client, f"/briefs/{brief.token}")
    assert html.count("Verified by one of our reviewers") == 1
    assert html.count("no person has reviewed it") == 1
    assert f'href="/providers/{reviewed.id}#verification"' in html


def test_brief_validation_errors_keep_what_was_typed(client):
    response = client.post(
        "/briefs/new",
        data={
            "company": "Typed Company",
            "scope": "",
            "services": ["local_seo", "digital_pr"],
            "countries": "US, XX",
            "languages": "en",
            "budget_min_usd": "9000",
            "budget_max_usd": "100",
            "industry": "healthcare",
            "timeline_weeks": "abc",
        },
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'value="Typed Company"' in html and 'value="US, XX"' in html
    assert 'value="local_seo" checked' in html and 'value="digital_pr" checked' in html
    assert 'value="healthcare" selected' in html and 'value="9000"' in html
    assert "Must not be empty." in html and "Unknown country code &#39;XX&#39;" in html
    assert 'aria-invalid="true"' in html and "Not a valid integer." in html
    # Cross-field rules run once every field is valid on its own.
    html = client.post(
        "/briefs/new", data={"scope": "SEO", "budget_min_usd": "9000", "budget_max_usd": "100"}
    ).get_data(as_text=True)
    assert "Must not be above" in html and 'value="SEO"' not in html and ">SEO</textarea>" in html


def test_markets_can_be_typed_by_name(client, session):
    response = client.post("/briefs/new", data={"scope": "Digital PR for a SaaS launch",
                                                "countries": "United Kingdom, UK; Deutschland",
                                                "languages": "English, español"})
    assert response.status_code == 302
    brief = session.query(Brief).one()
    assert brief.countries == ["GB", "DE"] and brief.languages == ["en", "es"]
    # A name that is no country is refused with what was typed, and nothing is stored.
    html = client.post("/briefs/new", data={"scope": "SEO for our shop", "countries": "Narnia"}).get_data(
        as_text=True)
    assert "Narnia" in html and session.query(Brief).count() == 1


def test_brief_submission_reaches_the_shortlist_behind_its_token(client, session):
    make_provider(session, "Harbor PR")
    session.commit()
    response = client.post(
        "/briefs/new",
        data={
            "scope": "Digital PR for a SaaS launch",
            "services": ["digital_pr"],
            "countries": "us",
            "languages": "EN",
        },
    )
    assert response.status_code == 302
    token = response.headers["Location"].rsplit("/", 1)[1]
    assert len(token) >= 40
    brief = session.query(Brief).one()
    assert brief.countries == ["US"] and brief.languages == ["en"] and brief.token == token
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Keep this page" in html and "Harbor PR offers the services you asked for." in html
    assert "semantic <strong>+0.350</strong>" in html and "Score <strong>0.80</strong>" in html
    # the tooltip reads the engine's factor shape (it once read a key the engine never wrote)
    assert 'title="value 0.70 × weight 0.50"' in html
    assert 'content="no-referrer"' in html and 'http-equiv="refresh"' not in html


def test_brief_page_states(client, session, rt):
    queued = create_brief(session, {"scope": "x"})
    failed = create_brief(session, {"scope": "y"})
    failed.status, failed.error = "failed", "Matching failed: boom"
    empty = create_brief(session, {"scope": "z"})
    empty.status, empty.empty_reason = "done", "No provider serves Antarctica."
    session.commit()
    html = _page(client, f"/briefs/{queued.token}")
    assert 'http-equiv="refresh"' in html and "queued" in html
    html = _page(client, f"/briefs/{failed.token}")
    assert "Matching failed" in html and "boom" not in html  # internal errors stay in the log
    assert "Retry matching" in html  # the retry the failure message promises
    assert "No provider serves Antarctica." in _page(client, f"/briefs/{empty.token}")
    _page(client, "/briefs/not-a-real-token", 404)


def test_user_text_is_escaped_everywhere(client, session):
    evil = "<script>alert(1)</script>"
    provider = make_provider(session, f"Evil {evil}", description=f"We are {evil} nice")
    brief = create_brief(session, {"scope": evil, "company": evil})
    brief.status = "done"
    session.add(
        MatchResult(
            brief_id=brief.id,
            provider_id=provider.id,
            rank=1,
            score=0.5,
            reasons={"summary": [evil], "factors": {evil: {"contribution": 0.1}}},
        )
    )
    make_account(session, "admin@example.com", "admin")
    session.commit()
    pages = [f"/providers/{provider.id}", "/providers", f"/briefs/{brief.token}"]
    for url in pages:
        html = _page(client, url)
        assert evil not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html, url
    login(client, "admin@example.com")
    html = _page(client, f"/admin/providers/{provider.id}")
    assert evil not in html and "&lt;script&gt;" in html


def test_forms_without_csrf_token_are_rejected(csrf_app):
    client = csrf_app.test_client()
    assert client.post("/briefs/new", data={"scope": "no token"}).status_code == 400
    assert client.post("/login", data={"email": "a@example.com", "password": "x"}).status_code == 400
    token = csrf_token(client.get("/briefs/new").get_data(as_text=True))
    response = client.post("/briefs/new", data={"scope": "", "csrf_token": token})
    assert response.status_code == 422  # past CSRF, stopped by validation


def test_role_checks(client, session):
    make_account(session, "p@example.com")
    make_account(session, "admin@example.com", "admin")
    provider = make_provider(session)
    session.commit()
    admin_urls = ["/admin/review", "/admin/audit", f"/admin/providers/{provider.id}"]
    for url in admin_urls + ["/account/profile", "/account/findings", "/account/questionnaire"]:
        response = client.get(url)
        assert response.status_code == 302 and "/login?next=" in response.headers["Location"], url
    login(client, "p@example.com")
    for url in admin_urls:
        assert client.get(url).status_code == 403, url
    decide = client.post(f"/admin/providers/{provider.id}/decide", data={"action": "suspend", "reason": "x"})
    assert decide.status_code == 403
    client.post("/logout")
    login(client, "admin@example.com")
    assert client.get("/account/profile").status_code == 403


def test_login_rate_limit_when_enabled(rt, tmp_path):
    settings = make_settings(tmp_path, extra={"ratelimit": "on"})
    app = create_app(settings=settings, runtime=rt)
    app.config["WTF_CSRF_ENABLED"] = False
    client = app.test_client()
    codes = [
        client.post("/login", data={"email": "x@example.com", "password": PASSWORD}).status_code
        for _ in range(11)
    ]
    assert codes[:10] == [401] * 10 and codes[10] == 429


def test_every_post_form_in_the_templates_carries_a_csrf_token():
    import re
    from pathlib import Path

    templates = Path(__file__).resolve().parents[2] / "web" / "templates"
    forms = 0
    for path in templates.rglob("*.html"):
        for form in re.findall(r"<form[^>]*method=\"post\".*?</form>", path.read_text(), re.S | re.I):
            forms += 1
            assert "csrf" in form, f"{path.name}: a POST form without a CSRF token"
    assert forms >= 8


def test_a_failed_brief_can_be_retried_from_its_page(client, session):
    make_provider(session, "Harbor PR")
    failed = create_brief(session, {"scope": "Digital PR for a SaaS launch"})
    failed.status, failed.error = "failed", "Matching failed: boom"
    session.commit()
    html = _page(client, f"/briefs/{failed.token}")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', html)
    form = {"csrf_token": csrf.group(1) if csrf else ""}
    response = client.post(f"/briefs/{failed.token}/retry", data=form)
    assert response.status_code == 302
    html = _page(client, f"/briefs/{failed.token}")
    assert "Harbor PR" in html and "Matching failed" not in html
    client.post(f"/briefs/{failed.token}/retry", data=form)
    assert "already matched" in _page(client, f"/briefs/{failed.token}")


def test_the_kept_link_comes_from_public_url_never_from_the_host_header(rt, tmp_path, session):
    brief = create_brief(session, {"scope": "x"})
    session.commit()
    forged = {"Host": "evil.example"}
    page = create_app(runtime=rt).test_client().get(f"/briefs/{brief.token}", headers=forged)
    html = page.get_data(as_text=True)
    assert "evil.example" not in html and f'value="/briefs/{brief.token}"' in html
    rt.settings = rt.settings.with_overrides(public_url="https://matcher.example")
    html = create_app(runtime=rt).test_client().get(f"/briefs/{brief.token}", headers=forged).get_data(
        as_text=True)
    assert f'value="https://matcher.example/briefs/{brief.token}"' in html and "evil.example" not in html


def test_private_pages_are_never_cached(client, session):
    make_account(session, "admin@example.com", role="admin")
    brief = create_brief(session, {"scope": "x"})
    session.commit()
    assert client.get(f"/briefs/{brief.token}").headers["Cache-Control"] == "no-store"
    assert "no-store" not in client.get("/providers").headers.get("Cache-Control", "")
    login(client, "admin@example.com")
    for url in ("/admin/review", "/admin/audit", "/account/security", "/providers"):
        assert client.get(url).headers["Cache-Control"] == "no-store", url


def test_the_market_names_the_forms_search_are_the_names_the_server_reads(client):
    from matcher.ranking.markets import country_code, language_code

    body = client.get("/markets.json").get_json()
    gb = next(c for c in body["countries"] if c["code"] == "GB")
    assert gb["name"] == "United Kingdom" and "uk" in gb["also"]
    es = next(c for c in body["languages"] if c["code"] == "es")
    assert "español" in es["also"]
    # Whatever the list offers, the form's field reads back as that code.
    assert all(country_code(c["name"]) == c["code"] for c in body["countries"])
    assert all(language_code(c["name"]) == c["code"] for c in body["languages"])
