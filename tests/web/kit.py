"""The web tests' one kit of data builders (fixtures live in conftest.py): accounts for pages (a user in
the test's session) and for the API (with a bearer token), providers, findings, valid payloads, logins."""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.models import Finding, Provider
from matcher.questionnaire import load_questionnaire
from matcher.usecases.accounts import create_admin, create_user, issue_api_token
from matcher.usecases.providers import create_provider
from matcher.usecases.vetting import fingerprint
from web import create_app

PASSWORD = "correct horse battery"


@dataclass
class Account:
    id: int
    email: str
    role: str
    token: str

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}


def make_api_account(rt, email: str, role: str = "provider") -> Account:
    """An account committed through the runtime, with an API token (the API tests)."""
    with rt.db.session() as session:
        user = create_user(session, email, PASSWORD, role=role)
        token = issue_api_token(session, user)
        return Account(user.id, user.email, role, token)


def make_app(rt):
    app = create_app(runtime=rt)
    return app


def provider_payload(**overrides) -> dict:
    data = {
        "external_id": "p-test-1",
        "name": "Northwind Links",
        "website": "https://northwind.example",
        "description": "We earn editorial links for SaaS companies through digital PR and original research.",
        "services": ["link_building", "digital_pr"],
        "industries": ["saas"],
        "countries": ["US"],
        "languages": ["en"],
        "min_budget_usd": 2000,
        "max_budget_usd": 9000,
        "methodology": "Data studies pitched to journalists; every link is placed by an editor.",
        "case_studies": [{"title": "B2B SaaS", "industry": "saas", "summary": "Forty editorial mentions."}],
    }
    data.update(overrides)
    return data


def brief_payload(**overrides) -> dict:
    data = {
        "external_id": "b-test-1",
        "company": "Acme Analytics",
        "industry": "saas",
        "budget_min_usd": 2000,
        "budget_max_usd": 6000,
        "services": ["link_building"],
        "countries": ["US"],
        "languages": ["en"],
        "scope": "We need editorial links from SaaS and analytics publications for our product pages.",
        "timeline_weeks": 12,
    }
    data.update(overrides)
    return data


def add_provider(rt, status: str = "verified", owner_id: int | None = None, **overrides) -> int:
    """A provider stored directly (no vetting), with the given status."""
    with rt.db.session() as session:
        provider = create_provider(session, provider_payload(**overrides), status=status, owner_id=owner_id)
        return provider.id


def provider_count(rt) -> int:
    with rt.db.session() as session:
        return session.query(Provider).count()


def make_provider(session, name="Acme Links", status="verified", owner=None, **fields) -> Provider:
    data = {"name": name, "description": fields.pop("description", f"{name} builds links by outreach.")}
    data.update(fields)
    return create_provider(session, data, status=status, owner_id=owner.id if owner else None)


def make_account(session, email: str, role: str = "provider"):
    """A user in the test's open session (the page tests)."""
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


def mailed_link(rt, kind: str, to: str | None = None) -> str:
    """The path of the link in the newest mail of this kind (to this address), as a person would follow it."""
    from matcher.models import OutgoingMail

    with rt.db.session() as session:
        query = session.query(OutgoingMail).filter_by(kind=kind)
        if to:
            query = query.filter_by(to_address=to)
        body = query.order_by(OutgoingMail.id.desc()).first().body
    return re.search(r"https?://[^/\s]+(/\S+)", body).group(1)


def sign_up(client, email: str = "new@example.com", name: str = "Fresh Links", password: str = PASSWORD):
    """Sign up as a provider the whole way: the form, then the link mailed to the address (logged in)."""
    response = client.post("/signup", data={"email": email, "password": password, "name": name})
    assert response.status_code == 200 and "Check your email" in response.get_data(as_text=True)
    rt = client.application.extensions["matcher_runtime"]
    return client.post(mailed_link(rt, "signup_confirm", to=email.lower()))


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
