"""Match latency: a brief in, an explained top 10 out (brief embedding included), against a naive baseline.

    python -m bench.match_latency [--sizes 1000,10000,100000] [--briefs 200] [--baseline-briefs 30]
                                  [--profile] [--no-append] [--label TEXT]

For each size: a fresh SQLite database filled in bulk (bench/gen_profiles.py: real embeddings of generated
profiles up to 10,000; past that, perturbed copies of those, renormalised), the index written through the
index package's API and loaded by `get_index()`, then every brief through the real code path
(`rank_brief` in a new session, as a web request does). The same briefs go through a naive baseline: numpy
brute-force similarity over all providers, then every provider scored in a Python loop over dicts with
the same constraints and factors. The two shortlists are compared (they should agree: same factors).
Catalog build and index load are one-off costs per process; the catalog reload after one provider edit
is what the next match pays after any profile change. Both are reported, not in the latency.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import time

import numpy as np

from bench.common import append_results, invocation, temp_runtime
from bench.gen_profiles import bulk_insert, corpus, generate_briefs, omp_env, write_index
from matcher.ranking.markets import COUNTRY_LANGUAGES


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


# -- the naive baseline -------------------------------------------------------------------------------
def naive_providers(cat) -> list[dict]:
    """Every provider as a dict of its facts (setup, not timed), in id order.

    The facts are the ranking catalog's (declared tags, words and prices read from the text, findings),
    so both sides score the same inputs; only the per-request work differs.
    """
    from matcher import taxonomy
    from matcher.ranking.catalog import INDUSTRY_BITS, SERVICE_BITS

    def codes(bitset: int, table: dict[str, int]) -> set[str]:
        return {code for code in table if bitset & table[code]}

    def number(x: float) -> float | None:
        return None if np.isnan(x) else float(x)

    out = []
    for i, pid in enumerate(cat.ids.tolist()):
        out.append({
            "id": pid, "external_id": cat.external_ids[i], "name": cat.names[i], "status": cat.statuses[i],
            "matchable": bool(cat.matchable[i]), "min_budget": number(cat.min_budget[i]),
            "max_budget": number(cat.max_budget[i]), "usual_top": number(cat.usual_top[i]),
            "trust": number(cat.trust[i]),
            "verified": bool(cat.verified[i]), "open_medium": int(cat.open_medium[i]),
            "services": codes(int(cat.services_declared[i]), SERVICE_BITS),
            "services_text": set(cat.service_words[i]),
            "industries": codes(int(cat.industries_declared[i]), INDUSTRY_BITS),
            "industries_cases": set(cat.case_counts[i]) & set(taxonomy.INDUSTRIES),
            "case_counts": cat.case_counts[i], "industries_text": set(cat.industry_words[i]),
            "countries": set(cat.countries[i]), "languages": set(cat.languages[i]),
            "has_market": bool(cat.has_market[i]),
        })
    return out


def _naive_factors(p: dict, needs, sim: float) -> dict[str, float]:
    from matcher.ranking import weights as W
    from matcher.ranking.lexicon import ADJACENT

    v = {"semantic": min(max((sim - W.SEMANTIC_FLOOR) / W.SEMANTIC_SPAN, 0.0), 1.0)}
    ind = needs.industry
    shown = p["industries"] | p["industries_cases"] | p["industries_text"]
    if not ind:
        v["industry"] = W.NEUTRAL
    elif ind in p["industries_cases"]:
        v["industry"] = W.INDUSTRY_CASE_STUDY
    elif ind in p["industries"]:
        v["industry"] = W.INDUSTRY_DECLARED
    elif ind in p["industries_text"]:
        v["industry"] = W.INDUSTRY_TEXT
    else:
        v["industry"] = W.INDUSTRY_ADJACENT if any(a in shown for a in ADJACENT.get(ind, ())) else 0.0
    if ind and needs.industry_inferred:
        v["industry"] = W.NEUTRAL + W.INFERRED_INDUSTRY_SHARE * (v["industry"] - W.NEUTRAL)
    if needs.services:
        credit = [1.0 if s in p["services"] else W.SERVICE_TEXT_CREDIT if s in p["services_text"] else 0.0
                  for s in needs.services]
        v["services"] = sum(credit) / len(credit)
    else:
        v["services"] = W.NEUTRAL
    trust = (W.NEUTRAL if p["trust"] is None else p["trust"]) + (W.VERIFIED_BONUS if p["verified"] else 0.0)
    v["trust"] = min(max(trust, 0.0), 1.0)
    lo, hi = needs.budget_min, needs.budget_max
    if lo is None and hi is None:
        v["budget"] = W.NEUTRAL
    else:
        floor, ceiling = (lo if lo is not None else hi), (hi if hi is not None else lo)
        pmin = p["min_budget"]
        top = p["max_budget"] if p["max_budget"] is not None else p["usual_top"]
        if pmin is None:
            b = W.NEUTRAL
        else:
            share = min(max((pmin - floor) / max(ceiling - floor, 1), 0.0), 1.0)
            b = 1.0 if pmin <= floor else 1.0 - 0.5 * share
        small = 1.0 if top is None or lo is None else min(max(top / max(lo, 1), 0.0), 1.0)
        v["budget"] = min(b, W.UNDERSIZED_CAP * small) if small < 1.0 else b
    if not needs.has_market:
        v["market"] = W.NEUTRAL
    else:
        parts = []
        if needs.countries:
            other = W.MARKET_REMOTE_OTHER if needs.remote_ok else 0.0
            parts.append(1.0 if p["countries"] & needs.countries else W.MARKET_UNSTATED if not p["countries"]
                         else other)
        if needs.languages:
            local = {lang for c in p["countries"] for lang in COUNTRY_LANGUAGES.get(c, ())}
            parts.append(1.0 if p["languages"] & needs.languages else W.MARKET_UNSTATED
                         if not p["languages"] or local & needs.languages else 0.0)
        v["market"] = sum(parts) / len(parts)
    return v


def _naive_passes(p: dict, needs, wanted: set) -> bool:
    if not p["matchable"]:
        return False
    if needs.budget_max is not None and p["min_budget"] is not None and p["min_budget"] > needs.budget_max:
        return False
    if wanted and not (p["services"] | p["services_text"]) & wanted:
        return False
    if needs.countries_required and p["countries"] and not p["countries"] & needs.countries:
        return False
    local = {lang for c in p["countries"] for lang in COUNTRY_LANGUAGES.get(c, ())}
    return not (needs.languages and p["languages"] and not (p["languages"] | local) & needs.languages)


def naive_rank(providers: list[dict], matrix: np.ndarray, brief: dict, top: int = 10) -> list[dict]:
    """Brute-force similarity over every provider, then every provider scored in Python."""
    from matcher.index import embed_query
    from matcher.ranking import weights as W
    from matcher.ranking.needs import needs_from_brief
    from matcher.ranking.weights import WEIGHTS

    needs = needs_from_brief(brief)
    sims = (matrix @ embed_query(needs.query_text())).tolist()
    wanted = set(needs.required_services)
    scored = []
    for p, sim in zip(providers, sims, strict=True):
        if _naive_passes(p, needs, wanted):
            values = _naive_factors(p, needs, sim)
            penalty = min(W.MEDIUM_FINDING_PENALTY * p["open_medium"], W.MEDIUM_PENALTY_CAP)
            total = sum(WEIGHTS[k] * values[k] for k in WEIGHTS) - penalty
            scored.append((-round(total, 9), p["id"], total, values, sim, p))
    scored.sort(key=lambda s: (s[0], s[1]))
    out = []
    for _neg, _pid, total, values, sim, p in scored[:top]:
        summary = [f"similarity {sim:.2f}", f"trust {p['trust']}", f"budget from {p['min_budget']}"]
        if needs.industry:
            summary.append(f"{p['case_counts'].get(needs.industry, 0)} case studies in {needs.industry}")
        out.append({"provider_id": p["external_id"], "score": round(total, 4),
                    "reasons": {"summary": summary, "factors": values}})
    return out


# -- the run ------------------------------------------------------------------------------------------
def run_size(n: int, briefs: list[dict], baseline_briefs: int, profile: bool) -> dict:
    from matcher.index import embed_query, get_index
    from matcher.ranking import get_catalog, rank_brief
    from matcher.ranking.needs import needs_from_brief

    profiles, vectors = corpus(n)
    with temp_runtime() as rt:
        t = time.perf_counter()
        ids = bulk_insert(rt.db.engine, profiles)
        write_index(rt.settings, ids, vectors)
        setup_s = time.perf_counter() - t
        t = time.perf_counter()
        index = get_index(rt)
        load_s = time.perf_counter() - t
        t = time.perf_counter()
        with rt.db.session() as s:
            cat = get_catalog(s)
        catalog_s = time.perf_counter() - t

        def engine(brief):
            with rt.db.session() as s:
                return rank_brief(s, brief, index, top=10)

        for b in briefs[:5]:  # warm up: the model, first-touch of the arrays
            engine(b)
        runs, times, embed_ms = [], [], []
        for b in briefs:
            t = time.perf_counter()
            runs.append(engine(b))
            times.append((time.perf_counter() - t) * 1000)
        for b in briefs[:50]:
            text = needs_from_brief(b).query_text()
            t = time.perf_counter()
            embed_query(text)
            embed_ms.append((time.perf_counter() - t) * 1000)
        if profile:
            prof = cProfile.Profile()
            prof.enable()
            for b in briefs[:50]:
                engine(b)
            prof.disable()
            buf = io.StringIO()
            rows = int(os.environ.get("BENCH_PROFILE_ROWS", "22"))
            pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(rows)
            print(f"\n--- cProfile of rank_brief, {n:,} providers, 50 briefs (by own time) ---")
            print(buf.getvalue())

        providers = naive_providers(cat)
        order = np.argsort(ids)
        matrix = np.ascontiguousarray(vectors[order])
        assert [p["id"] for p in providers] == ids[order].tolist()
        k = min(baseline_briefs, len(briefs))
        base_times, agree, overlap = [], 0, []
        for b, r in zip(briefs[:k], runs[:k], strict=True):
            t = time.perf_counter()
            naive = naive_rank(providers, matrix, b)
            base_times.append((time.perf_counter() - t) * 1000)
            ours = [m.external_id for m in r.matches]
            theirs = [m["provider_id"] for m in naive]
            agree += ours == theirs
            overlap.append(len(set(ours) & set(theirs)) / max(len(ours), len(theirs), 1))
        rebuild_s = rebuild_after_edit(rt, int(ids[0]))
        return {
            "n": n, "kind": index.kind, "rebuild_s": rebuild_s,
            "median": statistics.median(times), "p95": pct(times, 95),
            "paired_median": statistics.median(times[:k]), "embed": statistics.median(embed_ms),
            "base_median": statistics.median(base_times), "base_p95": pct(base_times, 95), "k": k,
            "agree": agree, "overlap": float(np.mean(overlap)), "setup_s": setup_s, "load_s": load_s,
            "catalog_s": catalog_s, "briefs": len(briefs),
            "eligible": statistics.median(r.eligible for r in runs),
        }


def rebuild_after_edit(rt, provider_id: int) -> float:
    """Seconds the next match spends reloading the catalog after one provider's profile was edited."""
    from matcher.models import Provider
    from matcher.ranking import get_catalog

    with rt.db.session() as s:
        provider = s.get(Provider, provider_id)
        provider.description += " We also run local SEO for dental clinics."
        provider.content_version += 1
    t = time.perf_counter()
    with rt.db.session() as s:
        cat = get_catalog(s)
    assert "healthcare" in cat.industry_words[int(np.searchsorted(cat.ids, provider_id))]
    return time.perf_counter() - t


