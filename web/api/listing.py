"""The provider list: SQL filters and pages, or semantic search (`q`) narrowed by the same filters."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.models import Provider
from matcher.usecases.directory import DirectoryFilters, filtered_query, list_providers
from web.api.core import ApiError

# Semantic search ranks at most this many hits, which the filters then narrow and the pages cut.
SEARCH_WINDOW = 1000


def _filters(args: dict) -> DirectoryFilters:
    return DirectoryFilters(
        services=args.get("service") or [],
        industries=args.get("industry") or [],
        countries=args.get("country") or [],
        languages=args.get("language") or [],
        budget_usd=args.get("budget"),
    )


def _search(session: Session, q: str) -> list[tuple[Provider, float]]:
    from matcher import index

    try:
        return list(index.search_providers(session, q, SEARCH_WINDOW, 0))
    except index.IndexUnavailable as exc:
        raise ApiError(503, "search_unavailable",
                       "Search is being rebuilt; try again shortly, or list without q.") from exc


def list_page(session: Session, args: dict) -> dict:
    page, per_page = args["page"], args["per_page"]
    filters = _filters(args)
    q = (args.get("q") or "").strip()
    if not q:
        providers, total = list_providers(session, filters, page=page, per_page=per_page)
        items = [(p, None) for p in providers]
    else:
        hits = _search(session, q)
        allowed = set(
            session.scalars(
                filtered_query(filters).with_only_columns(Provider.id).where(Provider.id.in_([p.id for p, _ in hits]))
            )
        )
        ranked = [(p, s) for p, s in hits if p.id in allowed]
        total = len(ranked)
        start = (page - 1) * per_page
        items = ranked[start:start + per_page]
    out = []
    for provider, score in items:
        provider.score = None if score is None else round(float(score), 4)
        out.append(provider)
    return {"items": out, "total": total, "page": page, "per_page": per_page}
