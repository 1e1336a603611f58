"""Indexing speed: providers embedded and indexed per second, by text length, and where the time goes.

    python -m bench.indexing_speed [--providers 256] [--words 40,120,400] [--variants] [--no-append]

For each length, generated profiles of exactly that many words (description, methodology and case studies
together; bench/gen_profiles.py) go into a fresh database in bulk, then through the real indexing paths:
- `rebuild()` (what `matcher reindex` and a large import run): load, document, embed in batches, write;
- `sync_provider()` one provider at a time (what a small import or a profile edit runs), on 16 of them.
The 120-word rebuild is then run under cProfile and its time split into model forward pass, tokenizing,
loading providers and building documents, and writing the index.
--variants also times encoder variants that matcher/embeddings.py could adopt (same model, int8 dynamic
quantisation; bf16) and their agreement with the float32 vectors, without changing any project code.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time

import numpy as np

from bench.common import append_results, temp_runtime
from bench.gen_profiles import bulk_insert, document, generate_briefs, generate_profiles, omp_env

SYNC_SAMPLE = 16


def words_of(p: dict) -> int:
    texts = [p["description"], p["methodology"], *(c["summary"] for c in p["case_studies"])]
    return len(" ".join(texts).split())


def tokens_of(profiles: list[dict]) -> float:
    from matcher.embeddings import get_model, split_long

    tok = get_model().tokenizer
    pieces = [piece for p in profiles for piece in split_long(document(p))]
    lengths = [min(len(tok(piece)["input_ids"]), 256) for piece in pieces]
    return len(pieces) / len(profiles), statistics.mean(lengths)


def run_length(words: int, n: int, profile: bool) -> dict:
    from matcher import index

    profiles = generate_profiles(n, seed=100 + words, words=words)
    with temp_runtime() as rt:
        ids = bulk_insert(rt.db.engine, profiles)
        index.rebuild()  # warm up (model load) on the same data; the timed run below starts from scratch
        prof = cProfile.Profile() if profile else None
        t = time.perf_counter()
        if prof:
            prof.enable()
        count = index.rebuild()
        if prof:
            prof.disable()
        rebuild_s = time.perf_counter() - t
        from sqlalchemy import update

        from matcher.models import Provider

        sample = [int(i) for i in ids[:SYNC_SAMPLE]]
        with rt.db.session() as s:  # a content change, as an edit makes: each needs re-embedding
            s.execute(update(Provider).where(Provider.id.in_(sample)).values(content_version=2))
        t = time.perf_counter()
        for pid in sample:
            index.sync_provider(pid)
        sync_s = time.perf_counter() - t
    pieces, tokens = tokens_of(profiles[:200])
    return {"words": words, "n": count, "mean_words": statistics.mean(words_of(p) for p in profiles),
            "pieces": pieces, "tokens": tokens, "rebuild_rate": count / rebuild_s,
            "sync_ms": sync_s / len(sample) * 1000, "prof": prof}


def split_profile(prof: cProfile.Profile) -> list[tuple[str, float]]:
    """Cumulative seconds of the functions that make up indexing, from a profile of rebuild()."""
    stats = pstats.Stats(prof).stats
    total = max(ct for (_f, _l, _name), (_cc, _nc, _tt, ct, _callers) in stats.items())

    def cum(file_part: str, name: str) -> float:
        return sum(ct for (f, _l, fn), (_cc, _nc, _tt, ct, _c) in stats.items()
                   if fn == name and file_part in f)

    encode = cum("sentence_transformer/model.py", "encode")  # sentence-transformers 5/6 layout
    forward = cum("sentence_transformers/base/model.py", "forward")
    tokenize = cum("sentence_transformers/base/model.py", "preprocess")
    embed_ids = cum("matcher/index/service.py", "_embed_ids")
    writer = cum("matcher/index/persist.py", "persist")
    mark = cum("matcher/index/service.py", "_mark_indexed")
    rows = [("model forward pass (torch)", forward), ("tokenizing", tokenize),
            ("rest of encode (batching, pooling, copies)", max(encode - forward - tokenize, 0.0)),
            ("loading providers + building documents", max(embed_ids - encode, 0.0)),
            ("writing the index (persist, fsync)", writer), ("recording indexed_version", mark)]
    rows.append(("other", total - sum(v for _k, v in rows)))
    return [(k, v / total) for k, v in rows]


def variants(n: int = 128) -> list[tuple[str, float, float, float, float]]:
    """Per encoder variant: documents/s on 120-word documents, mean and worst cosine to the float32
    vectors, and the median time to embed one brief (the query of a match)."""
    import copy
    import warnings

    import torch

    from matcher.embeddings import get_model
    from matcher.ranking.needs import needs_from_brief

    docs = [document(p) for p in generate_profiles(n, seed=220, words=120)]
    queries = [needs_from_brief(b).query_text() for b in generate_briefs(40, seed=221)]
    base = get_model()
    with warnings.catch_warnings():  # torch.ao.quantization is deprecated in favour of torchao
        warnings.simplefilter("ignore")
        q8 = torch.ao.quantization.quantize_dynamic(copy.deepcopy(base), {torch.nn.Linear}, dtype=torch.qint8)
    candidates = [("float32 (current)", base, None),
                  ("int8 dynamic quantisation of the Linear layers", q8, None),
                  ("bfloat16 autocast", base, torch.bfloat16)]
    out, reference = [], None
    for name, model, dtype in candidates:
        def encode(texts, m=model, d=dtype):
            with torch.autocast("cpu", dtype=d or torch.bfloat16, enabled=d is not None):
                return m.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)

        encode(docs[:8])
        t = time.perf_counter()
        vecs = np.asarray(encode(docs), dtype=np.float32)
        rate = n / (time.perf_counter() - t)
        reference = vecs if reference is None else reference
        cosines = (vecs * reference).sum(axis=1)
        times = []
        for q in queries:
            t = time.perf_counter()
            encode([q])
            times.append((time.perf_counter() - t) * 1000)
        out.append((name, rate, float(cosines.mean()), float(cosines.min()), statistics.median(times)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--providers", type=int, default=256)
    ap.add_argument("--words", default="40,120,400")
    ap.add_argument("--variants", action="store_true", help="also time int8 and bf16 encoders")
    ap.add_argument("--no-append", action="store_true")
    args = ap.parse_args(argv)
    lengths = [int(w) for w in args.words.split(",")]
    results = [run_length(w, args.providers, profile=(w == 120)) for w in lengths]
    lines = ["| words per profile | providers | word pieces per document (chunks x tokens) "
             "| rebuild: providers/s | one at a time (sync_provider): ms each |", "|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['words']} (mean {r['mean_words']:.0f}) | {r['n']} | {r['pieces']:.2f} x "
                     f"{r['tokens']:.0f} | {r['rebuild_rate']:.1f} | {r['sync_ms']:.0f} |")
    profiled = next((r for r in results if r["prof"] is not None), None)
    if profiled:
        lines += ["", f"Where rebuild() time goes ({profiled['words']}-word profiles, cProfile):", "",
                  "| part | share |", "|---|---|"]
        lines += [f"| {k} | {v:.0%} |" for k, v in split_profile(profiled["prof"])]
    if args.variants:
        lines += ["", "Encoder variants on 120-word documents (not used by the project; a proposal):", "",
                  "| encoder | documents/s | mean cosine to float32 | worst | one brief: median ms |",
                  "|---|---|---|---|---|"]
        lines += [f"| {name} | {rate:.1f} | {mean:.5f} | {low:.5f} | {ms:.1f} |"
                  for name, rate, mean, low, ms in variants()]
    lines.append(f"\nLoad average at the end: {os.getloadavg()[0]:.2f} (2 cores). {omp_env()}")
    out = "\n".join(lines)
    print(out)
    if profiled:
        pstats.Stats(profiled["prof"]).sort_stats("cumulative").print_stats(25)
    if not args.no_append:
        cmd = "python -m bench.indexing_speed " + " ".join(argv if argv is not None else sys.argv[1:])
        append_results("Indexing speed (embedded and indexed per second)", cmd.strip(), out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
