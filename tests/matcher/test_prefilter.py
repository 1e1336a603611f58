"""The red-flag prefilter finds exactly what a full regex scan finds, and the tree reader behind it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from matcher.redflags import patterns  # noqa: F401 - importing the rules registers every pattern
from matcher.redflags.lexicon import INDEX
from matcher.redflags.prefilter import MAX_POSITIONS, first_literals, lower_same_length
from matcher.textpatterns import Unreadable, parse

DATA = Path(__file__).resolve().parents[1] / "data"


def _texts() -> list[str]:
    lines = (DATA / "redflags_dev.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    joined = " ".join(texts)
    # A few long texts: every sentence in one profile, in capitals, and with typographic quotes.
    return [*texts, joined, (joined + " ") * 4, joined.upper(), joined.replace("'", "’")]


def _prefiltered(low: str, pid: int, positions: list[int]) -> list[tuple[int, int]]:
    """The non-overlapping matches of pattern `pid`, tried only where the scan proposed (as the rules do)."""
    spans: list[tuple[int, int]] = []
    for p in positions:
        if spans and p < spans[-1][1]:
            continue
        m = INDEX.patterns[pid].match(low, p)
        if m is not None:
            spans.append(m.span())
    return spans


def test_the_prefilter_finds_every_match_of_a_full_scan():
    """Each rule pattern, as the engine runs it (`fast_pattern`: no leading \\b, tried at word starts and
    symbols), matched at the scan's candidate positions only, gives the matches of a full scan."""
    # A full scan by the regex engine itself, at every word start and every non-word character.
    full = [re.compile(rf"(?:(?<!\w)(?=\w)|(?=\W))(?:{rx.pattern})") for rx in INDEX.patterns]
    checked = 0
    for text in _texts():
        low = lower_same_length(text)
        found = INDEX.scan(low)
        for pid, pattern in enumerate(full):
            positions = found.get(pid, [])
            assert len(positions) < MAX_POSITIONS
            expected = [m.span() for m in pattern.finditer(low)]
            assert _prefiltered(low, pid, positions) == expected, (pattern.pattern[:80], text[:80])
            checked += len(expected)
    assert checked > 1000


@pytest.mark.parametrize(
    ("pattern", "heads"),
    [
        (r"\b(?:guaranteed?|promise)\b", {"guar", "prom"}),
        (r"(?<![\w$])\d+\s?(?:links|backlinks)", set("0123456789")),
        (r"#1|number one", {"#1", "numb"}),
        (r"(?:we|i) (?:guarantee|promise)", {"we g", "we p", "i gu", "i pr"}),
        (r"(?:top|first)[- ]?(?:page|spot)", {"top-", "top ", "topp", "tops", "firs"}),
        (r"[ab]c?d", {"a", "b"}),  # a class ends the head
        (r"(?:x)?yz", {"x", "yz"}),
        (r"\w+ing", None),
        (r"(?:a|b)?.", None),
    ],
)
def test_first_literals(pattern, heads):
    assert first_literals(pattern) == (None if heads is None else frozenset(heads))


def test_the_tree_is_the_standard_parsers_shape():
    # A common prefix moves out of the branches, one-character branches become a class.
    assert parse(r"abc|abd") == [("lit", "a"), ("lit", "b"), ("in", ("c", "d"))]
    assert parse(r"(?:ab)+(c)") == [
        ("repeat", 1, None, [("lit", "a"), ("lit", "b")], "greedy"),
        ("group", [("lit", "c")], "capture"),
    ]
    assert parse(r"[^a-c\d]{2,}?") == [("repeat", 2, None, [("notin", (("a", "c"), "\\d"))], "lazy")]
    assert parse(r"a{x}") == [("lit", "a"), ("lit", "{"), ("lit", "x"), ("lit", "}")]


@pytest.mark.parametrize("pattern", [r"(?i)abc", r"(a)\1", r"\x41", r"a**", r"(?P=x)", r"[z-a]", r"ab)"])
def test_syntax_not_read_is_refused(pattern):
    with pytest.raises(Unreadable):
        parse(pattern)
