"""Link evidence: a provider's backlink export for one past client, shared with the client's consent, and
what its audit found. The file is kept under the instance folder; only the provider and admins read its
rows, buyers see the aggregates."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from matcher.models.base import Base, utcnow


class LinkEvidence(Base):
    __tablename__ = "link_evidence"
    # One export per client: a new upload for the same client replaces the old one.
    __table_args__ = (UniqueConstraint("provider_id", "client_domain"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"), index=True)
    client_domain: Mapped[str] = mapped_column(String(253))
    # The case study it backs, by its title (case studies are rewritten with every profile save).
    case_title: Mapped[str | None] = mapped_column(String(300), default=None)
    # The provider stated that the client agreed to its links being shown; when, and the words it agreed to.
    consent_statement: Mapped[str] = mapped_column(String(400))
    consented_at: Mapped[datetime] = mapped_column(default=utcnow)
    filename: Mapped[str] = mapped_column(String(255))
    stored_as: Mapped[str] = mapped_column(String(80), unique=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    # AuditReport.as_dict() of the export, and its referring domains with their links (the footprint's input).
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    domains: Mapped[dict[str, int]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
