"""The hand-written stage, kept as evidence the model weighs: precise patterns (patterns.py) and the
nearest-example check against the banks (semantic.py), both with their negation, attribution and tense
scope checks. On text we wrote they are precise; on real pages they also fire on critiques, definitions
and quotes, which is why a rule's finding stands only where the learned readings allow it (decide.py;
engine.py for the rules engine).
"""

from __future__ import annotations

import re

import numpy as np

from matcher.redflags import semantic
from matcher.redflags.features import FEATURE_NAMES, Doc
from matcher.redflags.lexicon import PAID_MARK
from matcher.redflags.registry import CLAIM_CATEGORIES

_BANK = slice(
    FEATURE_NAMES.index(f"bank_{CLAIM_CATEGORIES[0]}"),
    FEATURE_NAMES.index(f"bank_{CLAIM_CATEGORIES[-1]}") + 1,
)
_COUNTER = FEATURE_NAMES.index("bank_counter")


def rule_hits(doc: Doc, x: np.ndarray) -> list[tuple[str, int, int, int]]:
    """(category, start, end, sentence index) of every rule finding in a prepared, featurised document.

    Patterns read every sentence; the example banks only the candidate sentences no pattern matched, from
    the similarities the feature pass already computed."""
    hits = [(h.category, h.start, h.end, h.sentence) for h in doc.hits]
    with_pattern = {h.sentence for h in doc.hits}
    for i, row in zip(doc.candidates, doc.rows, strict=True):
        span = doc.spans[i]
        if i in with_pattern or not semantic.wants_embedding(doc.low, span):
            continue
        found = semantic.categories_for(
            doc.low, span, x[row, _BANK], float(x[row, _COUNTER]), original=doc.text
        )
        # An example's nearness must name the practice as the model's finding must ("we find dead
        # resources on relevant sites" is near the expired-domain examples, and names no network).
        low = doc.low[span[0] : span[1]]
        hits.extend((category, span[0], span[1], i) for category, _ in found if on_topic(category, low))
    return hits


# A PBN is sites kept for their links: its subject is the network, the owning or the kind of domain.
# Neither "sites" alone ("we know booking sites well") nor links on sites ("10 guest posts a month on DA
# 50+ sites": sold placements, paid_links) name it.
_PBN_SUBJECT = re.compile(
    # ("its own address", "your own site": someone else's thing, not one the writer owns)
    r"\b(?:pbns?|networks?|(?<!its )(?<!their )(?<!your )(?<!his )(?<!her )own|owned|control|controls|"
    r"controlled|private|expired|aged|dropped|auctions?|juice|in-house|"
    # ...not partners' sites ("our partner blogs" are others', whom the seller pays: paid links)
    r"(?:our|my) (?!partners?\b|publishers?\b|members?\b|clients?\b)(?:\w+ ){0,2}(?:blogs|sites|websites|"
    r"domains|properties|portfolio))\b"
)


# A ranking promise names what it promises (a position, a page, results, the traffic) or the terms it
# is sold on (a guarantee, money back, no pay without the result). The anchor words alone ("search",
# "google", "first") are in every SEO contract ("this agreement covers search engine optimisation
# services", "your first monthly fee is due"), which promises nothing.
_RANKING_OBJECT = re.compile(
    r"\b(?:rank\w*|page (?:one|1)|first page|front page|first (?:result|position|spot)|"
    r"top[- ](?:\d+|ten|three|"
    r"five|spot|spots|position|positions|results?|of (?:google|the))|#1|no\.?\s?1|number one|positions?|"
    r"placements?|serps?|traffic|visits|visitors|outrank\w*|dominat\w*|(?:map|local|3|three)[- ]pack|"
    r"domain authority|domain rating|authority score|trust flow|results?)\b|#1"
)
_ON_RESULT = re.compile(
    r"\b(?:guarantee\w*|warrant\w*|money[- ]back|refund\w*|reimburs\w*|promis\w*|billable|"
    r"(?:don['’]?t|do not|never|only) (?:pay|be (?:charged|invoiced|billed))|not (?:be )?(?:charged|invoiced|"
    r"billed)|no (?:charge|cost)|free of charge|performance[- ]based|pay (?:only )?(?:for|on) (?:results|"
    r"performance))\b"
)


# Google named as a party the provider is tied to ("a guy at Google", "we get to talk to Google", "our
# Google contacts"), not as the search engine every sentence about rankings names: only the tie makes
# Google a secret method's subject.
_GOOGLE_TIE = re.compile(
    r"\b(?:(?:at|inside|within|with|to) google|google(?:['’]s)? (?:employees?|engineers?|staff|insiders?|"
    r"contacts?|friends?|connections?|people|team|relationship)|(?:relationship|contacts?|connections?|"
    r"friends?|insiders?) (?:with|at|in|inside) google)\b"
)
# The buyer's customers buying the buyer's goods ("the articles your buyers read before they buy", "ready to
# purchase", "buying guides"), payments as a client's trade ("a payments start-up") and the trade press name
# no trade in links; a purchase of links ("customers buy guest posts from us") keeps its words.
_LINK_GOODS = (r"(?!\s(?:[\w-]+\s){0,3}?(?:links?|back-?links?|placements?|guest[- ]posts?|posts?|articles?|"
               r"insertions?|edits?|mentions?|sponsored))")
