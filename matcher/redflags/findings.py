"""The finding the engine returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RedFlag:
    category: str
    severity: str
    start: int  # offsets into the original text of `field`: text[start:end] == evidence
    end: int
    evidence: str
    reason: str
    field: str
    source: str  # "pattern" or "semantic": which stage found it
    score: float  # 1.0 for a pattern; the similarity for a semantic hit

    def as_dict(self) -> dict:
        """DESIGN.md's finding shape."""
        return {
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "evidence": self.evidence,
            "reason": self.reason,
            "field": self.field,
        }
