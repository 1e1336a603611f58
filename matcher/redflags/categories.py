"""The nine red-flag categories of DESIGN.md: severity and the reason shown to admins and providers."""

from __future__ import annotations

from typing import Literal

Kind = Literal["promise", "practice"]

CATEGORIES: tuple[str, ...] = (
    "guaranteed_rankings",
    "guaranteed_link_count",
    "paid_links",
    "pbn",
    "automated_links",
    "anchor_manipulation",
    "undisclosed_methods",
    "unrealistic_timeline",
    "deceptive_tactics",
)

# High: the claim alone means spam-policy risk or a promise no honest provider makes; such a provider is
# not recommended until an admin has reviewed it. That includes a promise of rankings within days (a
# guaranteed ranking with a date on it) and a refusal to say how links are earned: disclosure is what
# vetting rests on, so an undisclosed method cannot be vetted.
# Medium: worrying, but an honest provider can word things this way (a heavy but not exclusive use of
# keyword anchors); it weighs against the provider in matching.
SEVERITY: dict[str, str] = {
    "guaranteed_rankings": "high",
    "guaranteed_link_count": "high",
    "paid_links": "high",
    "pbn": "high",
    "automated_links": "high",
    "deceptive_tactics": "high",
    "undisclosed_methods": "high",
    "unrealistic_timeline": "high",
    "anchor_manipulation": "medium",
}

# A promise is undone by hedging and by telling a past result; a practice ("we buy links") is not:
# "we may buy links" or "we bought links for this client" still admits the practice.
KIND: dict[str, Kind] = {
    "guaranteed_rankings": "promise",
    "guaranteed_link_count": "promise",
    "unrealistic_timeline": "promise",
    "paid_links": "practice",
    "pbn": "practice",
    "automated_links": "practice",
    "anchor_manipulation": "practice",
    "undisclosed_methods": "practice",
    "deceptive_tactics": "practice",
}

_REASONS: dict[str, str] = {
    "guaranteed_rankings": (
        "Promises a ranking position or a traffic result ({q}); no one controls where Google ranks a site"
    ),
    "guaranteed_link_count": (
        "Promises a fixed number of backlinks ({q}); no one controls which sites link to you"
    ),
    "paid_links": (
        "Buys, sells or trades links ({q}); links that pass ranking credit for money break Google's spam "
        "policies"
    ),
    "pbn": (
        "Links from a network of sites it owns or controls ({q}); private blog networks are a link scheme "
        "that search engines penalise"
    ),
    "automated_links": (
        "Builds links automatically or in bulk ({q}); mass-produced links are spam and can bring a penalty"
    ),
    "anchor_manipulation": (
        "Forces exact-match commercial anchor text ({q}); unnatural anchors are a classic penalty trigger"
    ),
    "undisclosed_methods": (
        "Will not say how it works or claims a special line to Google ({q}); you cannot check what is done "
        "in your name"
    ),
    "unrealistic_timeline": (
        "Promises ranking or indexing results within days ({q}); real results take months"
    ),
    "deceptive_tactics": (
        "Deceives search engines or users ({q}); cloaking, doorway pages, hidden text, fake reviews and "
        "attacks on competitors break search-engine policies"
    ),
}

_QUOTE_MAX = 90


def quote(evidence: str) -> str:
    """The evidence in quotes, shortened at a word boundary when long."""
    text = " ".join(evidence.split())
    if len(text) > _QUOTE_MAX:
        cut = text[:_QUOTE_MAX].rsplit(" ", 1)[0]
        text = cut + "…"
    return f'"{text}"'


def reason_for(category: str, evidence: str) -> str:
    return _REASONS[category].format(q=quote(evidence))
