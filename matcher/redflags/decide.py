"""From scores to claims: the one place the learned engine's decision is written, used by the engine and by
the threshold search in training (so what is calibrated is what runs).

A passage's claim score blends the gate's reading of it with the sentence heads' reading of its most
claim-like sentence (Scored). A passage whose score reaches the gate threshold yields the categories of
its centre sentence: the rules' matches there (their tight spans are the evidence) and the sentence heads'
categories at or above the category threshold that the sentence names (rules.on_topic); a sentence that
denies any practice it names, or that the writer does not assert (context.denies_a_practice,
context.unasserted), yields no model finding. Where no category is placed, a passage scored well above
the gate (`fallback`) gets its most likely practice. In a case study (past work) a model finding of a
promise is dropped, and a pattern's promise needs the gate threshold.
A pattern's match elsewhere stands on weaker evidence (rule_passage, OFFER_FLOOR): the patterns are
precise on plain sales copy ("we will build 500 PBN links"), which the real corpus holds too little of for
the gate to learn every practice from it. An example bank's match does not, except in the rare categories,
whose matches need `rare_passage`.
The claim reader (reader.py), where the thresholds use it, then confirms: a model claim of a common
category in a passage it reads as no claim (below `reader_veto`) is dropped. It reads only the passages
where that could change a decision (Scored.worth_reading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from matcher.redflags import context, gate, lexicon, promises, rules, schemes
from matcher.redflags.features import Doc
from matcher.redflags.gate import Gate, Passage
from matcher.redflags.reader import Reader
from matcher.redflags.registry import CLAIM_CATEGORIES, KIND

# A rule's match needs at least this P(offer) of its sentence, in both engines: below it the match is a
# warning, a definition or a denial the rules misread. The largest value that kept the synthetic held-out
# F1 >= 0.89, the matching evaluation's red-flag leakage at 0 and every risky sample provider flagged
# (measured 2026-12-04 on the rules engine: real dev F1 0.38 -> 0.42, clean texts flagged 25% -> 17%; 0.2
# let risky evaluation providers through).
OFFER_FLOOR = 0.10
# The most a passage scores where the heads' reading is of a practice no sentence of it names (Scored.score).
OFF_TOPIC_CAP = 0.5
PAST_WORK_FIELDS = ("case_studies",)


@dataclass(frozen=True)
class Thresholds:
    gate: float
    category: float
    # A pattern's match stands where its passage's score reaches this (below `gate`: the patterns are
    # precise on plain sales copy) and its sentence's P(offer) reaches OFFER_FLOOR.
    rule_passage: float
    # Categories too rare in the training text for the gate to have learnt them: their rule matches (the
    # example banks' too) stand where the passage's score reaches `rare_passage`, below `gate`. On
    # P(offer) alone (as in the rules engine) they flagged the bare terms of teaching text.
    rare: tuple[str, ...] = ()
    # A passage's claim score is this blend of the gate's reading of the passage and the sentence heads'
    # (Scored): each catches what the other misses.
    blend: float = 0.5
    # A passage at or above this score whose centre no head places gets its most likely category
    # (above `gate`; the default, above any score, never).
    fallback: float = 2.0
    rare_passage: float = 0.0
    # The claim reader's share of the score (Scored.score) and the P(category) at which it names a
    # practice the passage's centre sentence names the subject of.
    reader_weight: float = 0.0
    reader_category: float = 0.5
    # The reader is the costly stage: a passage whose other readings score below this is not read by it
    # (its reader reading counts as 0), as nearly no such passage is a claim.
    reader_floor: float = 0.0
    # A passage the reader reads and finds below this P(claim) yields no model claim of a common category:
    # the cheap readings propose, the reader confirms. Where the reader's own share of the score misreads
    # honest descriptions of a provider's process, its "no" is still worth having. Not for a pattern's
    # match, nor for the rare categories: the reader, like the gate, saw too little plain sales copy and
    # too few of the rare practices in real text ("our insider at Google" reads 0.03).
    reader_veto: float = 0.0
    # A passage the reader reads at or above this P(claim) yields the practices it names (at
    # `reader_category`) whose subject its centre sentence names, though the cheap readings score it below
    # the gate: they miss what the reader reads, a marketplace's operating terms or a vendor describing its
    # process. Only named subjects, as whole profiles have many passages and the reader, sure or not, still
    # misreads some honest ones. 2.0: never.
    reader_accept: float = 2.0
    # A pattern's match in a passage the reader reads below this P(claim), in a text where no one speaks
    # for themselves (no first or second person, no imperative in any sentence: _speakerless), is a
    # definition or a description of how others work ("PBNs typically consist of expired domains"), not
    # an offer. Sales copy has a speaker somewhere ("we buy placements on high-traffic sites"), and the
    # reader misreads it: there the match stands. 0: no veto.
    reader_veto_speakerless: float = 0.0
    # A passage the gate reads at or above `unnamed_gate` and the reader at or above `reader_unnamed` (its
    # P(claim) and its P(category)) yields the reader's practice though no anchor word of the centre
    # sentence names the subject (rules.on_topic): a marketplace's operating terms never say "we sell
    # links" ("Fund your account with at least $10 and explore our publishers", "the advertiser pays the
    # editorial fee in advance"). Two learned readings must agree, and practices only: a promise's figure
    # and commitment must stand in its sentence. 2.0: never.
    reader_unnamed: float = 2.0
    unnamed_gate: float = 2.0

    @property
    def uses_reader(self) -> bool:
        return self.reader_weight > 0 or self.reader_veto > 0 or self.reader_accept <= 1

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


@dataclass(frozen=True)
class Scored:
    """A passage with its two readings: the gate's, and the sentence heads' of its most claim-like
    sentence (the largest P(category) x P(offer) over the passage's sentences and the categories each
    names), so the heads weigh the practice most likely, not only those the centre sentence names."""

    passage: Passage
    read: float  # the gate's P(claim) of the passage
    heads: float  # P(category) x P(offer) of the most claim-like sentence and its most likely category
    category: str  # that category
    sentence: int  # that sentence
    topical: bool  # that sentence names the category's subject (rules.on_topic)
    # The claim reader's reading of the whole passage (reader.py): P(claim), and P(category) per category;
    # None where the reader did not read it.
    reader: float | None = None
    reader_category: tuple[float, ...] = ()
    # The reader's reading of the centre sentence alone, where the passage is more than it and the
    # unnamed route (Thresholds.reader_unnamed) may use it: P(claim), and P(category) per category.
    centre: tuple[float, tuple[float, ...]] | None = None

    @property
    def alone(self) -> bool:
        """The passage is its centre sentence alone."""
        doc, p = self.passage.doc, self.passage
        return doc.spans[p.center] == (p.start, p.end)

    def cheap(self, t: Thresholds) -> float:
        """The score without the reader."""
        p = t.blend * self.read + (1 - t.blend) * self.heads
        # Heads sure of a practice whose subject the sentence never names read the genre, not a claim
        # (teaching text about link building): such a passage stands on the gate alone, up to a coin flip.
        return p if self.topical else min(p, OFF_TOPIC_CAP)

    def read_by_reader(self, t: Thresholds) -> bool:
        return t.uses_reader and self.reader is not None and self.cheap(t) >= t.reader_floor

    def vetoed(self, t: Thresholds) -> bool:
        return self.read_by_reader(t) and self.reader < t.reader_veto

    def vetoed_speakerless(self, t: Thresholds) -> bool:
        return self.read_by_reader(t) and self.reader < t.reader_veto_speakerless

    def accepted(self, t: Thresholds) -> bool:
        return self.read_by_reader(t) and self.reader >= t.reader_accept

    def unnamed(self, t: Thresholds) -> tuple[int, ...]:
        """The practice the reader and the gate agree on where the anchors name none
        (Thresholds.reader_unnamed): the reader's most likely one only, as its P(category) is one sigmoid
        per category and a sales line is half-likely several practices at once."""
        if not self.may_be_unnamed(t):
            return ()
        # A passage's reading spreads over its sentences: a link seller's line makes its honest neighbour's
        # passage read as a claim ("Tell us where you want to be in a year..."). The centre sentence must
        # read as the same claim on its own.
        claim, categories = (self.reader, self.reader_category) if self.alone else (self.centre or (0.0, ()))
        if claim < t.reader_unnamed or not categories:
            return ()
        top = int(np.argmax(self.reader_category))
        sure = min(self.reader_category[top], categories[top]) >= t.reader_unnamed
        return (top,) if sure and KIND[CLAIM_CATEGORIES[top]] == "practice" else ()

    def may_be_unnamed(self, t: Thresholds) -> bool:
        """The passage's readings reach the unnamed route's thresholds (before its centre is read alone)."""
        return self.read_by_reader(t) and self.read >= t.unnamed_gate and self.reader >= t.reader_unnamed

    def score(self, t: Thresholds) -> float:
        p = self.cheap(t)
        reader = self.reader if self.read_by_reader(t) else 0.0
        return t.reader_weight * reader + (1 - t.reader_weight) * p

    def worth_reading(self, t: Thresholds) -> bool:
        """Whether the reader's reading could change what `claims` decides here. Without a share of the
        score: where a model claim may be raised (or the reader name a category), the passage reaches the
        gate; or, below it, where the reader may accept a practice the centre names. Most passages of
        honest text are neither, and the reader is the costly stage."""
        p = self.cheap(t)
        if p < t.reader_floor:
            return False
        if t.reader_weight > 0 or p >= t.gate or self.read >= t.unnamed_gate:
            return True
        # Below the gate the reader can only accept, and only a practice whose subject the centre names.
        doc, (s, e) = self.passage.doc, self.passage.doc.spans[self.passage.center]
        return t.reader_accept <= 1 and any(_topical(doc.low[s:e]))


def score_passages(
    docs: list[Doc], x: np.ndarray, category: np.ndarray, offer: np.ndarray, claim_gate: Gate,
    claim_reader: Reader | None = None, t: Thresholds | None = None,
) -> list[list[Scored]]:
    """Each document's passages with their readings; the gate reads all passages in one call, and so does
    the claim reader where one is given: every passage, or with `t` those that are Scored.worth_reading."""
    found = [gate.passages(doc) for doc in docs]
    flat = [p for group in found for p in group]
    if not flat:
        return [[] for _ in docs]
    texts = [p.doc.text[p.start : p.end] for p in flat]
    dense_rows = np.stack([gate.dense(x, p.rows) for p in flat])
    read = claim_gate.probability(texts, dense_rows, gate.char_counts(flat))
    out = _readings(docs, found, read, category, offer)
    if claim_reader is None:
        return out
    scored = [s for group in out for s in group]
    chosen = [k for k, s in enumerate(scored) if t is None or s.worth_reading(t)]
    reader_claim, reader_category = claim_reader.probabilities([texts[k] for k in chosen])
    for k, claim, categories in zip(chosen, reader_claim, reader_category, strict=True):
        scored[k] = replace(scored[k], reader=float(claim), reader_category=tuple(map(float, categories)))
    # The centre sentences alone, where the unnamed route may use them (all, without `t`: calibration).
    centred = [k for k in chosen if not scored[k].alone and (t is None or scored[k].may_be_unnamed(t))]
    if centred:
        spans = [scored[k].passage.doc.spans[scored[k].passage.center] for k in centred]
        alone_claim, alone_category = claim_reader.probabilities(
            [scored[k].passage.doc.text[s:e] for k, (s, e) in zip(centred, spans, strict=True)])
        for k, claim, categories in zip(centred, alone_claim, alone_category, strict=True):
            scored[k] = replace(scored[k], centre=(float(claim), tuple(map(float, categories))))
    at = 0
    for group in out:
        group[:] = scored[at : at + len(group)]
        at += len(group)
    return out


def _readings(docs: list[Doc], found: list[list[Passage]], read: np.ndarray, category: np.ndarray,
              offer: np.ndarray) -> list[list[Scored]]:
    """Each passage with the gate's reading and the sentence heads' of its most claim-like sentence."""
    claim_like = category * offer[:, None]
    out, at = [], 0
    for doc, group in zip(docs, found, strict=True):
        sentence_of = dict(zip(doc.rows, doc.candidates, strict=True))
        scores = []
        # A pattern's match names its practice in words the anchors may lack ("we do not publish our
        # methods"): its category is on topic there too.
        patterned = {(h.sentence, h.category) for h in doc.hits}
        for k, p in enumerate(group):
            pairs = []
            for row in p.rows:
                i = sentence_of[row]
                s, e = doc.spans[i]
                for ci, (c, on) in enumerate(zip(CLAIM_CATEGORIES, _topical(doc.low[s:e]), strict=True)):
                    pairs.append((float(claim_like[row, ci]), c, i, on or (i, c) in patterned))
            # The sentence heads read what a sentence is about even where it never names the subject
            # (teaching text about link building): a practice the sentence names comes first.
            on_topic = [q for q in pairs if q[3]]
            best = max(on_topic) if on_topic else max(pairs)
            scores.append(Scored(p, float(read[at + k]), best[0], best[1], best[2], best[3]))
        out.append(scores)
        at += len(group)
    return out


@lru_cache(maxsize=4096)
def _topical(sentence_low: str) -> tuple[bool, ...]:
    """Per category: the sentence names its subject (rules.on_topic), not only in what it sets aside ("instead
    of guaranteeing a rank"). Read once per sentence: the threshold search asks again for every setting."""
    named = context.without_contrasted(sentence_low)
    return tuple(rules.on_topic(c, named) for c in CLAIM_CATEGORIES)


@lru_cache(maxsize=4096)
def _topical_in(part_low: str) -> tuple[bool, ...]:
    """Per category: the text names its subject (rules.on_topic), all of it."""
    return tuple(bool(part_low) and rules.on_topic(c, part_low) for c in CLAIM_CATEGORIES)


def _reading_stands(category: str, low: str) -> bool:
    """Whether a model reading of `category` in the sentence `low` stands against what the sentence says of
    it in words: the scope checks a pattern's match gets in context.suppression, read sentence-wide."""
    if _topical_in(context.contrasted(low))[CLAIM_CATEGORIES.index(category)]:
        return False  # "instead of guaranteeing a rank, we guarantee the work": that one is declined
    if KIND[category] == "promise" and context.hedged(low):
        return False  # "our goal is to increase your traffic by 50%": an aim
    if KIND[category] == "promise" and context.readers_goal(low):
        return False  # "here is how to ensure your site ranks on page one": the reader's goal, in advice
    if category == "guaranteed_rankings" and context.measures_rankings(low):
        return False  # "ranking results will be performed once per month": how results are reported
    if category == "guaranteed_rankings" and context.lists_steps(low):
        return False  # "(1) audit, (2) fix, (3) dominate the map pack": the steps of the work, no promise
    if KIND[category] == "promise" and context.reports_results(low):
        return False  # "Delivered: 40 DA50+ links, 3 featured snippets, 210% traffic growth": a case study
    if KIND[category] == "practice" and context.cleans_up(low):
        return False  # "we flag toxic domains and prepare disavow files": the remedy, not the practice
    if KIND[category] == "practice" and context.advises_the_reader(low, len(low)):
        return False  # "when you buy links, check the site's traffic first": the reader's, in advice
    if category == "guaranteed_rankings":
        # "...in about a year, though we can't promise it": the sentence takes its own promise back
        # ...and it names the result promised: a refund policy alone ("refunds within 30 days if no work has
        # started") promises no ranking
        return (_commits(low) and not _refuses_remedy(low) and not _DISCLAIMS.search(low)
                and rules.names_a_result(low))
    if category == "unrealistic_timeline":
        # The rubric's deadline is days or a few weeks: "page one within 90 days" is a ranking promise, and
        # ambitious, but no days-long one; and the deadline is for a result (a ranking, indexing, traffic),
        # not for delivering links ("50 backlinks within 7 days"): what the timeline rules read too.
        return bool(_SHORT_TIME.search(low) and _RESULT.search(low))
    if category == "guaranteed_link_count":
        # "around 10 links a month", "a limit of 3000 links", "for example 100 links"
        return not (context.estimated(low) or context.capped(low) or context.illustrates(low))
    if category == "anchor_manipulation" and context.keeps_anchors_few(low):
        return False  # "keep exact-match anchors below 2% of the profile": a natural mix
    if category in ("paid_links", "anchor_manipulation") and context.permits_a_contributor(low):
        return False  # "you can insert 1 backlink with the anchor text of your choosing": a guideline
    sets_anchors = category == "anchor_manipulation" and _ANCHOR_SET.search(low)
    if (category in ("automated_links", "anchor_manipulation") and _AUTOMATION_FINDS.search(low)
            and not _BUILDS.search(low) and not sets_anchors):
        # "our tool automatically finds broken backlinks", "use the tracker to re-check whether your anchor
        # is still present": looking at links, not building them
        return False
    if category == "paid_links" and _SITE_WORK.search(low) and not _TRADE_WORDS.search(low):
        return False  # "we redirect old URLs to new ones during a migration": work on the client's own site
    if category == "paid_links" and _PAID_CLICKS.search(low) and not _A_LINK.search(low):
        return False  # "pay for each click-through to your website": search or display ads, not links
    if category == "paid_links":
        return not context.discloses_payment(low)  # a sponsored post marked as such
    return True


_LINK_WORK = re.compile(
    r"\blink[- ]building\b(?![- ](?:packages?|bundles?|deals?|credits?|plans?))|"
    r"\bearn(?:s|ed|ing)?\s(?:[\w-]+\s){0,3}?(?:links|backlinks|mentions|coverage)\b|"
    r"\boutreach\b|\bdigital pr\b"
)
# ...and what trades in links: a sale, a price, a placement, links as a product ("premium SEO backlinks",
# "100% genuine backlinks", "articles with backlinks")
_LINK_TRADE = re.compile(
    r"\b(?:buy\w*|bought|sell\w*|sold|purchas\w*|rent\w*|paid|pay|sponsored|do-?follow|for sale|"
    r"per (?:link|post)|placements?|guest[- ]posts?|niche[- ]edits?|insertions?|price\w*|cost\w*|packages?|"
    r"network|pbns?|da\s?\d+|dr\s?\d+|\d+\+?\s(?:[\w-]+\s)?(?:back)?links|"
    r"(?:premium|genuine|powerful|permanent|high[- ]authority|authority|high[- ]da|high[- ]dr)\s(?:seo\s)?"
    r"(?:back)?links|(?:publications?|articles?|posts?) with (?:\w+ )?(?:back)?links)\b|[$£€]"
)


def _names_link_work_only(low: str) -> bool:
    """The sentence names link building as work (building, earning, outreach) and no trade in links."""
    return bool(_LINK_WORK.search(low)) and not _LINK_TRADE.search(low)


# Work on the client's own site, which trades in nothing: a migration's redirects, internal links.
_SITE_WORK = re.compile(
    r"\b(?:migrat\w*|redirect\w*|301s?|canonical\w*|sitemaps?|schema|internal link\w*|site speed|"
    r"core web vitals|crawl\w*)\b"
)
_TRADE_WORDS = re.compile(
    r"\b(?:pay\w*|paid|price\w*|fees?|cost\w*|sales?|sell\w*|sold|buy\w*|bought|order\w*|money|funds?|"
    r"balance|wallet|publishers?|advertis\w*|buyers?|sellers?|commissions?|rates?|rent\w*|purchas\w*|"
    r"sponsor\w*|do-?follow|guest posts?|placements?|other (?:sites|websites|blogs|domains))\b|[$£€]"
)
# Automation that finds, checks or reports (schemes.AUTOMATED_UNLESS) and builds nothing.
_AUTOMATION_FINDS = re.compile(schemes.AUTOMATED_UNLESS)
_BUILDS = re.compile(
    r"\b(?:build|creat|generat|submi|post|blast|spin|spun|drip|publish|plac|insert|drop|churn|pump|register)"
    r"\w*|\b(?:links?|backlinks?) (?:for|to) you\b"
)
# ...and anchors set, not only looked at: "we check every anchor and use your money keyword as the anchor"
_ANCHOR_SET = re.compile(
    r"\b(?:use[sd]?|using|put|puts|set|sets|include\w*)\s(?:[\w'-]+\s){0,3}?(?:keywords?|anchors?|phrases?|"
    r"terms?)\b|\bexact[- ]match\b|\bmoney (?:keyword|term)s?\b"
)
_PAID_CLICKS = re.compile(
    r"\b(?:pay[- ]per[- ]click|ppc|cost[- ]per[- ]click|click-?throughs?|per click|each click|every click|"
    r"adwords|google ads|search ads|sponsored (?:results|listings|search ads)|"
    # ...and ads that are no links at all: "we help publishers monetise their sites with display ads"
    r"(?:display|banner|programmatic|video) ads?|adsense|ad networks?|ad revenue|cpm|"
    # ...and visitors bought as such: "traffic purchased from us is sent to your landing page"
    r"(?:traffic|visitors|visits) (?:purchased|bought|ordered)|(?:buy|purchas\w*|order\w*) (?:[\w-]+ ){0,2}"
    r"(?:traffic|visitors|visits)|landing page)\b"
)
_A_LINK = re.compile(
    r"\b(?:back-?links?|links?|do-?follow|guest[- ]posts?|placements?|link juice|pagerank)\b"
)
_COMMITMENT = re.compile(promises.COMMITMENT)
_SHORT_TIME = re.compile(promises.SHORT_TIME)
_DISCLAIMS = re.compile(
    r"\b(?:can'?t|cannot|can not|don'?t|do not|won'?t|will not|never|couldn'?t)\s(?:\w+\s)?"
    r"(?:promise|guarantee)\w*|\bno (?:one |body )?(?:can )?(?:promises?|guarantees?)\b|"
    r"\b(?:isn'?t|is not|are not|aren'?t|never) (?:be )?guaranteed\b"
    # paid the same either way: "we get paid monthly whether you rank or not"
    r"|\bwhether (?:or not )?(?:\w+\s){0,4}?(?:rank\w*|positions?|traffic)\b(?:\s\w+){0,3}? "
    r"or (?:not|down|no)\b"
    r"|\bwhether or not (?:\w+\s){0,4}?(?:rank\w*|reach\w*|positions?|traffic)\b"
)
_AT_YOUR_RIVAL = re.compile(r"\byour (?:\w+ )?(?:competitors?|rivals?|competition)\b")
# What a paid placement is marked as, where it is (the plural too: "we never label them as ads").
_PAID_WORD = r"[\"“'‘]?(?:ads|" + lexicon.PAID_WORDS + r")\b"
# The practice hidden from search engines ("our network sites are built without leaving a footprint Google
# can detect", "undetectable", "Google will never know"): only one who does it hides it.
_HIDDEN = re.compile(
    r"\b(?:without|never|not|no|zero) (?:(?:leav|creat|build|mak|trigger|rais)\w* )?(?:any |a |an |one )?"
    r"(?:single )?(?:\w+ )?footprints?\b|\bfootprint[- ]free\b|\bundetect(?:able|ed)\b|"
    r"\b(?:google|search engines?|algorithms?) (?:can'?t|cannot|won'?t|will never|never|doesn'?t) (?:ever )?"
    r"(?:detect|tell|know|notice|find|trace|see)\b|\bnever be (?:detected|traced|caught|found out)\b|"
    r"\bwithout (?:google|anyone|search engines) (?:ever )?(?:noticing|knowing|detecting)\b|"
    # "links that look natural to Google"
    r"(?<!never )(?<!not )(?<!n't )\b(?:looks?|appears?|seems?)\s(?:completely\s|totally\s|100%\s)?"
    r"(?:natural|organic|editorial)\s(?:to|for)\s"
    r"(?:google|search engines|algorithms?)\b|"
    # "a technique Google hasn't caught up with (yet)"
    r"\b(?:google|search engines?|algorithms?)\s(?:still\s)?(?:hasn'?t|has not|haven'?t|have not|has never|"
    r"have never|is yet to|are yet to)\s(?:yet\s)?(?:caught (?:up with|on to|onto)|figured out|detected|"
    r"noticed|spotted|penali[sz]ed)\b|"
    # ...or the payment hidden from readers: "our sponsored posts don't carry a sponsored tag"
    r"\b(?:without|no|never|not|don'?t|doesn'?t|do not|does not)\s(?:[\w-]+\s){0,2}?" + lexicon.PAID_MARK
    # ...or left unmarked in other words: "sponsored posts are not marked as sponsored", "we never label
    # them as ads", "published as a regular post"
    + r"|\b(?:not|never)\s(?:be\s)?" + lexicon.MARKED + r"\s(?:as\s)?(?:an?\s)?" + _PAID_WORD
    + r"|\b(?:never|don'?t|do not|doesn'?t|does not|won'?t|will not)\s(?:\w+\s)?(?:mark|label|tag|flag)\w*\s"
    r"(?:[\w-]+\s){0,3}?as\s(?:an?\s)?" + _PAID_WORD
    # ...not what was never paid for: "we don't mark editorial mentions as sponsored, since nobody paid"
    + r"(?![^.;!?]{0,40}\b(?:unless|except|because|since|as (?:no|nobody|they)|when (?:no|nobody))\b)"
    + r"|\b(?:as|like)\s(?:an?\s|our\s|their\s)?(?:regular|normal|editorial|organic|ordinary|native|own)\s"
    r"(?:posts?|articles?|content)\b"
)
# Sites or pages in number, as a doorway pattern's evidence names them.
_DOORWAYS = re.compile(r"\b(?:micro-?sites|sites|websites|domains|pages)\b")
_RESULT = re.compile(promises.RESULT)
# The terms of a ranking guarantee (what it covers, when a keyword counts as delivered, its exceptions) are
# only written by its seller, in a contract's voice that names no one: no speaker is needed for them.
_GUARANTEE_TERMS = re.compile("|".join((promises.GUARANTEE_SCOPE, promises.GUARANTEE_ON_KEYWORDS,
                                        promises.KEYWORD_DELIVERED, promises.GUARANTEE_EXCEPTION)))
# The buyer's rival named in the sentence before a harm aimed at "them": "Have a competitor outranking
# you? We'll bury them with spam links."
_YOUR_RIVAL_BEFORE = re.compile(
    r"\byour (?:\w+ )?(?:competitors?|rivals?|competition)\b|"
    r"\b(?:competitors?|rivals?)\b[^.?!]{0,40}\b(?:you|your)\b"
)
_AT_THEM = re.compile(r"\b(?:them|their)\b")


def _aimed_at_your_rival(doc: Doc, i: int, start: int, end: int) -> bool:
    """A harm pattern's match names the buyer's rival, or aims at "them" where the sentence before does."""
    if _AT_YOUR_RIVAL.search(doc.low, max(doc.spans[i][0], start - 16), end):
        return True
    return bool(i and _AT_THEM.search(doc.low, start, end)
                and _YOUR_RIVAL_BEFORE.search(doc.low, doc.spans[i - 1][0], doc.spans[i - 1][1]))


@lru_cache(maxsize=4096)
def _commits(sentence_low: str) -> bool:
    """The sentence commits to a result: a promise or future word, a position, a figure or a deadline. "We
    help you build backlinks and improve search engine rankings" names rankings as every agency's goal:
    the sentence heads read the genre there, not a ranking promise."""
    return bool(_COMMITMENT.search(sentence_low))


_PROMISE = re.compile(promises.PROMISE)


@lru_cache(maxsize=4096)
def _refuses_remedy(sentence_low: str) -> bool:
    """"We do not offer refunds if first page rankings are not achieved": the terms a guarantee would
    have, each refused (context.remedies), and no promise beside them; the provider guarantees nothing."""
    named = context.remedies(sentence_low)
    if not named or not all(refused for _, _, refused in named):
        return False
    return not any(
        not any(s <= m.start() < e for s, e, _ in named)
        and not context.negated_right_before(sentence_low[: m.start()], sentence_low[m.start() :])
        for m in _PROMISE.finditer(sentence_low)
    )


_SPEAKER_CUES = ("first_person", "second_person", "imperative")
# Sales headlines speak in the imperative with more verbs than the stance cue lists ("Be number one on Google
# tomorrow", "Reach page one in a week"); no definition or description of others' work opens with one. The
# cue itself stays as it is: it is a feature the shipped models were trained on.
_SALES_IMPERATIVE = re.compile(
    r"^\W*(?:be|reach|appear|rise|climb|jump|land|secure|win|own|make|let|join|sign up|call|contact|book|"
    r"drive|generate|double|triple|beat|crush|hit|show up|go|stay|take|unlock|discover|launch|watch|turn|"
    r"attract|skyrocket|rank|get|buy|order|boost|dominate|outrank|grow|explode|supercharge)\b"
)


def _speakerless(doc: Doc) -> bool:
    """No one speaks for themselves in the text: no first or second person, no imperative in any of its
    sentences. A provider's profile is its own voice throughout ("Every monthly plan includes 50 links,
    guaranteed" among sentences that say "we" and "you"); a definition or a description of how others
    work, on its own, is nobody's offer."""
    if doc.cues is None:
        return False
    if any(_SALES_IMPERATIVE.search(doc.low[s:e]) for s, e in doc.spans):
        return False
    return not any(doc.cues[j].get(c) for j in range(len(doc.spans)) for c in _SPEAKER_CUES)


def claims(
    doc: Doc,
    hits: list[tuple[str, int, int, int]],
    category: np.ndarray,
    offer: np.ndarray,
    scored: list[Scored],
    t: Thresholds,
) -> list[Claim]:
    """`hits`: rules.rule_hits of the document; `category`/`offer`: the sentence heads' probabilities of
    the feature matrix's rows; `scored`: the document's passages with their readings (score_passages)."""
    row_of = dict(zip(doc.candidates, doc.rows, strict=True))
    by_sentence: dict[int, list[tuple[str, int, int]]] = {}
    for c, s, e, i in hits:
        by_sentence.setdefault(i, []).append((c, s, e))
    out: dict[tuple[str, int], Claim] = {}
    vetoed = {read.passage.center for read in scored if read.vetoed(t)}
    # A pattern's match is precise on plain sales copy, which the reader saw little of ("we buy placements
    # on high-traffic sites" reads 0.3 to it): the reader does not veto one.
    patterned = {(h.category, h.sentence) for h in doc.hits}
    # ...unless no one in it speaks for themselves (Thresholds.reader_veto_speakerless).
    unspoken = ({read.passage.center for read in scored if read.vetoed_speakerless(t)}
                if t.reader_veto_speakerless > 0 and _speakerless(doc) else set())
    # A case study reports past work. A result there ("requests rose 44%") is no promise unless a
    # pattern reads one (they check tense); a practice it admits (paid links, a PBN) still counts.
    past_work = doc.field.startswith(PAST_WORK_FIELDS)

    def add(claim: Claim) -> None:
        if past_work and claim.source == "model" and KIND[claim.category] == "promise":
            return
        if (claim.sentence in vetoed and claim.category not in t.rare
                and (claim.category, claim.sentence) not in patterned):
            return
        if claim.sentence in unspoken and not (
                claim.source == "rule" and claim.category == "guaranteed_rankings"
                and _GUARANTEE_TERMS.search(doc.low, *doc.spans[claim.sentence])):
            return
        # An example bank's nearness and a model reading have no scope checks of their own: the sentence's
        # are read here.
        if (claim.category, claim.sentence) not in patterned and (
                unasserted_sentence(claim.sentence) or not stands(claim.category, claim.sentence)):
            return
        out.setdefault((claim.category, claim.sentence), claim)

    read_once: dict[int, bool] = {}

    def stands(category: str, i: int) -> bool:
        s, e = doc.spans[i]
        return _reading_stands(category, doc.low[s:e])

    def unasserted_sentence(i: int) -> bool:
        if i not in read_once:
            read_once[i] = context.unasserted(doc.low, doc.spans[i])
        return read_once[i]

    passage_score = {}
    borrowed: list[tuple[Claim, Passage]] = []
    for read in scored:
        p = passage_score[read.passage.center] = read.score(t)
        # Below the gate, a passage the reader accepts yields its centre's patterns and the practices the
        # reader names there, not the sentence heads' (they are what scored it low).
        gated = p >= t.gate
        # A case study's unnamed practice is the client's business ("Experience marketplace, summer price
        # tracker"): there the practice must be named.
        unnamed = () if past_work else read.unnamed(t)
        # What the gate or the reader accepts yields the centre's patterns and named practices; a passage
        # that only the unnamed route reaches yields its one practice.
        named_route = gated or read.accepted(t)
        if not named_route and not unnamed:
            continue
        i = read.passage.center
        for c, s, e in by_sentence.get(i, ()) if named_route else ():
            add(Claim(c, s, e, i, "rule", p))
        row = row_of.get(i)
        if row is None:
            continue
        s, e = doc.spans[i]
        low = doc.low[s:e]
        # A header ("Our link building services include:") states nothing until its list does.
        if context.denies_a_practice(low) or low.rstrip().endswith(":") or unasserted_sentence(i):
            continue
        topical = _topical(low)
        raised = [ci for ci, on in enumerate(topical) if gated and on and category[row, ci] >= t.category]
        # The reader's categories where the centre sentence names their subject.
        by_reader = read.reader_category if named_route and read.read_by_reader(t) else ()
        raised += [ci for ci, q in enumerate(by_reader)
                   if topical[ci] and q >= t.reader_category and ci not in raised]
        # ...only where nothing else names the sentence's practice: beside a named one the reader's
        # unnamed reading is the same claim's neighbour ("our own network of blogs" reads as paid links too).
        # Nor where the sentence names link building as the work it does and no trade in links ("our link
        # building services help you earn links from relevant sites"): the reader, trained on sellers'
        # lines, reads any line about links as one.
        if not raised and i not in by_sentence and not _names_link_work_only(low):
            raised = list(unnamed)
        for ci in raised:
            add(Claim(CLAIM_CATEGORIES[ci], s, e, i, "model", p))
        if raised or i in by_sentence or p < t.fallback:
            continue
        # A passage read as surely a claim (well above `gate`) whose centre nothing places gets its most
        # likely practice: the reader's, in the centre sentence (a marketplace's terms name no subject:
        # "set your own prices and keep 90% of every sale"), else the heads', in their most claim-like
        # sentence (they spread a mixed offer over several categories, none of them sure).
        if by_reader:
            # ...where the passage names its subject: the reader, having seen few honest descriptions of
            # a provider's own process, reads "we audit first, then implement in sprints" as an offer.
            top = int(np.argmax(by_reader))
            passage = read.passage
            if _topical(doc.low[passage.start : passage.end])[top] and not context.denies_a_practice(low):
                claim = Claim(CLAIM_CATEGORIES[top], s, e, i, "model", p)
                # Where only a neighbour names the practice, the claim may be the neighbour's ("Why pay
                # more? Get 500 backlinks for $29"): it is kept only if no neighbour claims it itself.
                if _topical(low)[top]:
                    add(claim)
                else:
                    borrowed.append((claim, passage))
        elif read.topical:
            fs, fe = doc.spans[read.sentence]
            if not context.denies_a_practice(doc.low[fs:fe]):
                add(Claim(read.category, fs, fe, read.sentence, "model", p))
    # In a case study the rare categories' rules (which read tense only within their sentence) need what
    # the others need.
    rare = () if past_work else t.rare
    # Only a pattern's match is precise enough to stand on weaker evidence; an example bank's nearness
    # ("links come from industry associations" is near "links from paid partner sites") needs the gate,
    # except in the rare categories, where the banks are most of what the engine knows.
    for c, s, e, i in hits:
        if (c, i) not in patterned and c not in rare:
            continue
        # A sentence past the model's reading budget (very long fields) has no scores: its match stands.
        p, read = passage_score.get(i, 1.0), float(offer[row_of[i]]) if i in row_of else 1.0
        if c in rare and i in row_of:
            # ...or the heads read the sentence itself as an offer of that practice (the gate, having
            # seen few of them, may not: "we do not publish our methods" is a secret method).
            p = max(p, float(category[row_of[i], CLAIM_CATEGORIES.index(c)]) * read)
        need = t.rare_passage if c in rare else t.rule_passage
        # An item of a list the writer heads as its offer ("SEO services include:") is a fragment the
        # passage readings score low ("• A flow of links from our private network"): the header speaks.
        # Patterns only: an example bank's nearness is no evidence a header can lend its voice to.
        if (c, i) in patterned and context.offered_in_list(doc.low, doc.spans[i][0]):
            need = 0.0
        # Harm aimed at the buyer's rival ("we send spammy links to your competitor's site") is negative SEO
        # sold to that buyer: the readings take its penalty words for a warning (the corpus holds many
        # warnings about negative SEO and few offers of it). The pattern's own words say who it is for,
        # and the writer speaks in it or just before it ("it is possible to ... by building low quality
        # links to your competitors" teaches).
        if (c == "deceptive_tactics" and (c, i) in patterned and _aimed_at_your_rival(doc, i, s, e)
                and context.FIRST_PERSON.search(doc.low, doc.spans[max(0, i - 1)][0], doc.spans[i][1])):
            need, read = 0.0, max(read, OFFER_FLOOR)
        # The same where the writer's own practice is said to be hidden from search engines: the readings
        # take "Google can detect" for a warning.
        if (KIND[c] == "practice" and (c, i) in patterned and _HIDDEN.search(doc.low, *doc.spans[i])
                and context.FIRST_PERSON.search(doc.low, *doc.spans[i])):
            need, read = 0.0, max(read, OFFER_FLOOR)
        # Doorways at scale the writer owns to ("we have built 10 of these sites in each of 250 towns"): the
        # pattern names the scheme and its scale, and the readings, having seen few offers of it and many
        # warnings, score its words as a warning. Not every deception: "negative SEO" is named in warnings
        # by writers who speak for themselves too.
        if (c == "deceptive_tactics" and (c, i) in patterned and _DOORWAYS.search(doc.low, s, e)
                and context.FIRST_PERSON.search(doc.low, *doc.spans[i])):
            need, read = 0.0, max(read, OFFER_FLOOR)
        # A pattern's match that opens its sentence with the buyer's imperative ("Order high-authority guest
        # posts in any niche") is the writer's pitch: a bare line of sales copy reads low to the passage
        # readings, which saw few of them.
        if ((c, i) in patterned and s - doc.spans[i][0] <= 3
                and _SALES_IMPERATIVE.match(doc.low, doc.spans[i][0], doc.spans[i][1])):
            need, read = 0.0, max(read, OFFER_FLOOR)
        if past_work and KIND[c] == "promise":
            # A count or result in a case study is a report ("documented 1,140 links"): its promise must
            # be read by the passage, not stand on weaker evidence.
            need = t.gate
        if read >= OFFER_FLOOR and p >= need:
            add(Claim(c, s, e, i, "rule", p))
    for claim, passage in borrowed:
        if not any(c.category == claim.category and c.sentence != claim.sentence
                   and passage.start <= c.start < passage.end for c in out.values()):
            add(claim)
    return sorted(out.values(), key=lambda c: (c.start, c.category))
