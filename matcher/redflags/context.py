"""Scope checks: is a matched claim asserted by the writer, or negated, attributed, asked, hypothetical,
hedged, told as a past result, or a problem the writer cleans up?

Every check looks at the sentence that holds the match and mostly at the clause before it, so it works
for any wording the pattern or the semantic stage found, not for a list of known sentences.
"""

from __future__ import annotations

import re

from matcher.redflags.categories import KIND
from matcher.redflags.sentences import clause_bounds

_I = re.IGNORECASE

# Words that negate what follows them in their clause.
_NEGATOR = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|zero|cannot|nope|no-one|"
    r"refuses?|refused|refusing|rejects?|declines?|declined|avoids?|avoided|avoiding|against|bans?|banned|"
    r"prohibits?|prohibited|forbids?|forbidden|(?:do|does|did|is|are|was|were|have|has|had|wo|ca|could|"
    r"would|should|must|need)n'?t|dont|cant|wont|doesnt|didnt|isnt|arent)\b|n't\b"
    r"|\b(?:instead of|rather than|stay(?:s|ing)? away from|steer(?:s|ing)? clear of|free of|far from|"
    r"no longer|anything but)\b",
    _I,
)
# Negative words that do not negate the claim after them ("not only", "no less than 50 links") or that
# negate a risk rather than the practice ("no footprint", "Google will never know").
_NOT_NEGATING = re.compile(
    r"\b(?:not (?:only|just|merely|simply)|no (?:matter|doubt|less|fewer|more|later|sooner|ifs|buts|"
    r"questions|exceptions?|fail|catch|problem|worries|risk|footprints?|traces?|penalt(?:y|ies)|limit)|"
    r"without (?:fail|exception|any (?:risk|footprints?|trace)|risk|footprints?|a trace|lifting|"
    r"anyone (?:noticing|knowing))|never (?:fails?|miss(?:es)?|(?:be )?(?:detected|caught|found|know|knows|"
    r"notice|notices|traced))|zero (?:risk|footprints?|traces?|penalt(?:y|ies))|"
    r"(?:do|does|did|wo|ca)n'?t (?:pay|have to pay)|no (?:\w+ ){0,2}no (?:pay|fee|charge)|"
    r"(?:or|if) (?:you|we) (?:do|does)n'?t|if not|no-?follow|nobody ever|not (?:a|one) single)\b",
    _I,
)
# Third parties whose claims a writer reports or warns about.
_THIRD = (
    r"agenc(?:y|ies)|vendors?|providers?|compan(?:y|ies)|firms?|freelancers?|seos|sellers?|scammers?|"
    r"spammers?|people|others?|someone|somebody|anyone|anybody|whoever|those|they|they're|they'll|"
    r"they've|them|competitors?|rivals?|gurus?|marketers?|consultants?|outfits?|cowboys?|he|she|"
    r"services? that|sites? that|folks|guys|shops"
)
_FIRST = r"we|we're|we'll|we've|we'd|i|i'm|i'll|i've|i'd|our team|my team|our agency"
_AGENT = re.compile(rf"\b(?:(?P<third>{_THIRD})|(?P<first>{_FIRST}))\b", _I)
_BY_THIRD = re.compile(
    r"^\W*(?:\w+\W+){0,4}?by (?:a |an |the |your |their |some |other |another )?(?:previous |former |old |"
    r"other |cheap |shady )?(?:agenc|vendor|provider|compan|freelancer|seo|developer|contractor|team|"
    r"competitor|someone)",
    _I,
)
# A warning about the practice: calling it risky, penalised, a scam, against the rules, or cleaning it up.
_WARNING = re.compile(
    r"\b(?:bewares?|be (?:wary|careful|sceptical|skeptical|cautious)|wary of|watch out|red flags?|warning signs?|"
    r"scams?|scammy|lying|lie|lies|myths?|snake oil|penali[sz]\w*|penalt(?:y|ies)|manual actions?|"
    r"de-?index\w*|violat\w*|against (?:google'?s? |the )?(?:\w+ )?(?:guidelines|policies|rules|terms)|"
    r"breaks? (?:google'?s? |the )?(?:\w+ )?(?:policies|guidelines|rules)|at risk|risky|dangerous|harm\w*|"
    r"hurt\w*|toxic|clean-?ups?|clean(?:ed|ing)? (?:it |them )?up|disavow\w*|recover\w*|reconsideration|"
    r"selling you risk|get you (?:banned|penali[sz]ed|a manual action))\b",
    _I,
)
_WARNING_UNDONE = re.compile(
    r"(?:\b(?:no|zero|without|never|safe from|free from|immune to|avoid|proof against|risk of|never hit)\W+"
    r"(?:\w+\W+){0,2}$)",
    _I,
)
_WARNING_UNDONE_AFTER = re.compile(r"^(?:-?free|-?proof|\W+(?:never|won't|will never|can't|cannot)\b)", _I)
_COMPLIANT = re.compile(
    r"\b(?:rel=?\W?(?:sponsored|nofollow)|no-?follow|(?:marked|labell?ed|tagged|flagged|disclosed) "
    r"(?:as )?(?:ads?|sponsored|advertising|paid|nofollow)|clearly (?:labell?ed|disclosed|marked))",
    _I,
)
_CONDITION = re.compile(r"\b(?:if|unless|whether|in case|suppose|supposing|assuming|imagine)\b", _I)
_REFUND = re.compile(
    r"\b(?:refund|money back|money-back|for free|free of charge|on us|don'?t pay|won'?t pay|no charge|"
    r"work for free|no fee)\b",
    _I,
)
_HEDGE = re.compile(
    r"\b(?:may|might|could|maybe|perhaps|possibly|hopefully|hope|aims?|aimed|aiming|strives?|striving|try|"
    r"tries|trying|attempts?|typically|often|generally|normally|sometimes|in most cases|depends?|"
    r"depending|likely|unlikely|helps?|helping|goal|targets?|targeting|work(?:s|ing)? towards?|estimate\w*|"
    r"potential\w*|possible|can't say|cannot say|ideally|where possible|chance)\b",
    _I,
)
_PAST_VERB = re.compile(
    r"\b(?:earned|secured|built|landed|won|gained|generated|achieved|reached|ranked|grew|drove|saw|helped|"
    r"delivered|placed|got|took|moved|climbed|brought|increased|doubled|tripled|boosted|pushed|acquired|"
    r"obtained|attracted|went|jumped|rose|turned|was|were|had|did|came|became|produced|resulted|recovered|"
    r"published|sent|hit|returned|climbed|lifted|improved|ended up|(?:have|has|'ve) (?:been |now )?\w+(?:ed|en|"
    r"wn|lt|ght))\b",
    _I,
)
_PAST_TIME = re.compile(
    r"\b(?:last (?:year|month|quarter|week|spring|summer|autumn|fall|winter|season)|(?:in|since|by|from|"
    r"between) (?:\w+ )?(?:19|20)\d\d|ago|previously|so far|to date|over the (?:past|last)|back in|in the past|"
    r"case stud(?:y|ies)|track record|went from|from page \d+|historically)\b",
    _I,
)
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|going to|guarantee\w*|promise\w*|assure\w*|ensure\w*|always|every time|"
    r"or (?:your|you get your) money|get you)\b",
    _I,
)
_DISCONTINUED = re.compile(
    r"\b(?:used to|no longer|stopped|quit|gave up|moved away from|abandoned|phased out|dropped|ditched|"
    r"retired)\b",
    _I,
)
_REMEDIATION = re.compile(
    r"\b(?:audit\w*|identif\w*|detect\w*|spot\w*|flag\w*|remov\w*|disavow\w*|clean\w*|recover\w*|protect\w*|"
    r"monitor\w*|fix\w*|warn\w*|guard\w*|defend\w*|check\w*|screen\w*|vet|vets|vetted|vetting|look(?:s|ing)? "
    r"for|find(?:s|ing)?|found|inherit\w*|replac\w*|undo\w*|revers\w*|dismantl\w*|report(?:s|ed|ing)? (?:on|to)|"
    r"analy[sz]\w*|review\w* (?:for|your)|investigat\w*|uncover\w*|catch|caught|out|exposed?|educat\w*)\b",
    _I,
)
# Words that start a predicate: used to see whether a match sits in the subject of its clause.
_AUX = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|"
    r"'s|'re|play|plays|belong|belongs|make|makes)\b",
    _I,
)
_WORD = re.compile(r"[\w'#$%+.-]+")


