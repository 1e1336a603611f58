"""Proposal requests: a buyer asks providers on its shortlist for a proposal; each answers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.models.base import Base, utcnow
from matcher.models.briefs import Brief
from matcher.models.providers import Provider

PROPOSAL_STATES = ("sent", "viewed", "accepted", "declined")


class Proposal(Base):
    __tablename__ = "proposals"
    __table_args__ = (UniqueConstraint("brief_id", "provider_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    brief_id: Mapped[int] = mapped_column(ForeignKey("briefs.id", ondelete="CASCADE"), index=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"), index=True)
    message: Mapped[str] = mapped_column(Text, default="")
    # The buyer chose to let this provider see its contact details.
    share_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(12), default="sent", index=True)
    # The provider's reply when accepting, or its reason when declining.
    reply: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(default=None)

    brief: Mapped[Brief] = relationship()
    provider: Mapped[Provider] = relationship()
