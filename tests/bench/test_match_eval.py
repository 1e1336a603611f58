"""The ranking keeps its quality on the held-out briefs of bench/data, measured by the real pipeline
(import, vetting, embedding, index, ranking), and never recommends a provider labeled risky."""

import pytest

from bench import match_eval

pytestmark = pytest.mark.slow  # builds and ranks the whole evaluation catalogue


@pytest.fixture(scope="module")
def results():
    return match_eval.evaluate("test")


def test_full_engine_ndcg_and_no_leakage(results):
    full = results["full engine"]
    assert full["ndcg@10"] >= 0.80
    assert full["leakage"] == 0


def test_full_engine_beats_both_baselines(results):
    full = results["full engine"]["ndcg@10"]
    assert full > results["embedding similarity alone"]["ndcg@10"]
    assert full > results["structured filters alone"]["ndcg@10"]
