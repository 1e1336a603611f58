"""Reasons a buyer understands, for each match and for an empty shortlist."""

from __future__ import annotations

import numpy as np

from matcher import taxonomy
from matcher.ranking import factors
from matcher.ranking.catalog import INDUSTRY_BITS, SERVICE_BITS, Catalog
from matcher.ranking.lexicon import ADJACENT
from matcher.ranking.markets import COUNTRY_LANGUAGES
from matcher.ranking.needs import Needs
from matcher.ranking.prices import MAX_TERM_MONTHS, money
from matcher.ranking.shortlist import factor
from matcher.ranking.weights import WEIGHTS

Point = tuple[str, str]  # ("+" or "-", a sentence a buyer reads)


def _budget_range(needs: Needs) -> str:
    if needs.budget_total is None:
        return f"your range is {needs.money_range(needs.budget_min, needs.budget_max)}"
    if needs.budget_months:
        return (f"your budget is {needs.money(needs.budget_total)} over {needs.budget_months} months, about "
                f"{needs.money(needs.budget_min)}/month")
    return f"your budget is a total of {needs.money(needs.budget_total)}, with no term given"


def _budget_floor(needs: Needs) -> str:
    if needs.budget_total is None:
        return f"your minimum of {needs.money(needs.budget_min)}"
    over = f"{needs.budget_months} months" if needs.budget_months else f"up to {MAX_TERM_MONTHS // 12} years"
    return (f"the {needs.money(needs.budget_min)}/month your total of {needs.money(needs.budget_total)} "
            f"comes to over {over}")


def _industry_point(cat: Catalog, pos: int, needs: Needs) -> Point | None:
    if not needs.industry:
        return None
    label = taxonomy.industry_label(needs.industry)
    cases = cat.case_counts[pos].get(needs.industry, 0)
    if cases:
        return "+", f"Has worked with {label} clients: {cases} case stud{'y' if cases == 1 else 'ies'}"
    if cat.industries_declared[pos] & INDUSTRY_BITS[needs.industry]:
        return "+", f"Lists {label} among the industries it serves"
    words = cat.industry_words[pos].get(needs.industry)
    if words:
        quoted = ", ".join(f"“{w}”" for w in words[:3])
        return "+", f"Mentions {label} work in its profile ({quoted}; not a listed industry)"
    related = [
        code
        for code in ADJACENT.get(needs.industry, ())
        if (cat.industries_declared[pos] | cat.industries_cases[pos] | cat.industries_text[pos])
        & INDUSTRY_BITS[code]
    ]
    if related:
        names = taxonomy.join_words([taxonomy.industry_label(c) for c in related])
        return "-", f"No {label} experience shown; related experience in {names}"
    return "-", f"No {label} experience shown"


def _service_points(cat: Catalog, pos: int, needs: Needs) -> list[Point]:
    """What it lists (declared) apart from what its text only mentions: a loose word is never stated as
    a service it offers."""
    if not needs.services:
        return []
    listed, mentioned, missing = [], [], []
    for code in needs.services:
        bit = SERVICE_BITS[code]
        if cat.services_declared[pos] & bit:
            listed.append(taxonomy.service_label(code))
        elif cat.services_text[pos] & bit:
            words = cat.service_words[pos].get(code) or []
            mentioned.append(", ".join(f"“{w}”" for w in words[:2]) or taxonomy.service_label(code))
        else:
            missing.append(taxonomy.service_label(code))
    points: list[Point] = []
    if listed:
        points.append(("+", "Lists " + taxonomy.join_words(listed)))
    if mentioned:
        words = taxonomy.join_words(mentioned)
        points.append(("+", f"Mentions {words} in its profile (not a listed service)"))
    if missing:
        points.append(("-", "Does not list " + taxonomy.join_words(missing)))
    if not factors.needs_local(needs) and factors.local_shops(cat)[pos]:
        points.append(("-", "Works mainly on local SEO; your brief asks for no local work"))
    return points


def _budget_point(cat: Catalog, pos: int, needs: Needs) -> Point | None:
    if needs.budget_min is None and needs.budget_max is None:
        return None
    pmin = cat.min_budget[pos]
    top = float(factors.usual_top(cat, np.array([pos]))[0])
    if needs.budget_min is not None and not np.isnan(top) and top < needs.budget_min:
        stated = not np.isnan(cat.max_budget[pos])
        source = "its stated maximum" if stated else "as its profile describes them"
        return "-", (f"Works at a smaller scale: its engagements go up to about {money(top)}/month "
                     f"({source}), below {_budget_floor(needs)}")
    if np.isnan(pmin):
        return "-", f"Has not stated its prices; {_budget_range(needs)}"
    quoted = "Its profile quotes prices from" if cat.budget_from_text[pos] else "Accepts budgets from"
    return "+", f"{quoted} {money(pmin)}/month; {_budget_range(needs)}"


