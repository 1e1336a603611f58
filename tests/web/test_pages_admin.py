"""Admin pages: the queue's order and filters, review actions and their audit trail."""

from __future__ import annotations

from datetime import timedelta

import pytest

from matcher.models import Brief, CurrencyRate, Finding, ReviewDecision, utcnow
from matcher.usecases.audit import record
from tests.web.kit import add_finding, login, make_account, make_provider

pytestmark = pytest.mark.usefixtures("fast_jobs")


@pytest.fixture
def admin_client(client, session):
    make_account(session, "admin@example.com", "admin")
    session.commit()
    login(client, "admin@example.com")
    return client


def _aged(session, provider, days: int):
    provider.created_at = utcnow() - timedelta(days=days)
    session.flush()


def test_queue_orders_by_severity_then_age_and_filters(admin_client, session):
    old_clean = make_provider(session, "Old Clean", status="submitted")
    new_high = make_provider(session, "New High", status="flagged", description="We guarantee 50 links.")
    old_high = make_provider(session, "Old High", status="flagged", description="Our PBN of 200 sites.")
    medium = make_provider(session, "Medium One", status="submitted", description="Our secret sauce.")
    make_provider(session, "Verified Already", status="verified")
    make_provider(session, "Draft Still", status="draft")
    for provider, days in ((old_clean, 30), (new_high, 1), (old_high, 20), (medium, 10)):
        _aged(session, provider, days)
    add_finding(session, new_high, "guarantee 50 links")
    add_finding(session, old_high, "PBN of 200 sites", category="pbn")
    add_finding(session, medium, "secret sauce", category="undisclosed_methods", severity="medium")
    session.commit()
    html = admin_client.get("/admin/review").get_data(as_text=True)
    names = ["Old High", "New High", "Medium One", "Old Clean"]
    positions = [html.index(n) for n in names]
    assert positions == sorted(positions) and "Verified Already" not in html and "Draft Still" not in html
    html = admin_client.get("/admin/review?severity=medium").get_data(as_text=True)
    assert "Medium One" in html and "Old High" not in html
    html = admin_client.get("/admin/review?category=pbn").get_data(as_text=True)
    assert "Old High" in html and "New High" not in html
    html = admin_client.get("/admin/review?status=submitted").get_data(as_text=True)
    assert "Old Clean" in html and "Old High" not in html
    html = admin_client.get("/admin/review?severity=bogus").get_data(as_text=True)
    assert "Unknown severity" in html and "Old High" in html


def test_review_page_marks_evidence_and_actions_are_audited(admin_client, session):
    owner = make_account(session, "p@example.com")
    provider = make_provider(
        session,
        "Shady <Links>",
        status="flagged",
        owner=owner,
        description="Fast results: we guarantee 50 backlinks & page one.",
    )
    finding = add_finding(session, provider, "we guarantee 50 backlinks")
    session.commit()
    html = admin_client.get(f"/admin/providers/{provider.id}").get_data(as_text=True)
    assert "Fast results: <mark>we guarantee 50 backlinks</mark> &amp; page one." in html
    assert "Shady &lt;Links&gt;" in html

    # Verifying with a high finding open is refused by the use case: shown as a message, nothing logged.
    response = admin_client.post(
        f"/admin/providers/{provider.id}/decide", data={"action": "verify"}, follow_redirects=True
    )
    assert "high-severity finding(s) are still open" in response.get_data(as_text=True)
    assert session.query(ReviewDecision).count() == 0

    # A dismissal needs a reason.
    response = admin_client.post(
        f"/admin/providers/{provider.id}/decide",
        data={"action": "dismiss_finding", "finding_id": str(finding.id)},
        follow_redirects=True,
    )
    assert "Please give a reason" in response.get_data(as_text=True)

    steps = [
        {
            "action": "dismiss_finding",
            "finding_id": str(finding.id),
            "reason": "A refund offer, not a promise.",
        },
        {"action": "request_changes", "reason": "Please remove the word guarantee."},
        {"action": "suspend", "reason": "Complaints from two buyers."},
    ]
    for data in steps:
        assert admin_client.post(f"/admin/providers/{provider.id}/decide", data=data).status_code == 302
    session.expire_all()
    log = session.query(ReviewDecision).order_by(ReviewDecision.id).all()
    assert [e.action for e in log] == ["dismiss_finding", "clear_flag", "request_changes", "suspend"]
    assert all(e.actor_label == "admin@example.com" for e in log)
    assert session.get(Finding, finding.id).state == "dismissed"
    html = admin_client.get(f"/admin/providers/{provider.id}").get_data(as_text=True)
    assert "Complaints from two buyers." in html and "Please remove the word guarantee." in html
    assert "Reinstate" in html and 'value="verify"' not in html
    audit = admin_client.get("/admin/audit").get_data(as_text=True)
    assert "A refund offer, not a promise." in audit and "suspended" in audit


