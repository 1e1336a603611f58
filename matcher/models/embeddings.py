"""Embeddings kept by content: a text's vector under a model recipe, computed once and reused by vetting,
indexing and re-vetting. Derived data (it can be dropped and refilled); the texts live elsewhere."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from matcher.models.base import Base, utcnow


class TextEmbedding(Base):
    __tablename__ = "text_embeddings"

    # sha256 of the recipe (model, kind of text) and the text itself
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    vector: Mapped[bytes] = mapped_column(LargeBinary)  # float32, little-endian
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
