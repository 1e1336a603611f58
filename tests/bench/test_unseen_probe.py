"""The unseen-hosts probe (data/redflags_real/unseen/) is what its README says: real text with its source,
labelled by the rubric's categories, from hosts the corpus does not hold (or it would not be unseen)."""

import json
from urllib.parse import urlparse

from bench import redflags_unseen
from matcher.redflags import corpus
from matcher.redflags.registry import CLAIM_CATEGORIES


def _rows() -> list[dict]:
    return [json.loads(line) for part in redflags_unseen.PARTS
            for line in (redflags_unseen.DATA / f"{part}.jsonl").open(encoding="utf-8") if line.strip()]


def test_every_row_carries_its_address_search_and_labels_of_known_categories():
    rows = _rows()
    assert len(rows) == 418
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["text"].strip() and r["query"].strip(), r["id"]
        url = urlparse(r["url"])
        assert url.scheme in {"http", "https"}, r["id"]
        assert url.netloc.removeprefix("www.") == r["host"].removeprefix("www."), r["id"]
        assert set(r["labels"]) <= set(CLAIM_CATEGORIES), r["id"]


def test_no_host_is_in_the_corpus():
    known = {r["host"].removeprefix("www.") for r in corpus.load(None)}
    assert not known & {r["host"].removeprefix("www.") for r in _rows()}
