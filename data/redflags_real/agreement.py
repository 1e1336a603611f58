"""Agreement of the two independent labellings (Cohen's kappa), on the flagged/clean decision and per
category; lists the rows to adjudicate.

    .venv/bin/python data/redflags_real/agreement.py [--folder data/redflags_real/multilingual]
        [--write-disagreements FILE]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

HERE = Path(__file__).resolve().parent
CATEGORIES = ("guaranteed_rankings", "guaranteed_link_count", "paid_links", "pbn", "automated_links",
              "anchor_manipulation", "undisclosed_methods", "unrealistic_timeline", "deceptive_tactics")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write-disagreements")
    parser.add_argument("--folder", type=Path, default=HERE, help="the corpus's folder (default: this one)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (args.folder / "corpus.jsonl").read_text().splitlines()]
    both = [r for r in rows if r["labels_b"] is not None]
    a = [bool(r["labels_a"]) for r in both]
    b = [bool(r["labels_b"]) for r in both]
    print(f"rows labelled twice: {len(both)}")
    agree = sum(x == y for x, y in zip(a, b, strict=True)) / len(both)
    print(f"flagged vs clean: agreement {agree:.3f}, Cohen's kappa {cohen_kappa_score(a, b):.3f}")
    for c in CATEGORIES:
        ca = [c in r["labels_a"] for r in both]
        cb = [c in r["labels_b"] for r in both]
        if any(ca) or any(cb):
            print(f"  {c:24s} kappa {cohen_kappa_score(ca, cb):.3f}  (A {sum(ca)}, B {sum(cb)})")
    differ = [r for r in both if sorted(r["labels_a"]) != sorted(r["labels_b"])]
    print(f"rows whose label sets differ: {len(differ)}")
    if args.write_disagreements:
        with open(args.write_disagreements, "w", encoding="utf-8") as fh:
            for r in differ:
                fh.write(json.dumps({"id": r["id"], "text": r["text"], "labels_a": r["labels_a"],
                                     "labels_b": r["labels_b"]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
