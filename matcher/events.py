"""What a use case records as having happened; after its transaction commits, the message bus turns each
event into jobs. Events carry ids only: jobs read everything else from the database, which is the truth."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    pass


@dataclass(frozen=True)
class BriefSubmitted(Event):
    """A new brief waits for its shortlist."""

    brief_id: int


@dataclass(frozen=True)
class BriefRetryRequested(Event):
    """A failed or stuck brief was sent back to matching."""

    brief_id: int


@dataclass(frozen=True)
class BriefRevised(Event):
    """The buyer corrected what the engine understood of a brief: match it again."""

    brief_id: int


@dataclass(frozen=True)
class ProvidersChanged(Event):
    """Providers were created or their vetted or matchable content changed: vet them, then index them.

    `inline` asks for the work in this process even with Redis (seeding: the demo must be ready when the
    command returns)."""

    provider_ids: tuple[int, ...]
    inline: bool = False
    # With Redis: wait for the workers and show their progress (a bulk import on the command line).
    wait: bool = False


@dataclass(frozen=True)
class MailQueued(Event):
    """A message was stored to be sent: deliver it."""

    mail_id: int
