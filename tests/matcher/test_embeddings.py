"""Embedding: long texts are read whole in model-sized windows, and the precision follows the settings."""

from __future__ import annotations

import numpy as np
import pytest

from matcher import embeddings
from matcher.config import ConfigError, load_settings

pytestmark = pytest.mark.slow


def tokens(text: str) -> int:
    return len(embeddings.get_model().tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])


def test_a_profile_that_fits_the_window_is_one_piece():
    text = " ".join(["We run technical audits and earn editorial links for dental clinics."] * 15)
    assert tokens(text) <= embeddings.WINDOW_TOKENS
    assert embeddings.split_long(text) == [text]


def test_a_long_text_is_cut_into_overlapping_windows_that_cover_all_of_it():
    text = " ".join(f"Case study {i}: grew sessions for client number {i} in Lisbon." for i in range(120))
    pieces = embeddings.split_long(text)
    assert len(pieces) > 1
    assert all(tokens(p) <= embeddings.MODEL_WINDOW for p in pieces)
    assert text.startswith(pieces[0]) and text.endswith(pieces[-1])
    for a, b in zip(pieces, pieces[1:], strict=False):
        assert b.split()[0] in a, "consecutive windows overlap"
    # Every sentence's number appears in some window: nothing past the model's limit is dropped.
    assert all(any(f"number {i} " in p for p in pieces) for i in range(119))


def test_windows_cut_inside_long_words_still_fit_the_model():
    text = " ".join(f"https://example{i}.com/zahnarztpraxis-suchmaschinenoptimierung-{i}" for i in range(200))
    pieces = embeddings.split_long(text)
    assert len(pieces) > 3 and all(tokens(p) <= embeddings.MODEL_WINDOW for p in pieces)


def test_long_documents_become_one_unit_vector_each_and_empty_ones_do_not_fail():
    long_text = " ".join(["Digital PR campaigns for fintech brands earn coverage in national press."] * 80)
    vectors = embeddings.embed_documents([long_text, "", "Local SEO for restaurants."])
    assert vectors.shape == (3, embeddings.DIMENSION)
    assert np.allclose(np.linalg.norm(vectors[[0, 2]], axis=1), 1.0, atol=1e-4)


def test_the_long_document_vector_stays_close_to_its_opening():
    opening = "Digital PR campaigns for fintech brands earn coverage in national press. " * 3
    long_text = opening + " ".join(["Our fintech PR work earns links from national newspapers."] * 60)
    a, b, other = embeddings.embed_documents([opening, long_text, "Wedding photography in Rome."])
    assert float(a @ b) > float(a @ other) + 0.3


def test_precision_setting_is_validated_and_auto_resolves_to_a_real_precision():
    assert load_settings({"EMBEDDING_PRECISION": "float32"}).embedding_precision == "float32"
    with pytest.raises(ConfigError, match="EMBEDDING_PRECISION"):
        load_settings({"EMBEDDING_PRECISION": "fp8"})
    assert load_settings({"MATCHER_THREADS": "1"}).compute_threads == 1
    with pytest.raises(ConfigError, match="MATCHER_THREADS"):
        load_settings({"MATCHER_THREADS": "two"})
    assert embeddings.precision("float32") == "float32"
    assert embeddings.precision("auto") in {"float32", "bfloat16"}


def test_both_precisions_give_nearly_the_same_vectors():
    """Indexes built on a machine with bf16 stay valid when queried from one without, and back."""
    import json
    import os
    import subprocess
    import sys

    texts = ["Local SEO for dental clinics in Texas.", "Digital PR that earns links from national press."]
    script = (
        "import json, sys; from matcher import embeddings; print(embeddings.precision()); "
        "print(json.dumps(embeddings.encode(json.loads(sys.argv[1])).tolist()))"
    )
    found = {}
    for setting in ("float32", "bfloat16"):
        env = {**os.environ, "EMBEDDING_PRECISION": setting}
        out = subprocess.run([sys.executable, "-c", script, json.dumps(texts)], env=env, capture_output=True,
                             text=True, check=True, timeout=300).stdout.splitlines()
        assert out[0] == setting
        found[setting] = np.asarray(json.loads(out[-1]))
    cosines = (found["float32"] * found["bfloat16"]).sum(axis=1)
    assert cosines.min() > 0.995  # measured 0.998 on short sentences, 0.9999 on 120-word profiles


def test_splitting_beside_encoding_in_other_threads_never_loses_the_end_of_a_text():
    import threading

    text = " ".join(f"Campaign {i} earned coverage for a fintech client in Berlin." for i in range(60))
    expected = embeddings.split_long(text)
    assert len(expected) > 1
    failures, stop = [], threading.Event()

    def split() -> None:
        for _ in range(150):
            if embeddings.split_long(text) != expected:
                failures.append("split differs")

    def encode() -> None:
        while not stop.is_set():
            embeddings.encode(["Local SEO for dentists.", "Guest posts on real sites."])

    splitters = [threading.Thread(target=split) for _ in range(2)]
    encoders = [threading.Thread(target=encode) for _ in range(2)]
    for t in splitters + encoders:
        t.start()
    for t in splitters:
        t.join()
    stop.set()
    for t in encoders:
        t.join()
    assert not failures
