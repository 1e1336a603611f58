"""Stage 2: nearest-neighbour comparison of each sentence with the example banks.

A sentence is flagged for a category when (1) it mentions that category's subject at all (an anchor
word: a semantic hit for paid links with no word about paying or selling is noise), (2) its closest claim
example of the category is similar enough, (3) that claim is closer than every honest counter-example
by a margin, and (4) the same scope checks as stage 1 pass (negation, attribution, questions ...).
"""

from __future__ import annotations

import hashlib
import re
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from matcher import embeddings
from matcher.redflags.bank import CLAIMS, COUNTER
from matcher.redflags.context import negated_anywhere, skip_sentence, suppression
from matcher.redflags.patterns import UNLESS
from matcher.redflags.promises import FUTURE, OFFER, PROMISE, RESULT, SHORT_TIME
from matcher.redflags.registry import CLAIM_CATEGORIES as CATEGORIES
from matcher.redflags.thresholds import THRESHOLDS

# Anchors are searched in the lower-cased text.
ANCHORS: dict[str, re.Pattern] = {
    "guaranteed_rankings": re.compile(
        r"\b(?:rank\w*|page (?:one|1)|first page|first result|top|#1|no\.?\s?1|number one|position|google|"
        r"serps?|search(?:es)?|traffic|visitors|leads|calls|outrank\w*|spot|first|dominate|domain authority|"
        r"domain rating|authority score|trust flow|da|dr)\b|#1",
    ),
    "guaranteed_link_count": re.compile(
        r"\b(?:links?|back-?links?|referring domains?|placements?|guest posts?)\b"
    ),
    "paid_links": re.compile(
        r"\b(?:buy\w*|bought|sell\w*|sold|pay\w*|paid|price\w*|cost\w*|fee|fees|rent\w*|swap\w*|trade\w*|"
        r"exchang\w*|reciprocal|sponsored|purchas\w*|for sale|dollars?|euros?|pounds?|budget|"
        r"(?:links?|back-?links?|guest[- ]post\w*|placements?|publishers?|sponsored[- ]posts?)\s"
        r"market ?places?)\b|[$£€₹¥]",
    ),
    "pbn": re.compile(
        r"\b(?:networks?|pbns?|blogs|sites|websites|domains|properties|portfolio|own|owned|expired|aged|"
        r"dropped)\b",
    ),
    "automated_links": re.compile(
        r"\b(?:automat\w*|auto\w*|software|tools?|bots?|robots?|scripts?|submi\w*|blast\w*|bulk|mass|"
        r"directories|forums?|comments?|profiles?|bookmark\w*|web ?2\.0|one[- ]click|spin\w*|spun)\b",
    ),
    "anchor_manipulation": re.compile(r"\b(?:anchor\w*|link text|clickable text|exact[- ]match|keywords?)\b"),
    "undisclosed_methods": re.compile(
        r"\b(?:secret\w*|proprietary|confidential|reveal\w*|disclos\w*|undisclosed|share|explain\w*|tell|"
        r"google(?!\s(?:ads|adwords|analytics|partners?))|insiders?|special|private|black[- ]box|"
        r"whitelist\w*|trust me|ask)\b",
    ),
    "unrealistic_timeline": re.compile(
        r"\b(?:hours?|minutes?|days?|overnight|instant\w*|immediate\w*|weeks?|24h|48h|fast|quick\w*|tomorrow|"
        r"same[- ]day|moment)\b",
    ),
    # Reviews are the practice only where they are bought, sold, faked or paid for: an agency reviews a
    # link profile, and answering a client's reviews is reputation work.
    "deceptive_tactics": re.compile(
        r"\b(?:cloak\w*|doorway|hidden|hide|hiding|invisible|stuff\w*|redirect\w*|competitors?|"
        r"rivals?|negative|crawlers?|googlebot|search engines|templates?|fake|sabotag\w*|white text|"
        r"(?:buy\w*|bought|purchas\w*|sell\w*|paid|incentivi[sz]ed|(?:5|five)[- ]star|non-drop|drip[- ]feed|"
        r"verified)\s(?:(?!guides?\b)[\w-]+\s){0,3}?reviews?|"
        r"reviews?\s(?:[\w-]+\s){0,3}?(?:for sale|refill\w*|drop\w*|guarantee\w*|warranty|written by|"
        r"posted by)|"
        r"reviewers?\b(?=.*\b(?:paid|pay\w*|earn\w*|balances?|withdraw\w*|money|reward\w*|\$))"
        r")\b",
    ),
}

