"""Evaluate the red-flag engine on a labelled split: per-category and micro-averaged P/R/F1, and the
false-positive rate on hard negatives, for the whole pipeline and for the pattern stage alone.

    .venv/bin/python bench/redflags_eval.py                # held-out split
    .venv/bin/python bench/redflags_eval.py --split dev

Each line is one labelled unit (usually one sentence); it counts as predicted for a category when any
finding of that category lies in it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from matcher.redflags import CATEGORIES, detect_many  # noqa: E402

DATA = ROOT / "tests" / "data"


def load(split: str) -> list[dict]:
    path = DATA / f"redflags_{split}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score(rows: list[dict], predicted: list[set[str]]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    flagged = Counter()
    kinds = Counter(r["kind"] for r in rows)
    for row, pred in zip(rows, predicted, strict=True):
        gold = set(row["categories"])
        for c in pred & gold:
            tp[c] += 1
        for c in pred - gold:
            fp[c] += 1
        for c in gold - pred:
            fn[c] += 1
        if pred and row["kind"] != "claim":
            flagged[row["kind"]] += 1
    return {
        "lines": len(rows),
        "overall": _prf(sum(tp.values()), sum(fp.values()), sum(fn.values())),
        "per_category": {c: _prf(tp[c], fp[c], fn[c]) for c in CATEGORIES},
        "hard_negative_fp_rate": round(flagged["hard_negative"] / kinds["hard_negative"], 4)
        if kinds["hard_negative"]
        else 0.0,
        "clean_fp_rate": round(flagged["clean"] / kinds["clean"], 4) if kinds["clean"] else 0.0,
    }


def predict(rows: list[dict], semantic: bool = True) -> list[set[str]]:
    findings = detect_many([r["text"] for r in rows], semantic=semantic)
    return [{f.category for f in flags} for flags in findings]


def evaluate(split: str = "heldout", semantic: bool = True) -> dict:
    """Metrics of the real pipeline (or its pattern stage alone) on one split."""
    rows = load(split)
    return score(rows, predict(rows, semantic=semantic))


def _table(name: str, result: dict) -> str:
    o = result["overall"]
    lines = [
        f"{name}: {result['lines']} lines   overall P={o['precision']:.3f} R={o['recall']:.3f} "
        f"F1={o['f1']:.3f}   hard-negative FP rate={result['hard_negative_fp_rate']:.1%}   "
        f"clean FP rate={result['clean_fp_rate']:.1%}",
        f"  {'category':24s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>4s} {'fp':>4s} {'fn':>4s}",
    ]
    for c, m in result["per_category"].items():
        lines.append(
            f"  {c:24s} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
            f"{m['tp']:4d} {m['fp']:4d} {m['fn']:4d}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="heldout", choices=["heldout", "dev"])
    parser.add_argument("--errors", action="store_true", help="list the lines the full pipeline gets wrong")
    args = parser.parse_args(argv)
    rows = load(args.split)
    full = predict(rows, semantic=True)
    print(_table(f"[{args.split}] full pipeline (patterns + semantic)", score(rows, full)))
    print()
    print(_table(f"[{args.split}] patterns only", score(rows, predict(rows, semantic=False))))
    if args.errors:
        print()
        for row, pred in zip(rows, full, strict=True):
            gold = set(row["categories"])
            if pred != gold:
                extra, missed = sorted(pred - gold), sorted(gold - pred)
                print(f"{row['id']} {row['kind']:13s} +{extra} -{missed}  {row['text']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
