"""The unseen-hosts probes (data/redflags_real/unseen/ and probe2/) are what their READMEs say: real text
with its source, labelled by the rubric's categories, from hosts the corpus does not hold (or they would not
be unseen), the second from hosts the first does not hold either."""

import json
from urllib.parse import urlparse

import pytest

from bench import redflags_unseen
from matcher.redflags import corpus
from matcher.redflags.registry import CLAIM_CATEGORIES


def _rows(name: str) -> list[dict]:
    data, parts = redflags_unseen.SETS[name]
    return [json.loads(line) for part in parts
            for line in (data / f"{part}.jsonl").open(encoding="utf-8") if line.strip()]


def _hosts(rows: list[dict]) -> set[str]:
    return {r["host"].removeprefix("www.") for r in rows}


@pytest.mark.parametrize(("name", "size"), [("unseen", 418), ("probe2", 280)])
def test_every_row_carries_its_address_search_and_labels_of_known_categories(name, size):
    rows = _rows(name)
    assert len(rows) == size
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    for r in rows:
        assert r["text"].strip() and r["query"].strip(), r["id"]
        url = urlparse(r["url"])
        assert url.scheme in {"http", "https"}, r["id"]
        assert url.netloc.removeprefix("www.") == r["host"].removeprefix("www."), r["id"]
        assert set(r["labels"]) <= set(CLAIM_CATEGORIES), r["id"]


@pytest.mark.parametrize("name", ["unseen", "probe2"])
def test_no_host_is_in_the_corpus(name):
    assert not _hosts(corpus.load(None)) & _hosts(_rows(name))


def test_the_second_probe_shares_no_host_with_the_first():
    assert not _hosts(_rows("unseen")) & _hosts(_rows("probe2"))
