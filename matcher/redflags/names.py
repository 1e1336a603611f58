"""A provider's own name is not a claim: "First Page NZ Ltd", "Page One Power" or "Top Rank Marketing"
promise nothing by being named, yet their words are exactly what the engine reads as a ranking promise.
Before vetting, each occurrence of the provider's name is replaced by a neutral word shape of the same
length (offsets, and so every finding's evidence span, stay those of the original text)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Legal suffixes a name is also written without ("First Page NZ Ltd" -> "First Page NZ").
_LEGAL = re.compile(
    r"[\s,]+(?:ltd\.?|limited|llc|l\.l\.c\.|inc\.?|gmbh|pty\.? ltd\.?|corp\.?|plc|s\.?l\.?|b\.?v\.?)$",
    re.IGNORECASE)
# A shorter name is a word the provider may well use of its work ("SEO", "Rank"): not masked.
MIN_CHARS = 5


def forms(name: str | None) -> list[str]:
    """The ways a provider's name is written in its own texts, longest first."""
    name = " ".join((name or "").split())
    found = {name, _LEGAL.sub("", name)}
    return sorted((f for f in found if len(f) >= MIN_CHARS), key=len, reverse=True)


def mask(text: str, names: Iterable[str]) -> str:
    """The text with each whole-word occurrence of the names (any case) replaced by its shape: letters
    as X or x, digits as 0, the rest kept; the same length."""
    if not names or not text:
        return text
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
    return pattern.sub(lambda m: _shape(m.group(0)), text)


def _shape(word: str) -> str:
    return "".join("X" if c.isupper() else "x" if c.isalpha() else "0" if c.isdigit() else c for c in word)