# A category's anchor must be joined by one of these: a short time alone ("a reply within 24 hours") is
# service, a short time with a ranking or indexing result is the claim; tools or prices without links
# are not link schemes.
LINKISH = re.compile(
    r"\b(?:links?|back-?links?|placements?|posts?|articles?|mentions?|insertions?|edits?|urls?|submissions?|"
    r"directories|comments?|profiles?|bookmark\w*|web ?2\.0s?|forums?|accounts|anchors?)\b"
)
# A count of links: a number, or the word for one ("the number of backlinks is set at the time of order"),
# that counts the links, not a price ("$45 per link"), a tier ("tier 1 links"), sites ("my 3 sites") or an
# authority score ("DA 30+").
LINK_COUNT = re.compile(
    r"(?:(?<![$£€₹¥\d.,/])(?<!tier )(?<!tiers )(?<!da )(?<!dr )\b\d[\d,.]*\+?|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|"
    r"thousands?|dozens?)\b|\b(?:number|quota|count|amount))\s*(?:of\s+)?(?:[\w+-]+\s+){0,3}?"
    r"(?:links?|back-?links?|placements?|guest posts?|posts?|articles?|referring domains?|mentions?|"
    r"citations?|insertions?)\b"
)
_COMMITS = re.compile(
    "|".join(
        (PROMISE, FUTURE, SHORT_TIME, r"^\W*(?:rank|get|reach|hit|climb|dominate|be|become|expect|see|own)\b")
    )
)
ALSO_NEEDS: dict[str, tuple[re.Pattern, ...]] = {
    # a promise needs a promise: "our client ranks on page one" states a fact, it promises nothing
    "guaranteed_rankings": (_COMMITS,),
    # a count needs a count of links ("thousands of links" counts) and an offer
    "guaranteed_link_count": (LINK_COUNT, re.compile(OFFER)),
    "unrealistic_timeline": (re.compile(RESULT),),
    "automated_links": (LINKISH,),
    "paid_links": (LINKISH,),
    # anchor text is a link's: "pay us only when your keywords hit the top 10" names keywords, no anchor
    "anchor_manipulation": (LINKISH,),
}

# Only the categories a sentence is closest to: its vector carries its main point, and a runner-up category
# is mostly the topic of the claim next door ("we sell links on blogs" is near the PBN examples too).
TOP_DELTA = 0.02

_lock = threading.Lock()


# The example banks' vectors, shipped beside the model (written by `python -m matcher.redflags.training`):
# a process that only reads stored embeddings (seeding, a worker re-vetting unchanged text) then never
# loads the model for them. Keyed by model and text, so an example added or changed since is embedded.
BANK_VECTORS = Path(__file__).resolve().parents[1] / "data" / "redflags_bank_vectors.npz"


def _bank_texts() -> tuple[list[str], list[int]]:
    rows, owner = [], []
    for ci, category in enumerate(CATEGORIES):
        rows.extend(CLAIMS[category])
        owner.extend([ci] * len(CLAIMS[category]))
    return rows + list(COUNTER), owner


def _bank_key(text: str) -> str:
    return hashlib.sha256(f"{embeddings.MODEL_NAME}|bank|{text}".encode()).hexdigest()