def test_unknown_action_and_provider(admin_client, session):
    provider = make_provider(session, "Anyone", status="submitted")
    session.commit()
    response = admin_client.post(
        f"/admin/providers/{provider.id}/decide", data={"action": "explode"}, follow_redirects=True
    )
    assert "Unknown action." in response.get_data(as_text=True)
    assert admin_client.get("/admin/providers/999999").status_code == 404


def test_audit_log_is_paginated(admin_client, session):
    provider = make_provider(session, "Busy", status="submitted")
    for i in range(55):
        record(session, provider, "submit", actor_label="system", reason=f"entry {i:02d}")
    session.commit()
    first = admin_client.get("/admin/audit").get_data(as_text=True)
    assert "entry 54" in first and "entry 04" not in first and "of 55" in first
    second = admin_client.get("/admin/audit?page=2").get_data(as_text=True)
    assert "entry 04" in second and "entry 54" not in second


def test_queue_shows_the_progress_of_a_bulk_import(admin_client, session):
    from datetime import timedelta

    from matcher.models import BulkRun

    providers = [make_provider(session, f"Imported {i}", status="submitted") for i in range(4)]
    for p in providers[:3]:  # three of four vetted and indexed at their current version
        p.vetted_version = p.indexed_version = p.content_version
    session.add(BulkRun(total=4, started_at=utcnow() - timedelta(seconds=30)))
    session.commit()
    html = admin_client.get("/admin/review").get_data(as_text=True)
    assert "Vetting and indexing: 1 of 4 providers waiting" in html
    assert 'max="4" value="3"' in html and "0.1 a second" in html and "min left" in html
    providers[3].vetted_version = providers[3].indexed_version = providers[3].content_version
    session.commit()
    assert "Vetting and indexing" not in admin_client.get("/admin/review").get_data(as_text=True)


def test_the_admin_sets_the_exchange_rates_new_briefs_use(admin_client, app, session):
    client_as_buyer = app.test_client()
    page = admin_client.get("/admin/rates").get_data(as_text=True)
    assert 'value="1.08"' in page and "the built-in default" in page
    bad = admin_client.post("/admin/rates", data={"EUR": "-3", "GBP": "abc"})
    html = bad.get_data(as_text=True)
    assert bad.status_code == 422 and "between 0.01 and 100" in html and "Not a valid number" in html
    assert session.query(CurrencyRate).count() == 0  # nothing changed
    ok = admin_client.post("/admin/rates", data={"EUR": "1.15", "GBP": "1.27"}, follow_redirects=True)
    assert "Rates saved (EUR)" in ok.get_data(as_text=True)
    # A buyer's budget in euros is shown in euros and compared at the new rate.
    sent = client_as_buyer.post("/briefs/new", data={"scope": "Link building for our SaaS product",
                                                     "currency": "EUR", "budget_min_usd": "2000",
                                                     "budget_max_usd": "5000"})
    brief = session.query(Brief).one()
    assert sent.status_code == 302 and brief.currency == "EUR" and brief.usd_rate == 1.15
    html = client_as_buyer.get(sent.headers["Location"]).get_data(as_text=True)
    assert "€2,000–€5,000 a month (at EUR 1 = US$1.15)" in html


def test_only_admins_set_rates(client, session):
    make_account(session, "p@example.com")
    session.commit()
    login(client, "p@example.com")
    assert client.post("/admin/rates", data={"EUR": "9"}).status_code in (302, 403)
    assert session.query(CurrencyRate).count() == 0
