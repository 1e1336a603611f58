"""Listing providers with filters: the public directory, the API list and the admin views."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from matcher.models import Provider, ProviderTag

PUBLIC_STATUSES = ("verified",)


@dataclass
class DirectoryFilters:
    services: list[str] = field(default_factory=list)
    industries: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    # The buyer's budget per month: providers whose minimum is at most this.
    budget_usd: int | None = None
    statuses: tuple[str, ...] = PUBLIC_STATUSES
    name: str | None = None


def _has_tag(kind: str, values: list[str]):
    return exists().where(
        and_(ProviderTag.provider_id == Provider.id, ProviderTag.kind == kind, ProviderTag.value.in_(values))
    )


def filtered_query(filters: DirectoryFilters) -> Select:
    query = select(Provider)
    if filters.statuses:
        query = query.where(Provider.status.in_(filters.statuses))
    for kind in ("services", "industries"):
        values = getattr(filters, kind)
        if values:
            query = query.where(_has_tag(kind, values))
    # A market is served through a country or a language.
    if filters.countries or filters.languages:
        market = []
        if filters.countries:
            market.append(_has_tag("countries", filters.countries))
        if filters.languages:
            market.append(_has_tag("languages", filters.languages))
        query = query.where(or_(*market))
    if filters.budget_usd is not None:
        query = query.where(
            or_(Provider.min_budget_usd.is_(None), Provider.min_budget_usd <= filters.budget_usd)
        )
    if filters.name:
        query = query.where(func.lower(Provider.name).contains(filters.name.lower(), autoescape=True))
    return query


def list_providers(
    session: Session, filters: DirectoryFilters, page: int = 1, per_page: int = 20
) -> tuple[list[Provider], int]:
    """One page of providers (trust first, then name) and the total count."""
    query = filtered_query(filters)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.options(selectinload(Provider.tags), selectinload(Provider.case_studies))
        .order_by(Provider.trust_score.desc().nulls_last(), Provider.name, Provider.id)
        .limit(per_page)
        .offset((max(page, 1) - 1) * per_page)
    )
    return list(rows), total
