"""Helpers shared by the API tests: an app on the test runtime, accounts with tokens, valid payloads."""

from __future__ import annotations

from dataclasses import dataclass

from matcher.models import Provider
from matcher.usecases.accounts import create_user, issue_api_token
from matcher.usecases.providers import create_provider
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


def make_account(rt, email: str, role: str = "provider") -> Account:
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
