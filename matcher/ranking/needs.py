"""What a brief asks for: its structured fields together with what its own words say.

The scope counts even where the form is filled: services it names, the markets it states ("Swedish
speakers only", "in Spain and Portugal") and a budget it gives are used, each marked as read from the
scope, and where the two disagree the buyer is told. `understood()` is what the buyer sees of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from matcher import taxonomy
from matcher.ranking import lexicon, prices
from matcher.ranking.markets import countries_in, languages_in, remote_ok_in
from matcher.ranking.work_kinds import WorkAsked, work_asked

# A budget in the scope this far from the form's (either way) is worth telling the buyer about.
BUDGET_DISAGREEMENT = 1.25
# Words a scope needs before the language it is written in counts as the language asked for.
SCOPE_LANGUAGE_WORDS = 25


@dataclass(frozen=True)
class Needs:
    scope: str
    industry: str | None
    industry_inferred: bool
    services: tuple[str, ...]  # every service asked for: the form's first, then those only in the scope
    countries: frozenset[str]
    languages: frozenset[str]
    budget_min: int | None
    budget_max: int | None
    remote_ok: bool = False
    declared_services: tuple[str, ...] = ()  # ticked in the form
    required_services: tuple[str, ...] = ()  # ticked, or named outright in the scope: a provider offers one
    from_scope: tuple[str, ...] = ()  # the fields (names of `understood`) read from the scope text
    disagreements: tuple[str, ...] = ()  # where the scope and the form disagree, in words
    scope_markets: frozenset[str] = frozenset()  # countries and languages only the scope named
    work: WorkAsked | None = field(default=None, compare=False)
    # The currency the buyer gave its budget in, and US dollars per unit of it: the budget above is in US
    # dollars (providers state theirs so); what the buyer reads of its own is in its currency.
    currency: str = "USD"
    usd_rate: float = 1.0
    # A total for the whole work, read from the scope where it gives no monthly budget (US dollars), and
    # the months it covers where said: budget_min/max above are the monthly range it implies.
    budget_total: int | None = None
    budget_months: int | None = None

    def money(self, usd: float) -> str:
        """A US-dollar amount of the buyer's budget, in the buyer's currency."""
        return prices.money(usd / self.usd_rate, self.currency)

    def money_range(self, low: float | None, high: float | None) -> str:
        return prices.in_currency(low, high, self.currency, self.usd_rate)

    @property
    def has_market(self) -> bool:
        return bool(self.countries or self.languages)

    @property
    def countries_required(self) -> bool:
        """The provider must serve one of the countries (unless the buyer said location does not matter)."""
        return bool(self.countries) and not self.remote_ok

    def query_text(self) -> str:
        """What is embedded for the semantic factor: the scope, with the industry and services in words."""
        parts = [self.scope]
        if self.industry:
            parts.append(f"Industry: {taxonomy.industry_label(self.industry)}.")
        if self.services:
            parts.append("Services: " + ", ".join(taxonomy.service_label(s) for s in self.services) + ".")
        return " ".join(parts)

    def understood(self) -> dict:
        """What the engine read from the brief, fields and scope together (DESIGN.md's `understood`)."""
        return {
            "services": list(self.services),
            "industry": self.industry,
            "countries": sorted(self.countries),
            "languages": sorted(self.languages),
            "budget_min_usd": self.budget_min,
            "budget_max_usd": self.budget_max,
            "budget_total_usd": self.budget_total,
            "budget_months": self.budget_months,
            "remote_ok": self.remote_ok,
            "from_scope": list(self.from_scope),
            "disagreements": list(self.disagreements),
        }


def _names(codes, label) -> str:
    return taxonomy.join_words([label(c) for c in codes])


def _scope_language(scope: str) -> str | None:
    """The scope's own language where it is not English: a brief written in Spanish asks for a provider
    who works in Spanish. (An English scope asks for nothing: English is the catalogue's common language.)"""
    from matcher.redflags.language import language_of

    # A short or keyword-like scope ("DR50+ guest posts, niche edits, digital PR outreach") is no sign of
    # a language; only a description long enough to read is (and only its start is read).
    if len(scope.split()) < SCOPE_LANGUAGE_WORDS:
        return None
    lang = language_of(scope[:5000])
    return lang if lang and lang != "en" else None


def _currency(brief: dict) -> dict:
    """Needs' currency fields for a brief."""
    currency = (brief.get("currency") or "USD").upper()
    rate = 1.0 if currency == "USD" else (brief.get("usd_rate") or prices.TO_USD[currency.lower()])
    return {"currency": currency, "usd_rate": rate}


def in_usd(brief: dict, name: str) -> int | None:
    """A budget field in US dollars: the brief's `currency` says what it is in (USD by default), its
    `usd_rate` the rate of the day it was sent (usecases/rates.py; the rough default where it has none)."""
    value = brief.get(name)
    return value if value is None else int(round(value * _currency(brief)["usd_rate"]))


def needs_from_brief(brief: dict) -> Needs:
    """`brief` in the brief format; with `"confirmed": true` (the buyer corrected what was understood) its
    fields are taken as they are and the scope only steers the similarity and the notices."""
    scope = (brief.get("scope") or "").strip()
    if brief.get("confirmed"):
        return _as_confirmed(brief, scope)
    from_scope: list[str] = []
    disagreements: list[str] = []

    industry = brief.get("industry")
    scope_industries = lexicon.strongest(scope, "industries")
    inferred_industry = False
    if not industry and scope_industries:
        industry, inferred_industry = scope_industries[0], True
        from_scope.append("industry")
    elif industry and scope_industries and industry not in scope_industries:
        counts = lexicon.mentions(scope, "industries")
        top = scope_industries[0]
        if len(counts.get(top, ())) >= 2:
            disagreements.append(
                f"Your description reads as {taxonomy.industry_label(top)}; the form says "
                f"{taxonomy.industry_label(industry)}. We matched on {taxonomy.industry_label(industry)}."
            )

    declared = tuple(brief.get("services") or ())
    # Services the scope names outright ("link building", "local SEO") are asked for as surely as ticked
    # ones; looser words ("outreach", "articles") only steer the score, and only when nothing is named.
    named = tuple(s for s in lexicon.named(scope, "services", skip_negated=True) if s not in declared)
    loose = () if declared or named else tuple(lexicon.strongest(scope, "services"))
    extra = named + loose
    services = declared + extra
    if extra:
        from_scope.append("services")

    countries = set(brief.get("countries") or ())
    languages = set(brief.get("languages") or ())
    scope_countries = [c for c in countries_in(scope) if c not in countries]
    scope_languages = [c for c in languages_in(scope) if c not in languages]
    if not languages and not scope_languages:
        written_in = _scope_language(scope)
        scope_languages = [written_in] if written_in else []
    if scope_countries:
        from_scope.append("countries")
        if countries:
            disagreements.append(
                f"Your description also names {_names(scope_countries, taxonomy.country_name)}, which the "
                f"form does not list; we counted {'it' if len(scope_countries) == 1 else 'them'} as your "
                "markets too."
            )
        countries.update(scope_countries)
    if scope_languages:
        from_scope.append("languages")
        languages.update(scope_languages)
    remote_ok = bool(brief.get("remote_ok"))
    if not remote_ok and remote_ok_in(scope):
        remote_ok = True
        from_scope.append("remote_ok")

    budget_min, budget_max = in_usd(brief, "budget_min_usd"), in_usd(brief, "budget_max_usd")
    said_min, said_max = prices.brief_budget(scope)
    total = months = None
    if budget_min is None and budget_max is None:
        if said_min is not None or said_max is not None:
            budget_min, budget_max = said_min, said_max
            from_scope += ["budget_min_usd", "budget_max_usd"]
        else:
            # A total for the whole work ("a total value of £700,000", "$12,000 for a 6-month project"),
            # where nothing says what a month may cost: the monthly range it implies.
            total, months = prices.brief_total(scope)
            if total is not None:
                budget_min, budget_max = prices.monthly_from_total(total, months)
                from_scope += ["budget_total_usd", "budget_min_usd", "budget_max_usd"]
    elif said_min is not None or said_max is not None:
        form = budget_max if budget_max is not None else budget_min
        said = said_max if said_max is not None else said_min
        if form and said and max(form, said) / max(min(form, said), 1) > BUDGET_DISAGREEMENT:
            disagreements.append(
                f"Your description gives a budget of {prices.money_range(said_min, said_max)} a month; "
                f"the form says {prices.in_currency(budget_min, budget_max, **_currency(brief))}. "
                "We used the form's."
            )

    return Needs(
        scope=scope,
        industry=industry,
        industry_inferred=inferred_industry,
        services=services,
        countries=frozenset(countries),
        languages=frozenset(languages),
        budget_min=budget_min,
        budget_max=budget_max,
        remote_ok=remote_ok,
        declared_services=declared,
        required_services=declared + named,
        from_scope=tuple(from_scope),
        disagreements=tuple(disagreements),
        scope_markets=frozenset(scope_countries) | frozenset(scope_languages),
        work=work_asked(scope),
        budget_total=total,
        budget_months=months,
        **_currency(brief),
    )


def _as_confirmed(brief: dict, scope: str) -> Needs:
    services = tuple(brief.get("services") or ())
    countries = frozenset(brief.get("countries") or ())
    languages = frozenset(brief.get("languages") or ())
    return Needs(
        scope=scope,
        industry=brief.get("industry"),
        industry_inferred=False,
        services=services,
        countries=countries,
        languages=languages,
        budget_min=in_usd(brief, "budget_min_usd"),
        budget_max=in_usd(brief, "budget_max_usd"),
        remote_ok=bool(brief.get("remote_ok")),
        declared_services=services,
        required_services=services,
        work=work_asked(scope),
        **_currency(brief),
    )
