"""What "verified" means for one provider, as a buyer reads it: who decided and when (one of our reviewers,
or the automatic checks alone), the questionnaire answers providers agree to show buyers, and the trust
score part by part. The public profile shows all of it; a shortlist card shows its first line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.models import Provider, ReviewDecision
from matcher.questionnaire import load_questionnaire
from matcher.usecases.vetting import TrustPart, open_findings, trust_parts


@dataclass(frozen=True)
class Decision:
    """The decision that verified a provider."""

    at: datetime
    by_person: bool  # one of our reviewers; False: the automatic checks alone (sample data)


@dataclass(frozen=True)
class Answer:
    question: dict  # the questionnaire's question (its label and choices)
    value: object  # as stored: text, a choice's value or a list of them


@dataclass(frozen=True)
class Verification:
    status: str
    decision: Decision | None
    answers: list[Answer]
    parts: list[TrustPart]
    answered_at: datetime | None  # when the answers shown were submitted

    @property
    def trust(self) -> int:
        """Out of 100, as the ranking uses it (vetting.trust_score is the same sum, capped)."""
        return round(100 * min(1.0, sum(p.points for p in self.parts)))


def verifying_decisions(session: Session, provider_ids: list[int]) -> dict[int, Decision]:
    """Each provider's latest decision that made it verified, in one query (a shortlist's cards)."""
    if not provider_ids:
        return {}
    rows = session.execute(
        select(ReviewDecision.provider_id, ReviewDecision.created_at, ReviewDecision.actor_id)
        .where(ReviewDecision.provider_id.in_(provider_ids), ReviewDecision.to_status == "verified")
        .order_by(ReviewDecision.created_at, ReviewDecision.id)
    )
    # A decision by a signed-in admin has its actor; the seed loader's and the system's have none.
    return {pid: Decision(at, actor_id is not None) for pid, at, actor_id in rows}


def public_answers(provider: Provider) -> list[Answer]:
    """The latest submitted questionnaire's answers to the questions marked `public` (the form tells the
    provider which ones buyers read), as stored (the pages show a choice in the words the provider picked)."""
    response = provider.latest_submitted_response
    if response is None:
        return []
    answers = response.answers or {}
    return [Answer(q, answers[q["key"]]) for q in load_questionnaire().questions
            if q.get("public") and answers.get(q["key"]) not in (None, "", [])]


def verification(session: Session, provider: Provider) -> Verification:
    decision = None
    if provider.status == "verified":
        decision = verifying_decisions(session, [provider.id]).get(provider.id)
    response = provider.latest_submitted_response
    return Verification(
        status=provider.status,
        decision=decision,
        answers=public_answers(provider),
        parts=trust_parts(provider, open_findings(session, provider.id)),
        answered_at=response.submitted_at if response is not None else None,
    )
