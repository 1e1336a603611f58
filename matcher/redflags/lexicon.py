"""Regex building blocks shared by the rules.

Every repeated piece is bounded, and a word and a separator are disjoint character classes matched
possessively, so no rule can backtrack badly whatever the input (see tests: 100k pathological chars).
"""

from __future__ import annotations

from dataclasses import dataclass

from matcher.redflags.prefilter import HeadIndex

# A word may hold inner dots ("google.co.uk", "2.5"), hyphens, apostrophes, +, #, $, %, &.
TOKEN = r"[^\s,;:.!?()\"“”‘’–—/]++(?:\.[^\s,;:.!?()\"“”‘’–—/]++)*+"
SEP = r"[\s,:\"“”‘’()–—/]++"


def gap(n: int) -> str:
    """Up to n words (lazily), then a separator: glue between two parts of a phrase."""
    return rf"(?:{SEP}{TOKEN}){{0,{n}}}?{SEP}"


def words(*alternatives: str) -> str:
    """A whole-word alternation."""
    return r"\b(?:" + "|".join(alternatives) + r")\b"


# Every rule pattern, registered with the literal heads its matches start with (see prefilter.py).
# Patterns are lower case: they run on a lower-cased copy of the text.
INDEX = HeadIndex()


NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty"
    "|sixty|seventy|eighty|ninety|a hundred|one hundred|two hundred|five hundred|a thousand"
)
# A count, not a price ("$299"), a year, an authority score ("DA 50+", "DR70+"), a link tier ("tier 1"), a
# duration ("10 days"), a percentage or a parenthetical ("blogs (80+)").
NUM = (
    r"(?:(?<![$£€₹¥\w.,/(-])(?<!da )(?<!dr )(?<!pr )(?<!tf )(?<!cf )(?<!da-)(?<!dr-)(?<!top )(?<!top-)"
    r"(?<!tier )(?<!tier-)(?!(?:1"
    r"9|20)\d\d\b)(?:\d{1,3}(?:,\d{3}){1,4}+|\d++(?:\.\d+)?)(?:\s?k\b)?\+?"
    rf"|\b(?:{NUMBER_WORDS})\b)"
    r"(?!\s?(?:days?|hours?|weeks?|months?|years?|minutes?|mins?|h\b|%|x\b|times\b|percent))"
)
# A count big enough to mean mass production on its own ("1,000+ links", "50k backlinks").
BIG_NUM = r"(?<![$£€₹¥\w.,/(-])(?:\d{1,3}(?:,\d{3}){1,4}+|\d{3,}+|\d++\s?k\b|\d++(?=\+))\+?"
VAGUE_MANY = r"\b(?:hundreds|thousands|tens of thousands|millions|dozens|loads|tons|heaps)\b"

LINKS = words(
    r"back-?links?",
    r"links?",
    r"referring domains?",
    r"ref domains?",
    r"placements?",
    r"guest posts?",
    r"guest post links?",
    r"niche edits?",
    r"link insertions?",
    r"(?:homepage|pbn|sponsored|paid|contextual) posts?",
    r"citations",
)
# Link nouns for a count: plural (or "backlink"), so "70 blogs will link to you" is no count of links.
LINK_NOUNS = words(
    r"back-?links?",
    r"links",
    r"referring domains",
    r"ref domains",
    r"placements",
    r"guest posts",
    r"guest post links",
    r"niche edits",
    r"link insertions",
    r"(?:homepage|pbn|sponsored|paid|contextual) posts",
    r"citations",
)
SITES = words(
    r"sites?",
    r"websites?",
    r"blogs?",
    r"domains?",
    r"publications?",
    r"magazines?",
    r"properties",
    r"directories",
    r"forums?",
    r"news sites?",
)
# Qualifiers that make a count read like a product: authority scores, "dofollow", "high-DA".
QUALITY = words(
    r"da\s?\d+\+?",
    r"dr\s?\d+\+?",
    r"pr\s?\d+\+?",
    r"tf\s?\d+\+?",
    r"high[- ](?:da|dr|pr|tf|authority|quality)",
    r"do-?follow",
    r"permanent",
    r"homepage",
    r"contextual",
    r"authority",
    r"high pr",
    r"hq",
    r"pbn",
)
PRICE = (
    r"(?:[$£€₹¥]|\b(?:usd|eur|gbp|cad|aud|inr|au\$|us\$|ca\$)\s?)\s?\d[\d,.]{0,15}+|"
    r"\b\d[\d,.]{0,15}+\s?(?:usd|eur|gbp|cad|aud|dollars|euros|pounds|bucks)\b"
)

