"""The public directory with semantic search: index hits, narrowed by the directory's filters."""

from __future__ import annotations

from sqlalchemy.orm import Session

from matcher import index
from matcher.models import Provider
from matcher.runtime import Runtime
from matcher.usecases.directory import DirectoryFilters, filtered_query, list_providers

# How many index hits a search considers; past this a buyer refines the query rather than pages.
SEARCH_WINDOW = 200


def search_directory(
    rt: Runtime,
    session: Session, filters: DirectoryFilters, q: str | None, page: int = 1, per_page: int = 20
) -> tuple[list[tuple[Provider, float | None]], int]:
    """One page of (provider, relevance) and the total; relevance is None when there is no query."""
    if not (q or "").strip():
        rows, total = list_providers(session, filters, page=page, per_page=per_page)
        return [(p, None) for p in rows], total
    hits = index.search_providers(
        session, index.get_index(rt), q.strip(), SEARCH_WINDOW, 0, statuses=filters.statuses
    )
    if not hits:
        return [], 0
    # The same filters as the listing (verified only, tags, budget) decide which hits a buyer may see.
    ids = [p.id for p, _ in hits]
    allowed = set(
        session.scalars(filtered_query(filters).with_only_columns(Provider.id).where(Provider.id.in_(ids)))
    )
    visible = [(p, score) for p, score in hits if p.id in allowed]
    start = (max(page, 1) - 1) * per_page
    return visible[start : start + per_page], len(visible)
