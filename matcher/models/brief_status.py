"""A brief's lifecycle: its states and the only functions that move a brief between them.

    queued ──start──▶ matching ──finish──▶ done
      ▲                  │
      └────requeue───────┤ (a retry is left, or a lost job is swept up)
      ▲                  └──fail──▶ failed
      └───────────retry (the buyer or an admin asks again)───────┘
      ▲
      └── revise (the buyer corrected what was understood) ── from done or failed

Every status word and every transition lives here; callers never assign `brief.status` themselves.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from matcher.models.base import utcnow

if TYPE_CHECKING:
    from matcher.models.briefs import Brief


class BriefStatus(StrEnum):
    QUEUED = "queued"
    MATCHING = "matching"
    DONE = "done"
    FAILED = "failed"


# Still waiting for a shortlist: the page polls, the sweep looks for lost jobs.
PENDING = (BriefStatus.QUEUED, BriefStatus.MATCHING)
# A buyer may ask for matching again only where no shortlist exists.
RETRYABLE = (BriefStatus.FAILED, BriefStatus.QUEUED, BriefStatus.MATCHING)


class TransitionError(ValueError):
    """A move the lifecycle does not allow (the message is fit for a buyer)."""


def is_pending(brief: Brief) -> bool:
    return brief.status in PENDING


def start(brief: Brief) -> None:
    """A worker picked the brief up."""
    brief.status = BriefStatus.MATCHING
    brief.attempts = (brief.attempts or 0) + 1


def requeue(brief: Brief) -> None:
    """Back to the queue after a failed attempt that will be retried, or a lost job."""
    brief.status = BriefStatus.QUEUED


def finish(brief: Brief, empty_reason: str | None) -> None:
    brief.status = BriefStatus.DONE
    brief.error = None
    brief.empty_reason = empty_reason
    brief.matched_at = utcnow()


def fail(brief: Brief, message: str) -> None:
    brief.status = BriefStatus.FAILED
    brief.error = message


def retry(brief: Brief) -> None:
    """The buyer (or an admin) asks for matching again: a failed or stuck brief goes back to the queue."""
    if brief.status not in RETRYABLE:
        raise TransitionError("This brief is already matched.")
    brief.status = BriefStatus.QUEUED
    brief.error = None


def revise(brief: Brief) -> None:
    """The buyer corrected the brief: a matched (or failed) brief goes back to the queue. A brief still
    being matched is not changed under the worker's feet."""
    if is_pending(brief):
        raise TransitionError("This brief is being matched; wait for its shortlist, then correct it.")
    brief.status = BriefStatus.QUEUED
    brief.error = None


def failure_message(exc: BaseException | None) -> str:
    """What a buyer reads when matching gave up; the brief page and the API offer the retry it mentions."""
    detail = f"{exc.__class__.__name__}: {exc}" if exc is not None and str(exc) else "the worker stopped"
    return (f"Matching could not be completed ({detail}). Your brief is saved; retry it, and if it fails "
            f"again contact support.")[:2000]
