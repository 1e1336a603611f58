"""The claim gate: does a passage (a sentence with its neighbours) make a red-flag claim of its speaker's own?

The sentence heads (model.py) say which practice a sentence is about; whether the passage *claims* it is
decided here, on the whole passage, because stance lives in wording a single sentence's embedding blurs:
"no one can guarantee", "we will never", "back then", "if an agency offers you…". The gate is one logistic
regression over
- word 1–3-grams and character 2–5-grams, hashed (no vocabulary to ship) and tf-idf weighted, and
- the passage's sentence features (features.py): the mean of its sentence embeddings, and the maximum and
  mean of its example-bank similarities, pattern matches and stance cues.

Trained on the real corpus's train split (training.py); its threshold is chosen on the dev split. A
passage is the window the corpus's snippets have (one to three sentences), so what it learnt there is what
it reads here. Inference is numpy and scikit-learn's stateless HashingVectorizer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

from matcher.redflags.features import EMBED_DIM, FEATURE_NAMES, Doc

GATE_PATH = Path(__file__).resolve().parents[1] / "data" / "redflags_gate.npz"
N_HASH = 2**17
_WORDS = HashingVectorizer(ngram_range=(1, 3), n_features=N_HASH, alternate_sign=False, norm=None)
_CHARS = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=N_HASH, alternate_sign=False,
                           norm=None)
_CUE_COLUMNS = len(FEATURE_NAMES) - EMBED_DIM  # banks, patterns, stance cues
DENSE_DIM = EMBED_DIM + 2 * _CUE_COLUMNS
# A passage is a candidate sentence and one neighbour on each side: the span of most corpus snippets.
NEIGHBOURS = 1
MAX_PASSAGE_CHARS = 1_200  # one pathological "sentence" must not make the n-gram pass slow


class GateMismatch(RuntimeError):
    """The shipped gate was trained on other features: re-train it."""


@dataclass(frozen=True)
class Passage:
    doc: Doc
    center: int  # the candidate sentence the passage is built around
    start: int
    end: int
    rows: list[int]  # feature rows of its candidate sentences


def passages(doc: Doc) -> list[Passage]:
    """One passage per candidate sentence of a prepared, featurised document."""
    row_of = dict(zip(doc.candidates, doc.rows, strict=True))
    out = []
    for i in doc.candidates:
        lo, hi = max(0, i - NEIGHBOURS), min(len(doc.spans) - 1, i + NEIGHBOURS)
        start, end = doc.spans[lo][0], doc.spans[hi][1]
        if end - start > MAX_PASSAGE_CHARS:
            start, end = doc.spans[i]
        rows = [row_of[j] for j in range(lo, hi + 1) if j in row_of]
        out.append(Passage(doc, i, start, end, rows))
    return out


def dense(x: np.ndarray, rows: list[int]) -> np.ndarray:
    if not rows:
        return np.zeros(DENSE_DIM, dtype=np.float32)
    part = x[rows]
    cues = part[:, EMBED_DIM:]
    return np.concatenate([part[:, :EMBED_DIM].mean(0), cues.max(0), cues.mean(0)]).astype(np.float32)


def _pieces(p: Passage) -> list[str]:
    """The passage's text cut at its sentences' boundaries, or whole where a cut falls inside a word."""
    text = p.doc.text
    inside = {c for s, e in p.doc.spans if p.start <= s and e <= p.end for c in (s, e)}
    cuts = sorted(inside - {p.start, p.end})
    if any(not (text[c - 1].isspace() or text[c].isspace()) for c in cuts):
        return [text[p.start : p.end]]
    bounds = [p.start, *cuts, p.end]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def char_counts(flat: list[Passage]) -> sparse.csr_matrix:
    """The character n-gram counts of each passage, as `_CHARS.transform` of its text gives them.

    char_wb n-grams never cross a word boundary, so a passage's counts are the sum of its pieces' where
    every cut lies at a space: each sentence is hashed once, not once for each of the (about three)
    passages that hold it. Hashing whole passages took about a fifth of the vetting time."""
    index: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for k, p in enumerate(flat):
        for piece in _pieces(p):
            rows.append(k)
            cols.append(index.setdefault(piece, len(index)))
    membership = sparse.csr_matrix((np.ones(len(rows), dtype=np.int64), (rows, cols)),
                                   shape=(len(flat), len(index)))
    return (membership @ _CHARS.transform(list(index))).tocsr()


def ngrams(texts: list[str], word_idf: np.ndarray, char_idf: np.ndarray,
           chars: sparse.csr_matrix | None = None) -> sparse.csr_matrix:
    """Sublinear tf-idf of hashed word and character n-grams, each block l2-normalised. `chars`: the
    texts' character n-gram counts where the caller has them (char_counts)."""
    blocks = []
    for vectorizer, idf in ((_WORDS, word_idf), (_CHARS, char_idf)):
        given = chars if vectorizer is _CHARS else None
        counts = (vectorizer.transform(texts) if given is None else given).astype(np.float32).tocsr()
        counts.data = 1.0 + np.log(counts.data)
        blocks.append(normalize(counts @ sparse.diags(idf)))
    return sparse.hstack(blocks).tocsr()


