"""Sending mail: a message is stored (queued) in the caller's transaction and delivered by a job after the
commit (inline without Redis, with retries on a worker). Its state says what happened; a failure is kept
with its error and can be sent again."""

from __future__ import annotations

import smtplib
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher import mail
from matcher.events import MailQueued
from matcher.models import OutgoingMail, utcnow
from matcher.runtime import Runtime
from matcher.usecases.errors import Conflict, NotFound

if TYPE_CHECKING:
    from matcher.unit_of_work import UnitOfWork


def queue_mail(uow: UnitOfWork, to: str, subject: str, body: str, kind: str) -> OutgoingMail:
    """Store a message to send once the unit of work commits."""
    item = OutgoingMail(to_address=to, subject=subject, body=body, kind=kind, state="queued")
    uow.session.add(item)
    uow.session.flush()
    uow.record(MailQueued(item.id))
    return item


def deliver_mail(rt: Runtime, mail_id: int) -> str:
    """Send one stored message (the job). Its state and error are written whatever happens; a failure is
    raised again so that a worker retries it."""
    with rt.db.session() as session:
        item = session.get(OutgoingMail, mail_id)
        if item is None or item.state == "sent":
            return "nothing to send"
        msg = mail.message(rt.settings, item.to_address, item.subject, item.body)
        item.attempts += 1
        try:
            item.delivered_to = mail.deliver(rt.settings, msg, f"{utcnow():%Y%m%d-%H%M%S}-{item.id}")
        except (OSError, smtplib.SMTPException) as exc:
            item.state, item.error = "failed", f"{type(exc).__name__}: {exc}"[:2000]
            session.commit()
            raise
        item.state, item.error, item.sent_at = "sent", None, utcnow()
    return "sent"


def resend(uow: UnitOfWork, mail_id: int) -> None:
    """Send a failed message again (an admin's action)."""
    with uow:
        item = uow.session.get(OutgoingMail, mail_id)
        if item is None:
            raise NotFound(f"No mail with id {mail_id}.")
        if item.state != "failed":
            raise Conflict("Only a message that failed can be sent again.")
        item.state = "queued"
        uow.record(MailQueued(item.id))


def recent_mail(session: Session, state: str | None = None, limit: int = 200) -> list[OutgoingMail]:
    query = select(OutgoingMail).order_by(OutgoingMail.id.desc()).limit(limit)
    if state:
        query = query.where(OutgoingMail.state == state)
    return list(session.scalars(query))
