"""Rank vetted providers for a brief: hard constraints first, then a weighted, explained score."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from sqlalchemy.orm import Session

from matcher.ranking import factors
from matcher.ranking.catalog import Catalog, get_catalog
from matcher.ranking.needs import Needs, needs_from_brief
from matcher.ranking.reasons import explain, why_empty
from matcher.ranking.weights import WEIGHTS


@dataclass
class Match:
    provider_id: int
    external_id: str | None
    name: str
    status: str
    score: float
    reasons: dict


@dataclass
class RankResult:
    matches: list[Match] = field(default_factory=list)
    empty_reason: str | None = None
    considered: int = 0
    eligible: int = 0


def eligible_positions(cat: Catalog, needs: Needs) -> tuple[np.ndarray, str | None]:
    """Positions of providers that pass every hard constraint; when none do, the reason in words."""
    idx = cat.derived("matchable_positions", lambda c: np.flatnonzero(c.matchable))
    steps: list[tuple[str, np.ndarray]] = []
    if needs.budget_max is not None:
        steps.append(("budget", ~(cat.min_budget[idx] > needs.budget_max)))
    if needs.services and needs.services_declared:
        steps.append(("services", factors.covers_any(cat, idx, needs.services)))
    if needs.has_market and needs.markets_declared:
        steps.append(("market", factors.market_ok(cat, idx, needs)))
    keep = np.ones(len(idx), dtype=bool)
    for name, mask in steps:
        after = keep & mask
        if not after.any() and keep.any():
            return idx[after], why_empty(name, cat, idx[keep], needs)
        keep = after
    if not len(idx):
        return idx, "No vetted provider is available yet."
    return idx[keep], None


def score_positions(
    cat: Catalog, idx: np.ndarray, needs: Needs, similarity: np.ndarray
) -> dict[str, np.ndarray]:
    return {
        "semantic": factors.semantic(similarity),
        "industry": factors.industry(cat, idx, needs),
        "services": factors.service_coverage(cat, idx, needs),
        "trust": factors.trust(cat, idx),
        "budget": factors.budget(cat, idx, needs),
        "market": factors.market(cat, idx, needs),
    }


def combine(values: dict[str, np.ndarray], penalty: np.ndarray) -> np.ndarray:
    return sum(WEIGHTS[name] * values[name] for name in WEIGHTS) - penalty


def top_positions(total: np.ndarray, ids: np.ndarray, top: int) -> np.ndarray:
    """Best first; equal scores by provider id, so the same data always gives the same shortlist."""
    if len(total) > top * 4:
        part = np.argpartition(-total, top)[: top * 4]
    else:
        part = np.arange(len(total))
    order = np.lexsort((ids[part], -np.round(total[part], 9)))
    return part[order][:top]


def rank_brief(session: Session, brief: dict, top: int = 10) -> RankResult:
    from matcher.index import embed_query, get_index

    cat = get_catalog(session)
    needs = needs_from_brief(brief)
    idx, empty_reason = eligible_positions(cat, needs)
    result = RankResult(considered=len(cat), eligible=len(idx), empty_reason=empty_reason)
    if not len(idx):
        return result
    query = embed_query(needs.query_text())
    ids = cat.ids[idx]
    similarity = np.asarray(get_index().similarities(query, ids), dtype=float)
    values = score_positions(cat, idx, needs, similarity)
    penalty = factors.findings_penalty(cat, idx)
    total = combine(values, penalty)
    for j in top_positions(total, ids, top):
        pos = int(idx[j])
        per = {name: float(values[name][j]) for name in WEIGHTS}
        result.matches.append(
            Match(
                provider_id=int(cat.ids[pos]),
                external_id=cat.external_ids[pos],
                name=cat.names[pos],
                status=cat.statuses[pos],
                score=round(float(total[j]), 4),
                reasons=explain(cat, pos, needs, per, float(similarity[j]), float(penalty[j])),
            )
        )
    return result