def idf(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Smoothed idf of the hashed n-grams over training texts (as scikit-learn's TfidfTransformer)."""
    out = []
    for vectorizer in (_WORDS, _CHARS):
        df = np.bincount(vectorizer.transform(texts).tocsc().indices, minlength=N_HASH)
        out.append((np.log((1 + len(texts)) / (1 + df)) + 1.0).astype(np.float32))
    return out[0], out[1]


@dataclass(frozen=True)
class Gate:
    word_idf: np.ndarray
    char_idf: np.ndarray
    dense_mean: np.ndarray
    dense_scale: np.ndarray
    weights: np.ndarray  # (2 * N_HASH + DENSE_DIM,)
    bias: float
    decision: dict[str, float]  # the thresholds of decide.Thresholds, chosen on the dev split
    meta: dict

    def design(self, texts: list[str], dense_rows: np.ndarray,
               chars: sparse.csr_matrix | None = None) -> sparse.csr_matrix:
        scaled = (dense_rows - self.dense_mean) / self.dense_scale
        # The embedding mean is used as it is (unit-scale already); the cue statistics are standardised
        # and shrunk so that ~100 of them weigh about as much as one block of n-grams.
        scaled[:, :EMBED_DIM] = dense_rows[:, :EMBED_DIM]
        scaled[:, EMBED_DIM:] /= np.sqrt(2 * _CUE_COLUMNS)
        return sparse.hstack([ngrams(texts, self.word_idf, self.char_idf, chars),
                              sparse.csr_matrix(scaled)]).tocsr()

    def probability(self, texts: list[str], dense_rows: np.ndarray,
                    chars: sparse.csr_matrix | None = None) -> np.ndarray:
        if not texts:
            return np.zeros(0, dtype=np.float32)
        z = self.design(texts, dense_rows, chars) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def save(self, path: Path = GATE_PATH) -> None:
        # The n-gram weights are mostly tiny; float16 halves the file with no change in any decision.
        np.savez_compressed(
            path, word_idf=self.word_idf.astype(np.float16), char_idf=self.char_idf.astype(np.float16),
            dense_mean=self.dense_mean, dense_scale=self.dense_scale,
            weights=self.weights.astype(np.float16), bias=np.asarray([self.bias]),
            decision=np.asarray(json.dumps(self.decision)),
            meta=np.asarray(json.dumps(dict(self.meta, features=list(FEATURE_NAMES), n_hash=N_HASH))),
        )


def load(path: Path = GATE_PATH) -> Gate:
    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(str(data["meta"]))
        if tuple(meta["features"]) != FEATURE_NAMES or meta["n_hash"] != N_HASH:
            raise GateMismatch(
                f"{path.name} was trained on other features; run python -m matcher.redflags.training"
            )
        return Gate(
            word_idf=data["word_idf"].astype(np.float32), char_idf=data["char_idf"].astype(np.float32),
            dense_mean=data["dense_mean"], dense_scale=data["dense_scale"],
            weights=data["weights"].astype(np.float32), bias=float(data["bias"][0]),
            decision=json.loads(str(data["decision"])), meta=meta,
        )


@lru_cache(maxsize=1)
def shipped() -> Gate:
    return load()