# The reader's wish as a condition: "if you're looking for guaranteed rankings, ...", "if you need 50 links".
READERS_WISH = (
    r"\bif you(?:'re| are)? (?:really |still )?(?:looking|searching|shopping) for\b|"
    r"\bif you (?:want|need|'d like|would like|'re after|are after)\b|"
    r"\bif you(?:'re| are) (?:\w+ )?(?:interested in|keen on)\b"
)
# What happens to a sold link that does not last.
LOST = r"(?:deleted|removed|taken down|dropped|lost|unpublished|nofollowed)"
# What a seller did not deliver: "if we are unable to publish your article on the promised site".
UNDELIVERED = r"\b(?:unable to|can'?t|cannot|could not|couldn'?t|fails? to|failed to|not able to)\b"
# A placement's paid nature, marked or not.
MARKED = r"(?:marked|labell?ed|tagged|flagged|disclosed|identified)"
# A publisher told not to mark what it publishes: not to add a mark ("don't add rel=sponsored") or not to
# label the post ("never label it as an ad").
_DONT = (
    r"\b(?:don'?t|do not|never|must not|mustn'?t|may not|shall not|should not|cannot|can'?t|(?:are|is) not "
    r"(?:allowed|permitted) to|not allowed to)\s(?:\w+\s)?"
)
DONT_ADD = _DONT + r"(?:add|use|put|apply|set|attach|insert|include|carry|show|display)\b"
DONT_LABEL = _DONT + r"(?:mark|label|tag|flag|be " + MARKED + r")\b"
DONT_MARK = rf"(?:{DONT_ADD}|{DONT_LABEL})"
# What a paid placement is marked as: "sponsored", "paid", "ad" ...
PAID_WORDS = r"sponsored|paid|advertis\w*|advertorial|promoted|ad"
# The mark that discloses a paid placement: a sponsored tag, a "paid" label, an ad badge.
PAID_MARK = (
    r"[\"“'‘]?\b(?:" + PAID_WORDS + r")[\"”'’]?\s(?:tags?|labels?|marks?|"
    r"markings?|disclaimers?|disclosures?|notices?|notes?|attributes?|badges?|credits?)\b"
)
# What a seller gives back when what it sold does not come or does not last: a guarantee's remedy. Money
# back first (what a sold placement's terms give), then free work and waived fees.
MONEY_BACK = (
    r"(?<!non-)refund\w*|(?:money|cent|penny|fees?|payments?) back|money-back|back in full|reimburs\w*|"
    r"credit(?:ed)? (?:you|your account|back)|a credit"
)
REMEDY = (
    rf"\b(?:{MONEY_BACK}|for free|free of charge|at no (?:extra |additional |further )?(?:cost|charge)|"
    r"no (?:extra |additional )?(?:charge|fee|cost)|"
    r"(?:don'?t|won'?t|do not|will not|never) (?:have to )?pay|pay nothing|"
    r"free (?:months?|of charge|service|services|seo|work)|on us|waive\w*)\b"
)


@dataclass(frozen=True)
class Rule:
    """A trigger phrase and, optionally, a cue that must also occur in the same sentence within `reach`
    characters: a ranking target alone is a topic, a ranking target with a promise is a claim."""

    trigger: str
    needs: str | None = None
    reach: int = 90  # characters between trigger and cue, either side
    prev: bool = False  # the cue may sit in the previous sentence ("Want .edu links? We buy them")
    clause_start: bool = False  # the trigger must open its clause (an imperative: "Rank #1 in 24 hours")

    def __post_init__(self) -> None:
        object.__setattr__(self, "trigger_id", INDEX.register(self.trigger))
        object.__setattr__(self, "needs_id", INDEX.register(self.needs) if self.needs else None)