def _last_words(s: str, n: int) -> str:
    words = s.split()
    return " ".join(words[-n:]) if n else ""


def _negated_before(prefix: str, window: int = 12) -> bool:
    """A negator within `window` words before the match, not one of the non-negating phrases."""
    tail = _last_words(prefix, window)
    if not tail:
        return False
    blocked = [m.span() for m in _NOT_NEGATING.finditer(tail)]
    for m in _NEGATOR.finditer(tail):
        if not any(a <= m.start() < b for a, b in blocked):
            return True
    return False


def _negated_predicate(prefix: str, after: str) -> bool:
    """'Paid links are not part of our process': the match is the subject and its predicate is negated."""
    if _AGENT.search(prefix) or _AUX.search(prefix):
        return False  # the match is not the subject of its clause
    aux = _AUX.search(after)
    if not aux or len(after[: aux.start()].split()) > 6:
        return False
    return _negated_before(after[: aux.end() + 40].split(".")[0] + " x", 8) and not _NOT_NEGATING.search(
        after[: aux.end() + 40]
    )


def _attributed(sentence: str, rel_start: int, rel_end: int) -> bool:
    """The nearest agent before the match is a third party ("agencies that promise ...")."""
    nearest = None
    for m in _AGENT.finditer(sentence, 0, rel_start):
        nearest = m
    if nearest is not None and nearest.group("third"):
        return True
    return bool(_BY_THIRD.search(sentence[rel_end:]))


