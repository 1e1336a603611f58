"""Every red-flag category, one record each: what every consumer (engine, vetting, admin queue, provider
pages, API, evaluation) reads about it. Adding a category is adding a record here (and, for a claim the
engine learns, labelled rows in the corpus and a re-train); `tests/matcher/test_redflag_registry.py`
checks that each record is complete and that the trained model knows every claim category.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["promise", "practice", "routing"]
Severity = Literal["high", "medium", "low"]


@dataclass(frozen=True)
class Category:
    key: str
    label: str  # its name on pages
    severity: Severity
    # A promise is undone by hedging and by telling a past result; a practice ("we buy links") is not:
    # "we may buy links" or "we bought links for this client" still admits the practice. Routing is not a
    # claim at all: the text needs a person.
    kind: Kind
    reason: str  # shown with each finding; {q} is the quoted evidence
    advice: str  # what a provider can do about it
    example: str  # what a claim of this category looks like
    not_example: str  # and what does not count, though it shares the words


# High: the claim alone means spam-policy risk or a promise no honest provider makes; such a provider is
# not recommended until an admin has reviewed it. That includes a promise of rankings within days and a
# refusal to say how links are earned: disclosure is what vetting rests on.
# Medium: worrying, but an honest provider can word things this way; it weighs against the provider in
# matching, and a text no one could vet goes to a person without hiding the provider.
_RECORDS = (
    Category(
        "guaranteed_rankings",
        "Guaranteed rankings",
        "high",
        "promise",
        "Promises a ranking position or a traffic result ({q}); no one controls where Google ranks a site",
        "No one can promise a ranking, a first page or a traffic figure. Describe what you deliver and how "
        "you report progress instead.",
        "Page 1 on Google within 90 days or your money back.",
        "No honest agency can guarantee a #1 ranking, and we don't.",
    ),
    Category(
        "guaranteed_link_count",
        "Guaranteed number of links",
        "high",
        "promise",
        "Promises a fixed number of backlinks ({q}); no one controls which sites link to you",
        "A promised number of links suggests placements bought or built to order. Describe the campaigns "
        "and outreach you commit to, or explain how links are earned editorially.",
        "10 DR50+ backlinks every month.",
        "Last quarter our campaign earned 40 links from news sites.",
    ),
    Category(
        "paid_links",
        "Paid links",
        "high",
        "practice",
        "Buys, sells or trades links ({q}); links that pass ranking credit for money break Google's spam "
        "policies",
        "Buying or selling links breaks search engines' rules. If you pay for clearly labelled sponsored "
        'placements, say so and explain how they are marked (rel="sponsored").',
        "Dofollow guest posts on high-DA sites from $49.",
        'Sponsored posts are always marked rel="sponsored".',
    ),
    Category(
        "pbn",
        "Private blog network (PBN)",
        "high",
        "practice",
        "Links from a network of sites it owns or controls ({q}); private blog networks are a link scheme "
        "that search engines penalise",
        "Networks of owned or expired-domain sites are a link scheme. If you own sites, explain that client "
        "links are never placed on them.",
        "Links from our private network of aged, high-authority domains.",
        "We own no sites other than our own company website.",
    ),
    Category(
        "automated_links",
        "Automated links",
        "high",
        "practice",
        "Builds links automatically or in bulk ({q}); mass-produced links are spam and can bring a penalty",
        "Automated or mass links (comments, forums, profiles, blasts) put clients at risk. Describe the "
        "manual, reviewed parts of your work.",
        "5,000 forum, profile and web 2.0 backlinks in one blast.",
        "Gone are the days when link blasts worked.",
    ),
    Category(
        "anchor_manipulation",
        "Anchor text manipulation",
        "medium",
        "practice",
        "Forces exact-match commercial anchor text ({q}); unnatural anchors are a classic penalty trigger",
        "Exact-match commercial anchors at scale look unnatural. Explain how anchors are chosen and kept "
        "varied.",
        "Choose your exact-match keyword anchor for every link.",
        "We keep anchors natural: mostly brand and URL.",
    ),
    Category(
        "undisclosed_methods",
        "Undisclosed methods",
        "high",
        "practice",
        "Will not say how it works or claims a special line to Google ({q}); you cannot check what is done "
        "in your name",
        "Buyers need to know how links are earned. Replace 'secret' or 'proprietary' claims with a plain "
        "description of your process.",
        "Our secret ranking formula, backed by contacts inside Google.",
        "Beware of SEOs that claim a special relationship with Google.",
    ),
    Category(
        "unrealistic_timeline",
        "Unrealistic timeline",
        "high",
        "promise",
        "Promises ranking or indexing results within days ({q}); real results take months",
        "Rankings and indexing take weeks or months. Give realistic ranges and what affects them.",
        "Rank on page one in 7 days.",
        "Most campaigns show results in four to six months.",
    ),
    Category(
        "deceptive_tactics",
        "Deceptive tactics",
        "high",
        "practice",
        "Deceives search engines or users ({q}); cloaking, doorway pages, hidden text, fake reviews and "
        "attacks on competitors break search-engine policies",
        "Cloaking, doorway pages, hidden links and negative SEO are not allowed. Remove the claim, or "
        "explain if it was misread.",
        "We can take down your competitor's rankings.",
        "Cloaking shows search engines different content than users; avoid it.",
    ),
    Category(
        "needs_human_reading",
        "Needs a human reading",
        "medium",
        "routing",
        "Written in a language the engine cannot vet ({q}); a reviewer reads it instead",
        "Nothing to change: a reviewer reads texts in languages the automatic checks do not cover. Adding "
        "an English version of your profile speeds this up.",
        "Construimos enlaces mediante relaciones públicas digitales.",
        "An English profile with a Spanish client name.",
    ),
)

REGISTRY: dict[str, Category] = {c.key: c for c in _RECORDS}
# Every category a finding can carry (DESIGN.md's nine, then the routing one).
CATEGORIES: tuple[str, ...] = tuple(REGISTRY)
# The claims the engine reads in text (everything but routing).
CLAIM_CATEGORIES: tuple[str, ...] = tuple(c.key for c in _RECORDS if c.kind != "routing")
SEVERITY: dict[str, str] = {c.key: c.severity for c in _RECORDS}
KIND: dict[str, Kind] = {c.key: c.kind for c in _RECORDS}

_QUOTE_MAX = 90
GENERIC_ADVICE = "Change the text so it no longer makes this claim, or explain the context to the reviewer."


def get(key: str) -> Category | None:
    return REGISTRY.get(key)


def label(key: str) -> str:
    """A category's name on pages; a key no longer in the registry (old stored findings) still reads."""
    record = REGISTRY.get(key)
    return record.label if record else key.replace("_", " ").capitalize()


def advice(key: str) -> str:
    record = REGISTRY.get(key)
    return record.advice if record else GENERIC_ADVICE


def quote(evidence: str) -> str:
    """The evidence in quotes, shortened at a word boundary when long."""
    text = " ".join(evidence.split())
    if len(text) > _QUOTE_MAX:
        cut = text[:_QUOTE_MAX].rsplit(" ", 1)[0]
        text = cut + "…"
    return f'"{text}"'


def reason_for(category: str, evidence: str) -> str:
    return REGISTRY[category].reason.format(q=quote(evidence))