@lru_cache(maxsize=1)
def _bank() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(claim vectors, category index of each claim row, counter vectors), read or encoded once a process."""
    with _lock:
        texts, owner = _bank_texts()
        shipped: dict[str, np.ndarray] = {}
        if BANK_VECTORS.exists():
            with np.load(BANK_VECTORS) as data:
                shipped = dict(zip((k.decode("ascii") for k in data["keys"]), data["vectors"], strict=True))
        keys = [_bank_key(t) for t in texts]
        missing = [t for t, k in zip(texts, keys, strict=True) if k not in shipped]
        if missing:
            shipped.update(zip((_bank_key(t) for t in missing), embeddings.encode(missing), strict=True))
        vectors = np.stack([shipped[k] for k in keys]).astype(np.float32)
        n = len(owner)
        return vectors[:n], np.asarray(owner), vectors[n:]


def write_bank_vectors() -> int:
    """Embed the example banks with the model and ship the vectors (BANK_VECTORS)."""
    texts, _owner = _bank_texts()
    vectors = embeddings.encode(texts)
    np.savez(BANK_VECTORS, keys=np.array([_bank_key(t) for t in texts], dtype="S64"),
             vectors=vectors.astype(np.float32))
    _bank.cache_clear()
    return len(texts)


def bank_vectors() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return _bank()


def similarities(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each sentence vector: its best cosine to each category's claims, and to any counter-example."""
    claims, owner, counter = _bank()
    if len(vectors) == 0:
        return np.zeros((0, len(CATEGORIES)), np.float32), np.zeros(0, np.float32)
    sims = vectors @ claims.T
    per_cat = np.full((len(vectors), len(CATEGORIES)), -1.0, dtype=np.float32)
    for ci in range(len(CATEGORIES)):
        per_cat[:, ci] = sims[:, owner == ci].max(axis=1)
    return per_cat, (vectors @ counter.T).max(axis=1)


def wants_embedding(text: str, sent: tuple[int, int]) -> int:
    """How many categories a sentence could be flagged for by stage 2 (0: do not embed it), by the same
    anchor, question, warning and negation checks `categories_for` applies (`text` lower-cased)."""
    sentence = text[sent[0] : sent[1]]
    if skip_sentence(text, sent):
        return 0
    anchored = [c for c in CATEGORIES if _eligible(c, sentence)]
    if "undisclosed_methods" not in anchored and negated_anywhere(sentence):
        return 0
    return len(anchored)


def _eligible(category: str, sentence: str) -> bool:
    """The sentence has the category's anchor and the cues it needs, and nothing that rules it out."""
    if not ANCHORS[category].search(sentence):
        return False
    if not all(p.search(sentence) for p in ALSO_NEEDS.get(category, ())):
        return False
    unless = UNLESS.get(category)
    return unless is None or not unless.search(sentence)


def passes(category: str, claim_sim: float, counter_sim: float, thresholds: dict | None = None) -> bool:
    t = (thresholds or THRESHOLDS)[category]
    return claim_sim >= t["min_sim"] and claim_sim - counter_sim >= t["margin"]


_NAME_PART = re.compile(r"[A-Z][\w&'-]*")


def _in_name(original: str, start: int, end: int) -> bool:
    """Whether original[start:end] is part of a run of capitalised words: a name ("Anchor Links Ltd"),
    not the word ("anchor text")."""
    if not original[start : start + 1].isupper():
        return False
    before = original[:start].rstrip().rsplit(" ", 1)[-1]
    after = original[end:].lstrip().split(" ", 1)[0]
    return bool(_NAME_PART.fullmatch(after) or (before and _NAME_PART.fullmatch(before)))


def _anchor(category: str, low: str, original: str | None, sent: tuple[int, int]):
    """The first anchor word of `category` in the sentence that is not part of a name."""
    for m in ANCHORS[category].finditer(low, sent[0], sent[1]):
        if original is None or not _in_name(original, m.start(), m.end()):
            return m
    return None


def categories_for(
    text: str,
    sent: tuple[int, int],
    claim_sims: np.ndarray,
    counter_sim: float,
    thresholds: dict | None = None,
    original: str | None = None,
) -> list[tuple[str, float]]:
    """The categories a sentence is flagged for by stage 2, with the similarity that decided it.

    `text` is the lower-cased copy; `original`, when given, lets names ("Anchor Links Ltd") be told from
    words."""
    out = []
    sentence = text[sent[0] : sent[1]]
    best = float(np.max(claim_sims))
    for ci, category in enumerate(CATEGORIES):
        sim = float(claim_sims[ci])
        if sim < best - TOP_DELTA or not passes(category, sim, counter_sim, thresholds):
            continue
        if not _eligible(category, sentence):
            continue
        anchor = _anchor(category, text, original, sent)
        if anchor is None:
            continue
        if suppression(text, sent, anchor.start(), anchor.end(), category):
            continue
        # The model hardly sees "not": any negation in the sentence vetoes a semantic hit, except where
        # refusing to explain is itself the claim.
        if category != "undisclosed_methods" and negated_anywhere(sentence):
            continue
        out.append((category, float(claim_sims[ci])))
    return out
