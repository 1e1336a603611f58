"""Ranking providers for a brief: hard constraints, a transparent weighted score, reasons."""

from matcher.ranking.catalog import clear_cache, get_catalog
from matcher.ranking.engine import rank_brief
from matcher.ranking.shortlist import Match, RankResult
from matcher.ranking.weights import WEIGHTS

__all__ = ["WEIGHTS", "Match", "RankResult", "clear_cache", "get_catalog", "rank_brief"]
