"""Ranking quality on the labeled evaluation set (bench/data), for the full engine and two baselines.

    python -m bench.match_eval [--split test|dev|all]

Prints NDCG@10, precision@5 (grade >= 2) and red-flag leakage (share of briefs whose top 10 holds a provider
labeled risky) for: the full engine; embedding similarity alone (all providers, nearest first); structured
filters alone (hard constraints on the declared fields, then the count of declared matches).
The 'test' split is held out: the weights were tuned on 'dev' only.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from functools import lru_cache

import numpy as np

from bench.common import DATA, append_results, read_jsonl, temp_runtime

K = 10


def ndcg(grades: list[int], ideal: list[int], k: int = K) -> float:
    def dcg(values):
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(values[:k]))

    best = dcg(sorted(ideal, reverse=True))
    return dcg(grades) / best if best else 0.0


@lru_cache(maxsize=1)
def labels() -> tuple[dict, set]:
    qrels: dict[str, dict[str, int]] = {}
    for row in read_jsonl(DATA / "eval_qrels.jsonl"):
        qrels.setdefault(row["brief_id"], {})[row["provider_id"]] = row["grade"]
    risky = set(json.loads((DATA / "eval_risky.json").read_text())["risky"])
    return qrels, risky


def briefs(split: str) -> list[dict]:
    rows = read_jsonl(DATA / "eval_briefs.jsonl")
    return [r for r in rows if split == "all" or r["split"] == split]


def score_runs(runs: dict[str, list[str]]) -> dict[str, float]:
    qrels, risky = labels()
    n, p5, leaks = [], [], 0
    for brief_id, ranked in runs.items():
        graded = qrels.get(brief_id, {})
        n.append(ndcg([graded.get(p, 0) for p in ranked], list(graded.values())))
        p5.append(sum(1 for p in ranked[:5] if graded.get(p, 0) >= 2) / 5)
        leaks += any(p in risky for p in ranked[:K])
    return {"ndcg@10": float(np.mean(n)), "p@5": float(np.mean(p5)), "leakage": leaks / max(len(runs), 1)}


def _brief_input(row: dict) -> dict:
    from marshmallow import EXCLUDE

    from matcher.schemas import BriefInputSchema

    return BriefInputSchema(unknown=EXCLUDE).load({k: v for k, v in row.items() if k != "split"})


def run_full(rt, session, rows) -> dict[str, list[str]]:
    from matcher.index import get_index
    from matcher.ranking import rank_brief

    index = get_index(rt)

    return {
        r["external_id"]: [m.external_id for m in rank_brief(session, _brief_input(r), index, top=K).matches]
        for r in rows
    }


def run_semantic_only(rt, session, rows) -> dict[str, list[str]]:
    from matcher.index import embed_query, get_index
    from matcher.ranking import get_catalog
    from matcher.ranking.needs import needs_from_brief

    cat = get_catalog(session)
    ext = dict(zip(cat.ids.tolist(), cat.external_ids, strict=True))
    out = {}
    for r in rows:
        hits = get_index(rt).search(embed_query(needs_from_brief(_brief_input(r)).query_text()), K)
        out[r["external_id"]] = [ext[pid] for pid, _ in hits]
    return out


def run_filters_only(session, rows) -> dict[str, list[str]]:
    """Hard constraints on declared fields only, then the number of declared matches; no text, no vetting."""
    from matcher.ranking import get_catalog
    from matcher.ranking.catalog import INDUSTRY_BITS, SERVICE_BITS

    cat = get_catalog(session)
    out = {}
    for r in rows:
        b = _brief_input(r)
        keep = np.ones(len(cat), dtype=bool)
        if b["budget_max_usd"] is not None:
            keep &= ~(cat.min_budget > b["budget_max_usd"])
        wanted = sum(SERVICE_BITS[s] for s in b["services"])
        if wanted:
            keep &= (cat.services_declared & wanted) != 0
        if b["countries"] or b["languages"]:
            served = np.array(
                [
                    bool(set(b["countries"]) & c or set(b["languages"]) & lang)
                    for c, lang in zip(cat.countries, cat.languages, strict=True)
                ]
            )
            keep &= served
        score = np.zeros(len(cat))
        if b["industry"]:
            score += (cat.industries_declared & INDUSTRY_BITS[b["industry"]]) != 0
        for s in b["services"]:
            score += (cat.services_declared & SERVICE_BITS[s]) != 0
        idx = np.flatnonzero(keep)
        order = np.lexsort((cat.ids[idx], -score[idx]))[:K]
        out[r["external_id"]] = [cat.external_ids[i] for i in idx[order]]
    return out


def load_eval_providers(rt) -> None:
    from matcher.unit_of_work import UnitOfWork
    from matcher.usecases.imports import import_file

    lines = (DATA / "eval_providers.jsonl").read_text(encoding="utf-8").splitlines()
    report = import_file(UnitOfWork(rt), lines, inline=True)
    if not report.ok:
        raise SystemExit("\n".join(e.describe() for e in report.errors))


def evaluate(split: str = "test", rt=None) -> dict[str, dict[str, float]]:
    """Metrics per system on a split. Builds its own throwaway database unless given a loaded runtime."""
    if rt is None:
        with temp_runtime() as fresh:
            load_eval_providers(fresh)
            return evaluate(split, fresh)
    rows = briefs(split)
    with rt.db.session() as session:
        return {
            "full engine": score_runs(run_full(rt, session, rows)),
            "embedding similarity alone": score_runs(run_semantic_only(rt, session, rows)),
            "structured filters alone": score_runs(run_filters_only(session, rows)),
        }


def table(results: dict[str, dict[str, float]], split: str) -> str:
    lines = [f"| system ({split}) | NDCG@10 | P@5 (grade>=2) | red-flag leakage |", "|---|---|---|---|"]
    for name, m in results.items():
        lines.append(f"| {name} | {m['ndcg@10']:.3f} | {m['p@5']:.3f} | {m['leakage']:.3f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["test", "dev", "all"], default="test")
    parser.add_argument("--record", action="store_true", help="append the table to bench/RESULTS.md")
    args = parser.parse_args(argv)
    with temp_runtime() as rt:
        load_eval_providers(rt)
        splits = ["dev", "test"] if args.split == "all" else [args.split]
        for split in splits:
            out = table(evaluate(split, rt), split)
            print(out)
            if args.record:
                append_results(f"Match quality ({split})", f"python -m bench.match_eval --split {split}", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
