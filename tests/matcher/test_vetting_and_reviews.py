"""The use cases directly: vetting's state machine and trust formula, and admin review transitions."""

from __future__ import annotations

import pytest

from matcher.models import Finding, Provider, QuestionnaireResponse, ReviewDecision, utcnow
from matcher.usecases.accounts import create_user
from matcher.usecases.errors import Conflict, UseCaseError
from matcher.usecases.providers import create_provider
from matcher.usecases.reviews import decide
from matcher.usecases.vetting import trust_score, vet_provider

HONEST = "We earn links through digital PR and outreach to editors of trade publications."
RISKY = "We guarantee first page rankings on Google for any keyword within 30 days, or your money back."


def _provider(session, description=HONEST, status="submitted", **fields) -> Provider:
    return create_provider(session, {"name": "Acme", "description": description, **fields}, status=status)


def test_a_risky_claim_flags_the_provider_and_removing_it_clears_the_flag(session):
    provider = _provider(session, RISKY)
    outcome = vet_provider(session, provider)
    assert outcome.status == "flagged" and outcome.open_high >= 1 and outcome.opened >= 1
    # "first page ... within 30 days" may also read as an unrealistic timeline; the ranking promise is the one
    finding = session.query(Finding).filter_by(
        provider_id=provider.id, state="open", category="guaranteed_rankings"
    ).first()
    assert finding is not None and finding.stance == "offer"
    assert RISKY[finding.span_start : finding.span_end] == finding.evidence

    provider.description = HONEST
    outcome = vet_provider(session, provider)
    assert outcome.status == "submitted" and outcome.closed >= 1 and outcome.open_high == 0
    assert session.get(Finding, finding.id).state == "closed"  # closed, never deleted


def test_admin_states_are_not_changed_by_vetting(session):
    provider = _provider(session, RISKY, status="suspended")
    assert vet_provider(session, provider).status == "suspended"


def test_a_dismissal_stands_when_the_same_claim_is_vetted_again(session):
    admin = create_user(session, "admin@example.com", "correct horse battery", role="admin")
    provider = _provider(session, RISKY)
    vet_provider(session, provider)
    # the claim may give more than one finding (a ranking promise with a deadline): each is dismissed
    found = session.query(Finding).filter_by(provider_id=provider.id, state="open").all()
    for finding in found:
        decide(
            session,
            provider.id,
            "dismiss_finding",
            admin,
            reason="Quoted from a competitor",
            finding_id=finding.id,
        )
    assert vet_provider(session, provider).open_high == 0
    assert all(session.get(Finding, f.id).state == "dismissed" for f in found)


def test_ticked_risky_answers_are_findings(session):
    provider = _provider(session)
    provider.responses.append(
        QuestionnaireResponse(
            version=1,
            questionnaire_version=1,
            submitted_at=utcnow(),
            answers={
                "guarantees": "rankings",
                "paid_placements": "regularly",
                "link_methods": ["directories"],
            },
        )
    )
    session.flush()
    vet_provider(session, provider)
    found = {
        (f.field, f.category, f.evidence) for f in session.query(Finding).filter_by(provider_id=provider.id)
    }
    assert ("guarantees", "guaranteed_rankings", "We guarantee rankings or positions") in found
    assert (
        "paid_placements",
        "paid_links",
        "Yes, paid placements are a regular part of our service",
    ) in found
    assert provider.status == "flagged"


def test_trust_formula(session):
    provider = _provider(session, methodology=" ".join(["word"] * 80))
    open_high = Finding(category="pbn", severity="high", state="open")
    dismissed = Finding(category="pbn", severity="high", state="dismissed")
    # clean 1.0, disclosure 0.5 (methodology only): 0.6 * 1 + 0.4 * 0.5
    assert trust_score(provider, []) == pytest.approx(0.8)
    assert trust_score(provider, [dismissed]) == pytest.approx(0.8)
    # one open high finding halves "clean"
    assert trust_score(provider, [open_high]) == pytest.approx(0.6 * 0.5 + 0.4 * 0.5)


def test_review_transitions_follow_the_table_and_are_logged(session):
    admin = create_user(session, "admin@example.com", "correct horse battery", role="admin")
    provider = _provider(session)
    with pytest.raises(UseCaseError):
        decide(session, provider.id, "suspend", admin)  # a reason is required
    decide(session, provider.id, "verify", admin)
    assert provider.status == "verified"
    with pytest.raises(Conflict):
        decide(session, provider.id, "reinstate", admin, reason="not suspended")
    decide(session, provider.id, "suspend", admin, reason="Complaint under investigation")
    decide(session, provider.id, "reinstate", admin, reason="Complaint withdrawn")
    assert provider.status == "submitted"
    actions = [d.action for d in session.query(ReviewDecision).filter_by(provider_id=provider.id)]
    assert actions[-3:] == ["verify", "suspend", "reinstate"]


def test_verify_is_refused_while_a_high_finding_is_open(session):
    admin = create_user(session, "admin@example.com", "correct horse battery", role="admin")
    provider = _provider(session, RISKY)
    vet_provider(session, provider)
    with pytest.raises(Conflict, match="still open"):
        decide(session, provider.id, "verify", admin)


def test_a_spanish_link_seller_is_flagged_with_its_evidence_and_still_read_by_a_person(session):
    text = ("Vendemos enlaces dofollow en más de 400 periódicos digitales de España, desde 60 euros por "
            "artículo publicado con tu enlace.")
    provider = _provider(session, text)
    outcome = vet_provider(session, provider)
    assert outcome.status == "flagged" and outcome.open_high >= 1
    open_ = {f.category: f for f in session.query(Finding).filter_by(provider_id=provider.id, state="open")}
    assert set(open_) == {"paid_links", "needs_human_reading"}
    assert text[open_["paid_links"].span_start : open_["paid_links"].span_end] == open_["paid_links"].evidence
    assert "reviewer reads it in full" in open_["needs_human_reading"].reason


def test_an_honest_spanish_profile_waits_for_a_person_without_a_claim(session):
    text = ("Somos una agencia de Sevilla: auditorías técnicas, contenidos y relaciones públicas digitales "
            "para conseguir menciones en medios de calidad.")
    provider = _provider(session, text)
    outcome = vet_provider(session, provider)
    assert outcome.open_high == 0 and outcome.status == "submitted"
    open_ = session.query(Finding).filter_by(provider_id=provider.id, state="open").all()
    assert [f.category for f in open_] == ["needs_human_reading"]
