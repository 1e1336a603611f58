"""The data layer on SQLite and on the real PostgreSQL."""

import json

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from matcher.models import (
    AuditLogIsAppendOnly,
    Brief,
    Finding,
    Provider,
    QuestionnaireResponse,
    ReviewDecision,
)
from matcher.usecases.audit import record
from matcher.usecases.briefs import create_brief
from matcher.usecases.providers import create_provider, find_by_external_id, import_providers

BASE = {"external_id": "p1", "name": "Acme SEO", "description": "We earn links through digital PR."}


def test_provider_round_trip_keeps_every_field(any_runtime):
    data = dict(
        BASE,
        website="https://acme.example",
        services=["link_building", "digital_pr"],
        industries=["saas"],
        countries=["US", "GB"],
        languages=["en"],
        min_budget_usd=1500,
        max_budget_usd=9000,
        hourly_rate_usd=120,
        team_size=8,
        founded_year=2014,
        methodology="Outreach to journalists with original data.",
        case_studies=[{"title": "SaaS launch", "industry": "saas", "summary": "40 links in a quarter."}],
    )
    with any_runtime.db.session() as s:
        create_provider(s, data)
    with any_runtime.db.session() as s:
        p = find_by_external_id(s, "p1")
        assert p.services == ["link_building", "digital_pr"]
        assert p.countries == ["US", "GB"]
        assert (p.min_budget_usd, p.max_budget_usd, p.team_size, p.founded_year) == (1500, 9000, 8, 2014)
        assert p.case_studies[0].summary == "40 links in a quarter."
        assert p.status == "submitted" and p.content_version == 1


def test_import_updates_by_external_id_instead_of_duplicating(any_runtime):
    def run(*rows):
        with any_runtime.db.session() as s:
            report = import_providers(s, [json.dumps(r) for r in rows])
            assert report.ok, report.errors
            return report

    first = run(BASE)
    assert len(first.created) == 1 and not first.updated
    again = run(BASE, dict(BASE, external_id="p2", name="Second"))
    assert again.unchanged == first.created and len(again.created) == 1
    changed = run(dict(BASE, description="Changed text", services=["seo_audit"]))
    assert changed.updated == first.created
    with any_runtime.db.session() as s:
        assert len(s.scalars(select(Provider)).all()) == 2
        p = find_by_external_id(s, "p1")
        assert p.services == ["seo_audit"] and p.content_version == 2
        assert find_by_external_id(s, "p2").name == "Second"


def test_external_id_is_unique(any_runtime):
    with pytest.raises(IntegrityError):
        with any_runtime.db.session() as s:
            s.add_all([Provider(name="a", external_id="x"), Provider(name="b", external_id="x")])
            s.flush()


def test_questionnaire_resubmission_keeps_old_answers(any_runtime):
    with any_runtime.db.session() as s:
        p = create_provider(s, BASE)
        s.add(QuestionnaireResponse(provider_id=p.id, version=1, answers={"link_sources": "old"}))
        s.add(QuestionnaireResponse(provider_id=p.id, version=2, answers={"link_sources": "new"}))
    with any_runtime.db.session() as s:
        p = find_by_external_id(s, "p1")
        assert [r.answers["link_sources"] for r in p.responses] == ["old", "new"]


def test_audit_log_is_append_only(any_runtime):
    with any_runtime.db.session() as s:
        p = create_provider(s, BASE)
        entry = record(s, p, "verify", actor_label="admin@example.com", reason="ok")
        s.flush()
        entry_id = entry.id
    with pytest.raises(AuditLogIsAppendOnly):
        with any_runtime.db.session() as s:
            s.get(ReviewDecision, entry_id).reason = "rewritten"
    with pytest.raises(AuditLogIsAppendOnly):
        with any_runtime.db.session() as s:
            s.delete(s.get(ReviewDecision, entry_id))
    with any_runtime.db.session() as s:
        assert s.get(ReviewDecision, entry_id).reason == "ok"


def test_brief_tokens_are_unguessable_and_distinct(any_runtime):
    with any_runtime.db.session() as s:
        a = create_brief(s, {"scope": "Links for our dental clinics", "services": ["link_building"]})
        b = create_brief(s, {"scope": "Another brief"})
        assert a.token != b.token and len(a.token) >= 40
        assert a.status == "queued" and a.services == ["link_building"]
    with any_runtime.db.session() as s:
        assert s.scalar(select(Brief).where(Brief.token == a.token)).scope.startswith("Links")


def test_deleting_a_provider_removes_its_findings(any_runtime):
    with any_runtime.db.session() as s:
        p = create_provider(s, BASE)
        s.add(
            Finding(
                provider_id=p.id,
                category="pbn",
                severity="high",
                field="description",
                span_start=0,
                span_end=3,
                evidence="We ",
                reason="r",
                fingerprint="f",
            )
        )
    with any_runtime.db.session() as s:
        s.delete(find_by_external_id(s, "p1"))
    with any_runtime.db.session() as s:
        assert s.scalars(select(Finding)).all() == []
