"""Red-flag engine: find risky claims in provider texts, with exact evidence spans and a reason.

Stage 1 (patterns) matches precise phrases per category; stage 2 (semantic) compares each sentence with
example claims and honest counter-examples. Both pass the same scope checks (negation, attribution,
questions, conditionals, hedging, past results), so "we never buy links" is not a paid-links finding.
"""

from matcher.redflags.engine import (
    MAX_CHARS,
    TextTooLong,
    detect,
    detect_fields,
    detect_fields_many,
    detect_many,
    quotes_a_pattern,
    warm_up,
)
from matcher.redflags.findings import RedFlag
from matcher.redflags.registry import CATEGORIES, CLAIM_CATEGORIES, REGISTRY, SEVERITY

__all__ = [
    "CATEGORIES",
    "CLAIM_CATEGORIES",
    "REGISTRY",
    "MAX_CHARS",
    "SEVERITY",
    "RedFlag",
    "TextTooLong",
    "detect",
    "detect_fields",
    "detect_fields_many",
    "detect_many",
    "quotes_a_pattern",
    "warm_up",
]
