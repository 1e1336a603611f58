"""Ranking quality on two labeled evaluations, for the full engine and two baselines, in one run.

    python -m bench.match_eval [--set synthetic|real|both] [--split test|dev|all] [--record]

- `synthetic`: bench/data, briefs and providers made by bench/data/make_eval.py (shares ideas with the
  engine; tuned on its 'dev' half).
- `real`: data/match_real, real briefs (tenders, job posts, forum requests) and real provider profiles
  copied from public pages, graded by two labelers who did not see the engine (data/match_real/README.md).
  Its 'test' half is held out.

Prints per system: NDCG@10 and precision@5 (grade >= 2) over briefs with an SEO need; red-flag leakage
(share of briefs whose top 10 holds a provider labeled risky); off-scope detection (share of off-scope
briefs told so, with no list); market violations (share of top-10 places whose provider states its
countries and serves none of the brief's required ones, or states its languages and works in none of the
brief's, counting the languages of the countries it serves). Systems: the full engine; embedding
similarity alone (all providers, nearest first); structured filters alone (hard constraints on the declared
fields, then the count of declared matches).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from bench.common import DATA, append_results, read_jsonl, temp_runtime
from matcher.ranking.markets import COUNTRY_LANGUAGES

K = 10
REAL = Path(__file__).resolve().parent.parent / "data" / "match_real"


@dataclass(frozen=True)
class Dataset:
    name: str
    folder: Path
    briefs: str
    providers: str
    qrels: str
    risky: str


SETS = {
    "synthetic": Dataset("synthetic", DATA, "eval_briefs.jsonl", "eval_providers.jsonl", "eval_qrels.jsonl",
                         "eval_risky.json"),
    "real": Dataset("real", REAL, "briefs.jsonl", "providers.jsonl", "qrels.jsonl", "risky.json"),
}
# Fields of the real set's rows that are about the source, not part of the import or brief format.
SOURCE_FIELDS = ("url", "host", "source_type", "need", "split")


def ndcg(grades: list[int], ideal: list[int], k: int = K) -> float:
    def dcg(values):
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(values[:k]))

    best = dcg(sorted(ideal, reverse=True))
    return dcg(grades) / best if best else 0.0


@lru_cache(maxsize=4)
def labels(ds: Dataset = SETS["synthetic"]) -> tuple[dict, set]:
    qrels: dict[str, dict[str, int]] = {}
    for row in read_jsonl(ds.folder / ds.qrels):
        qrels.setdefault(row["brief_id"], {})[row["provider_id"]] = row["grade"]
    risky = set(json.loads((ds.folder / ds.risky).read_text())["risky"])
    return qrels, risky


def briefs(split: str, ds: Dataset = SETS["synthetic"]) -> list[dict]:
    rows = read_jsonl(ds.folder / ds.briefs)
    settled = ds.folder / "needs.json"  # the labelers' reading of each brief's need, where settled
    if settled.exists():
        needs = json.loads(settled.read_text())
        rows = [dict(r, need=needs.get(r["external_id"], r.get("need"))) for r in rows]
    return [r for r in rows if split == "all" or r["split"] == split]


def _markets(rows: list[dict]) -> dict[str, tuple[set, set]]:
    return {r["external_id"]: (set(r.get("countries") or ()), set(r.get("languages") or ())) for r in rows}


def score_runs(runs: dict[str, list[str]], ds: Dataset = SETS["synthetic"], rows: list[dict] | None = None,
               told_off_scope: set[str] | None = None) -> dict[str, float]:
    qrels, risky = labels(ds)
    rows = rows if rows is not None else briefs("all", ds)
    by_id = {r["external_id"]: r for r in rows}
    providers = _markets(read_jsonl(ds.folder / ds.providers))
    n, p5, leaks, places, broken = [], [], 0, 0, 0
    off_scope = [b for b in runs if by_id[b].get("need") == "off_scope"]
    for brief_id, ranked in runs.items():
        brief = by_id[brief_id]
        leaks += any(p in risky for p in ranked[:K])
        countries = set(brief.get("countries") or ()) if not brief.get("remote_ok") else set()
        languages = set(brief.get("languages") or ())
        for p in ranked[:K]:
            places += 1
            pc, pl = providers.get(p, (set(), set()))
            # A provider based in or serving a country works in its language (RUBRIC.md: its location
            # says which markets it serves), though its page may be in another.
            local = {lang for c in pc for lang in COUNTRY_LANGUAGES.get(c, ())}
            broken += bool((countries and pc and not countries & pc)
                           or (languages and pl and not languages & (pl | local)))
        if brief.get("need") == "off_scope":
            continue
        graded = qrels.get(brief_id, {})
        n.append(ndcg([graded.get(p, 0) for p in ranked], list(graded.values())))
        p5.append(sum(1 for p in ranked[:5] if graded.get(p, 0) >= 2) / 5)
    detected = [b for b in off_scope if b in (told_off_scope or set()) and not runs[b]]
    return {
        "ndcg@10": float(np.mean(n)) if n else float("nan"),
        "p@5": float(np.mean(p5)) if p5 else float("nan"),
        "leakage": leaks / max(len(runs), 1),
        "off_scope_detected": len(detected) / len(off_scope) if off_scope else float("nan"),
        "market_violations": broken / max(places, 1),
    }


def _brief_input(row: dict) -> dict:
    from marshmallow import EXCLUDE

    from matcher.schemas import BriefInputSchema

    return BriefInputSchema(unknown=EXCLUDE).load({k: v for k, v in row.items() if k not in SOURCE_FIELDS})


def run_full(rt, session, rows, top: int = K) -> tuple[dict[str, list[str]], set[str]]:
    """The engine's shortlists, and the briefs it told were off scope."""
    from matcher.index import get_index
    from matcher.ranking import rank_brief

    index = get_index(rt)
    runs, told = {}, set()
    for r in rows:
        result = rank_brief(session, _brief_input(r), index, top=top)
        runs[r["external_id"]] = [m.external_id for m in result.matches]
        if any(n["code"] == "off_scope" for n in result.notices):
            told.add(r["external_id"])
    return runs, told


