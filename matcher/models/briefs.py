"""Buyers' briefs and their stored shortlists."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.models.base import Base, utcnow
from matcher.models.brief_status import BriefStatus
from matcher.models.providers import Provider

BRIEF_STATUSES = tuple(s.value for s in BriefStatus)


class Brief(Base):
    __tablename__ = "briefs"
    # Never reuse a deleted row's id on SQLite: the index and old links refer to ids.
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    # Unguessable: the buyer's only key to the results page.
    token: Mapped[str] = mapped_column(String(64), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    company: Mapped[str | None] = mapped_column(String(200), default=None)
    contact_email: Mapped[str | None] = mapped_column(String(254), default=None)
    industry: Mapped[str | None] = mapped_column(String(40), default=None)
    budget_min_usd: Mapped[int | None] = mapped_column(Integer, default=None)
    budget_max_usd: Mapped[int | None] = mapped_column(Integer, default=None)
    services: Mapped[list[str]] = mapped_column(JSON, default=list)
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    scope: Mapped[str] = mapped_column(Text)
    timeline_weeks: Mapped[int | None] = mapped_column(Integer, default=None)
    # The buyer's countries are a preference, not a requirement.
    remote_ok: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # What the engine read of the brief (fields and scope) and what it told the buyer, from the last match.
    understood: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    notices: Mapped[list[dict[str, str]] | None] = mapped_column(JSON, default=None)
    # The buyer corrected what was understood: its fields are then the whole answer (the scope no longer
    # adds markets, services or a budget the buyer took out).
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The currency the budget fields are in (USD when none: the column names say USD for the default).
    currency: Mapped[str | None] = mapped_column(String(3), default=None)
    # US dollars per unit of `currency` when the brief was sent (the admin's rate table, models/rates.py):
    # a later change of rate does not move a brief's budget. None: dollars.
    usd_rate: Mapped[float | None] = mapped_column(Float, default=None)
    status: Mapped[str] = mapped_column(String(12), default=BriefStatus.QUEUED, index=True)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    # Why the shortlist is empty, in words a buyer understands.
    empty_reason: Mapped[str | None] = mapped_column(Text, default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    job_id: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    matched_at: Mapped[datetime | None] = mapped_column(default=None)

    matches: Mapped[list[MatchResult]] = relationship(
        back_populates="brief", cascade="all, delete-orphan", order_by="MatchResult.rank"
    )

    def as_input(self) -> dict[str, Any]:
        """The brief's fields in the brief import format."""
        return {
            "external_id": self.external_id,
            "company": self.company,
            "industry": self.industry,
            "budget_min_usd": self.budget_min_usd,
            "budget_max_usd": self.budget_max_usd,
            "services": list(self.services or []),
            "countries": list(self.countries or []),
            "languages": list(self.languages or []),
            "scope": self.scope,
            "timeline_weeks": self.timeline_weeks,
            "remote_ok": bool(self.remote_ok),
            "confirmed": bool(self.confirmed),
            "currency": self.currency,
            "usd_rate": self.usd_rate,
        }


class MatchResult(Base):
    __tablename__ = "match_results"
    __table_args__ = (UniqueConstraint("brief_id", "rank", name="uq_match_results_brief_rank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    brief_id: Mapped[int] = mapped_column(ForeignKey("briefs.id", ondelete="CASCADE"), index=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"), index=True)
    rank: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    brief: Mapped[Brief] = relationship(back_populates="matches")
    provider: Mapped[Provider] = relationship()
