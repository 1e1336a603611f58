"""The sentence heads: logistic regressions over the sentence features, shipped as plain arrays.

`matcher/data/redflags_model.npz` is written by `python -m matcher.redflags.training` from the labelled
corpus in data/redflags_real/ (and the synthetic development set); inference is numpy only. Two readings
per sentence, as a reader makes them: is it the speaker's own current offer (the offer head), and which
practice does it describe (one head per category): an honest offer ("we fix hreflang") passes the offer
head and no category head; a warning about PBNs the reverse. What is then a finding is decided with the
claim gate's reading of the passage, in decide.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from matcher.redflags.features import FEATURE_NAMES

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "redflags_model.npz"


class ModelMismatch(RuntimeError):
    """The shipped model was trained on other features or categories: re-train it."""


@dataclass(frozen=True)
class Model:
    categories: tuple[str, ...]
    mean: np.ndarray  # feature standardisation
    scale: np.ndarray
    weights: np.ndarray  # (features, categories)
    bias: np.ndarray  # (categories,)
    offer_weights: np.ndarray  # (features,)
    offer_bias: float
    meta: dict

    def probabilities(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """P(category) per row and category, and P(offer) per row."""
        x = (rows - self.mean) / self.scale
        category = 1.0 / (1.0 + np.exp(-(x @ self.weights + self.bias)))
        offer = 1.0 / (1.0 + np.exp(-(x @ self.offer_weights + self.offer_bias)))
        return category, offer

    def save(self, path: Path = MODEL_PATH) -> None:
        np.savez_compressed(
            path,
            mean=self.mean,
            scale=self.scale,
            weights=self.weights,
            bias=self.bias,
            offer_weights=self.offer_weights,
            offer_bias=np.asarray([self.offer_bias]),
            meta=np.asarray(
                json.dumps(dict(self.meta, categories=list(self.categories), features=list(FEATURE_NAMES)))
            ),
        )


def load(path: Path = MODEL_PATH) -> Model:
    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(str(data["meta"]))
        if tuple(meta["features"]) != FEATURE_NAMES:
            raise ModelMismatch(
                f"{path.name} was trained on other features; run python -m matcher.redflags.training"
            )
        return Model(
            categories=tuple(meta["categories"]),
            mean=data["mean"],
            scale=data["scale"],
            weights=data["weights"],
            bias=data["bias"],
            offer_weights=data["offer_weights"],
            offer_bias=float(data["offer_bias"][0]),
            meta=meta,
        )


@lru_cache(maxsize=1)
def shipped() -> Model:
    return load()