def _warned(sentence: str) -> bool:
    for m in _WARNING.finditer(sentence):
        before = sentence[max(0, m.start() - 40) : m.start()]
        after = sentence[m.end() : m.end() + 16]
        if not _WARNING_UNDONE.search(before) and not _WARNING_UNDONE_AFTER.search(after):
            return True
    return False


def _compliant(sentence: str) -> bool:
    for m in _COMPLIANT.finditer(sentence):
        if not _negated_before(sentence[: m.start()], 3):
            return True
    return False


def _is_question(sentence: str) -> bool:
    s = sentence.rstrip(" \"'”’)")
    return s.endswith("?") or bool(re.match(r"\s*q\s*[:.)]", sentence, _I))


def _hypothetical(clause_prefix: str, sentence: str, rel_end: int) -> bool:
    """The match sits in the if-part of a conditional, unless it is a refund-backed promise of our own."""
    cond = None
    for m in _CONDITION.finditer(clause_prefix):
        cond = m
    if cond is None:
        return False
    between = clause_prefix[cond.end() :]
    if "," in between or " then " in between:
        return False
    own = re.match(r"\s*(?:we|i|our)\b", between, _I)
    return not (own and _REFUND.search(sentence[rel_end:]))


def suppression(text: str, sent: tuple[int, int], start: int, end: int, category: str) -> str | None:
    """Why the claim text[start:end] is not asserted by the writer, or None if it is."""
    ss, se = sent
    sentence = text[ss:se].replace("’", "'")
    rel_start, rel_end = start - ss, end - ss
    cs, ce = clause_bounds(text, ss, se, start)
    clause_prefix = text[cs:start].replace("’", "'")
    after = text[end:ce].replace("’", "'")
    kind = KIND[category]

    if _is_question(sentence):
        return "question"
    if _negated_before(clause_prefix) or _negated_predicate(clause_prefix, after):
        return "negated"
    if _DISCONTINUED.search(_last_words(clause_prefix, 10)):
        return "discontinued"
    if _attributed(sentence, rel_start, rel_end):
        return "attributed"
    if _warned(sentence):
        return "warning"
    if _hypothetical(clause_prefix, sentence, rel_end):
        return "hypothetical"
    if category == "paid_links" and _compliant(sentence):
        return "disclosed"
    if kind == "practice" and _REMEDIATION.search(_last_words(clause_prefix, 10)):
        return "remediation"
    if kind == "promise":
        if _HEDGE.search(_last_words(clause_prefix, 10)):
            return "hedged"
        clause = text[cs:ce].replace("’", "'")
        if (_PAST_VERB.search(clause) or _PAST_TIME.search(clause)) and not _FUTURE.search(clause):
            return "past"
    return None
