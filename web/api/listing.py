"""The provider list: filters and pages, or semantic search (`q`) narrowed by the same filters."""

from __future__ import annotations

from sqlalchemy.orm import Session

from matcher.index import IndexUnavailable
from matcher.usecases.directory import DirectoryFilters
from matcher.usecases.directory_search import search_directory
from web.api.core import ApiError
from web.db import runtime


def _filters(args: dict) -> DirectoryFilters:
    return DirectoryFilters(
        services=args.get("service") or [],
        industries=args.get("industry") or [],
        countries=args.get("country") or [],
        languages=args.get("language") or [],
        budget_usd=args.get("budget"),
    )


def list_page(session: Session, args: dict) -> dict:
    """One page of verified providers, with similarity scores when searching (503 if the index is away)."""
    page, per_page = args["page"], args["per_page"]
    try:
        rows, total = search_directory(
            runtime(), session, _filters(args), args.get("q"), page=page, per_page=per_page
        )
    except IndexUnavailable as exc:
        raise ApiError(
            503,
            "search_unavailable",
            "Search is being rebuilt; try again shortly, or list without q.",
            headers={"Retry-After": "10"},
        ) from exc
    items = []
    for provider, score in rows:
        provider.score = None if score is None else round(float(score), 4)
        items.append(provider)
    return {"items": items, "total": total, "page": page, "per_page": per_page}
