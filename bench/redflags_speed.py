"""Throughput of the red-flag engine on ~80-word texts: the pattern stage alone and the whole pipeline.

    .venv/bin/python bench/redflags_speed.py [--texts 2000] [--batch 48]

Texts are built by joining development-split sentences. For the whole pipeline the texts go to
`detect_many` in batches in which no sentence repeats, so the per-call de-duplication of identical
sentences does not flatter the number; model loading and bank encoding are timed separately.
Targets: >= 2,000 texts/s for the patterns, >= 150 texts/s for the whole pipeline.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.redflags_eval import load  # noqa: E402
from matcher.redflags import detect_many, warm_up  # noqa: E402

WORDS = 80
TARGETS = {"patterns": 2000.0, "whole pipeline": 150.0}


def make_texts(n: int, seed: int = 7, batch: int = 48) -> list[str]:
    """n texts of about WORDS words; within each run of `batch` texts no sentence is used twice."""
    sentences = [r["text"] for r in load("dev")]
    rng = random.Random(seed)
    texts: list[str] = []
    pool: list[str] = []
    for i in range(n):
        if i % batch == 0:
            pool = sentences[:]
            rng.shuffle(pool)
        out: list[str] = []
        while pool and sum(len(s.split()) for s in out) < WORDS:
            out.append(pool.pop())
        texts.append(" ".join(out))
    return texts


def _rate(fn, texts: list[str], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn(texts)
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Red-flag engine throughput.")
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=48, help="texts per detect_many call, whole pipeline")
    args = parser.parse_args(argv)
    texts = make_texts(args.texts, batch=args.batch)
    words = sum(len(t.split()) for t in texts) / len(texts)

    patterns = _rate(lambda ts: detect_many(ts, semantic=False), texts, repeats=3)

    start = time.perf_counter()
    warm_up()
    loading = time.perf_counter() - start

    def whole(ts: list[str]) -> None:
        for i in range(0, len(ts), args.batch):
            detect_many(ts[i : i + args.batch], semantic=True)

    sample = texts[: max(args.batch * 8, 1)]
    pipeline = _rate(whole, sample, repeats=2)

    load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{len(texts)} texts of {words:.0f} words on average; {os.cpu_count()} cores; "
        f"load average {load_avg:.1f}; model + bank load {loading:.1f} s (once per process)"
    )
    print(f"{'stage':16s} {'texts':>6s} {'texts/s':>9s} {'target':>8s}  ok")
    for name, rate, n in (("patterns", patterns, len(texts)), ("whole pipeline", pipeline, len(sample))):
        target = TARGETS[name]
        print(f"{name:16s} {n:6d} {rate:9.0f} {target:8.0f}  {'yes' if rate >= target else 'NO'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
