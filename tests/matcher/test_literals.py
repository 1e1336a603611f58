"""The words a lexicon pattern requires: read from its source, sound for every text, None when unsure."""

import json
import re
from pathlib import Path

import pytest

from matcher.ranking import lexicon
from matcher.ranking.literals import required_words

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TABLES = {"industries": lexicon.INDUSTRY_TERMS, "services": lexicon.SERVICE_TERMS}


NON_WORD = re.compile(r"\W")
FIELDS = ("name", "description", "scope", "methodology")


def normalised(text: str) -> str:
    return " " + NON_WORD.sub(" ", text.lower()) + " "


def source(terms: list[str]) -> str:
    return r"\b(?:" + "|".join(terms) + r")\b"


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\b(?:link building)\b", {" link building"}),
        (r"\b(?:software (?:companies|company)|saas)\b", {"oftware compan", "aas"}),  # "s" is shared
        (r"\b(?:guest posts?)\b", {" guest post"}),
        (r"\b(?:e-?commerce)\b", {"commerce"}),
        (r"\b(?:orthodont\w*)\b", {" orthodont"}),
        (r"\b(?:caf[eé]s?)\b", {" caf"}),
        (r"\b(?:d2c|dtc)\b", {" d"}),
    ],
)
def test_words_of_a_pattern(pattern, words):
    assert required_words(pattern) == frozenset(words)


@pytest.mark.parametrize("pattern", [r"[a-z]bc", r"a{2}bc", r"(a)bc", r"a.c", r"^abc", r"abc)", r"\dabc"])
def test_syntax_outside_the_subset_gives_no_words(pattern):
    assert required_words(pattern) is None


def test_every_lexicon_code_is_read():
    for table in TABLES.values():
        for code, terms in table.items():
            assert required_words(source(terms)), code


def test_a_matching_text_always_holds_one_of_the_words():
    texts = []
    for name in ("providers.jsonl", "briefs.jsonl"):
        for line in (SEEDS / name).read_text().splitlines():
            row = json.loads(line)
            texts.append(" ".join(str(row.get(k) or "") for k in FIELDS))
    matched = 0
    for table in TABLES.values():
        for terms in table.values():
            pattern, words = re.compile(source(terms), re.IGNORECASE), required_words(source(terms))
            for text in texts:
                if pattern.search(text):
                    matched += 1
                    assert any(w in normalised(text) for w in words), (terms, text)
    assert matched > 100
