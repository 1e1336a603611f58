"""Derived data, rebuildable from the rest: embeddings kept by content (a text's vector under a model
recipe, computed once and reused by vetting, indexing and re-vetting) and bulk runs' progress."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from matcher.models.base import Base, utcnow


class TextEmbedding(Base):
    __tablename__ = "text_embeddings"

    # sha256 of the recipe (model, kind of text) and the text itself
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    vector: Mapped[bytes] = mapped_column(LargeBinary)  # float32, little-endian
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BulkRun(Base):
    """One bulk vetting-and-indexing run (an import): what the admin area's progress reads. Which
    providers are done is read from the providers' versions, not counted here."""

    __tablename__ = "bulk_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    total: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
