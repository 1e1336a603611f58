"""Red-flag findings stored per provider; closed, never deleted, when they no longer hold."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.models.base import Base, utcnow
from matcher.models.providers import Provider

FINDING_STATES = ("open", "closed", "dismissed")
SEVERITIES = ("high", "medium", "low")


class Finding(Base):
    __tablename__ = "findings"
    __table_args__ = (Index("ix_findings_provider_state", "provider_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(8))
    field: Mapped[str] = mapped_column(String(80))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="pattern")
    # How the engine read the sentence (an offer, a commitment...); None for findings stored before it did.
    stance: Mapped[str | None] = mapped_column(String(16), default=None)
    # Identity of a claim across re-vetting: category, field and normalised evidence.
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    state: Mapped[str] = mapped_column(String(12), default="open")
    state_reason: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    # The provider's side of it, for the reviewer who decides (shown beside the finding in the queue).
    provider_note: Mapped[str | None] = mapped_column(Text, default=None)
    noted_at: Mapped[datetime | None] = mapped_column(default=None)

    provider: Mapped[Provider] = relationship()
