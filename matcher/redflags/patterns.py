"""Stage 1: run every category's rules over a text and keep the matches the writer asserts."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from matcher.redflags import conduct as cd
from matcher.redflags import promises as pm
from matcher.redflags import schemes as sc
from matcher.redflags.context import after_remediation, agent_between, negated_anywhere, suppression
from matcher.redflags.lexicon import INDEX, Rule
from matcher.redflags.sentences import clause_bounds

RULES: dict[str, list[Rule]] = {
    "guaranteed_rankings": pm.GUARANTEED_RANKINGS,
    "guaranteed_link_count": pm.GUARANTEED_LINK_COUNT,
    "unrealistic_timeline": pm.UNREALISTIC_TIMELINE,
    "paid_links": sc.PAID_LINKS,
    "pbn": sc.PBN,
    "automated_links": sc.AUTOMATED_LINKS,
    "anchor_manipulation": sc.ANCHOR_MANIPULATION,
    "undisclosed_methods": cd.UNDISCLOSED_METHODS,
    "deceptive_tactics": cd.DECEPTIVE_TACTICS,
}
# Words near a match that make it something else: a tool that *tracks* links, a *branded* anchor.
UNLESS: dict[str, re.Pattern] = {
    "automated_links": re.compile(sc.AUTOMATED_UNLESS),
    "anchor_manipulation": re.compile(sc.ANCHOR_UNLESS),
    "guaranteed_rankings": re.compile(pm.RANKINGS_UNLESS),
    "deceptive_tactics": re.compile(cd.DECEPTIVE_UNLESS),
}
# A cue this close to its trigger joins the evidence ("guarantee" + "page-one rankings").
JOIN_CHARS = 60
# Findings kept per category and text: past this the text is spam and more of the same adds nothing,
# while checking thousands of matches would cost seconds.
MAX_FINDINGS = 200
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


class _Matches:
    """Matches in one text: each trigger pattern is matched once (several rules share one), and a cue
    pattern only at its candidate positions inside the windows around triggers, each position once."""

    def __init__(self, low: str, found: dict[int, list[int]]) -> None:
        self.low, self.found = low, found
        self.spans: dict[int, tuple[list[int], list[int]]] = {}
        self._at: dict[tuple[int, int], tuple[int, int] | None] = {}

    def of(self, pid: int) -> tuple[list[int], list[int]]:
        """(starts, ends) of the non-overlapping matches of trigger pattern `pid`, in order."""
        if pid not in self.spans:
            pattern, starts, ends = INDEX.patterns[pid], [], []
            last_end = -1
            for p in self.found.get(pid, ()):
                if p < last_end:
                    continue
                m = pattern.match(self.low, p)
                if m is not None:
                    starts.append(p)
                    ends.append(last_end := m.end())
            self.spans[pid] = (starts, ends)
        return self.spans[pid]

    def nearest(self, pid: int, lo: int, hi: int, s: int, e: int) -> tuple[int, int] | None:
        """The match of cue pattern `pid` inside [lo, hi) closest to the span [s, e)."""
        positions = self.found.get(pid, ())
        best, best_d = None, None
        for p in positions[bisect_left(positions, lo) : bisect_left(positions, hi)]:
            key = (pid, p)
            if key not in self._at:
                m = INDEX.patterns[pid].match(self.low, p)
                self._at[key] = m.span() if m else None
            hit = self._at[key]
            if hit is None or hit[1] > hi:
                continue
            d = max(0, hit[0] - e, s - hit[1])
            if best_d is None or d < best_d:
                best, best_d = hit, d
        return best


def _evidence(low: str, rule: Rule, cues: _Matches, spans: list[tuple[int, int]], i: int, s: int, e: int):
    """The evidence span for a trigger at [s, e) in sentence i, or None if the rule's cue is missing."""
    ss, se = spans[i]
    if rule.needs_id is None:
        return s, e
    lo = max(spans[i - 1][0] if rule.prev and i > 0 else ss, s - rule.reach)
    cue = cues.nearest(rule.needs_id, lo, min(se, e + rule.reach), s, e)
    if cue is None:
        return None
    # "Page one isn't something anyone can promise": a negator between the two halves undoes the claim.
    between = low[e : cue[0]] if cue[0] >= e else low[cue[1] : s]
    if negated_anywhere(between) or agent_between(between, low[ss : min(s, cue[0])]):
        return None
    if cue[0] >= ss and max(cue[0] - e, s - cue[1]) <= JOIN_CHARS:
        s, e = min(s, cue[0]), max(e, cue[1])
    return s, e


def find(low: str, spans: list[tuple[int, int]]) -> list[Hit]:
    """Asserted matches, at most one per (category, sentence): the first one in the text.

    `low` is the lower-cased copy of the text (prefilter.lower_same_length), with the same offsets."""
    found = INDEX.scan(low)
    matches = _Matches(low, found)
    starts = [s for s, _ in spans]
    memo: dict = {}
    hits: list[Hit] = []
    for category, rules in RULES.items():
        taken: dict[int, Hit] = {}
        unless = UNLESS.get(category)
        for rule in rules:
            if len(taken) >= MAX_FINDINGS:
                break
            if rule.trigger_id not in found or (rule.needs_id is not None and rule.needs_id not in found):
                continue
            for m_start, m_end in zip(*matches.of(rule.trigger_id), strict=True):
                if len(taken) >= MAX_FINDINGS:
                    break
                i = bisect_right(starts, m_start) - 1
                if i < 0 or m_end > spans[i][1]:
                    continue
                if i in taken and taken[i].start <= m_start:
                    continue
                if rule.clause_start and not _opens_clause(low, spans[i], m_start):
                    continue
                ev = _evidence(low, rule, matches, spans, i, m_start, m_end)
                if ev is None:
                    continue
                s, e = ev
                while e > s and low[e - 1] in _TRAILING:
                    e -= 1
                if unless is not None and unless.search(low, max(spans[i][0], s - 30), e):
                    continue
                if suppression(low, spans[i], s, e, category, memo):
                    continue
                if after_remediation(low, spans[i], e, category):
                    continue
                taken[i] = Hit(category, s, e, i)
        hits.extend(taken.values())
    hits.sort(key=lambda h: (h.start, h.category))
    return hits
