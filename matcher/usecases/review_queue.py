"""The admin review queue (flagged and submitted providers, most severe open finding first, then the
longest waiting), one provider's review file, and the audit log."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session, selectinload

from matcher.csv_safety import neutralise_row
from matcher.models import Finding, Provider, ReviewDecision, User
from matcher.usecases.errors import NotFound
from matcher.usecases.reviews import TRANSITIONS

# The statuses that wait in the queue for an admin.
QUEUE_STATUSES = ("submitted", "flagged")
SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}
NO_FINDING = 3


@dataclass
class QueueFilters:
    status: str | None = None
    category: str | None = None
    severity: str | None = None


@dataclass
class QueueItem:
    provider: Provider
    worst: str | None
    open_count: int
    categories: list[str] = field(default_factory=list)
    waiting_since: datetime | None = None


def _open_finding(*conditions):
    return exists().where(Finding.provider_id == Provider.id, Finding.state == "open", *conditions)


def queue_page(
    session: Session, filters: QueueFilters, page: int = 1, per_page: int = 25
) -> tuple[list[QueueItem], int]:
    """One page of the queue and its total size."""
    severity_rank = case(SEVERITY_RANK, value=Finding.severity, else_=NO_FINDING)
    worst = (
        select(func.min(severity_rank))
        .where(Finding.provider_id == Provider.id, Finding.state == "open")
        .correlate(Provider)
        .scalar_subquery()
    )
    # Waiting since the latest logged event (submission, flag), or since creation when none is logged.
    last_event = (
        select(func.max(ReviewDecision.created_at))
        .where(ReviewDecision.provider_id == Provider.id)
        .correlate(Provider)
        .scalar_subquery()
    )
    waiting = func.coalesce(last_event, Provider.created_at)
    statuses = (filters.status,) if filters.status else QUEUE_STATUSES
    query = select(Provider, func.coalesce(worst, NO_FINDING), waiting).where(Provider.status.in_(statuses))
    if filters.category:
        query = query.where(_open_finding(Finding.category == filters.category))
    if filters.severity:
        query = query.where(_open_finding(Finding.severity == filters.severity))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(func.coalesce(worst, NO_FINDING), waiting, Provider.id)
        .limit(per_page)
        .offset((max(page, 1) - 1) * per_page)
    ).all()
    by_provider: dict[int, list[Finding]] = {}
    ids = [row[0].id for row in rows]
    if ids:
        for finding in session.scalars(
            select(Finding).where(Finding.provider_id.in_(ids), Finding.state == "open")
        ):
            by_provider.setdefault(finding.provider_id, []).append(finding)
    names = {rank: name for name, rank in SEVERITY_RANK.items()}
    items = [
        QueueItem(
            provider=provider,
            worst=names.get(rank),
            open_count=len(by_provider.get(provider.id, [])),
            categories=sorted({f.category for f in by_provider.get(provider.id, [])}),
            waiting_since=since,
        )
        for provider, rank, since in rows
    ]
    return items, total


@dataclass
class ReviewFile:
    provider: Provider
    owner: User | None
    findings: list[Finding]
    log: list[ReviewDecision]
    actions: list[str]


def allowed_actions(status: str) -> list[str]:
    """The status changes an admin may make from `status` (finding dismissal is always per finding)."""
    return [name for name, (starts, _to, _reason) in TRANSITIONS.items() if status in starts]


def review_file(session: Session, provider_id: int) -> ReviewFile:
    """Everything an admin needs to decide on one provider."""
    provider = session.get(Provider, provider_id, options=[selectinload(Provider.tags)])
    if provider is None:
        raise NotFound(f"No provider with id {provider_id}.")
    state_order = case({"open": 0, "dismissed": 1}, value=Finding.state, else_=2)
    findings = list(
        session.scalars(
            select(Finding)
            .where(Finding.provider_id == provider_id)
            .order_by(state_order, case(SEVERITY_RANK, value=Finding.severity, else_=NO_FINDING), Finding.id)
        )
    )
    log = list(
        session.scalars(
            select(ReviewDecision)
            .where(ReviewDecision.provider_id == provider_id)
            .order_by(ReviewDecision.created_at.desc(), ReviewDecision.id.desc())
        )
    )
    owner = session.get(User, provider.owner_id) if provider.owner_id else None
    return ReviewFile(provider, owner, findings, log, allowed_actions(provider.status))


AUDIT_EXPORT_MAX = 100_000


@dataclass(frozen=True)
class AuditFilters:
    """Narrowing of the audit log: a provider (its name, in part), who acted (in part), an action, and a
    date range (inclusive, UTC days)."""

    provider: str | None = None
    actor: str | None = None
    action: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def where(self, query):
        if self.provider:
            query = query.where(ReviewDecision.provider_id.in_(
                select(Provider.id).where(func.lower(Provider.name).contains(self.provider.lower()))))
        if self.actor:
            query = query.where(func.lower(ReviewDecision.actor_label).contains(self.actor.lower()))
        if self.action:
            query = query.where(ReviewDecision.action == self.action)
        if self.date_from:
            query = query.where(ReviewDecision.created_at >= datetime.combine(self.date_from, time(), UTC))
        if self.date_to:
            query = query.where(ReviewDecision.created_at
                                < datetime.combine(self.date_to + timedelta(days=1), time(), UTC))
        return query


def audit_page(session: Session, page: int = 1, per_page: int = 50,
               filters: AuditFilters = AuditFilters()) -> tuple[list[ReviewDecision], int]:
    """The audit log, newest first, narrowed by `filters`."""
    total = session.scalar(filters.where(select(func.count()).select_from(ReviewDecision))) or 0
    rows = session.scalars(
        filters.where(select(ReviewDecision))
        .options(selectinload(ReviewDecision.provider))
        .order_by(ReviewDecision.created_at.desc(), ReviewDecision.id.desc())
        .limit(per_page)
        .offset((max(page, 1) - 1) * per_page)
    )
    return list(rows), total


def audit_csv(session: Session, filters: AuditFilters = AuditFilters()) -> str:
    """The narrowed audit log as CSV (at most AUDIT_EXPORT_MAX entries, newest first), every cell safe to
    open in a spreadsheet (reasons are free text a provider or admin typed)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["when", "actor", "action", "provider_id", "provider", "from_status", "to_status",
                     "finding_id", "reason"])
    rows = session.scalars(
        filters.where(select(ReviewDecision)).options(selectinload(ReviewDecision.provider))
        .order_by(ReviewDecision.created_at.desc(), ReviewDecision.id.desc()).limit(AUDIT_EXPORT_MAX))
    for e in rows:
        writer.writerow(neutralise_row([
            e.created_at.isoformat(), e.actor_label, e.action, e.provider_id,
            e.provider.name if e.provider else "", e.from_status, e.to_status, e.finding_id, e.reason]))
    return out.getvalue()
