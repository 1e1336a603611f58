"""Rank vetted providers for a brief: hard constraints first, then a weighted, explained score."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from sqlalchemy.orm import Session

from matcher.embedding_cache import Encoders
from matcher.index import ProviderIndex, embed_query
from matcher.ranking import factors, notices
from matcher.ranking.catalog import Catalog, get_catalog
from matcher.ranking.needs import Needs, needs_from_brief
from matcher.ranking.reasons import explain, why_empty
from matcher.ranking.shortlist import Match, RankResult
from matcher.ranking.weights import WEIGHTS


def eligible_positions(cat: Catalog, needs: Needs) -> tuple[np.ndarray, str | None]:
    """Positions of providers that pass every hard constraint; when none do, the reason in words."""
    idx = cat.derived("matchable_positions", lambda c: np.flatnonzero(c.matchable))
    steps: list[tuple[str, np.ndarray]] = []
    if needs.budget_max is not None:
        steps.append(("budget", ~(cat.min_budget[idx] > needs.budget_max)))
    if needs.required_services:  # loose service words in the scope weigh in the score, not as a filter
        steps.append(("services", factors.covers_any(cat, idx, needs.required_services)))
    if needs.has_market:
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


def score_positions(cat: Catalog, idx: np.ndarray, needs: Needs) -> dict[str, np.ndarray]:
    """Every factor but the semantic one, which needs the brief's vector (see `best_positions`)."""
    return {
        "industry": factors.industry(cat, idx, needs),
        "services": factors.service_coverage(cat, idx, needs),
        "trust": factors.trust(cat, idx),
        "budget": factors.budget(cat, idx, needs),
        "market": factors.market(cat, idx, needs),
    }


def combine(values: dict[str, np.ndarray], penalty: np.ndarray) -> np.ndarray:
    return sum(WEIGHTS[name] * values[name] for name in WEIGHTS) - penalty


def top_positions(total: np.ndarray, ids: np.ndarray, top: int) -> np.ndarray:
    """Best first; equal scores (to 9 decimals) by provider id, so the same data always gives the same
    shortlist. Every candidate tied with the top-th score is kept for the tie-break, however many."""
    rounded = np.round(total, 9)
    if len(rounded) > top:
        kth = np.partition(rounded, len(rounded) - top)[len(rounded) - top]
        part = np.flatnonzero(rounded >= kth)
    else:
        part = np.arange(len(rounded))
    order = np.lexsort((ids[part], -rounded[part]))
    return part[order][:top]


# Candidates whose similarity is computed per step of `best_positions`, and how many of the best base
# scores are put in order up front (sorting all of 35,000 costs more than the rest of the ranking).
BLOCK = 512
HEAD = 4096


def _best_first(base: np.ndarray, count: int, skip: np.ndarray | None = None) -> np.ndarray:
    """Positions of the `count` highest base scores (leaving out `skip`), highest first."""
    pool = np.arange(len(base)) if skip is None else np.setdiff1d(np.arange(len(base)), skip)
    if count < len(pool) - 1:
        pool = pool[np.argpartition(-base[pool], count)[:count]]
    return pool[np.argsort(-base[pool], kind="stable")]


def best_positions(
    base: np.ndarray, ids: np.ndarray, similarity_of: Callable[[np.ndarray], np.ndarray], top: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The top positions by base + semantic, reading the similarity of as few candidates as possible.

    The semantic factor adds at most its weight, so once the best base score not yet read plus that
    weight falls below the current top-th total, no later candidate can enter the shortlist: the answer
    is the same as scoring everyone (ties included), but a match touches a few thousand vectors rather
    than every eligible provider's. Returns (top positions best first, similarity, total), the last two
    filled for the positions read.
    """
    w = WEIGHTS["semantic"]
    order = _best_first(base, HEAD)
    similarity = np.zeros(len(base))
    total = np.full(len(base), -np.inf)
    done = 0
    while done < len(base):
        if done == len(order):  # rarely: the best HEAD were not enough, so order the rest too
            order = np.concatenate([order, _best_first(base, len(base) - done, skip=order)])
        block = order[done : done + BLOCK]
        similarity[block] = similarity_of(block)
        total[block] = base[block] + w * factors.semantic(similarity[block])
        done += len(block)
        if top <= done < len(base):
            kth = np.partition(total[order[:done]], done - top)[done - top]
            best_unread = base[order[min(done, len(order) - 1)]]  # order is best first
            if best_unread + w < kth - 1e-9:  # below the rounding top_positions compares at
                break
    read = order[:done]
    return read[top_positions(total[read], ids[read], top)], similarity, total


def rank_brief(session: Session, brief: dict, index: ProviderIndex, top: int = 10,
               encoders: Encoders | None = None) -> RankResult:
    """The shortlist for a brief; `index` is the runtime's provider index (index.get_index(rt));
    `encoders` the runtime's embedding caches (`embedding_cache.ranking_encoders`), else the model."""
    cat = get_catalog(session)
    needs = needs_from_brief(brief)
    said = notices.brief_notices(needs, encoders.sentences if encoders else None)
    result = RankResult(considered=len(cat), understood=needs.understood(), notices=said)
    off_scope = next((n for n in said if n["code"] == "off_scope"), None)
    if off_scope:  # no list: the notice says what we match instead
        result.empty_reason = off_scope["message"]
        return result
    idx, empty_reason = eligible_positions(cat, needs)
    result.eligible, result.empty_reason = len(idx), empty_reason
    if not len(idx):
        result.notices.append(notices.no_match(empty_reason or "No provider fits this brief yet."))
        return result
    ids = cat.ids[idx]
    values = score_positions(cat, idx, needs)
    penalty = factors.findings_penalty(cat, idx)
    base = combine({"semantic": 0.0, **values}, penalty)
    query = encoders.query([needs.query_text()])[0] if encoders else embed_query(needs.query_text())
    chosen, similarity, total = best_positions(
        base, ids, lambda sel: np.asarray(index.similarities(query, ids[sel]), dtype=float), top
    )
    for j in chosen:
        pos = int(idx[j])
        semantic = factors.semantic(similarity[j])
        per = {name: float(semantic if name == "semantic" else values[name][j]) for name in WEIGHTS}
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
