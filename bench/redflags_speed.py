"""Throughput of the red-flag engine on ~80-word texts: the pattern stage alone and the whole pipeline.

    .venv/bin/python bench/redflags_speed.py [--texts 2000] [--batch 48] [--no-append]

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

from bench.common import append_results, invocation  # noqa: E402
from bench.redflags_eval import load  # noqa: E402
from matcher import embeddings  # noqa: E402
from matcher.redflags import detect_many, warm_up  # noqa: E402
from matcher.redflags.patterns import find  # noqa: E402
from matcher.redflags.prefilter import lower_same_length  # noqa: E402
from matcher.redflags.sentences import split_sentences  # noqa: E402

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


def _rate(fn, texts: list[str], repeats: int) -> tuple[float, float]:
    """(texts per wall-clock second, texts per CPU second of this process), best of `repeats`."""
    wall = cpu = float("inf")
    for _ in range(repeats):
        w, c = time.perf_counter(), time.process_time()
        fn(texts)
        wall = min(wall, time.perf_counter() - w)
        cpu = min(cpu, time.process_time() - c)
    return len(texts) / wall, len(texts) / cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Red-flag engine throughput.")
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=48, help="texts per detect_many call, whole pipeline")
    parser.add_argument("--no-append", action="store_true", help="print only, do not append to RESULTS.md")
    args = parser.parse_args(argv)
    texts = make_texts(args.texts, batch=args.batch)
    words = sum(len(t.split()) for t in texts) / len(texts)

    def pattern_stage(ts: list[str]) -> None:
        for t in ts:
            low = lower_same_length(t)
            find(low, split_sentences(t))

    patterns = _rate(pattern_stage, texts, repeats=3)

    start = time.perf_counter()
    warm_up()
    loading = time.perf_counter() - start

    def whole(ts: list[str]) -> None:
        for i in range(0, len(ts), args.batch):
            detect_many(ts[i : i + args.batch])

    sample = texts[: max(args.batch * 8, 1)]
    pipeline = _rate(whole, sample, repeats=2)

    # How fast the model itself runs here, and how many sentences per text reach it: the pipeline rate
    # is roughly bounded by model rate / sentences per text.
    calls: list[int] = []
    encode = embeddings.encode

    def counting(batch: list[str], *a, **k):
        calls.append(len(batch))
        return encode(batch, *a, **k)

    embeddings.encode = counting
    try:
        whole(sample)
    finally:
        embeddings.encode = encode
    per_text = sum(calls) / len(sample)
    sentences = [s for t in texts[:64] for s in t.split(". ")][:256]
    start = time.perf_counter()
    encode(sentences)
    model_rate = len(sentences) / (time.perf_counter() - start)

    load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    # Wall-clock rate is what a caller sees; on a machine other processes keep busy it measures them
    # too, so the rate per CPU-second of this process is given beside it.
    lines = [
        f"{len(texts)} texts of {words:.0f} words on average; model + bank load {loading:.1f} s (once per "
        f"process); the model runs {model_rate:.0f} sentences/s here ({embeddings.precision()}), and the "
        f"pipeline embeds {per_text:.2f} sentences per text (the rest touch no red-flag subject).",
        "",
        "| stage | texts | texts/s (wall) | texts per CPU-second | target | met |",
        "|---|---|---|---|---|---|",
    ]
    stages = (("patterns", patterns, len(texts)), ("whole pipeline", pipeline, len(sample)))
    for name, (wall, cpu), n in stages:
        met = "yes" if wall >= TARGETS[name] else "no"
        lines.append(f"| {name} | {n} | {wall:.0f} | {cpu:.0f} | {TARGETS[name]:.0f} | {met} |")
    lines.append(f"\nLoad average at the end: {load_avg:.2f} ({os.cpu_count()} cores).")
    table = "\n".join(lines)
    print(table)
    if not args.no_append:
        command = invocation("python bench/redflags_speed.py", argv)
        append_results("Vetting speed (red-flag engine)", command, table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
