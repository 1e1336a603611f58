"""Stage 1: run every category's rules over a text and keep the matches the writer asserts."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from matcher.redflags import practices as pr
from matcher.redflags import promises as pm
from matcher.redflags.context import after_remediation, negated_anywhere, suppression
from matcher.redflags.lexicon import INDEX, Rule
from matcher.redflags.sentences import clause_bounds

RULES: dict[str, list[Rule]] = {
    "guaranteed_rankings": pm.GUARANTEED_RANKINGS,
    "guaranteed_link_count": pm.GUARANTEED_LINK_COUNT,
    "unrealistic_timeline": pm.UNREALISTIC_TIMELINE,
    "paid_links": pr.PAID_LINKS,
    "pbn": pr.PBN,
    "automated_links": pr.AUTOMATED_LINKS,
    "anchor_manipulation": pr.ANCHOR_MANIPULATION,
    "undisclosed_methods": pr.UNDISCLOSED_METHODS,
    "deceptive_tactics": pr.DECEPTIVE_TACTICS,
}
# Words near a match that make it something else: a tool that *tracks* links, a *branded* anchor.
UNLESS: dict[str, re.Pattern] = {
    "automated_links": re.compile(pr.AUTOMATED_UNLESS),
    "anchor_manipulation": re.compile(pr.ANCHOR_UNLESS),
    "guaranteed_rankings": re.compile(pm.RANKINGS_UNLESS),
    "deceptive_tactics": re.compile(pr.DECEPTIVE_UNLESS),
}
# A cue this close to its trigger joins the evidence ("guarantee" + "page-one rankings").
JOIN_CHARS = 60
_TRAILING = ",.;: \t\n-–—"


@dataclass(frozen=True, slots=True)
class Hit:
    category: str
    start: int
    end: int
    sentence: int  # index into the sentence spans


def _opens_clause(low: str, sent: tuple[int, int], pos: int) -> bool:
    cs, _ = clause_bounds(low, sent[0], sent[1], pos)
    prefix = low[cs:pos].strip()
    return not any(c.isalnum() for c in prefix) or prefix.endswith(":")


def _nearest(low: str, pid: int, positions: list[int], lo: int, hi: int, s: int, e: int):
    """The match of pattern `pid` inside [lo, hi) closest to the span [s, e)."""
    pattern = INDEX.patterns[pid]
    best, best_d = None, None
    for p in positions[bisect_left(positions, lo) : bisect_left(positions, hi)]:
        m = pattern.match(low, p, hi)
        if m is None:
            continue
        d = max(0, m.start() - e, s - m.end())
        if best_d is None or d < best_d:
            best, best_d = m.span(), d
    return best


def _evidence(low: str, rule: Rule, found: dict, spans: list[tuple[int, int]], i: int, s: int, e: int):
    """The evidence span for a trigger at [s, e) in sentence i, or None if the rule's cue is missing."""
    ss, se = spans[i]
    if rule.needs_id is None:
        return s, e
    lo = max(spans[i - 1][0] if rule.prev and i > 0 else ss, s - rule.reach)
    cue = _nearest(low, rule.needs_id, found.get(rule.needs_id, []), lo, min(se, e + rule.reach), s, e)
    if cue is None:
        return None
    # "Page one isn't something anyone can promise": a negator between the two halves undoes the claim.
    between = low[e : cue[0]] if cue[0] >= e else low[cue[1] : s]
    if negated_anywhere(between):
        return None
    if cue[0] >= ss and max(cue[0] - e, s - cue[1]) <= JOIN_CHARS:
        s, e = min(s, cue[0]), max(e, cue[1])
    return s, e


def _matches(low: str, rule: Rule, found: dict):
    """Non-overlapping matches of the rule's trigger, tried only where one of its heads occurs."""
    pattern = INDEX.patterns[rule.trigger_id]
    last_end = -1
    for p in found.get(rule.trigger_id, ()):
        if p < last_end:
            continue
        m = pattern.match(low, p)
        if m is not None:
            last_end = m.end()
            yield m


def find(low: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """Asserted matches, at most one per (category, sentence): the first one in the text.

    `low` is the lower-cased copy of the text (prefilter.lower_same_length), with the same offsets."""
    found = INDEX.scan(low)
    starts = [s for s, _ in spans]
    memo: dict = {}
    hits: list[Hit] = []
    for category, rules in RULES.items():
        taken: dict[int, Hit] = {}
        unless = UNLESS.get(category)
        for rule in rules:
            if rule.trigger_id not in found or (rule.needs_id is not None and rule.needs_id not in found):
                continue
            for m in _matches(low, rule, found):
                i = bisect_right(starts, m.start()) - 1
                if i < 0 or m.end() > spans[i][1]:
                    continue
                if i in taken and taken[i].start <= m.start():
                    continue
                if rule.clause_start and not _opens_clause(low, spans[i], m.start()):
                    continue
                ev = _evidence(low, rule, found, spans, i, m.start(), m.end())
                if ev is None:
                    continue
                s, e = ev
                while e > s and low[e - 1] in _TRAILING:
                    e -= 1
                if unless is not None and unless.search(low, max(spans[i][0], s - 30), e):
                    continue
                if suppression(low, spans[i], s, e, category, memo) or after_remediation(low, spans[i], e, category):
                    continue
                taken[i] = Hit(category, s, e, i)
        hits.extend(taken.values())
    hits.sort(key=lambda h: (h.start, h.category))
    return hits
