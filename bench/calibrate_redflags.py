"""Choose the semantic stage's per-category thresholds on the development split.

    .venv/bin/python bench/calibrate_redflags.py            # print the chosen thresholds
    .venv/bin/python bench/calibrate_redflags.py --write    # and store them in matcher/redflags/thresholds.py

The semantic stage exists to catch what the patterns miss, so it is calibrated on its own predictions,
not on the union with the patterns (which would always say "add nothing" on the split the patterns were
written against). For each category the grid search maximises F0.5 (precision weighs double: a wrong
finding costs a provider trust score) over a minimum similarity and a margin over the nearest honest
counter-example; ties go to the stricter setting.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.redflags_eval import load  # noqa: E402
from matcher import embeddings  # noqa: E402
from matcher.redflags import CATEGORIES  # noqa: E402
from matcher.redflags import semantic as sem  # noqa: E402
from matcher.redflags.prefilter import lower_same_length  # noqa: E402
from matcher.redflags.sentences import split_sentences  # noqa: E402

BETA = 0.5
MIN_SIMS = np.round(np.arange(0.50, 0.86, 0.01), 2)  # below 0.5 the model matches mere topic
MARGINS = np.round(np.arange(0.0, 0.16, 0.01), 2)  # closer to a claim than to any honest example
OPEN = {c: {"min_sim": -1.0, "margin": -9.0} for c in CATEGORIES}
TARGET = ROOT / "matcher" / "redflags" / "thresholds.py"


def collect(split: str = "dev") -> tuple[list[set[str]], list[tuple[int, str, float, float]]]:
    """Gold labels per line, and (line, category, claim similarity, counter similarity) for every sentence
    and category that passes the anchor and scope checks, i.e. every place a threshold decides."""
    rows = load(split)
    sentences = []
    for li, row in enumerate(rows):
        text = lower_same_length(row["text"])
        for sent in split_sentences(row["text"]):
            if sem.wants_embedding(text, sent):
                sentences.append((li, text, sent, row["text"]))
    vectors = embeddings.encode([o[s[0] : s[1]] for _, _, s, o in sentences])
    claim_sims, counter_sims = sem.similarities(vectors)
    points = []
    for k, (li, text, sent, original) in enumerate(sentences):
        found = sem.categories_for(text, sent, claim_sims[k], float(counter_sims[k]), OPEN, original=original)
        for category, _ in found:
            ci = CATEGORIES.index(category)
            points.append((li, category, float(claim_sims[k, ci]), float(counter_sims[k])))
    return [set(r["categories"]) for r in rows], points


def _fbeta(tp: int, fp: int, fn: int) -> float:
    if tp == 0:
        return 0.0
    p, r = tp / (tp + fp), tp / (tp + fn)
    return (1 + BETA**2) * p * r / (BETA**2 * p + r)


def choose(gold: list[set[str]], points: list[tuple[int, str, float, float]]) -> dict[str, dict]:
    chosen = {}
    for category in CATEGORIES:
        positives = {li for li, g in enumerate(gold) if category in g}
        pts = [(li, s, s - c) for li, cat, s, c in points if cat == category]
        best = None
        for t in MIN_SIMS:
            for m in MARGINS:
                hit = {li for li, s, d in pts if s >= t and d >= m}
                tp, fp = len(hit & positives), len(hit - positives)
                key = (_fbeta(tp, fp, len(positives) - tp), t, m)
                if best is None or key > best[0]:
                    best = (key, tp, fp)
        (f, t, m), tp, fp = best
        chosen[category] = {
            "min_sim": float(t),
            "margin": float(m),
            "f05": round(f, 3),
            "tp": tp,
            "fp": fp,
            "positives": len(positives),
        }
    return chosen


def render(chosen: dict[str, dict]) -> str:
    lines = [
        '"""Per-category thresholds of the semantic stage.',
        "",
        "Chosen by `python bench/calibrate_redflags.py --write` on the development split (F0.5 of the",
        "semantic stage alone); rerun it after changing the example banks or the scope checks.",
        '"""',
        "",
        "THRESHOLDS: dict[str, dict[str, float]] = {",
    ]
    for c, v in chosen.items():
        lines.append(f'    "{c}": {{"min_sim": {v["min_sim"]:.2f}, "margin": {v["margin"]:.2f}}},')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Calibrate the semantic red-flag thresholds (dev split).")
    parser.add_argument("--write", action="store_true", help=f"write {TARGET.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    gold, points = collect("dev")
    chosen = choose(gold, points)
    print(f"{'category':24s} {'min_sim':>7s} {'margin':>6s} {'F0.5':>5s} {'tp':>3s} {'fp':>3s} {'pos':>4s}")
    for c, v in chosen.items():
        print(
            f"{c:24s} {v['min_sim']:7.2f} {v['margin']:6.2f} {v['f05']:5.3f} {v['tp']:3d} {v['fp']:3d} "
            f"{v['positives']:4d}"
        )
    print()
    print(render(chosen))
    if args.write:
        TARGET.write_text(render(chosen), encoding="utf-8")
        print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
