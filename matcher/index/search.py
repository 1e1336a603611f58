"""Semantic search over providers: a query embedded the way documents are, answered from the index."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from matcher.embeddings import embed_documents
from matcher.index.vectors import ProviderIndex
from matcher.models import Provider


def embed_query(text: str) -> np.ndarray:
    """One unit vector for a query (a long query is chunked and averaged like a document)."""
    return embed_documents([text or ""])[0]


def search_providers(session: Session, index: ProviderIndex, q: str, limit: int, offset: int = 0,
                     statuses: Collection[str] | None = None) -> list[tuple[Provider, float]]:
    """Providers most similar to `q`, best first, with their cosine similarity; one page of them.

    Hits are checked against the database, so a provider deleted a moment ago is never returned, and
    `statuses` (e.g. only "verified" for the public directory) filters there. When filtering leaves too
    few, the search is widened rather than returning a short page.
    """
    if not (q or "").strip() or limit <= 0:
        return []
    query = embed_query(q)
    want = offset + limit
    k = max(2 * want, 20)
    while True:
        hits = index.search(query, k)
        found = _load(session, [pid for pid, _ in hits], statuses)
        results = [(found[pid], score) for pid, score in hits if pid in found]
        if len(results) >= want or len(hits) < k:
            return results[offset:want]
        k *= 4


def _load(session: Session, ids: list[int], statuses: Collection[str] | None) -> dict[int, Provider]:
    if not ids:
        return {}
    stmt = select(Provider).where(Provider.id.in_(ids)).options(selectinload(Provider.tags))
    if statuses is not None:
        stmt = stmt.where(Provider.status.in_(list(statuses)))
    return {p.id: p for p in session.scalars(stmt)}
