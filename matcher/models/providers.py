"""The provider aggregate: profile, tags, case studies and questionnaire responses."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.models.base import Base, utcnow

PROVIDER_STATUSES = ("draft", "submitted", "verified", "flagged", "suspended", "rejected")
TAG_KINDS = ("services", "industries", "countries", "languages")


class Provider(Base):
    __tablename__ = "providers"
    # Never reuse a deleted row's id on SQLite: the index and old links refer to ids.
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), default=None)
    name: Mapped[str] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(500), default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    methodology: Mapped[str | None] = mapped_column(Text, default=None)
    min_budget_usd: Mapped[int | None] = mapped_column(Integer, default=None)
    max_budget_usd: Mapped[int | None] = mapped_column(Integer, default=None)
    hourly_rate_usd: Mapped[int | None] = mapped_column(Integer, default=None)
    team_size: Mapped[int | None] = mapped_column(Integer, default=None)
    founded_year: Mapped[int | None] = mapped_column(Integer, default=None)
    status: Mapped[str] = mapped_column(String(16), default="submitted", index=True)
    # Loaded by `matcher seed` from seeds/: demo data. Seeding changes only these rows, and pages say so.
    is_sample: Mapped[bool] = mapped_column(default=False, server_default=false())
    trust_score: Mapped[float | None] = mapped_column(Float, default=None)
    # Clients whose backlink exports back the provider's work with nothing in them contradicting what it
    # says (set by vetting from its link evidence; a ranking and trust factor).
    evidence_clients: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Bumped on every change of matchable content; jobs and the index compare against it.
    content_version: Mapped[int] = mapped_column(Integer, default=1)
    vetted_version: Mapped[int | None] = mapped_column(Integer, default=None)
    indexed_version: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)

    tags: Mapped[list[ProviderTag]] = relationship(
        back_populates="provider", cascade="all, delete-orphan", order_by="ProviderTag.id"
    )
    case_studies: Mapped[list[CaseStudy]] = relationship(
        back_populates="provider", cascade="all, delete-orphan", order_by="CaseStudy.position"
    )
    responses: Mapped[list[QuestionnaireResponse]] = relationship(
        back_populates="provider", cascade="all, delete-orphan", order_by="QuestionnaireResponse.version"
    )

    def tag_values(self, kind: str) -> list[str]:
        return [t.value for t in self.tags if t.kind == kind]

    def set_tags(self, kind: str, values: list[str] | None) -> None:
        """Replace the tags of one kind, keeping the given order and dropping repeats."""
        wanted = list(dict.fromkeys(values or []))
        # Reuse the rows that stay: the unit of work inserts before it deletes, so re-adding an equal row
        # would break the (provider, kind, value) unique constraint.
        current = {t.value: t for t in self.tags if t.kind == kind}
        others = [t for t in self.tags if t.kind != kind]
        self.tags = others + [current.get(v) or ProviderTag(kind=kind, value=v) for v in wanted]

    @property
    def services(self) -> list[str]:
        return self.tag_values("services")

    @property
    def industries(self) -> list[str]:
        return self.tag_values("industries")

    @property
    def countries(self) -> list[str]:
        return self.tag_values("countries")

    @property
    def languages(self) -> list[str]:
        return self.tag_values("languages")

    @property
    def latest_submitted_response(self) -> QuestionnaireResponse | None:
        submitted = [r for r in self.responses if r.submitted_at is not None]
        return submitted[-1] if submitted else None

    @property
    def draft_response(self) -> QuestionnaireResponse | None:
        drafts = [r for r in self.responses if r.submitted_at is None]
        return drafts[-1] if drafts else None


class ProviderTag(Base):
    """One taxonomy value of a provider (a service, industry, country or language): queryable in SQL."""

    __tablename__ = "provider_tags"
    __table_args__ = (
        UniqueConstraint("provider_id", "kind", "value", name="uq_provider_tags_provider_kind_value"),
        Index("ix_provider_tags_kind_value", "kind", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(40))

    provider: Mapped[Provider] = relationship(back_populates="tags")


class CaseStudy(Base):
    __tablename__ = "case_studies"

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300), default="")
    # Free text ("Dental & clinics"); the ranking maps it onto the taxonomy.
    industry: Mapped[str | None] = mapped_column(String(100), default=None)
    summary: Mapped[str] = mapped_column(Text, default="")

    provider: Mapped[Provider] = relationship(back_populates="case_studies")


class QuestionnaireResponse(Base):
    """One version of a provider's questionnaire answers; a resubmission adds a version."""

    __tablename__ = "questionnaire_responses"
    __table_args__ = (UniqueConstraint("provider_id", "version", name="uq_questionnaire_responses_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    questionnaire_version: Mapped[int] = mapped_column(Integer, default=1)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(default=None)

    provider: Mapped[Provider] = relationship(back_populates="responses")
