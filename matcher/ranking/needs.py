"""What a brief asks for: its structured fields, completed from its scope where they are missing."""

from __future__ import annotations

from dataclasses import dataclass

from matcher import taxonomy
from matcher.ranking import lexicon
from matcher.ranking.markets import countries_in


@dataclass(frozen=True)
class Needs:
    scope: str
    industry: str | None
    industry_inferred: bool
    services: tuple[str, ...]
    services_declared: bool
    countries: frozenset[str]
    languages: frozenset[str]
    # Markets named only in the scope weigh in the score but are not a hard constraint.
    markets_declared: bool
    budget_min: int | None
    budget_max: int | None

    @property
    def has_market(self) -> bool:
        return bool(self.countries or self.languages)

    def query_text(self) -> str:
        """What is embedded for the semantic factor: the scope, with the industry and services in words."""
        parts = [self.scope]
        if self.industry:
            parts.append(f"Industry: {taxonomy.industry_label(self.industry)}.")
        if self.services:
            parts.append("Services: " + ", ".join(taxonomy.service_label(s) for s in self.services) + ".")
        return " ".join(parts)


def needs_from_brief(brief: dict) -> Needs:
    scope = (brief.get("scope") or "").strip()
    industry = brief.get("industry")
    inferred_industry = False
    if not industry:
        found = lexicon.strongest(scope, "industries")
        industry = found[0] if found else None
        inferred_industry = industry is not None
    services = tuple(brief.get("services") or ())
    declared = bool(services)
    if not services:
        services = tuple(lexicon.strongest(scope, "services"))
    countries = list(brief.get("countries") or ())
    languages = list(brief.get("languages") or ())
    declared_markets = bool(countries or languages)
    if not declared_markets:
        countries = countries_in(scope)
    return Needs(
        scope=scope,
        industry=industry,
        industry_inferred=inferred_industry,
        services=services,
        services_declared=declared,
        countries=frozenset(countries),
        languages=frozenset(languages),
        markets_declared=declared_markets,
        budget_min=brief.get("budget_min_usd"),
        budget_max=brief.get("budget_max_usd"),
    )
