"""Vetting on real snippets from hosts the corpus does not hold (data/redflags_real/unseen/), one labelling.

    .venv/bin/python bench/redflags_unseen.py [--set unseen|probe2] [--no-append]

418 snippets copied verbatim from 355 hosts that no corpus row comes from (agency service and FAQ pages,
link sellers, marketplaces, blogs; 98 in languages the engine routes to a person), each labelled by the
helper who gathered it, by data/redflags_real/RUBRIC.md, before the engine read it. One labelling, not two:
a probe, not ground truth, and outside the corpus and its splits. It was gathered on 2026-12-07 to find
the classes of error the dev split no longer shows, and the engine was then changed for those classes, so
its figures after that date are in-sample. A text is flagged when the engine raises a claim category in it;
routed texts (needs_human_reading) are counted apart.

`--set probe2` reads the second probe (data/redflags_real/probe2/, gathered on 2026-12-08 the same way from
hosts in neither the corpus, the first probe nor the provider pages; see its README): its first reading, at
the commit that README names, was taken before anything was changed for it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import append_results, invocation  # noqa: E402
from matcher.redflags import detect_many  # noqa: E402

SETS = {
    "unseen": (ROOT / "data" / "redflags_real" / "unseen", ("honest", "vendors", "profiles", "sellers")),
    "probe2": (ROOT / "data" / "redflags_real" / "probe2", ("guarantees", "links")),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="unseen")
    parser.add_argument("--no-append", action="store_true")
    args = parser.parse_args(argv)
    data, parts = SETS[args.set]
    rows = [json.loads(line) for part in parts for line in (data / f"{part}.jsonl").open(encoding="utf-8")
            if line.strip()]
    found = detect_many([r["text"] for r in rows])
    routed = [any(f.category == "needs_human_reading" for f in flags) for flags in found]
    read = [(r, {f.category for f in flags} - {"needs_human_reading"})
            for r, flags, away in zip(rows, found, routed, strict=True) if not away]
    tp = sum(1 for r, cats in read if r["labels"] and cats)
    risky = sum(1 for r, _ in read if r["labels"])
    clean = len(read) - risky
    fp = sum(1 for r, cats in read if not r["labels"] and cats)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / risky if risky else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    misses = sorted({c for r, cats in read if r["labels"] and not cats for c in r["labels"]})
    table = "\n".join([
        f"{len(rows)} snippets from {len({r['host'] for r in rows})} hosts; {sum(routed)} routed to a person "
        f"(another language), {len(read)} read: {risky} risky, {clean} clean.",
        "",
        "| precision | recall | F1 | clean flagged |",
        "| --- | --- | --- | --- |",
        f"| {precision:.3f} ({tp}/{tp + fp}) | {recall:.3f} ({tp}/{risky}) | {f1:.3f} | "
        f"{fp / clean:.1%} ({fp}/{clean}) |",
        "",
        f"Categories of the risky texts missed: {', '.join(misses) or 'none'}.",
    ])
    print(table)
    if not args.no_append:
        append_results(f"Red-flag quality, real snippets from unseen hosts ({args.set}, one labelling)",
                       invocation(".venv/bin/python bench/redflags_unseen.py", argv), table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
