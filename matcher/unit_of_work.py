"""The unit of work: one transaction per use case, and the hand-off of its events to jobs after commit.

    with UnitOfWork(rt) as uow:
        brief = submit_brief(uow, data)      # writes through uow.session, records BriefSubmitted
    # committed here; then the message bus enqueues (or runs inline) the jobs the events call for

Work is handed on only after the commit, so a job never reads a row that is not there yet, and a job that
fails never rolls back what the user stored (it records its own outcome instead).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from matcher import messagebus
from matcher.events import Event
from matcher.progress import ProgressFactory
from matcher.runtime import Runtime


class UnitOfWork:
    def __init__(self, rt: Runtime, progress: ProgressFactory | None = None):
        self.rt = rt
        self.progress = progress
        self.events: list[Event] = []
        self.session: Session | None = None

    def record(self, event: Event) -> None:
        self.events.append(event)

    def __enter__(self) -> UnitOfWork:
        self.session = self.rt.db.sessionmaker()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        session, self.session = self.session, None
        try:
            if exc_type is None:
                session.commit()
            else:
                session.rollback()
        finally:
            session.close()
        if exc_type is None:
            events, self.events = self.events, []
            messagebus.handle(self.rt, events, self.progress)

    def rollback(self) -> None:
        """Undo the writes so far and forget the events (a use case that found the input invalid)."""
        self.session.rollback()
        self.events.clear()
