"""Countries a brief names in its own words ("our customers are in Australia, the UK and the US")."""

from __future__ import annotations

import re
from functools import lru_cache

# Everyday names that ISO does not use.
ALIASES = {
    "US": [
        "usa",
        "u.s.",
        "u.s.a.",
        "united states",
        "america",
        "american",
        "us market",
        "the us",
        "the states",
    ],
    "GB": ["uk", "u.k.", "britain", "great britain", "england", "scotland", "wales", "british"],
    "DE": ["germany", "german", "deutschland", "dach"],
    "AT": ["austria", "dach"],
    "CH": ["switzerland", "swiss", "dach"],
    "AE": ["uae", "dubai"],
    "NL": ["netherlands", "holland", "dutch"],
    "FR": ["france", "french"],
    "ES": ["spain"],
    "KR": ["south korea", "korea"],
}


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and len(value) > 3:
                names[value.lower()] = country.alpha_2
    for code, words in ALIASES.items():
        for word in words:
            names.setdefault(word, code)
    alternation = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    # Case-sensitive for the short upper-case forms ("US", "UK") so the pronoun "us" is not read as a country.
    return re.compile(r"(?<![\w.])(?:" + alternation + r")(?![\w])", re.IGNORECASE), names


_UPPER_SHORT = re.compile(r"\b(?:US|UK|USA|UAE|DACH)\b")


def countries_in(text: str) -> list[str]:
    """ISO codes of the countries a text names, in order of first mention."""
    pattern, names = _pattern()
    found: list[str] = []
    for m in pattern.finditer(text or ""):
        word = m.group(0)
        if word.lower() in ("us", "uk", "usa", "uae", "dach") and not _UPPER_SHORT.fullmatch(word):
            continue
        code = names[word.lower()]
        if code not in found:
            found.append(code)
    return found