def table(results: list[dict]) -> str:
    head = ("| providers | index | engine median ms | engine p95 ms | of which brief embedding ms "
            "| naive median ms | naive p95 ms | speed-up | same top 10 | eligible (median) "
            "| catalog build s | catalog reload after one edit s | index load s |")
    lines = [head, "|" + "---|" * 13]
    for r in results:
        lines.append(
            f"| {r['n']:,} | {r['kind']} | {r['median']:.1f} | {r['p95']:.1f} | {r['embed']:.1f} "
            f"| {r['base_median']:.1f} | {r['base_p95']:.1f} | {r['base_median'] / r['paired_median']:.1f}x "
            f"| {r['agree']}/{r['k']} (overlap {r['overlap']:.0%}) | {r['eligible']:,.0f} "
            f"| {r['catalog_s']:.1f} | {r['rebuild_s']:.2f} | {r['load_s']:.1f} |"
        )
    r0 = results[0]
    lines.append(
        f"\nEngine: {r0['briefs']} briefs per size, each `rank_brief` in a new session (top 10, reasons). "
        f"Naive: the first {r0['k']} of them; speed-up = naive median / engine median on those same briefs. "
        f"Load average at the end: {os.getloadavg()[0]:.2f} (2 cores; other work on the machine skews it). "
        f"{omp_env()}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--briefs", type=int, default=200)
    ap.add_argument("--baseline-briefs", type=int, default=30)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of the engine at each size")
    ap.add_argument("--no-append", action="store_true", help="print only, do not append to RESULTS.md")
    ap.add_argument("--label", default="", help="added to the title in RESULTS.md")
    args = ap.parse_args(argv)
    from marshmallow import EXCLUDE

    from matcher.schemas import BriefInputSchema

    briefs = BriefInputSchema(many=True, unknown=EXCLUDE).load(generate_briefs(args.briefs))
    results = []
    for n in (int(x) for x in args.sizes.split(",")):
        results.append(run_size(n, briefs, args.baseline_briefs, args.profile))
        r = results[-1]
        print(f"{n:,}: engine median {r['median']:.1f} ms, naive {r['base_median']:.1f} ms", flush=True)
    out = table(results)
    print(out)
    if not args.no_append:
        title = "Match latency (brief in, explained top 10 out)" + (f" - {args.label}" if args.label else "")
        append_results(title, invocation("python -m bench.match_latency", argv), out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
