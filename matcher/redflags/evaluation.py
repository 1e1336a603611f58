"""Text-level scores of any vetting function on labelled rows: what the issue's numbers mean.

A text is flagged when the engine raises any claim category in it; `needs_human_reading` is routing, not
a claim, and is counted apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from matcher.redflags.engine import detect_many
from matcher.redflags.registry import CLAIM_CATEGORIES

Predict = Callable[[list[str]], Sequence[set[str]]]


@dataclass
class Scores:
    n: int
    precision: float
    recall: float
    f1: float
    clean_flag_rate: float  # share of clean rows flagged
    hard_negative_fp_rate: float  # share of hard-negative rows flagged
    category_recall: dict[str, tuple[int, int]] = field(default_factory=dict)  # (found, labelled)
    wrong_category: int = 0  # flagged risky rows whose categories miss every label
    # Of the (text, category) pairs raised, the share labelled: whether a finding names the right practice
    # (its reason), where the text-level scores only ask whether a text was flagged.
    category_precision: float = 0.0

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def score(rows: list[dict], predicted: Sequence[set[str]]) -> Scores:
    tp = fp = fn = clean = clean_flagged = hard = hard_flagged = wrong = raised = right = 0
    per_cat = {c: [0, 0] for c in CLAIM_CATEGORIES}
    for row, cats in zip(rows, predicted, strict=True):
        labels = set(row["labels"])
        cats = set(cats) & set(CLAIM_CATEGORIES)
        raised += len(cats)
        right += len(cats & labels)
        if labels:
            tp += bool(cats)
            fn += not cats
            wrong += bool(cats) and not (cats & labels)
            for c in labels:
                per_cat[c][1] += 1
                per_cat[c][0] += c in cats
        else:
            clean += 1
            fp += bool(cats)
            clean_flagged += bool(cats)
            if row.get("hard_negative"):
                hard += 1
                hard_flagged += bool(cats)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(
        n=len(rows), precision=round(precision, 4), recall=round(recall, 4), f1=round(f1, 4),
        clean_flag_rate=round(clean_flagged / clean, 4) if clean else 0.0,
        hard_negative_fp_rate=round(hard_flagged / hard, 4) if hard else 0.0,
        category_recall={c: (v[0], v[1]) for c, v in per_cat.items() if v[1]}, wrong_category=wrong,
        category_precision=round(right / raised, 4) if raised else 0.0,
    )


def evaluate(rows: list[dict], predict: Predict) -> Scores:
    return score(rows, predict([r["text"] for r in rows]))


def engine_predict(texts: list[str]) -> list[set[str]]:
    return [{f.category for f in flags} for flags in detect_many(texts)]
