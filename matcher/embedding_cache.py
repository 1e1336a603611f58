"""One embedding pass per text: vectors kept in the database by a hash of (recipe, text).

Vetting embeds sentences and indexing embeds whole profiles; both go through `EmbeddingCache.encode`,
which returns stored vectors for texts seen before and embeds the rest in one batch. So re-vetting a
profile after one sentence changed embeds one sentence, and a re-index after a crash or an index loss
embeds only what changed. The recipe names the model and the kind of text: a new model never reads an
old model's vectors. Concurrent writers insert the same key harmlessly (ON CONFLICT DO NOTHING).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from matcher.db import Database, in_lists
from matcher.embeddings import DIMENSION, MODEL_NAME, embed_by_sentences, embed_documents, encode
from matcher.models import TextEmbedding, utcnow

Encoder = Callable[[list[str]], np.ndarray]


def _key(recipe: str, text: str) -> str:
    return hashlib.sha256(f"{MODEL_NAME}|{recipe}|{text}".encode()).hexdigest()


class EmbeddingCache:
    def __init__(self, db: Database, recipe: str, encoder: Encoder):
        self.db = db
        self.recipe = recipe
        self.encoder = encoder
        self.hits = 0
        self.misses = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors for `texts` in order: stored ones read back, the rest embedded once and stored."""
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        keys = [_key(self.recipe, t) for t in texts]
        found = self._read(set(keys))
        missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in found}
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            vectors = np.ascontiguousarray(self.encoder(list(missing.values())), dtype=np.float32)
            fresh = dict(zip(missing, vectors, strict=True))
            self._write(fresh)
            found.update(fresh)
        return np.stack([found[k] for k in keys]).astype(np.float32)

    def _read(self, keys: set[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        ordered = sorted(keys)
        with self.db.session() as session:
            for chunk in in_lists(ordered):
                rows = session.execute(select(TextEmbedding.key, TextEmbedding.vector)
                                       .where(TextEmbedding.key.in_(chunk)))
                for key, blob in rows:
                    vector = np.frombuffer(blob, dtype="<f4")
                    if vector.shape == (DIMENSION,):  # a row of another shape is ignored and rewritten
                        out[key] = vector
        return out

    def _write(self, vectors: dict[str, np.ndarray]) -> None:
        store(self.db, vectors)


def store(db: Database, vectors: dict[str, np.ndarray]) -> None:
    """Insert keyed vectors (keys as `_key` makes them); a key already stored is left as it is."""
    now = utcnow()
    rows = [{"key": k, "vector": np.asarray(v).astype("<f4").tobytes(), "created_at": now}
            for k, v in vectors.items()]
    insert = postgresql.insert if db.engine.dialect.name == "postgresql" else sqlite.insert
    with db.session() as session:
        for chunk in in_lists(rows):
            stmt = insert(TextEmbedding).values(chunk)
            session.execute(stmt.on_conflict_do_nothing(index_elements=["key"]))


def stored(db: Database) -> tuple[list[str], np.ndarray]:
    """Every stored key and its vector (to ship the vectors of known texts, e.g. the sample data's)."""
    with db.session() as session:
        query = select(TextEmbedding.key, TextEmbedding.vector).order_by(TextEmbedding.key)
        rows = session.execute(query).all()
    keys = [k for k, blob in rows if len(blob) == DIMENSION * 4]
    vectors = [np.frombuffer(blob, dtype="<f4") for _k, blob in rows if len(blob) == DIMENSION * 4]
    return keys, np.stack(vectors) if vectors else np.zeros((0, DIMENSION), dtype=np.float32)


def sentence_cache(db: Database) -> EmbeddingCache:
    """Sentences as vetting reads them."""
    return EmbeddingCache(db, "sentence", encode)


def query_cache(db: Database) -> EmbeddingCache:
    """A brief's query text as the ranking embeds it (a brief matched again, or the sample briefs, read
    their vector back)."""
    return EmbeddingCache(db, "query", embed_documents)


def document_cache(db: Database) -> EmbeddingCache:
    """Whole provider documents as the index holds them: the mean of their sentences' vectors, read
    through the sentence cache, so a profile's text is embedded once for vetting and indexing."""
    sentences = sentence_cache(db)
    return EmbeddingCache(db, "document-by-sentence", lambda docs: embed_by_sentences(docs, sentences.encode))


@dataclass(frozen=True)
class Encoders:
    """What ranking a brief embeds: its query text and, for the risky-terms caution, its sentences."""

    query: Encoder
    sentences: Encoder


def ranking_encoders(db: Database) -> Encoders:
    return Encoders(query=query_cache(db).encode, sentences=sentence_cache(db).encode)

