"""Provider profiles embedded per second, by batch size and torch thread count.

    .venv/bin/python -m bench.embed_bench [--profiles 512] [--batches 16 32 64 128] [--threads 1 2] [--record]

Profiles are generated 120-word texts (bench.gen_profiles, words=120), turned into documents by
matcher.index.provider_document and embedded by matcher.embeddings.embed_documents, exactly as a rebuild
does (about 150 words a document with the name and tags: one model window, no chunking). Each setting is
run once to warm up and then timed over all profiles.

Run 2026-11-24, 256 profiles of 158 words (with name and tags), on the 2-core machine while other
benchmarks ran (load average 6-8, so each process had about a third of a core):
    torch threads  batch 16  batch 32  batch 64  batch 128   (profiles/s)
          1           5.6       7.3       3.5       4.5
          2           1.8       3.9       4.3       6.5
Under contention a second torch thread hurts (its spin-waits steal the core); rerun on a quiet machine
before choosing threads for production. At these rates a 10k-provider rebuild takes 25-90 minutes, which
is why the index repairs by difference and reuses vectors in memory rather than re-embedding everything.
"""

from __future__ import annotations

import argparse
import os
import time

import torch

from matcher.embeddings import embed_documents, get_model


def documents(n: int) -> list[str]:
    from bench.gen_profiles import document, generate_profiles

    return [document(p) for p in generate_profiles(n, seed=21, words=120)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profiles", type=int, default=512)
    ap.add_argument("--batches", type=int, nargs="+", default=[16, 32, 64, 128])
    ap.add_argument("--threads", type=int, nargs="+", default=sorted({1, torch.get_num_threads()}))
    ap.add_argument("--record", action="store_true", help="append the table to bench/RESULTS.md")
    args = ap.parse_args(argv)
    docs = documents(args.profiles)
    words = sum(len(d.split()) for d in docs) / len(docs)
    start = time.perf_counter()
    get_model()
    load = time.perf_counter() - start
    # Other processes on the machine slow torch badly (its threads spin-wait): the load average says.
    lines = [f"model load {load:.1f}s; {len(docs)} profiles of {words:.0f} words on average; "
             f"load average before {os.getloadavg()[0]:.1f}", "",
             "| torch threads | batch | profiles/s | ms/profile |", "| ---: | ---: | ---: | ---: |"]
    print("\n".join(lines), flush=True)
    for threads in args.threads:
        torch.set_num_threads(threads)
        for batch in args.batches:
            embed_documents(docs[: batch * 2], batch_size=batch)  # warm-up
            start = time.perf_counter()
            embed_documents(docs, batch_size=batch)
            elapsed = time.perf_counter() - start
            line = f"| {threads} | {batch} | {len(docs) / elapsed:8.1f} | {elapsed / len(docs) * 1000:7.2f} |"
            print(line, flush=True)
            lines.append(line)
    if args.record:
        from bench.common import append_results, invocation

        command = invocation("python -m bench.embed_bench", argv)
        append_results("Embedding throughput", command, "\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
