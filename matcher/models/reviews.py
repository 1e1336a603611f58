"""The append-only audit log of review decisions and status changes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.models.base import Base, utcnow
from matcher.models.providers import Provider

ACTIONS = (
    "verify",
    "dismiss_finding",
    "request_changes",
    "suspend",
    "reject",
    "flag",
    "submit",
    "reinstate",
    "explain_finding",
)


class ReviewDecision(Base):
    __tablename__ = "review_decisions"
    __table_args__ = (Index("ix_review_decisions_provider_created", "provider_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), default=None)
    # Kept as text so the log still says who acted after an account is gone.
    actor_label: Mapped[str] = mapped_column(String(254))
    action: Mapped[str] = mapped_column(String(32))
    finding_id: Mapped[int | None] = mapped_column(
        ForeignKey("findings.id", ondelete="SET NULL"), default=None
    )
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    from_status: Mapped[str | None] = mapped_column(String(16), default=None)
    to_status: Mapped[str | None] = mapped_column(String(16), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    provider: Mapped[Provider] = relationship()


class AuditLogIsAppendOnly(RuntimeError):
    pass


@event.listens_for(ReviewDecision, "before_update")
@event.listens_for(ReviewDecision, "before_delete")
def _refuse_changes(_mapper, _connection, target):  # pragma: no cover - exercised by tests
    raise AuditLogIsAppendOnly(f"review decision {target.id} cannot be changed or deleted")
