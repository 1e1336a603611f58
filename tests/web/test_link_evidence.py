"""Providers attach clients' backlink exports: buyers see their shape, only the provider and admins their
rows, and what contradicts the provider's own words becomes a finding."""

from __future__ import annotations

import io
from pathlib import Path

from matcher.models import Finding, LinkEvidence, Provider, User
from tests.web.kit import PASSWORD, login, make_account, make_provider

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "backlinks"
RISKY = (SEEDS / "semrush_backlinks.csv").read_bytes()  # paid placements without rel=sponsored, a network
CLEAN = (SEEDS / "clean_semrush_backlinks.csv").read_bytes()


def _provider(session, email="fjord@example.com", description="We earn links by outreach to editors."):
    user = make_account(session, email)
    provider = make_provider(session, "Fjord Links", status="submitted", owner=user, description=description)
    session.commit()
    return user, provider


def _attach(client, data: bytes, client_domain="acme-dental.co.uk", consent=True, name="links.csv"):
    form = {"client_domain": client_domain, "file": (io.BytesIO(data), name)}
    if consent:
        form["consent"] = "1"
    return client.post("/account/evidence", data=form, content_type="multipart/form-data")


def test_a_clean_export_is_shown_to_buyers_and_raises_trust(client, session):
    _user, provider = _provider(session)
    login(client, "fjord@example.com", PASSWORD)
    before = session.get(Provider, provider.id).trust_score
    response = _attach(client, CLEAN)
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    session.expire_all()
    stored = session.query(LinkEvidence).one()
    assert stored.client_domain == "acme-dental.co.uk" and "agreed" in stored.consent_statement
    p = session.get(Provider, provider.id)
    assert p.evidence_clients == 1
    assert before is None or p.trust_score > before
    page = client.get("/account/evidence").get_data(as_text=True)
    assert "acme-dental.co.uk" in page and "referring domains" in page
    public = client.get(f"/providers/{provider.id}").get_data(as_text=True)
    assert "Links it built for clients" in public and "<svg" in public
    rows = client.get(f"/account/evidence/{stored.id}/rows.csv")
    assert rows.status_code == 200 and rows.data.startswith(b"line,source_url")


def test_an_export_that_contradicts_the_providers_words_is_a_finding(client, session):
    _provider(session, description="Honest outreach only. We never buy links.")
    login(client, "fjord@example.com", PASSWORD)
    assert _attach(client, RISKY).status_code == 302
    session.expire_all()
    found = session.query(Finding).filter(Finding.field == "evidence:acme-dental.co.uk",
                                          Finding.state == "open").all()
    assert {f.category for f in found} == {"paid_links"}
    assert "We never buy links" in found[0].evidence and "rows" in found[0].evidence
    provider = session.query(Provider).one()
    assert provider.status == "flagged" and provider.evidence_clients == 0
    findings_page = client.get("/account/findings").get_data(as_text=True)
    assert "Backlink export: acme-dental.co.uk" in findings_page


def test_the_rows_stay_with_the_provider_and_admins(client, session):
    _provider(session)
    login(client, "fjord@example.com", PASSWORD)
    _attach(client, CLEAN)
    evidence_id = session.query(LinkEvidence).one().id
    client.post("/logout")
    assert client.get(f"/account/evidence/{evidence_id}/rows.csv").status_code in (302, 401, 403)
    make_account(session, "other@example.com")
    make_provider(session, "Other", owner=session.query(User).filter_by(email="other@example.com").one())
    session.commit()
    login(client, "other@example.com", PASSWORD)
    assert client.get(f"/account/evidence/{evidence_id}/rows.csv").status_code == 404
    client.post("/logout")
    make_account(session, "admin@example.com", role="admin")
    session.commit()
    login(client, "admin@example.com", PASSWORD)
    assert client.get(f"/admin/evidence/{evidence_id}/rows.csv").status_code == 200
    review = client.get(f"/admin/providers/{session.query(LinkEvidence).one().provider_id}")
    assert "Footprint across its clients" in review.get_data(as_text=True)


def test_bad_attachments_are_explained_and_store_nothing(client, session):
    _provider(session)
    login(client, "fjord@example.com", PASSWORD)
    no_consent = _attach(client, CLEAN, consent=False)
    assert no_consent.status_code == 422
    assert "Confirm that the client agreed" in no_consent.get_data(as_text=True)
    other_site = _attach(client, CLEAN, client_domain="someone-else.example")
    assert other_site.status_code == 422
    assert "point to acme-dental.co.uk, not to someone-else.example" in other_site.get_data(as_text=True)
    not_export = _attach(client, b"<html><body>hello</body></html>")
    assert not_export.status_code == 422
    bad_domain = _attach(client, CLEAN, client_domain="https://acme-dental.co.uk/")
    assert bad_domain.status_code == 422 and "not a domain" in bad_domain.get_data(as_text=True)
    assert session.query(LinkEvidence).count() == 0


def test_a_removed_export_no_longer_counts(client, session):
    _provider(session)
    login(client, "fjord@example.com", PASSWORD)
    _attach(client, CLEAN)
    evidence_id = session.query(LinkEvidence).one().id
    assert client.post(f"/account/evidence/{evidence_id}/delete").status_code == 302
    session.expire_all()
    assert session.query(LinkEvidence).count() == 0
    assert session.query(Provider).one().evidence_clients == 0
