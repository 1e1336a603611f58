"""Fixtures for the page tests: the app on the test runtime, logged-in clients, quick data builders."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from matcher.models import Brief, Finding, Provider
from matcher.questionnaire import load_questionnaire
from matcher.ranking.shortlist import factor
from matcher.usecases.accounts import create_admin, create_user
from matcher.usecases.briefs import store_matches
from matcher.usecases.providers import create_provider
from matcher.usecases.vetting import fingerprint
from web import create_app

PASSWORD = "correct horse battery"


@pytest.fixture
def app(rt):
    """The app on the test runtime; CSRF off so tests post forms directly (one test turns it back on)."""
    app = create_app(runtime=rt)
    app.config["WTF_CSRF_ENABLED"] = False
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def csrf_app(rt):
    """The app exactly as configured for production: CSRF protection on."""
    return create_app(runtime=rt)


@pytest.fixture
def fast_jobs(monkeypatch):
    """Stand-ins for the slow engines: vetting/indexing is recorded, matching stores a fixed shortlist.

    Returns the record of provider ids sent for re-vetting.
    """
    from matcher import jobs
    from matcher.jobs import tasks
    from matcher.runtime import current

    revetted: list[int] = []
    monkeypatch.setattr(jobs, "process_providers", lambda _rt, ids, *_a, **_k: revetted.extend(ids))

    def fake_match(brief_id: int) -> str:
        with current().db.session() as session:
            brief = session.get(Brief, brief_id)
            providers = (
                session.query(Provider).filter(Provider.status == "verified").order_by(Provider.id).all()
            )
            matches = [
                SimpleNamespace(
                    provider_id=p.id,
                    score=0.8 - i / 10,
                    reasons={
                        "summary": [f"{p.name} offers the services you asked for."],
                        # the engine's own factor shape
                        "factors": {"semantic": factor(0.7, 0.5), "services": factor(1.0, 0.2)},
                    },
                )
                for i, p in enumerate(providers)
            ]
            empty = None if matches else "No verified provider offers these services yet."
            store_matches(session, brief, SimpleNamespace(matches=matches, empty_reason=empty))
        return "done"

    monkeypatch.setattr(tasks, "match_brief", fake_match)
    return revetted


def make_provider(session, name="Acme Links", status="verified", owner=None, **fields) -> Provider:
    data = {"name": name, "description": fields.pop("description", f"{name} builds links by outreach.")}
    data.update(fields)
    return create_provider(session, data, status=status, owner_id=owner.id if owner else None)


def make_account(session, email: str, role: str = "provider"):
    if role == "admin":
        return create_admin(session, email, PASSWORD)[0]
    return create_user(session, email, PASSWORD, role=role)


def add_finding(
    session,
    provider,
    evidence: str,
    field: str = "description",
    category="guaranteed_link_count",
    severity="high",
    reason="Promises a number of links.",
) -> Finding:
    text = getattr(provider, field) if "." not in field else ""
    start = text.find(evidence)
    finding = Finding(
        provider_id=provider.id,
        category=category,
        severity=severity,
        field=field,
        span_start=max(start, 0),
        span_end=max(start, 0) + len(evidence),
        evidence=evidence,
        reason=reason,
        fingerprint=fingerprint(category, field, evidence),
    )
    session.add(finding)
    session.flush()
    return finding


def login(client, email: str, password: str = PASSWORD):
    return client.post("/login", data={"email": email, "password": password})


def csrf_token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def full_answers(**overrides) -> dict:
    """A complete, valid questionnaire as form fields (q_<key>)."""
    form = {}
    for q in load_questionnaire().questions:
        if q["type"] == "choice":
            value = q["choices"][0]["value"]
        elif q["type"] == "multichoice":
            value = [q["choices"][0]["value"]]
        elif q["type"] == "url_list":
            value = "https://example.com/coverage-1\nhttps://example.org/coverage-2"
        else:
            value = f"An honest answer about {q['key'].replace('_', ' ')}."
        form["q_" + q["key"]] = value
    form.update({"q_" + k: v for k, v in overrides.items()})
    return form