_CUSTOMERS_BUY = (
    r"\b(?:before|when|until|once|after|where|what|ready to|about to|decide to|deciding to|likely to|"
    r"(?:customers|buyers|shoppers|consumers|prospects|visitors|users|people|readers|patients|guests|they)"
    r"(?:\s[\w-]+){0,2}?)\s(?:to\s)?(?:buy|purchase|pay)\b" + _LINK_GOODS
    + r"|\b(?:buying|purchas(?:e|ing)) (?:decisions?|process|journey|cycle|intent|guides?|stage|habits)\b"
    r"|\bbuyers?['’]?s? (?:guides?|journey|personas?)\b|\bpath to purchase\b|\byour (?:[\w-]+ )?buyers\b"
)
# Link building as the service priced ("$1,500 per month for link building"): the work, not a link sold.
_LINK_BUILDING_WORK = r"\blink[- ]building\b(?!\s(?:packages?|bundles?|deals?|credits?))"
_PAYMENTS_TRADE = (
    r"\bpayments? (?:start-?ups?|compan\w+|processors?|processing|providers?|apps?|industry|firms?|"
    r"platforms?|brands?|businesses|gateways?|space|sector|solutions?)\b"
    # the trade press and the trades as clients: "editorial links from trade publications", "plumbers and
    # other trades"
    r"|\btrade (?:publications?|press|media|magazines?|journals?|titles?|shows?|fairs?|events?|"
    r"associations?|bod(?:y|ies)|organi[sz]ations?|schools?|outlets?|sites?|blogs?)\b"
    r"|\b(?:skilled|home|local|construction|building|other) trades\b|\btrades (?:businesses|compan\w+|"
    r"clients|people|firms)\b"
)
# Words of a category's anchors used of something else, set aside before its subject is looked for. A
# budget the work is fitted to ("depending on your niche and budget", "to fit your budget") is every
# client's: it names no trade in links (a contract's "SEO promotion budget" spent on links still does). A
# site's backlink profile is what every audit reads, not profiles made by a tool. Google is the search
# engine every ranking sentence names, unless the provider claims a tie to it (_GOOGLE_TIE).
_SET_ASIDE = {
    "paid_links": re.compile(
        r"\b(?:depend\w* on|based on|according to|to (?:fit|suit|match)|within|fits?|suits?)\s"
        r"(?:[\w-]+\s){0,4}?budgets?\b|" + _CUSTOMERS_BUY + "|" + _PAYMENTS_TRADE + "|" + _LINK_BUILDING_WORK
        # the mark that discloses a paid placement names the label, not a trade ("without any sponsored
        # label since it is your own site")
        + "|" + PAID_MARK
    ),
    "automated_links": re.compile(r"\b(?:back-?)?link profiles?\b"),
    # the anchors of the client's own internal links are on-page work
    "anchor_manipulation": re.compile(
        r"\binternal(?:[- ]link(?:s|ing)?)? anchors?(?: text)?\b|\banchors?(?: text)? (?:of|for|in|on) "
        r"(?:your |the |our )?internal links\b"
    ),
    "undisclosed_methods": re.compile(r"\bgoogle\b"),
}


def names_a_result(sentence_low: str) -> bool:
    """The sentence names a result a ranking promise would promise (a position, a page, traffic, results),
    not only the terms ("refunds within 30 days of purchase")."""
    return bool(_RANKING_OBJECT.search(sentence_low))


def on_topic(category: str, sentence_low: str) -> bool:
    """The sentence names the category's subject (its anchor words, and links where the practice is about
    links): the model's finding needs it, so "we price accordingly" is never a paid-links finding."""
    tied = category == "undisclosed_methods" and _GOOGLE_TIE.search(sentence_low)
    if category in _SET_ASIDE and not tied:
        sentence_low = _SET_ASIDE[category].sub(" ", sentence_low)
    if not semantic.ANCHORS[category].search(sentence_low):
        return False
    if category == "pbn" and not _PBN_SUBJECT.search(sentence_low):
        return False
    if category == "guaranteed_rankings" and not (_RANKING_OBJECT.search(sentence_low)
                                                  or _ON_RESULT.search(sentence_low)):
        return False
    # Links where the practice is about links, and a number where it is a count of them ("the links are
    # instantly transferred", "the most efficient backlink builder" count nothing).
    return all(
        rx.search(sentence_low) for rx in semantic.ALSO_NEEDS.get(category, ())
        if rx is semantic.LINKISH or rx is semantic.LINK_COUNT
    )
