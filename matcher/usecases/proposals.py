"""Proposal requests: from a brief's shortlist to a conversation. The buyer asks a few shortlisted
providers for a proposal (its contact details go with it only if it chose so); each provider accepts with
a reply or declines with a reason; both sides are told by mail. A provider's contact details reach the
buyer once it accepts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.models import Brief, MatchResult, Proposal, Provider, User, utcnow
from matcher.usecases.errors import Conflict, NotFound, UseCaseError
from matcher.usecases.mailing import queue_mail
from matcher.usecases.notifications import SIGNATURE

if TYPE_CHECKING:
    from matcher.unit_of_work import UnitOfWork

MAX_PER_BRIEF = 5


def request_proposals(uow: UnitOfWork, brief_id: int, data: dict, inbox_link: str) -> list[Proposal]:
    """Ask the chosen providers (`data`: ProposalRequestSchema's output) for a proposal. Each must be on
    the brief's shortlist; a brief asks at most MAX_PER_BRIEF providers in all."""
    with uow:
        session = uow.session
        brief = session.get(Brief, brief_id)
        if brief is None:
            raise NotFound(f"No brief with id {brief_id}.")
        listed = set(session.scalars(select(MatchResult.provider_id).where(MatchResult.brief_id == brief_id)))
        asked = {p.provider_id for p in brief_proposals(session, brief_id)}
        wanted = list(dict.fromkeys(data["provider_ids"]))
        outside = [pid for pid in wanted if pid not in listed]
        if outside:
            messages = [f"Provider {pid} is not on this shortlist." for pid in outside]
            raise UseCaseError("Ask only providers on this brief's shortlist.", {"provider_ids": messages})
        new = [pid for pid in wanted if pid not in asked]
        if not new:
            raise Conflict("You have already asked these providers.")
        if len(asked) + len(new) > MAX_PER_BRIEF:
            raise UseCaseError(f"A brief can ask at most {MAX_PER_BRIEF} providers for a proposal.",
                               {"provider_ids": [f"Choose at most {MAX_PER_BRIEF - len(asked)} more."]})
        made = []
        for pid in new:
            proposal = Proposal(brief_id=brief_id, provider_id=pid, message=data.get("message") or "",
                                share_contact=bool(data.get("share_contact")), state="sent")
            session.add(proposal)
            made.append(proposal)
            owner = _owner(session, pid)
            if owner is not None:
                queue_mail(uow, owner.email, "A buyer asks you for a proposal",
                           f"A buyer{' (' + brief.company + ')' if brief.company else ''} found you on its "
                           f"shortlist and asks for a proposal:\n\n{brief.scope[:1500]}\n\n"
                           + (f"Their message: {data['message']}\n\n" if data.get("message") else "")
                           + f"Accept with a reply or decline with a reason here:\n{inbox_link}" + SIGNATURE,
                           "proposal_request")
        session.flush()
        for proposal in made:
            session.expunge(proposal)
    return made


def brief_proposals(session: Session, brief_id: int) -> list[Proposal]:
    return list(session.scalars(select(Proposal).where(Proposal.brief_id == brief_id).order_by(Proposal.id)))


def provider_proposals(session: Session, provider_id: int, mark_viewed: bool = True) -> list[Proposal]:
    """The provider's requests, newest first; opening them marks the new ones viewed (the buyer sees it)."""
    items = list(session.scalars(select(Proposal).where(Proposal.provider_id == provider_id)
                                 .order_by(Proposal.id.desc())))
    if mark_viewed:
        for item in items:
            if item.state == "sent":
                item.state = "viewed"
        session.commit()
    return items


def answer(uow: UnitOfWork, provider_id: int, proposal_id: int, accept: bool, message: str,
           brief_link: Callable[[str], str]) -> None:
    """Accept with a reply or decline with a reason (`message`, required to decline); the buyer is mailed."""
    with uow:
        proposal = uow.session.get(Proposal, proposal_id)
        if proposal is None or proposal.provider_id != provider_id:
            raise NotFound("No such proposal request among yours.")
        if proposal.state in ("accepted", "declined"):
            raise Conflict(f"You have already {proposal.state} this request.")
        if not accept and not (message or "").strip():
            raise UseCaseError("Say why you decline, so the buyer can look elsewhere.",
                               {"message": ["Give a reason for declining."]})
        proposal.state = "accepted" if accept else "declined"
        proposal.reply = (message or "").strip() or None
        proposal.answered_at = utcnow()
        brief, provider = proposal.brief, proposal.provider
        if brief.contact_email:
            verb = "accepted" if accept else "declined"
            queue_mail(uow, brief.contact_email, f"{provider.name} {verb} your proposal request",
                       f"{provider.name} {verb} your request"
                       + (f": {proposal.reply}" if proposal.reply else ".")
                       + f"\n\nSee every answer, and the contact details of those who accepted:\n"
                       f"{brief_link(brief.token)}" + SIGNATURE, "proposal_answer")


def provider_contact(session: Session, proposal: Proposal) -> dict[str, str]:
    """What the buyer may use to reach a provider that accepted: its account's email and its website."""
    if proposal.state != "accepted":
        return {}
    owner = _owner(session, proposal.provider_id)
    contact = {"email": owner.email} if owner else {}
    if proposal.provider.website:
        contact["website"] = proposal.provider.website
    return contact


def _owner(session: Session, provider_id: int) -> User | None:
    provider = session.get(Provider, provider_id)
    return session.get(User, provider.owner_id) if provider and provider.owner_id else None


def shortlisted_ids(session: Session, brief_id: int, refs: list[int | str]) -> list[int]:
    """The catalogue ids of the shortlisted providers a client names by the `provider_id` of a match (its
    external id, a string) or by its `id` (an integer); UseCaseError naming any it does not find."""
    rows = session.execute(select(Provider.id, Provider.external_id).join(
        MatchResult, MatchResult.provider_id == Provider.id).where(MatchResult.brief_id == brief_id)).all()
    by_external = {ext: pid for pid, ext in rows if ext}
    ids, missing = [], []
    for ref in refs:
        pid = ref if isinstance(ref, int) and not isinstance(ref, bool) else by_external.get(str(ref))
        if pid is None or pid not in {r[0] for r in rows}:
            missing.append(str(ref))
        else:
            ids.append(pid)
    if missing:
        raise UseCaseError("Ask only providers on this brief's shortlist.",
                           {"provider_ids": [f"{m} is not on this shortlist." for m in missing]})
    return ids


def as_dict(session: Session, proposal: Proposal, for_provider: bool = False) -> dict:
    """A request as the API shows it: to the buyer with the provider's contact once accepted; to the
    provider with the brief, and the buyer's contact only if it chose to share it."""
    out = {"id": proposal.id, "provider_id": proposal.provider.external_id, "provider": proposal.provider_id,
           "name": proposal.provider.name, "state": proposal.state, "message": proposal.message,
           "reply": proposal.reply, "created_at": proposal.created_at.isoformat(),
           "answered_at": proposal.answered_at.isoformat() if proposal.answered_at else None}
    if not for_provider:
        out["contact"] = provider_contact(session, proposal) or None
        return out
    brief = proposal.brief
    out["brief"] = {"scope": brief.scope, "industry": brief.industry, "services": list(brief.services or []),
                    "countries": list(brief.countries or []), "languages": list(brief.languages or []),
                    "budget_min_usd": brief.budget_min_usd, "budget_max_usd": brief.budget_max_usd}
    out["buyer"] = ({"company": brief.company, "email": brief.contact_email} if proposal.share_contact
                    else None)
    return out