def run_semantic_only(rt, session, rows, top: int = K) -> dict[str, list[str]]:
    from matcher.index import embed_query, get_index
    from matcher.ranking import get_catalog
    from matcher.ranking.needs import needs_from_brief

    cat = get_catalog(session)
    ext = dict(zip(cat.ids.tolist(), cat.external_ids, strict=True))
    out = {}
    for r in rows:
        hits = get_index(rt).search(embed_query(needs_from_brief(_brief_input(r)).query_text()), top)
        out[r["external_id"]] = [ext[pid] for pid, _ in hits]
    return out


def run_filters_only(session, rows, top: int = K) -> dict[str, list[str]]:
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
        order = np.lexsort((cat.ids[idx], -score[idx]))[:top]
        out[r["external_id"]] = [cat.external_ids[i] for i in idx[order]]
    return out


def load_eval_providers(rt, ds: Dataset = SETS["synthetic"]) -> None:
    from matcher.unit_of_work import UnitOfWork
    from matcher.usecases.imports import import_file

    rows = read_jsonl(ds.folder / ds.providers)
    lines = [json.dumps({k: v for k, v in r.items() if k not in SOURCE_FIELDS}) for r in rows]
    report = import_file(UnitOfWork(rt), lines, inline=True)
    if not report.ok:
        raise SystemExit("\n".join(e.describe() for e in report.errors))


def evaluate(split: str = "test", rt=None, ds: Dataset = SETS["synthetic"]) -> dict[str, dict[str, float]]:
    """Metrics per system on a split. Builds its own throwaway database unless given a loaded runtime."""
    if rt is None:
        with temp_runtime() as fresh:
            load_eval_providers(fresh, ds)
            return evaluate(split, fresh, ds)
    rows = briefs(split, ds)
    with rt.db.session() as session:
        full, told = run_full(rt, session, rows)
        return {
            "full engine": score_runs(full, ds, rows, told),
            "embedding similarity alone": score_runs(run_semantic_only(rt, session, rows), ds, rows),
            "structured filters alone": score_runs(run_filters_only(session, rows), ds, rows),
        }


def _cell(value: float) -> str:
    return "n/a" if value != value else f"{value:.3f}"  # nan: the split has no such brief


def table(results: dict[str, dict[str, float]], split: str, name: str = "synthetic") -> str:
    lines = [f"| system ({name}, {split}) | NDCG@10 | P@5 (grade>=2) | red-flag leakage | off-scope told | "
             "market violations |", "|---|---|---|---|---|---|"]
    for system, m in results.items():
        lines.append(f"| {system} | {_cell(m['ndcg@10'])} | {_cell(m['p@5'])} | {_cell(m['leakage'])} | "
                     f"{_cell(m['off_scope_detected'])} | {_cell(m['market_violations'])} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["synthetic", "real", "both"], default="both")
    parser.add_argument("--split", choices=["test", "dev", "all"], default="dev")
    parser.add_argument("--record", action="store_true", help="append the tables to bench/RESULTS.md")
    args = parser.parse_args(argv)
    names = ["synthetic", "real"] if args.set == "both" else [args.set]
    splits = ["dev", "test"] if args.split == "all" else [args.split]
    for name in names:
        ds = SETS[name]
        with temp_runtime() as rt:
            load_eval_providers(rt, ds)
            for split in splits:
                out = table(evaluate(split, rt, ds), split, name)
                print(out, flush=True)
                if args.record:
                    append_results(f"Match quality ({name}, {split})",
                                   f"python -m bench.match_eval --set {name} --split {split}", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
