"""Each ranking factor as a vectorised function over the candidate providers, each in [0, 1]."""

from __future__ import annotations

import numpy as np

from matcher.ranking import weights as W
from matcher.ranking.catalog import INDUSTRY_BITS, SERVICE_BITS, Catalog
from matcher.ranking.lexicon import ADJACENT
from matcher.ranking.markets import COUNTRY_LANGUAGES
from matcher.ranking.needs import Needs


def semantic(similarity: np.ndarray) -> np.ndarray:
    return np.clip((similarity - W.SEMANTIC_FLOOR) / W.SEMANTIC_SPAN, 0.0, 1.0)


def industry(cat: Catalog, idx: np.ndarray, needs: Needs) -> np.ndarray:
    if not needs.industry:
        return np.full(len(idx), W.NEUTRAL)
    values = cat.derived(("industry", needs.industry), lambda c: _industry_all(c, needs.industry))[idx]
    if needs.industry_inferred:
        # Read from the buyer's description of itself ("a university", "our clinics"), not asked for: it
        # weighs less than an industry the buyer chose.
        return W.NEUTRAL + W.INFERRED_INDUSTRY_SHARE * (values - W.NEUTRAL)
    return values


def _industry_all(cat: Catalog, code: str) -> np.ndarray:
    bit = INDUSTRY_BITS[code]
    adjacent = 0
    for other in ADJACENT.get(code, ()):
        adjacent |= INDUSTRY_BITS[other]
    declared = (cat.industries_declared & bit) != 0
    cases = (cat.industries_cases & bit) != 0
    text = (cat.industries_text & bit) != 0
    shown = industries_shown(cat)
    near = (shown & adjacent) != 0
    out = np.where(near, W.INDUSTRY_ADJACENT, np.where(shown == 0, W.INDUSTRY_UNSTATED, 0.0))
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
    coverage = total / len(needs.services)
    if not needs_local(needs):
        coverage = np.where(local_shops(cat)[idx], coverage * W.LOCAL_SHOP_SHARE, coverage)
    return coverage


def needs_local(needs: Needs) -> bool:
    """The brief asks for local work: local SEO, or a business that serves its own town."""
    return "local_seo" in needs.services or needs.industry == "local_services"


def local_shops(cat: Catalog) -> np.ndarray:
    """Providers whose line is local SEO: it is one of at most LOCAL_SHOP_SERVICES services they list (a
    local-citation and map-pack shop, not a firm that also does local work)."""
    def build(c: Catalog) -> np.ndarray:
        declared = c.services_declared
        listed = np.array([int(v).bit_count() for v in declared], dtype=np.int64)
        return ((declared & SERVICE_BITS["local_seo"]) != 0) & (listed <= W.LOCAL_SHOP_SERVICES)

    return cat.derived("local_shops", build)


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
    pmin = cat.min_budget[idx]
    floor = lo if lo is not None else hi
    ceiling = hi if hi is not None else lo
    span = max(ceiling - floor, 1)
    # Accepts the buyer's whole range: 1; a minimum inside the range: less the higher it sits.
    inside = 1.0 - 0.5 * np.clip((pmin - floor) / span, 0.0, 1.0)
    out = np.where(np.isnan(pmin), W.NEUTRAL, np.where(pmin <= floor, 1.0, inside))
    if lo is None:  # "up to $X" sets no floor, so no provider is too small for it
        return out
    # A provider whose usual engagements top out below the buyer's minimum works at a smaller scale: the
    # further below, the worse the fit. Its stated maximum says so, else the scale its own text describes.
    top = usual_top(cat, idx)
    small = np.where(np.isnan(top), 1.0, np.clip(top / max(lo, 1), 0.0, 1.0))
    return np.where(small < 1.0, np.minimum(out, W.UNDERSIZED_CAP * small), out)


def usual_top(cat: Catalog, idx: np.ndarray) -> np.ndarray:
    """The most a provider usually works for a month: its stated maximum, else what its text describes."""
    return np.where(np.isnan(cat.max_budget[idx]), cat.usual_top[idx], cat.max_budget[idx])


def market(cat: Catalog, idx: np.ndarray, needs: Needs) -> np.ndarray:
    """Each market requirement met: 1; not stated by the provider: a partial credit; for a buyer who said
    location does not matter, another country only weighs a little."""
    if not needs.has_market:
        return np.full(len(idx), W.NEUTRAL)
    parts = []
    if needs.countries:
        served = _any_served(cat, idx, "countries", needs.countries)
        unknown = ~states(cat, "countries")[idx]
        other = W.MARKET_REMOTE_OTHER if needs.remote_ok else 0.0
        parts.append(np.where(served, 1.0, np.where(unknown, W.MARKET_UNSTATED, other)))
    if needs.languages:
        served = _any_served(cat, idx, "languages", needs.languages)
        unknown = ~states(cat, "languages")[idx] | local_to(cat, idx, needs.languages)
        parts.append(np.where(served, 1.0, np.where(unknown, W.MARKET_UNSTATED, 0.0)))
    return sum(parts) / len(parts)


def local_to(cat: Catalog, idx: np.ndarray, languages) -> np.ndarray:
    """Providers serving a country where one of `languages` is spoken: they may well work in it though
    their page is in another (a German agency's English site), so they are not excluded for it."""
    countries = {c for c, langs in COUNTRY_LANGUAGES.items() if set(langs) & set(languages)}
    return _any_served(cat, idx, "countries", countries)


def market_ok(cat: Catalog, idx: np.ndarray, needs: Needs) -> np.ndarray:
    """The brief's markets as requirements: serves one of its countries (unless location does not matter)
    and works in one of its languages. A provider that does not state its countries (or languages) is not
    excluded for them, only ranked below those that do serve them."""
    ok = np.ones(len(idx), dtype=bool)
    if needs.countries_required:
        ok &= _any_served(cat, idx, "countries", needs.countries) | ~states(cat, "countries")[idx]
    if needs.languages:
        ok &= (_any_served(cat, idx, "languages", needs.languages) | ~states(cat, "languages")[idx]
               | local_to(cat, idx, needs.languages))
    return ok


def states(cat: Catalog, kind: str) -> np.ndarray:
    """Providers that list any country (kind "countries") or language ("languages")."""
    sets = cat.countries if kind == "countries" else cat.languages
    return cat.derived(
        ("states", kind), lambda c: np.fromiter((bool(x) for x in sets), dtype=bool, count=len(c))
    )


def _any_served(cat: Catalog, idx: np.ndarray, kind: str, codes) -> np.ndarray:
    out = np.zeros(len(idx), dtype=bool)
    for code in codes:
        out |= cat.serves(kind, code)[idx]
    return out


def trust(cat: Catalog, idx: np.ndarray) -> np.ndarray:
    return cat.derived("trust", _trust_all)[idx]


def _trust_all(cat: Catalog) -> np.ndarray:
    base = np.where(np.isnan(cat.trust), W.NEUTRAL, cat.trust)
    shown = W.EVIDENCE_BONUS * np.minimum(cat.evidence, W.EVIDENCE_CLIENTS_MAX)
    return np.clip(base + np.where(cat.verified, W.VERIFIED_BONUS, 0) + shown, 0.0, 1.0)


def findings_penalty(cat: Catalog, idx: np.ndarray) -> np.ndarray:
    """Subtracted from the total: open medium-severity findings weigh against a provider."""
    return np.minimum(W.MEDIUM_FINDING_PENALTY * cat.open_medium[idx], W.MEDIUM_PENALTY_CAP)
