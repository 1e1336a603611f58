"""Search latency and recall@10 of the provider index, exact and approximate (HNSW), at 10k and 100k vectors.

    .venv/bin/python -m bench.index_bench [--sizes 10000 100000] [--queries 300] [--ef 16 32 64 96 128]
                                          [--m 32] [--record]

Vectors are shaped like production's: real embeddings of generated profiles (bench.gen_profiles.corpus:
up to 10,000 embedded texts, cached in bench/out/cache), and past that small perturbations of those real
embeddings, renormalised (cosine about 0.94 to their origin). Uniform random vectors would be useless here:
on them HNSW recall@10 is about 0.27, because nothing is near anything. Queries are embeddings of generated
briefs, as in matching. Search goes through ProviderIndex.search (the production path, merging the graph
and its exact tail), one query at a time, timed with perf_counter.

Run 2026-11-24 on the 2-core machine (load average about 5 from other work), 300 queries, M=32:
    vectors  kind         efSearch  median ms  p95 ms  recall@10
     10,000  exact                     0.351   16.4     1.000
     10,000  HNSW               32     0.081    0.14    0.980
     10,000  HNSW               96     0.177    0.79    0.998
    100,000  exact                    20.9     30.0     1.000
    100,000  HNSW               32     0.163    0.33    0.926
    100,000  HNSW               64     0.261    4.3     0.975
    100,000  HNSW               96     0.369    4.5     0.986   (the default, searcher.HNSW_EF_SEARCH)
Graph build 5 s (10k) and 70 s (100k); open from disk 0.1 s (10k) and 3.4 s (100k, before removing two
needless matrix copies: 1.5 s after); one provider update persisted 15-26 ms (a segment), 150 ms for
exact at 100k (faiss remove_ids compacts the flat index). p95 outliers of several ms are the scheduler of
a busy machine, not the index.

Also timed: building the graph, opening the persisted index (what a new process pays), and one provider
update persisted as a segment (what sync_provider pays besides the embedding).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import numpy as np

from matcher.embeddings import embed_documents
from matcher.index import ProviderIndex
from matcher.index import searcher as searcher_mod
from matcher.index.store import IndexStore


def queries(n: int) -> np.ndarray:
    from bench.gen_profiles import generate_briefs

    return embed_documents([b["scope"] for b in generate_briefs(n)])


def vectors(n: int) -> np.ndarray:
    from bench.gen_profiles import corpus

    return corpus(n)[1]


def timed_search(index: ProviderIndex, qs: np.ndarray, k: int = 10) -> tuple[list[list[int]], np.ndarray]:
    results, times = [], []
    for q in qs:
        start = time.perf_counter()
        hits = index.search(q, k)
        times.append(time.perf_counter() - start)
        results.append([pid for pid, _ in hits])
    return results, np.array(times) * 1000


def recall(approx: list[list[int]], exact: list[list[int]]) -> float:
    return float(np.mean([len(set(a) & set(e)) / max(len(e), 1) for a, e in zip(approx, exact, strict=True)]))


def persisted_costs(ids: np.ndarray, vecs: np.ndarray, threshold: int) -> tuple[float, float, float]:
    """Seconds to write the base, to open it from disk, and to persist one updated provider."""
    with tempfile.TemporaryDirectory(prefix="index-bench-") as tmp:
        index = ProviderIndex(store=IndexStore(tmp), ann_threshold=threshold)
        start = time.perf_counter()
        with index.writer(replace=True):
            index.upsert(ids, np.ones(len(ids)), vecs)
        write = time.perf_counter() - start
        start = time.perf_counter()
        ProviderIndex.open(Path(tmp), ann_threshold=threshold)
        opened = time.perf_counter() - start
        start = time.perf_counter()
        with index.writer():
            index.upsert(ids[:1], [2], vecs[1:2])
        update = time.perf_counter() - start
    return write, opened, update


def row(size: int, kind: str, params: str, ms: np.ndarray, rec: float | None, extra: str = "") -> str:
    r = "1.000" if rec is None else f"{rec:.3f}"
    return (f"| {size:>7,} | {kind:<11} | {params:<16} | {np.median(ms):8.3f} | {np.percentile(ms, 95):8.3f} "
            f"| {r:>9} | {extra} |")


def bench_size(size: int, qs: np.ndarray, efs: list[int], ms_values: list[int]) -> list[str]:
    vecs = vectors(size)
    ids = np.arange(1, size + 1, dtype=np.int64)
    lines = []
    exact = ProviderIndex(ann_threshold=size)  # at the threshold: exact
    exact.upsert(ids, np.ones(size), vecs)
    truth, ms = timed_search(exact, qs)
    write, opened, update = persisted_costs(ids, vecs, threshold=size)
    lines.append(row(size, "exact", "flat IP", ms, None,
                     f"write {write:.2f}s, open {opened:.2f}s, update {update * 1000:.0f}ms"))
    for m in ms_values:
        searcher_mod.HNSW_M = m
        approx = ProviderIndex(ann_threshold=0)
        approx.upsert(ids, np.ones(size), vecs)
        start = time.perf_counter()
        approx.searcher.maintain(*approx.arrays(), threshold=0)  # what a write past the threshold does
        build = time.perf_counter() - start
        for ef in efs:
            approx.searcher.ef_search = ef
            found, ms = timed_search(approx, qs)
            lines.append(row(size, "approximate", f"HNSW M={m} ef={ef}", ms, recall(found, truth),
                             f"build {build:.1f}s" if ef == efs[0] else ""))
        if m == ms_values[-1]:
            write, opened, update = persisted_costs(ids, vecs, threshold=0)
            costs = f"write {write:.2f}s, open {opened:.2f}s, update {update * 1000:.0f}ms"
            lines[-1] = lines[-1][:-2] + costs + " |"
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--ef", type=int, nargs="+", default=[16, 32, 64, 96, 128])
    ap.add_argument("--m", type=int, nargs="+", default=[searcher_mod.HNSW_M])
    ap.add_argument("--record", action="store_true", help="append the table to bench/RESULTS.md")
    args = ap.parse_args(argv)
    qs = queries(args.queries)
    header = ["| vectors | kind        | parameters       | median ms |  p95 ms | recall@10 | other |",
              "| ---: | --- | --- | ---: | ---: | ---: | --- |"]
    header.insert(0, f"load average before: {os.getloadavg()[0]:.1f}\n")
    lines = list(header)
    print("\n".join(header), flush=True)
    for size in args.sizes:
        for line in bench_size(size, qs, args.ef, args.m):
            print(line, flush=True)
            lines.append(line)
    if args.record:
        from bench.common import append_results, invocation

        command = invocation("python -m bench.index_bench", argv)
        append_results("Index search latency and recall", command, "\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
