"""Ranking providers for a brief: hard constraints, a transparent weighted score, reasons."""

from matcher.ranking.catalog import clear_cache, get_catalog
from matcher.ranking.engine import Match, RankResult, rank_brief
from matcher.ranking.weights import WEIGHTS

__all__ = ["WEIGHTS", "Match", "RankResult", "clear_cache", "get_catalog", "rank_brief"]
