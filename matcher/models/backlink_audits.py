"""Backlink audits: an uploaded export, kept under the instance folder, and what the audit found in it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from matcher.models.base import Base, utcnow


class BacklinkAudit(Base):
    __tablename__ = "backlink_audits"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    # Unguessable: the report's address is its only key for someone who is not signed in.
    token: Mapped[str] = mapped_column(String(64), unique=True)
    # The name the file had on the uploader's machine (shown, never used as a path).
    filename: Mapped[str] = mapped_column(String(255))
    # The generated name it is stored under in the instance folder's uploads.
    stored_as: Mapped[str] = mapped_column(String(80), unique=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    brand: Mapped[str | None] = mapped_column(String(200), default=None)
    money: Mapped[list[str]] = mapped_column(JSON, default=list)
    # AuditReport.as_dict(): the contract of DESIGN.md "Backlink audit".
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The signed-in account that uploaded it (None: an anonymous buyer, who holds the link).
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), default=None,
                                                 index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
