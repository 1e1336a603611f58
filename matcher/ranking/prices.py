"""Monthly prices stated in a provider's own words ("Retainers usually start around $2,000 a month"),
for providers that left the budget fields empty."""

from __future__ import annotations

import re

# Rough conversions to US dollars: enough to tell a $500 shop from a $20,000 one, not for invoicing.
TO_USD = {"$": 1.0, "usd": 1.0, "us$": 1.0, "£": 1.27, "gbp": 1.27, "€": 1.08, "eur": 1.08}

_AMOUNT = (
    r"(?P<cur>us\$|\$|£|€|usd\s?|gbp\s?|eur\s?)"
    r"(?P<num>\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s?(?P<k>k\b)?"
)
_MONEY = re.compile(_AMOUNT, re.IGNORECASE)
_MONTHLY = re.compile(r"\b(?:month|monthly|months|/\s?mo\b|retainers?|p/?m\b|pcm)", re.IGNORECASE)
# Prices per unit are not budgets.
_PER_UNIT = re.compile(r"\bper\s+(?:link|post|article|placement|hour|page|backlink)\b", re.IGNORECASE)
# Sentence ends are a stop followed by a space, so "£1.5k" and "$2.500" stay whole.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_GROUPED = re.compile(r"\d{1,3}(?:[,.]\d{3})+")


def _usd(match: re.Match) -> float:
    raw = match.group("num")
    if match.group("k"):  # "2.5k" is a decimal with a multiplier
        value = float(raw.replace(",", "")) * 1000
    elif _GROUPED.fullmatch(raw):  # "2,500" and "2.500" both group thousands
        value = float(re.sub(r"[,.]", "", raw))
    else:
        value = float(raw)
    return value * TO_USD[match.group("cur").strip().lower()]


def monthly_range(text: str) -> tuple[float | None, float | None]:
    """(min, max) US dollars a month named in the text, or (None, None)."""
    for sentence in _SENTENCE_END.split(text or ""):
        if not _MONTHLY.search(sentence) or _PER_UNIT.search(sentence):
            continue
        amounts = [_usd(m) for m in _MONEY.finditer(sentence)]
        if not amounts:
            continue
        if len(amounts) >= 2:
            return min(amounts[:2]), max(amounts[:2])
        return amounts[0], None
    return None, None
