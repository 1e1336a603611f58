"""The verification questionnaire: drafts, and versioned submissions that send a provider to review.

A provider has at most one draft (a response without submitted_at). Submitting turns the draft into the
next version; earlier submitted versions are kept as they were, so reviewers can see what changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from matcher.events import ProvidersChanged
from matcher.models import Provider, QuestionnaireResponse, User, utcnow
from matcher.questionnaire import load_questionnaire
from matcher.usecases.audit import change_status, record
from matcher.usecases.errors import NotFound, UseCaseError
from matcher.usecases.providers import lock_for_update

if TYPE_CHECKING:
    from matcher.unit_of_work import UnitOfWork


def current_answers(provider: Provider) -> dict[str, Any]:
    """What the form should show: the draft if there is one, else the latest submission."""
    response = provider.draft_response or provider.latest_submitted_response
    return dict(response.answers or {}) if response else {}


def _next_version(provider: Provider) -> int:
    return max((r.version for r in provider.responses), default=0) + 1


def _draft(provider: Provider) -> QuestionnaireResponse:
    draft = provider.draft_response
    if draft is None:
        draft = QuestionnaireResponse(
            version=_next_version(provider), questionnaire_version=load_questionnaire().version, answers={}
        )
        provider.responses.append(draft)
    return draft


def save_draft(session: Session, provider: Provider, answers: dict[str, Any]) -> QuestionnaireResponse:
    """Keep validated (possibly incomplete) answers as the provider's draft; nothing is vetted yet."""
    lock_for_update(session, provider)  # two tabs saving at once must not make two drafts or one version
    draft = _draft(provider)
    draft.answers = dict(answers)
    draft.questionnaire_version = load_questionnaire().version
    session.flush()
    return draft


def submit_answers(uow: UnitOfWork, provider_id: int, user_id: int, answers: dict[str, Any]) -> Provider:
    """Submit complete answers as a new version; a draft provider goes to review; then re-vet it."""
    with uow:
        session = uow.session
        provider = session.get(Provider, provider_id)
        if provider is None:
            raise NotFound(f"No provider with id {provider_id}.")
        if not (provider.description or "").strip():
            raise UseCaseError(
                "Please describe your company on your profile before submitting.",
                {"description": ["Required before submitting."]},
            )
        response = save_draft(session, provider, answers)
        response.submitted_at = utcnow()
        # The questionnaire is matchable, vetted content: the version tells jobs and the index to redo it.
        provider.content_version = (provider.content_version or 1) + 1
        actor = session.get(User, user_id)
        reason = f"Questionnaire version {response.version} submitted."
        if provider.status == "draft":
            change_status(session, provider, "submitted", "submit", actor=actor, reason=reason)
        else:
            record(
                session,
                provider,
                "submit",
                actor=actor,
                reason=reason,
                from_status=provider.status,
                to_status=provider.status,
            )
        # Vetted after the commit, so a vetting failure cannot lose the submission.
        uow.record(ProvidersChanged((provider_id,)))
    with uow.rt.db.session() as session:
        provider = session.get(Provider, provider_id)
        session.expunge(provider)
    return provider
