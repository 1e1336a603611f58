"""A shortlist entry's one shape, whether just ranked or read back from a stored shortlist, and its one
serializer: the CLI, the API and the brief page all read `Match` and `as_dict()`.

`reasons` is what `reasons.explain` writes: {"summary": [sentences], "factors": {name: {"value",
"weight", "contribution"}}, "similarity", ...}; `factor()` builds one factor entry, for the engine and for
anyone (tests) who needs a shortlist without ranking.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matcher.models import MatchResult


def factor(value: float, weight: float) -> dict[str, float]:
    return {"value": round(value, 4), "weight": weight, "contribution": round(weight * value, 4)}


@dataclass
class Match:
    provider_id: int
    external_id: str | None
    name: str
    status: str
    score: float
    reasons: dict[str, Any]
    rank: int | None = None

    @classmethod
    def from_stored(cls, row: MatchResult) -> Match:
        p = row.provider
        return cls(
            provider_id=p.id,
            external_id=p.external_id,
            name=p.name,
            status=p.status,
            score=row.score,
            reasons=row.reasons or {},
            rank=row.rank,
        )

    @property
    def factors(self) -> dict[str, dict[str, float]]:
        return self.reasons.get("factors") or {}

    @property
    def summary(self) -> list[str]:
        return self.reasons.get("summary") or []

    @property
    def points(self) -> list[dict[str, str]]:
        """The summary's sentences, each with its sign ("+" in favour, "-" against)."""
        return self.reasons.get("points") or []

    def as_dict(self) -> dict[str, Any]:
        """DESIGN.md's match: `provider_id` is the external id; `id` the catalogue id."""
        out = {
            "provider_id": self.external_id,
            "id": self.provider_id,
            "name": self.name,
            "score": self.score,
            "status": self.status,
            "reasons": self.reasons,
        }
        if self.rank is not None:
            out["rank"] = self.rank
        return out


@dataclass
class RankResult:
    matches: list[Match] = field(default_factory=list)
    empty_reason: str | None = None
    considered: int = 0
    eligible: int = 0
    understood: dict[str, Any] = field(default_factory=dict)  # what the engine read (DESIGN.md)
    notices: list[dict[str, str]] = field(default_factory=list)  # [{"code", "message"}]
