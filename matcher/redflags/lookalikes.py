"""Letters drawn like Latin ones, read as those: "We guаrantee #1" with a Cyrillic "а" says what it looks
like it says, and a writer cannot slip a claim past the rules and the model by swapping letters.

A character becomes the one ASCII letter or digit it stands for: by Unicode compatibility (fullwidth "ｇ",
mathematical bold "𝐠") or by Unicode's confusables table (confusable_homoglyphs: Cyrillic "а", "е", "о",
Greek "Ο"). One character for one, so every offset into the folded text is an offset into the original.
Only a text mostly in Latin letters is folded: a Russian or Greek text keeps its own letters (and its
language is read from them).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

LATIN_SHARE = 0.5  # share of a text's letters that are Latin before its look-alikes are folded


@lru_cache(maxsize=4096)
def _ascii_for(c: str) -> str:
    """The ASCII letter or digit `c` is drawn as, or `c` itself."""
    compat = unicodedata.normalize("NFKC", c)
    if len(compat) == 1 and compat.isascii() and compat.isalnum():
        return compat
    from confusable_homoglyphs import confusables

    found = confusables.is_confusable(c, greedy=True, preferred_aliases=["latin"]) or []
    for entry in found:
        for glyph in entry["homoglyphs"]:
            g = glyph["c"]
            if len(g) == 1 and g.isascii() and g.isalnum():
                return g
    return c


@lru_cache(maxsize=4096)
def _latin(c: str) -> bool:
    """A Latin letter, accented or not, or one in another form (fullwidth, mathematical)."""
    return c.isascii() or unicodedata.name(unicodedata.normalize("NFKC", c)[0], "").startswith("LATIN")


def fold(text: str) -> str:
    """`text` with its look-alike letters as the ASCII ones they imitate; the same length."""
    if text.isascii():
        return text
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(_latin(c) for c in letters) < LATIN_SHARE * len(letters):
        return text
    return "".join(c if c.isascii() or not c.isalnum() else _ascii_for(c) for c in text)
