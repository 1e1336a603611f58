"""Each ranking factor as a vectorised function over the candidate providers, each in [0, 1]."""

from __future__ import annotations

import numpy as np

from matcher.ranking import weights as W
from matcher.ranking.catalog import INDUSTRY_BITS, SERVICE_BITS, Catalog
from matcher.ranking.lexicon import ADJACENT
from matcher.ranking.needs import Needs


def semantic(similarity: np.ndarray) -> np.ndarray:
    return np.clip((similarity - W.SEMANTIC_FLOOR) / W.SEMANTIC_SPAN, 0.0, 1.0)


def industry(cat: Catalog, idx: np.ndarray, needs: Needs) -> np.ndarray:
    if not needs.industry:
        return np.full(len(idx), W.NEUTRAL)
    return cat.derived(("industry", needs.industry), lambda c: _industry_all(c, needs.industry))[idx]


def _industry_all(cat: Catalog, code: str) -> np.ndarray:
    bit = INDUSTRY_BITS[code]
    adjacent = 0
    for other in ADJACENT.get(code, ()):
        adjacent |= INDUSTRY_BITS[other]
    declared = (cat.industries_declared & bit) != 0
    cases = (cat.industries_cases & bit) != 0
    text = (cat.industries_text & bit) != 0
    near = (industries_shown(cat) & adjacent) != 0
    out = np.where(near, W.INDUSTRY_ADJACENT, 0.0)
    out = np.where(text, W.INDUSTRY_TEXT, out)
    out = np.where(declared, W.INDUSTRY_DECLARED, out)
    return np.where(cases, W.INDUSTRY_CASE_STUDY, out)


def industries_shown(cat: Catalog) -> np.ndarray:
    """Industries a provider declares, has case studies in or names in its text (bit sets)."""
    return cat.derived(
        "industries_shown", lambda c: c.industries_declared | c.industries_cases | c.industries_text
    )


def service_coverage(cat: Catalog, idx: np.ndarray, needs: Needs) -> np.ndarray:
    if not needs.services:
        return np.full(len(idx), W.NEUTRAL)
    total = np.zeros(len(idx))
    for code in needs.services:
        total += cat.derived(("service", code), lambda c, code=code: _service_credit(c, code))[idx]
    return total / len(needs.services)


def _service_credit(cat: Catalog, code: str) -> np.ndarray:
    bit = SERVICE_BITS[code]
    declared = (cat.services_declared & bit) != 0
    text = (cat.services_text & bit) != 0
    return np.where(declared, 1.0, np.where(text, W.SERVICE_TEXT_CREDIT, 0.0))


def covers_any(cat: Catalog, idx: np.ndarray, services: tuple[str, ...]) -> np.ndarray:
    wanted = 0
    for code in services:
        wanted |= SERVICE_BITS[code]
    offered = cat.derived("services_offered", lambda c: c.services_declared | c.services_text)
    return (offered[idx] & wanted) != 0


def budget(cat: Catalog, idx: np.ndarray, needs: Needs) -> np.ndarray:
    lo, hi = needs.budget_min, needs.budget_max
    if lo is None and hi is None:
        return np.full(len(idx), W.NEUTRAL)
    pmin, pmax = cat.min_budget[idx], cat.max_budget[idx]
    floor = lo if lo is not None else hi
    ceiling = hi if hi is not None else lo
    span = max(ceiling - floor, 1)
    # Accepts the buyer's whole range: 1; a minimum inside the range: less the higher it sits.
    inside = 1.0 - 0.5 * np.clip((pmin - floor) / span, 0.0, 1.0)
    out = np.where(np.isnan(pmin), W.NEUTRAL, np.where(pmin <= floor, 1.0, inside))
    if lo is None:  # "up to $X" sets no floor, so no provider is too small for it
        return out
    # A provider whose maximum is below the buyer's minimum works at a smaller scale: the further below,
    # the worse the fit.
    small = np.where(np.isnan(pmax), 1.0, np.clip(pmax / max(lo, 1), 0.0, 1.0))
    return np.where(small < 1.0, np.minimum(out, W.UNDERSIZED_CAP * small), out)


def market(cat: Catalog, idx: np.ndarray, needs: Needs) -> np.ndarray:
    if not needs.has_market:
        return np.full(len(idx), W.NEUTRAL)
    country = _any_served(cat, idx, "countries", needs.countries)
    language = _any_served(cat, idx, "languages", needs.languages)
    if needs.countries and needs.languages:
        # The countries say where the buyer sells; a shared language alone is a weak fit.
        out = np.where(country & language, 1.0, np.where(country, 0.8, np.where(language, 0.3, 0.0)))
    else:
        out = np.where(country | language, 1.0, 0.0)
    return np.where(cat.has_market[idx], out, 0.3)


def market_ok(cat: Catalog, idx: np.ndarray, needs: Needs) -> np.ndarray:
    """Serves one of the brief's countries or languages; a provider that states no market is not excluded."""
    served = _any_served(cat, idx, "countries", needs.countries) | _any_served(
        cat, idx, "languages", needs.languages
    )
    return served | ~cat.has_market[idx]


def _any_served(cat: Catalog, idx: np.ndarray, kind: str, codes) -> np.ndarray:
    out = np.zeros(len(idx), dtype=bool)
    for code in codes:
        out |= cat.serves(kind, code)[idx]
    return out


def trust(cat: Catalog, idx: np.ndarray) -> np.ndarray:
    return cat.derived("trust", _trust_all)[idx]


def _trust_all(cat: Catalog) -> np.ndarray:
    base = np.where(np.isnan(cat.trust), W.NEUTRAL, cat.trust)
    return np.clip(base + np.where(cat.verified, W.VERIFIED_BONUS, 0), 0.0, 1.0)


def findings_penalty(cat: Catalog, idx: np.ndarray) -> np.ndarray:
    """Subtracted from the total: open medium-severity findings weigh against a provider."""
    return np.minimum(W.MEDIUM_FINDING_PENALTY * cat.open_medium[idx], W.MEDIUM_PENALTY_CAP)
