"""Vetting of whole real provider profiles: which risky providers reach the review queue, and which honest
ones are flagged with them.

    .venv/bin/python bench/redflags_profiles.py [--no-append]

Providers: data/match_real/providers.jsonl (181 real provider pages in 12 languages, copied verbatim from
their own pages; risky by two independent labellings, data/match_real/risky.json, kappa 0.966). A provider
is flagged, as in the product, when vetting gives it a high-severity finding; one the engine cannot read
(needs_human_reading) is counted apart. Nothing is trained or tuned on these pages: they are the matching
evaluation's catalogue, read here only to report. (Some red-flag corpus rows were copied from the same
pages; matcher.redflags.corpus.for_fitting keeps them out of training and calibration. The models shipped
before 2026-12-06 had learnt from them: the figures reported before then flatter the engine.)
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
from matcher.redflags import detect_fields_many  # noqa: E402

DATA = ROOT / "data" / "match_real"
FIELDS = ("description", "methodology")


def profiles() -> tuple[list[dict], set[str]]:
    rows = [json.loads(line) for line in (DATA / "providers.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return rows, set(json.loads((DATA / "risky.json").read_text(encoding="utf-8"))["risky"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-append", action="store_true", help="print only; do not add to RESULTS.md")
    args = parser.parse_args(argv)
    rows, risky = profiles()
    fields = [{f: r.get(f) or "" for f in FIELDS} for r in rows]
    found = detect_fields_many(fields, provider_names=[r.get("name") for r in rows])
    counts = {"risky": 0, "risky caught": 0, "honest": 0, "honest flagged": 0, "routed to a human": 0}
    # Routed pages: a Spanish or German one is first read for plain claims (other_languages.py), which
    # takes a risky one out of shortlists at once; a claim on an honest one hides it until a reviewer
    # reads it.
    routed = {"risky": [], "risky caught": [], "honest": [], "honest flagged": []}
    flagged_honest, missed, lowered_honest = [], [], []
    for row, flags in zip(rows, found, strict=True):
        high = sorted({f.category for f in flags if f.severity == "high"})
        if any(f.category == "needs_human_reading" for f in flags):
            counts["routed to a human"] += 1
            kind = "risky" if row["external_id"] in risky else "honest"
            routed[kind].append(row["external_id"])
            if high:
                routed["risky caught" if kind == "risky" else "honest flagged"].append(
                    f"{row['external_id']} ({', '.join(high)})")
            continue
        if row["external_id"] in risky:
            counts["risky"] += 1
            counts["risky caught"] += bool(high)
            if not high:
                missed.append(row["external_id"])
        else:
            counts["honest"] += 1
            counts["honest flagged"] += bool(high)
            if high:
                flagged_honest.append(f"{row['external_id']} ({', '.join(high)})")
            elif flags:  # a medium or low finding: shown lower in shortlists until a reviewer decides
                lesser = ", ".join(sorted({f.category for f in flags}))
                lowered_honest.append(f"{row['external_id']} ({lesser})")
    lines = [
        f"{len(rows)} real provider pages; {counts['routed to a human']} routed to a human reading "
        "(a language the engine does not read).",
        "",
        "| | providers | flagged | share |",
        "|---|---|---|---|",
        f"| risky | {counts['risky']} | {counts['risky caught']} | "
        f"{counts['risky caught'] / max(counts['risky'], 1):.2f} |",
        f"| honest | {counts['honest']} | {counts['honest flagged']} | "
        f"{counts['honest flagged'] / max(counts['honest'], 1):.2f} |",
        "",
        f"Risky not flagged: {', '.join(missed) or 'none'}.",
        f"Honest flagged: {', '.join(flagged_honest) or 'none'}.",
        f"Honest with only a lesser finding (ranked lower until reviewed): {len(lowered_honest)}"
        f"{': ' + ', '.join(lowered_honest) if lowered_honest else ''}.",
        "",
        f"Routed to a human reading: risky {len(routed['risky'])} ({', '.join(routed['risky']) or 'none'}), "
        f"of which {len(routed['risky caught'])} also got a high finding from the Spanish and German reading "
        f"({', '.join(routed['risky caught']) or 'none'}); honest {len(routed['honest'])}, of which "
        f"{len(routed['honest flagged'])} got one ({', '.join(routed['honest flagged']) or 'none'}).",
    ]
    print("\n".join(lines))
    if not args.no_append:
        command = invocation("python bench/redflags_profiles.py", argv)
        append_results("Vetting of real provider profiles", command, "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
