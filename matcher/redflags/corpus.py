"""The labelled corpus of real text (data/redflags_real/) and its split by host.

Rows: {"id", "text", "url", "host", "labels": [categories], "stance", "hard_negative", ...}. A host's
rows all go to one split (hash of the host), so no site's wording is learnt and then tested on.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from matcher.config import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "data" / "redflags_real" / "corpus.jsonl"
SYNTHETIC_DEV = PROJECT_ROOT / "tests" / "data" / "redflags_dev.jsonl"
SYNTHETIC_HELDOUT = PROJECT_ROOT / "tests" / "data" / "redflags_heldout.jsonl"
SPLITS = ("train", "dev", "test")
# Shares of hosts: the test split is reported once, the dev split calibrates the thresholds.
_CUTS = (0.6, 0.8)


def split_of(host: str) -> str:
    h = int(hashlib.sha256(host.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "train" if h < _CUTS[0] else "dev" if h < _CUTS[1] else "test"


def load(split: str | None = None, path: Path = CORPUS) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        row["split"] = split_of(row["host"])
    return [r for r in rows if split is None or r["split"] == split]


def load_synthetic(path: Path) -> list[dict]:
    """The older, written-by-us sets, in the corpus's row shape."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows.append({"id": r["id"], "text": r["text"], "labels": r["categories"],
                         "hard_negative": r["kind"] == "hard_negative"})
    return rows
