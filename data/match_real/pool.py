"""The pairs the labelers grade: for each brief with an SEO need, the union of the top 15 of each system
(full engine, embedding similarity alone, structured filters alone), plus 5 providers drawn at random, so
the grades do not only describe what the systems already find. Written in provider-id order: a labeler
cannot tell which system proposed a pair, or where it ranked.

    python data/match_real/pool.py      (after assemble.py; writes pool.jsonl)
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))

from bench import match_eval  # noqa: E402
from bench.common import temp_runtime  # noqa: E402

DEPTH = 15
RANDOM_EXTRA = 5


def main() -> None:
    ds = match_eval.SETS["real"]
    rows = [r for r in match_eval.briefs("all", ds) if r.get("need") != "off_scope"]
    everyone = [p["external_id"] for p in match_eval.read_jsonl(ds.folder / ds.providers)]
    with temp_runtime() as rt:
        match_eval.load_eval_providers(rt, ds)
        with rt.db.session() as session:
            full, _told = match_eval.run_full(rt, session, rows, top=DEPTH)
            runs = [
                full,
                match_eval.run_semantic_only(rt, session, rows, top=DEPTH),
                match_eval.run_filters_only(session, rows, top=DEPTH),
            ]
    rng = random.Random(16)
    with open(HERE / "pool.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            pool = set().union(*(run[r["external_id"]] for run in runs))
            pool |= set(rng.sample([p for p in everyone if p not in pool], RANDOM_EXTRA))
            fh.write(json.dumps({"brief_id": r["external_id"], "provider_ids": sorted(pool)}) + "\n")
    print(f"{len(rows)} briefs pooled")


if __name__ == "__main__":
    main()
