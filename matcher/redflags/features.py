"""What the model reads about each sentence: its embedding, its nearness to the example banks, the
high-precision patterns it matches, and the stance cues of it and its neighbours.

Only sentences that touch a red-flag subject at all (any category's anchor words, or a pattern) are
embedded: embedding is most of the cost, and a sentence about none of the subjects cannot make a claim.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from matcher import embeddings
from matcher.redflags import semantic, stance
from matcher.redflags.patterns import Hit, find
from matcher.redflags.prefilter import lower_same_length
from matcher.redflags.registry import CLAIM_CATEGORIES
from matcher.redflags.sentences import split_sentences

EMBED_DIM = embeddings.DIMENSION
FEATURE_NAMES: tuple[str, ...] = (
    *(f"emb{i}" for i in range(EMBED_DIM)),
    *(f"bank_{c}" for c in CLAIM_CATEGORIES),
    "bank_counter",
    *(f"pattern_{c}" for c in CLAIM_CATEGORIES),
    *(f"stance_{n}" for n in stance.FEATURES),
)
# A safety cap on the sentences of one field the model reads (a 100,000-character field has ~1,500);
# past it the sentences with the most subjects go first. The patterns still read everything.
MAX_SENTENCES_PER_FIELD = 24


@dataclass
class Doc:
    """One field's text and what the feature pass learned about it."""

    field: str
    text: str
    low: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    candidates: list[int] = field(default_factory=list)  # sentence indices the model reads
    rows: list[int] = field(default_factory=list)  # their rows in the feature matrix
    cues: stance.DocCues | None = None  # the stance cues of its sentences, read once


def _subjects(sentence_low: str) -> int:
    return sum(1 for rx in semantic.ANCHORS.values() if rx.search(sentence_low))


def prepare(doc: Doc, rules_only: bool = False) -> None:
    """Split, lower-case, run the patterns and choose the candidate sentences of one document.

    With `rules_only` (the rules engine) the model reads only what the rules need: sentences with a
    pattern, to read their stance, and those the example banks may flag; the learned engine reads every
    sentence that touches a red-flag subject."""
    doc.spans = split_sentences(doc.text) if doc.text.strip() else []
    doc.low = lower_same_length(doc.text)
    doc.hits = find(doc.low, doc.spans) if doc.spans else []
    with_hits = {h.sentence for h in doc.hits}
    ranked = []
    for i, (s, e) in enumerate(doc.spans):
        if rules_only:
            n = 3 if i in with_hits else semantic.wants_embedding(doc.low, (s, e))
        else:
            n = _subjects(doc.low[s:e]) + (3 if i in with_hits else 0)
        if n:
            ranked.append((-n, i))
    doc.candidates = sorted(i for _, i in sorted(ranked)[:MAX_SENTENCES_PER_FIELD])


def matrix(docs: list[Doc], encode: Callable[[list[str]], np.ndarray] | None = None) -> np.ndarray:
    """The feature rows of every candidate sentence of every document (sets each doc's `rows`).

    Identical sentences are embedded once, by `encode` (the embedding cache's, where the caller has one;
    else the model)."""
    texts: dict[str, int] = {}
    order: list[tuple[Doc, int, int]] = []
    for doc in docs:
        doc.rows = []
        for i in doc.candidates:
            s, e = doc.spans[i]
            order.append((doc, i, texts.setdefault(doc.text[s:e], len(texts))))
    if not order:
        return np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32)
    emb = np.asarray((encode or embeddings.encode)(list(texts)), dtype=np.float32)
    claim_sims, counter_sims = semantic.similarities(emb)
    rows = []
    for doc, i, u in order:
        if doc.cues is None:
            doc.cues = stance.DocCues([doc.low[s:e] for s, e in doc.spans])
        pattern = np.zeros(len(CLAIM_CATEGORIES), dtype=np.float32)
        for h in doc.hits:
            if h.sentence == i:
                pattern[CLAIM_CATEGORIES.index(h.category)] = 1.0
        rows.append(np.concatenate([
            emb[u], claim_sims[u], counter_sims[u : u + 1], pattern, stance.features(doc.cues, i),
        ]))
        doc.rows.append(len(rows) - 1)
    return np.stack(rows).astype(np.float32)
