"""Lexical cues of who speaks and how: the stance half of each sentence's features.

The learned model weighs them; none decides alone. Each cue is a regular expression over the lower-cased
sentence (and, for context, over its neighbours), so "Beware of agencies that promise page one" carries
a warning cue and a third-party cue next to the promise, and "We earned 40 links last quarter" a past
cue next to the count. Stances are also what a finding reports (`STANCES`).
"""

from __future__ import annotations

import re

import numpy as np

from matcher.redflags.lexicon import READERS_WISH

# The stances the corpus records (RUBRIC.md). A finding is raised for a claim only, so its `stance` is
# one of offer, question, hypothetical (claim_stance; a condition that is the offer's own term reads as
# offer); `other` for a language routing.
STANCES = (
    "offer",
    "denial",
    "critique",
    "teaching",
    "history",
    "reported",
    "question",
    "hypothetical",
    "past_result",
    "disclosed",
    "process",
    "other",
)

_CUES: dict[str, str] = {
    "first_person": r"\b(?:we|we're|we'll|we've|our|ours|us|i|i'm|i'll|my)\b",
    "second_person": r"\b(?:you|your|you'll|you're|yours)\b",
    "third_party": r"\b(?:they|their|them|agencies|companies|vendors|sellers|providers|some seos?|many seos?|"
    r"an? (?:seo|agency|company|provider|vendor)|scammers?|spammers?|people|someone|anyone)\b",
    "imperative": r"^\W*(?:buy|get|order|boost|rank|grab|purchase|increase|skyrocket|dominate|hire|choose|"
    r"try|start|improve|outrank|add|see|receive|enjoy|claim|request)\b",
    "negation": r"\b(?:not|never|no|none|don't|doesn't|didn't|won't|can't|cannot|isn't|aren't|without|nor|"
    r"neither|avoid\w*|refuse\w*)\b|n't\b",
    "critique": r"\b(?:beware|avoid|warn\w*|red flags?|scam\w*|risk\w*|dangerous|penali[sz]\w*|spam\w*|"
    r"shady|black[- ]hat|myth|be wary|watch out|steer clear|run\b|dubious|lie|lies|misleading|"
    r"harm\w*|violat\w*|against (?:google|the) ?\w*|manipulat\w*|bad idea|mistake)\b",
    "teaching": r"\b(?:is an?|are an?|refers? to|means?|defined|definition|what is|what are|is when|"
    r"according to|google says|guidelines|policy|policies|for example|e\.g\.)\b",
    "history": r"\b(?:back then|used to|in the past|years ago|gone are the days|once upon|no longer|anymore|"
    r"(?:19|20)\d\d|historically|back in|those days|old days|was once)\b",
    "reported": r"\b(?:says?|said|claims?|claimed|told|tells|promised|promising|offered|reported|according)\b"
    r"|[\"“”]",
    "question": r"\?\s*$|^\W*(?:is|are|can|should|do|does|how|why|what|which|will|would)\b",
    "hypothetical": r"\b(?:if|unless|suppose|imagine|whether|when an?|any (?:seo|agency|company))\b",
    "past": r"\b(?:earned|built|ranked|achieved|helped|increased|grew|secured|landed|generated|delivered|"
    r"gained|won|saw|was|were|had|did|last (?:year|quarter|month)|ago|in \d+ months)\b",
    "disclosed": r"rel=|\b(?:nofollow|no-follow|sponsored tag|labell?ed|disclos\w*|marked as)\b",
    "commerce": r"[$£€₹]|\b(?:price\w*|pricing|per (?:link|post|month)|order|cart|checkout|package\w*|plans?|"
    r"usd|dollars?|buy|purchase|for sale|sell\w*|cheap|discount|offer)\b",
    "number": r"\d|\b(?:hundreds|thousands|ten|twenty|fifty|hundred)\b",
    "promise": r"\b(?:guarantee\w*|promise\w*|assure\w*|ensure\w*|will|100%|money[- ]back|refund\w*|"
    r"or (?:your )?money|risk[- ]free)\b",
    "hedge": r"\b(?:may|might|could|aim\w*|goal|strive|typically|usually|often|likely|hope|try to|expect)\b",
    "speed": r"\b(?:hours?|days?|overnight|instant\w*|immediate\w*|24/7|fast|quick\w*|within)\b",
    # the speaker is the subject: "we guarantee", "our team builds", "i sell" near the start
    "speaker_subject": r"^\W*(?:\w+\W+){0,3}?(?:we|i|our (?:team|agency|company|network|service)|"
                       r"my (?:team|agency|company))\b"
                       r"(?!\s+(?:never|don't|do not|won't|will not|can't|cannot))",
}
# Who speaks, crossed with what is said: a linear model cannot read "we" + "guarantee" apart from
# "they" + "guarantee" from the two cues alone.
_SPEAKERS = ("speaker_subject", "second_person", "imperative", "third_party", "critique", "reported")
_CLAIMS = ("promise", "commerce", "number", "speed")
_COMPILED = {name: re.compile(pattern) for name, pattern in _CUES.items()}
# Cues of the neighbouring sentences: a warning or a quote before a claim makes it an example of one.
_CONTEXT = ("critique", "reported", "question", "teaching", "history")

FEATURES: tuple[str, ...] = (
    *_CUES,
    *(f"prev_{c}" for c in _CONTEXT),
    *(f"next_{c}" for c in _CONTEXT),
    "words",
    "exclaim",
    *(f"{a}*{b}" for a in _SPEAKERS for b in _CLAIMS),
)


def cues(sentence_low: str) -> dict[str, bool]:
    return {name: bool(rx.search(sentence_low)) for name, rx in _COMPILED.items()}


class DocCues:
    """The cues of a document's sentences, each read once (a sentence is also its neighbours' context)."""

    def __init__(self, sentences_low: list[str]):
        self.sentences = sentences_low
        self._cues: dict[int, dict[str, bool]] = {}

    def __getitem__(self, index: int) -> dict[str, bool]:
        if not 0 <= index < len(self.sentences):
            return {}
        if index not in self._cues:
            self._cues[index] = cues(self.sentences[index])
        return self._cues[index]


def features(doc: DocCues, index: int) -> np.ndarray:
    """The stance features of sentence `index` among its document's sentences."""
    sentences_low = doc.sentences
    own, prev, nxt = doc[index], doc[index - 1], doc[index + 1]
    row = [float(own[name]) for name in _CUES]
    row += [float(prev.get(c, False)) for c in _CONTEXT]
    row += [float(nxt.get(c, False)) for c in _CONTEXT]
    text = sentences_low[index]
    row.append(min(len(text.split()), 60) / 60.0)
    row.append(float("!" in text))
    row += [float(own[a] and own[b]) for a in _SPEAKERS for b in _CLAIMS]
    return np.asarray(row, dtype=np.float32)


_WISH = re.compile(READERS_WISH)


def claim_stance(own: dict[str, bool], sentence_low: str = "") -> str:
    """The form of a claim the engine raised: it read the sentence as the speaker's own offer, so cues
    of critique, history or denial were judged not to govern it; a pitch phrased as a question ("Need 100
    DA50+ links?") or as the reader's wish ("if you want page one in a week...") is still an offer, and
    says so. Any other condition is the offer's own term ("if you don't reach page one in 90 days, we
    refund you"): an offer."""
    if own.get("question"):
        return "question"
    if own.get("hypothetical") and _WISH.search(sentence_low):
        return "hypothetical"
    return "offer"