def _market_points(cat: Catalog, pos: int, needs: Needs) -> list[Point]:
    def note(codes, words: str) -> str:
        # Only where every market it serves came from the description alone.
        return f" ({words})" if codes and set(codes) <= needs.scope_markets else ""

    points: list[Point] = []
    if needs.countries:
        served = sorted(needs.countries & cat.countries[pos])
        wanted = taxonomy.join_words([taxonomy.country_name(c) for c in sorted(needs.countries)], "or")
        if served:
            names = taxonomy.join_words([taxonomy.country_name(c) for c in served])
            points.append(("+", f"Serves {names}{note(served, 'named in your description')}"))
        elif not cat.countries[pos]:
            points.append(("-", f"Does not say whether it serves {wanted}"))
        else:
            where = taxonomy.join_words([taxonomy.country_name(c) for c in sorted(cat.countries[pos])][:3])
            points.append(("-", f"Serves {where}, not {wanted}; you said location does not matter"))
    if needs.languages:
        spoken = sorted(needs.languages & cat.languages[pos])
        wanted = taxonomy.join_words([taxonomy.language_name(c) for c in sorted(needs.languages)], "or")
        if spoken:
            names = taxonomy.join_words([taxonomy.language_name(c) for c in spoken])
            points.append(("+", f"Works in {names}{note(spoken, 'asked for in your description')}"))
        elif cat.languages[pos] and factors.local_to(cat, np.array([pos]), needs.languages)[0]:
            local = sorted(
                c for c in cat.countries[pos] if set(COUNTRY_LANGUAGES.get(c, ())) & needs.languages
            )
            where = taxonomy.join_words([taxonomy.country_name(c) for c in local])
            points.append(("-", f"Does not list {wanted} among its languages, though it serves {where}"))
        else:
            points.append(("-", f"Does not say whether it works in {wanted}"))
    return points


def _trust_points(cat: Catalog, pos: int) -> list[Point]:
    points: list[Point] = []
    if cat.verified[pos] and cat.sample[pos]:
        points.append(("+", "Sample data: passed our automatic checks; no person reviewed it"))
    elif cat.verified[pos]:
        points.append(("+", "Verified by our reviewers"))
    elif not cat.unread[pos]:  # a text the checks could not read has not passed them
        points.append(("+", "Passed our automatic checks; not yet reviewed by a person"))
    shown = int(cat.evidence[pos])
    if shown:
        points.append(("+", f"Shared the backlinks it built for {shown} client{'s' if shown > 1 else ''} "
                            "(exports we checked against what it says)"))
    mediums = int(cat.open_medium[pos]) - int(cat.unread[pos])
    if cat.unread[pos]:
        points.append(("-", "Written in a language our automatic checks do not fully read: a reviewer has "
                            "yet to read it, so it is ranked lower until then"))
    if mediums > 0:
        claims = f"{mediums} claims in its profile await" if mediums > 1 else "1 claim in its profile awaits"
        points.append(("-", f"{claims} "
                            "a reviewer's decision, so it is ranked lower until then"))
    return points


def _semantic_point(similarity: float) -> Point:
    if similarity >= 0.5:
        return "+", "Its profile describes work close to what your brief asks for"
    if similarity >= 0.35:
        return "+", "Its profile describes related work"
    return "-", "Its profile says little about work like yours"


def explain(
    cat: Catalog, pos: int, needs: Needs, values: dict[str, float], similarity: float, penalty: float = 0.0
) -> dict:
    points = [
        _industry_point(cat, pos, needs),
        *_service_points(cat, pos, needs),
        _budget_point(cat, pos, needs),
        *_market_points(cat, pos, needs),
        _semantic_point(similarity),
        *_trust_points(cat, pos),
    ]
    points = [p for p in points if p]
    factors_out = {name: factor(values[name], WEIGHTS[name]) for name in WEIGHTS}
    if penalty:
        factors_out["open_findings"] = factor(-penalty, 1.0)
    return {
        "summary": [text for _sign, text in points],
        "points": [{"sign": sign, "text": text} for sign, text in points],
        "factors": factors_out,
        "similarity": round(similarity, 4),
        "inferred": {
            "industry": needs.industry if needs.industry_inferred else None,
            "services": [s for s in needs.services if s not in needs.declared_services],
        },
    }


def why_empty(step: str, cat: Catalog, idx: np.ndarray, needs: Needs) -> str:
    """Why no provider passed the constraint `step`, given the providers that passed the earlier ones."""
    if step == "budget":
        lowest = np.nanmin(cat.min_budget[idx]) if np.isfinite(cat.min_budget[idx]).any() else None
        text = f"No provider accepts budgets of {needs.money(needs.budget_max)}/month or less"
        suffix = (
            f"; the lowest minimum among matching providers is {money(lowest)}/month."
            if lowest is not None
            else "."
        )
        return text + suffix
    if step == "services":
        return (
            "No provider within your budget offers "
            + taxonomy.join_words([taxonomy.service_label(s) for s in needs.required_services])
            + "."
        )
    wanted = []
    if needs.countries_required:
        names = [taxonomy.country_name(c) for c in sorted(needs.countries)]
        wanted.append("serves " + taxonomy.join_words(names, "or"))
    if needs.languages:
        names = [taxonomy.language_name(c) for c in sorted(needs.languages)]
        wanted.append("works in " + taxonomy.join_words(names, "or"))
    return "No provider that fits your budget and services " + " and ".join(wanted) + "."
