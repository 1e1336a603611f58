"""Findings from the questionnaire's structured answers: deterministic, with the chosen answer as evidence.

Which choices are findings is data, next to the question (`"flag": {"category", "severity"?}` on a choice
in seeds/questionnaire.json), so an honest tick box (curated directories, disclosed sponsored posts) is
never one and a new risky choice needs no code.
"""

from __future__ import annotations

from typing import Any

from matcher.questionnaire import Questionnaire
from matcher.redflags.findings import RedFlag
from matcher.redflags.registry import REGISTRY, reason_for


def answer_findings(questionnaire: Questionnaire, answers: dict[str, Any]) -> list[RedFlag]:
    flags = []
    for question in questionnaire.questions:
        chosen = answers.get(question["key"])
        values = chosen if isinstance(chosen, list) else [chosen]
        for choice in question.get("choices", []):
            flag = choice.get("flag")
            if not flag or choice["value"] not in values:
                continue
            category = flag["category"]
            evidence = choice["label"]
            flags.append(RedFlag(
                category=category, severity=flag.get("severity", REGISTRY[category].severity), start=0,
                end=len(evidence), evidence=evidence, reason=reason_for(category, evidence),
                field=question["key"], source="questionnaire", score=1.0, stance="offer",
            ))
    return flags
