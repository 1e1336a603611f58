"""Reasons a buyer understands, for each match and for an empty shortlist."""

from __future__ import annotations

import numpy as np

from matcher import taxonomy
from matcher.ranking.catalog import INDUSTRY_BITS, SERVICE_BITS, Catalog
from matcher.ranking.lexicon import ADJACENT
from matcher.ranking.needs import Needs
from matcher.ranking.shortlist import factor
from matcher.ranking.weights import WEIGHTS


def money(value: float | int | None) -> str:
    return f"${int(value):,}"


def _budget_range(needs: Needs) -> str:
    lo, hi = needs.budget_min, needs.budget_max
    if lo is not None and hi is not None:
        return f"{money(lo)}–{money(hi)}"
    return f"up to {money(hi)}" if hi is not None else f"from {money(lo)}"


def _industry_sentence(cat: Catalog, pos: int, needs: Needs) -> str | None:
    if not needs.industry:
        return None
    label = taxonomy.industry_label(needs.industry)
    cases = cat.case_counts[pos].get(needs.industry, 0)
    if cases:
        return f"Has worked with {label} clients: {cases} case stud{'y' if cases == 1 else 'ies'}"
    if cat.industries_declared[pos] & INDUSTRY_BITS[needs.industry]:
        return f"Lists {label} among the industries it serves"
    words = cat.industry_words[pos].get(needs.industry)
    if words:
        quoted = ", ".join(f"“{w}”" for w in words[:3])
        return f"Describes {label} work in its profile ({quoted})"
    related = [
        code
        for code in ADJACENT.get(needs.industry, ())
        if (cat.industries_declared[pos] | cat.industries_cases[pos] | cat.industries_text[pos])
        & INDUSTRY_BITS[code]
    ]
    if related:
        return f"Related experience in {taxonomy.join_words([taxonomy.industry_label(c) for c in related])}"
    return f"No {label} experience shown"


def _services_sentence(cat: Catalog, pos: int, needs: Needs) -> str | None:
    if not needs.services:
        return None
    covered, missing = [], []
    for code in needs.services:
        bit = SERVICE_BITS[code]
        if (cat.services_declared[pos] | cat.services_text[pos]) & bit:
            covered.append(taxonomy.service_label(code))
        else:
            missing.append(taxonomy.service_label(code))
    if not covered:
        return "Does not list the services you asked for"
    sentence = "Covers " + taxonomy.join_words(covered)
    if missing:
        sentence += "; not offered: " + taxonomy.join_words(missing)
    return sentence


def _budget_sentence(cat: Catalog, pos: int, needs: Needs) -> str | None:
    if needs.budget_min is None and needs.budget_max is None:
        return None
    pmin = cat.min_budget[pos]
    if np.isnan(pmin):
        return f"Has not stated a minimum budget; your range is {_budget_range(needs)}"
    if cat.budget_from_text[pos]:
        return f"Its profile quotes prices from {money(pmin)}/month; your range is {_budget_range(needs)}"
    return f"Accepts budgets from {money(pmin)}/month; your range is {_budget_range(needs)}"


def _market_sentence(cat: Catalog, pos: int, needs: Needs) -> str | None:
    if not needs.has_market:
        return None
    if not cat.has_market[pos]:
        return "Has not stated which countries or languages it serves"
    countries = sorted(needs.countries & cat.countries[pos])
    languages = sorted(needs.languages & cat.languages[pos])
    parts = []
    if countries:
        parts.append(taxonomy.join_words([taxonomy.country_name(c) for c in countries]))
    if languages:
        parts.append("in " + taxonomy.join_words([taxonomy.language_name(c) for c in languages]))
    return "Serves " + " ".join(parts) if parts else "Serves none of your markets"


def _trust_sentence(cat: Catalog, pos: int) -> str:
    verified = "Verified by our reviewers" if cat.verified[pos] else "Vetted automatically, not yet reviewed"
    trust = cat.trust[pos]
    sentence = verified + ("" if np.isnan(trust) else f"; trust score {trust:.2f}")
    mediums = int(cat.open_medium[pos])
    if mediums:
        sentence += f"; {mediums} medium-severity finding{'s' if mediums > 1 else ''} open"
    return sentence


def _semantic_sentence(similarity: float) -> str:
    if similarity >= 0.5:
        strength = "closely matches"
    elif similarity >= 0.35:
        strength = "matches"
    else:
        strength = "partly matches"
    return f"Its profile {strength} your project description (similarity {similarity:.2f})"


def explain(
    cat: Catalog, pos: int, needs: Needs, values: dict[str, float], similarity: float, penalty: float = 0.0
) -> dict:
    sentences = [
        _industry_sentence(cat, pos, needs),
        _services_sentence(cat, pos, needs),
        _budget_sentence(cat, pos, needs),
        _market_sentence(cat, pos, needs),
        _semantic_sentence(similarity),
        _trust_sentence(cat, pos),
    ]
    factors = {name: factor(values[name], WEIGHTS[name]) for name in WEIGHTS}
    if penalty:
        factors["open_findings"] = factor(-penalty, 1.0)
    return {
        "summary": [s for s in sentences if s],
        "factors": factors,
        "similarity": round(similarity, 4),
        "inferred": {
            "industry": needs.industry if needs.industry_inferred else None,
            "services": list(needs.services) if not needs.services_declared else [],
        },
    }


def why_empty(step: str, cat: Catalog, idx: np.ndarray, needs: Needs) -> str:
    """Why no provider passed the constraint `step`, given the providers that passed the earlier ones."""
    if step == "budget":
        lowest = np.nanmin(cat.min_budget[idx]) if np.isfinite(cat.min_budget[idx]).any() else None
        text = f"No provider accepts budgets of {money(needs.budget_max)}/month or less"
        suffix = (
            f"; the lowest minimum among matching providers is {money(lowest)}/month."
            if lowest is not None
            else "."
        )
        return text + suffix
    if step == "services":
        return (
            "No provider within your budget offers "
            + taxonomy.join_words([taxonomy.service_label(s) for s in needs.services])
            + "."
        )
    names = [taxonomy.country_name(c) for c in sorted(needs.countries)]
    names += [taxonomy.language_name(c) for c in sorted(needs.languages)]
    return "No provider that fits your budget and services serves " + taxonomy.join_words(names) + "."
