"""Embeddings kept by content: one model pass per text, on SQLite and PostgreSQL."""

from __future__ import annotations

import numpy as np

from matcher.embedding_cache import EmbeddingCache


def test_a_text_is_embedded_once_and_read_back_the_same(any_runtime):
    calls: list[list[str]] = []

    def encoder(texts):
        calls.append(list(texts))
        return np.stack([np.full(384, float(len(t)), dtype=np.float32) for t in texts])

    cache = EmbeddingCache(any_runtime.db, "sentence", encoder)
    first = cache.encode(["We build links.", "We write content.", "We build links."])
    assert calls == [["We build links.", "We write content."]]  # a repeat in one call is embedded once
    again = cache.encode(["We write content.", "We audit sites."])
    assert calls[-1] == ["We audit sites."]
    np.testing.assert_array_equal(again[0], first[1])
    # another recipe (a document, not a sentence) does not read a sentence's vector
    EmbeddingCache(any_runtime.db, "document", encoder).encode(["We build links."])
    assert calls[-1] == ["We build links."]
    # two writers of the same key: the second insert is ignored, not an error
    EmbeddingCache(any_runtime.db, "fresh", encoder)._write({"k" * 64: np.zeros(384, np.float32)})
    EmbeddingCache(any_runtime.db, "fresh", encoder)._write({"k" * 64: np.ones(384, np.float32)})


def test_a_brief_matched_again_reads_its_query_vector_back(rt):
    """The ranking embeds a brief's query through the cache: the same brief matched again (a retry, a
    correction that changes nothing in the text, the sample briefs at seeding) costs no model pass, and
    the vector read back is the one the model gave."""
    from matcher import embeddings
    from matcher.embedding_cache import query_cache, stored

    text = "Link building for a B2B SaaS company in the United Kingdom."
    first = query_cache(rt.db).encode([text])
    again = query_cache(rt.db)
    np.testing.assert_allclose(again.encode([text])[0], first[0], rtol=0, atol=1e-6)
    assert (again.hits, again.misses) == (1, 0)
    np.testing.assert_allclose(first[0], embeddings.embed_documents([text])[0], atol=1e-5)
    keys, vectors = stored(rt.db)
    assert len(keys) == len(vectors) >= 1
