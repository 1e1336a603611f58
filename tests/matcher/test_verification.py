"""What a buyer is told "verified" means for a provider: who decided and when, the trust score's parts in
words (the same parts the ranking's score adds up), and only the questionnaire answers marked for buyers."""

from __future__ import annotations

import pytest

from matcher.models import Finding, QuestionnaireResponse, utcnow
from matcher.questionnaire import load_questionnaire
from matcher.usecases.accounts import create_user
from matcher.usecases.audit import change_status
from matcher.usecases.providers import create_provider
from matcher.usecases.reviews import decide
from matcher.usecases.verification import public_answers, verification, verifying_decisions
from matcher.usecases.vetting import trust_parts, trust_score

ANSWERS = {
    "guarantees": "no",
    "guarantees_explanation": "We commit to a monthly plan of outreach and report every link we win.",
    "client_references": "Jane Roe, CMO at Example Ltd, jane@example.com",
    "link_methods": ["digital_pr"],
}


def _provider(session, **fields):
    data = {"name": "Acme", "description": "We earn links through digital PR for SaaS companies.", **fields}
    return create_provider(session, data, status="submitted")


def _answer(provider, answers=ANSWERS):
    provider.responses.append(QuestionnaireResponse(version=1, questionnaire_version=1, submitted_at=utcnow(),
                                                    answers=answers))


def test_the_parts_add_up_to_the_score_the_ranking_uses_and_say_why(session):
    provider = _provider(session, methodology=" ".join(["word"] * 40))
    _answer(provider)
    high = Finding(category="pbn", severity="high", state="open")
    medium = Finding(category="paid_links", severity="medium", state="open")
    parts = {p.key: p for p in trust_parts(provider, [high, medium])}
    score = trust_score(provider, [high, medium])
    assert sum(p.points for p in parts.values()) == pytest.approx(score, abs=1e-3)
    assert parts["red_flags"].points == pytest.approx(0.6 * 0.3)
    assert "1 high-severity finding and 1 medium-severity finding still open" in parts["red_flags"].why
    assert parts["methodology"].points == pytest.approx(0.1) and "40 words" in parts["methodology"].why
    required = [q for q in load_questionnaire().questions if q.get("required")]
    answered = sum(q["key"] in ANSWERS for q in required)
    assert f"answered {answered} of the {len(required)} required questions" in parts["questionnaire"].why
    assert parts["case_studies"].points == 0 and parts["link_evidence"].points == 0
    assert all(0 <= p.points <= p.most for p in parts.values())
    assert "No red flag is open" in trust_parts(provider, [])[0].why


def test_buyers_read_only_the_answers_marked_for_them_in_the_providers_words(session):
    provider = _provider(session)
    assert public_answers(provider) == []
    _answer(provider)
    shown = {a.question["key"]: a.value for a in public_answers(provider)}
    assert shown["guarantees_explanation"] == ANSWERS["guarantees_explanation"]
    assert shown["guarantees"] == "no" and shown["link_methods"] == ["digital_pr"]
    assert "client_references" not in shown  # contacts are for our reviewers


def test_who_verified_a_provider_a_reviewer_or_the_automatic_checks_alone(session):
    admin = create_user(session, "admin@example.com", "correct horse battery", role="admin")
    reviewed, automatic, waiting = _provider(session), _provider(session), _provider(session)
    decide(session, reviewed.id, "verify", admin)
    change_status(session, automatic, "verified", "verify", actor_label="seed loader")
    session.flush()
    decisions = verifying_decisions(session, [reviewed.id, automatic.id, waiting.id])
    assert decisions[reviewed.id].by_person and not decisions[automatic.id].by_person
    assert waiting.id not in decisions
    assert verification(session, waiting).decision is None
    # Verified, then suspended: the old decision no longer speaks for it.
    decide(session, reviewed.id, "suspend", admin, reason="Sold links")
    assert verification(session, reviewed).decision is None
