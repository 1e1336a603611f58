"""From scores to claims: the one place the learned engine's decision is written, used by the engine and by
the threshold search in training (so what is calibrated is what runs).

A passage whose claim score reaches the gate threshold yields the categories of its centre sentence: the
rules' matches there (their tight spans are the evidence) and the sentence heads' categories at or above
the category threshold that the sentence names (rules.on_topic) and does not deny (_denied). A sentence
no head places is no finding: guessing its most likely category flagged honest sentences and found
nothing more on the dev split. In a case study (past work) a model finding of a promise is dropped.
A pattern's match elsewhere stands on weaker evidence (rule_passage, OFFER_FLOOR): the patterns are
precise on plain sales copy ("we will build 500 PBN links"), which the real corpus holds too little of for
the gate to learn every practice from it. An example bank's match does not, except in the rare categories.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matcher.redflags import context, gate, rules, semantic
from matcher.redflags.features import Doc
from matcher.redflags.gate import Gate, Passage
from matcher.redflags.registry import CLAIM_CATEGORIES, KIND

# A passage's claim score is this blend of the gate's reading of the passage and the sentence heads' of
# its centre (max over the categories it names of P(category) x P(offer)): each catches what the other
# misses (dev F1 at a 5% clean-flag budget, 2026-12-05, 1,409-row corpus: gate 0.57, heads 0.56, blend 0.65).
GATE_BLEND = 0.5
# A rule's match needs at least this P(offer) of its sentence, in both engines: below it the match is a
# warning, a definition or a denial the rules misread. The largest value that kept the synthetic held-out
# F1 >= 0.89, the matching evaluation's red-flag leakage at 0 and every risky sample provider flagged
# (measured 2026-12-04 on the rules engine: real dev F1 0.38 -> 0.42, clean texts flagged 25% -> 17%; 0.2
# let risky evaluation providers through).
OFFER_FLOOR = 0.10
PAST_WORK_FIELDS = ("case_studies",)


@dataclass(frozen=True)
class Thresholds:
    gate: float
    category: float
    # A pattern's match stands where its passage's score reaches this (below `gate`: the patterns are
    # precise on plain sales copy) and its sentence's P(offer) reaches OFFER_FLOOR.
    rule_passage: float
    # Categories too rare in the training text for the gate to have learnt them: their rule matches stand
    # on P(offer) >= OFFER_FLOOR alone, as in the rules engine.
    rare: tuple[str, ...] = ()

    @classmethod
    def shipped(cls) -> Thresholds:
        decision = gate.shipped().decision
        return cls(**{**decision, "rare": tuple(decision.get("rare", ()))})


@dataclass(frozen=True)
class Claim:
    category: str
    start: int
    end: int
    sentence: int
    source: str  # "rule" or "model"
    score: float


def sentence_claim(doc: Doc, i: int, row: int, category: np.ndarray, offer: np.ndarray) -> float:
    s, e = doc.spans[i]
    topical = [ci for ci, c in enumerate(CLAIM_CATEGORIES) if rules.on_topic(c, doc.low[s:e])]
    return max((float(category[row, ci]) for ci in topical), default=0.0) * float(offer[row])


def score_passages(
    docs: list[Doc], x: np.ndarray, category: np.ndarray, offer: np.ndarray, claim_gate: Gate
) -> list[list[tuple[Passage, float]]]:
    """Each document's passages with their claim score; the gate reads all passages in one call."""
    found = [gate.passages(doc) for doc in docs]
    flat = [p for group in found for p in group]
    if not flat:
        return [[] for _ in docs]
    dense_rows = np.stack([gate.dense(x, p.rows) for p in flat])
    read = claim_gate.probability([p.doc.text[p.start : p.end] for p in flat], dense_rows)
    out, at = [], 0
    for doc, group in zip(docs, found, strict=True):
        row_of = dict(zip(doc.candidates, doc.rows, strict=True))
        scores = []
        for k, p in enumerate(group):
            own = sentence_claim(doc, p.center, row_of[p.center], category, offer)
            scores.append((p, GATE_BLEND * float(read[at + k]) + (1 - GATE_BLEND) * own))
        out.append(scores)
        at += len(group)
    return out


def _denied(ci: int, sentence_low: str) -> bool:
    """Every mention of the category's subject in the sentence is negated right before it ("we don't sell
    link packages"): the heads read the practice, not that the speaker denies it. The patterns have
    their own scope checks; this is the same check for the model's findings."""
    found = list(semantic.ANCHORS[CLAIM_CATEGORIES[ci]].finditer(sentence_low))
    return bool(found) and all(context.negated_right_before(sentence_low[: m.start()]) for m in found)


def claims(
    doc: Doc,
    hits: list[tuple[str, int, int, int]],
    category: np.ndarray,
    offer: np.ndarray,
    scored: list[tuple[Passage, float]],
    t: Thresholds,
) -> list[Claim]:
    """`hits`: rules.rule_hits of the document; `category`/`offer`: the sentence heads' probabilities of
    the feature matrix's rows; `scored`: the document's passages with their gate probability."""
    row_of = dict(zip(doc.candidates, doc.rows, strict=True))
    by_sentence: dict[int, list[tuple[str, int, int]]] = {}
    for c, s, e, i in hits:
        by_sentence.setdefault(i, []).append((c, s, e))
    out: dict[tuple[str, int], Claim] = {}
    # A case study reports past work. A result there ("requests rose 44%") is no promise unless a
    # pattern reads one (they check tense); a practice it admits (paid links, a PBN) still counts.
    past_work = doc.field.startswith(PAST_WORK_FIELDS)

    def add(claim: Claim) -> None:
        if past_work and claim.source == "model" and KIND[claim.category] == "promise":
            return
        out.setdefault((claim.category, claim.sentence), claim)

    for passage, p in scored:
        if p < t.gate:
            continue
        i = passage.center
        for c, s, e in by_sentence.get(i, ()):
            add(Claim(c, s, e, i, "rule", p))
        row = row_of.get(i)
        if row is None:
            continue
        s, e = doc.spans[i]
        topical = [ci for ci, c in enumerate(CLAIM_CATEGORIES) if rules.on_topic(c, doc.low[s:e])]
        raised = [ci for ci in topical if category[row, ci] >= t.category and not _denied(ci, doc.low[s:e])]
        for ci in raised:
            add(Claim(CLAIM_CATEGORIES[ci], s, e, i, "model", p))
    passage_score = {passage.center: p for passage, p in scored}
    # ...and the rare categories' rules (which read tense only within their sentence) do not decide there
    # alone.
    rare = () if past_work else t.rare
    # Only a pattern's match is precise enough to stand on weaker evidence; an example bank's nearness
    # ("links come from industry associations" is near "links from paid partner sites") needs the gate,
    # except in the rare categories, where the banks are most of what the engine knows.
    patterned = {(h.category, h.sentence) for h in doc.hits}
    for c, s, e, i in hits:
        if (c, i) not in patterned and c not in rare:
            continue
        # A sentence past the model's reading budget (very long fields) has no scores: its match stands.
        p, read = passage_score.get(i, 1.0), float(offer[row_of[i]]) if i in row_of else 1.0
        if read >= OFFER_FLOOR and (p >= t.rule_passage or c in rare):
            add(Claim(c, s, e, i, "rule", p))
    return sorted(out.values(), key=lambda c: (c.start, c.category))
