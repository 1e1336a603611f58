"""Backlink audit speed on a 100,000-row export (the most one audit reads): rows per second and seconds.

    .venv/bin/python bench/backlink_audit_speed.py [--rows 100000] [--format ahrefs] [--repeat 3]
                                                    [--no-append]

The export comes from the sample generator (seeds/backlinks/make_exports.py) with its planted problems,
written as the vendor writes it (Ahrefs: UTF-16 with tabs, the heaviest to decode). Timed: bytes in,
`audit_export(...).as_dict()` and the flagged-rows CSV out, as the CLI and the web do; generating the
file is not timed. The target is under 10 s on the 2-core machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import append_results, invocation, machine  # noqa: E402
from matcher.backlinks import MAX_ROWS, audit_export  # noqa: E402
from seeds.backlinks import make_exports  # noqa: E402

TARGET_S = 10.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=MAX_ROWS)
    parser.add_argument("--format", default="ahrefs", choices=sorted(make_exports.WRITERS))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-append", action="store_true")
    args = parser.parse_args(argv)

    links = make_exports.generate(seed=7, normal=args.rows - 123)[: args.rows]
    data = make_exports.export_bytes(args.format, links, complete=True)
    times, out = [], {}
    for _ in range(args.repeat):
        start = time.perf_counter()
        report = audit_export(data, brand=make_exports.BRAND, money=make_exports.MONEY)
        out = report.as_dict()
        report.flagged_csv()
        times.append(time.perf_counter() - start)
    best, median = min(times), statistics.median(times)
    rows = out["rows"]
    table = "\n".join([
        "| format | rows | file MB | best s | median s | rows/s (median) | signals | target |",
        "|---|---|---|---|---|---|---|---|",
        f"| {args.format} | {rows:,} | {len(data) / 1e6:.1f} | {best:.2f} | {median:.2f} | "
        f"{rows / median:,.0f} | {len(out['signals'])} | < {TARGET_S:.0f} s: "
        f"{'met' if median < TARGET_S else '**not met**'} |",
        "",
        f"{machine()}",
    ])
    print(table)
    if not args.no_append:
        command = invocation("python bench/backlink_audit_speed.py", argv)
        append_results("Backlink audit speed", command, table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
