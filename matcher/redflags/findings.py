"""The finding the engine returns."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class RedFlag:
    category: str
    severity: str
    start: int  # offsets into the original text of `field`: text[start:end] == evidence
    end: int
    evidence: str
    reason: str
    field: str
    source: str  # which stage found it: "model", "language", "questionnaire"
    score: float  # the model's score; 1.0 for a language or questionnaire finding
    stance: str = "offer"  # how the engine read the sentence (stance.STANCES)

    def as_record(self) -> dict:
        return asdict(self)

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
            "stance": self.stance,
        }
