"""Which jobs each event calls for. The unit of work hands its events here after it commits."""

from __future__ import annotations

from collections.abc import Callable

from matcher import jobs
from matcher.events import (
    BriefRetryRequested,
    BriefRevised,
    BriefSubmitted,
    Event,
    MailQueued,
    ProvidersChanged,
)
from matcher.runtime import Runtime


def _match_brief(rt: Runtime, event: BriefSubmitted | BriefRetryRequested | BriefRevised, _progress) -> None:
    # Records the job id on the brief; inline (no Redis) the job records its own outcome on the brief.
    jobs.enqueue_brief_match(rt, event.brief_id)


def _vet_and_index(rt: Runtime, event: ProvidersChanged, progress) -> None:
    jobs.process_providers(rt, list(event.provider_ids), progress, inline=event.inline, wait=event.wait)


def _send_mail(rt: Runtime, event: MailQueued, _progress) -> None:
    jobs.enqueue_mail(rt, event.mail_id)


HANDLERS: dict[type[Event], Callable] = {
    MailQueued: _send_mail,
    BriefSubmitted: _match_brief,
    BriefRetryRequested: _match_brief,
    BriefRevised: _match_brief,
    ProvidersChanged: _vet_and_index,
}


def handle(rt: Runtime, events: list[Event], progress=None) -> None:
    """Hand each committed event to its job; stored data is never undone by what a job does."""
    for event in events:
        HANDLERS[type(event)](rt, event, progress)
