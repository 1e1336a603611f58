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
# Spanish and German rows (data/redflags_real/multilingual/), which the English models never see: the
# measure of other_languages.py, split in halves by host (dev to read errors on, test to report).
MULTILINGUAL = PROJECT_ROOT / "data" / "redflags_real" / "multilingual" / "corpus.jsonl"
SYNTHETIC_DEV = PROJECT_ROOT / "tests" / "data" / "redflags_dev.jsonl"
SYNTHETIC_HELDOUT = PROJECT_ROOT / "tests" / "data" / "redflags_heldout.jsonl"
# The real provider pages that the vetting and matching evaluations read (bench/redflags_profiles.py,
# bench/match_eval.py). Some corpus rows were copied from the same pages: models must not learn them.
CATALOGUE = PROJECT_ROOT / "data" / "match_real" / "providers.jsonl"
# Hosts where each page has its own author: there only the catalogue page's own address is held back.
SHARED_HOSTS = ("bitbucket.org", "gist.github.com", "github.com", "gitlab.com", "huggingface.co",
                "medium.com", "pastebin.com", "quora.com", "raw.githubusercontent.com", "reddit.com")
SPLITS = ("train", "dev", "test")
# Shares of hosts: the test split is reported once, the dev split calibrates the thresholds.
_CUTS = (0.6, 0.8)


def _share(host: str) -> float:
    return int(hashlib.sha256(host.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


def split_of(host: str) -> str:
    h = _share(host)
    return "train" if h < _CUTS[0] else "dev" if h < _CUTS[1] else "test"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load(split: str | None = None, path: Path = CORPUS) -> list[dict]:
    rows = _rows(path)
    for row in rows:
        row["split"] = split_of(row["host"])
    return [r for r in rows if split is None or r["split"] == split]


def load_multilingual(split: str | None = None, path: Path = MULTILINGUAL) -> list[dict]:
    """The Spanish and German rows: nothing is trained on them, so two halves by host, dev and test."""
    rows = _rows(path)
    for row in rows:
        row["split"] = "dev" if _share(row["host"]) < 0.5 else "test"
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


def _catalogue_pages() -> tuple[set[str], set[str]]:
    """(hosts, addresses) of the evaluation catalogue's pages."""
    hosts, urls = set(), set()
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            page = json.loads(line)
            urls.add(page.get("url") or "")
            if page.get("host") and page["host"].removeprefix("www.") not in SHARED_HOSTS:
                hosts.add(page["host"].removeprefix("www."))
    return hosts, urls - {""}


def for_fitting(split: str) -> list[dict]:
    """The rows of `split` that models are trained (train) or calibrated (dev) on: all but those copied
    from the evaluation catalogue's pages, so that what the evaluations report was never learnt."""
    hosts, urls = _catalogue_pages()
    return [r for r in load(split) if r["host"] not in hosts and r["url"] not in urls]
