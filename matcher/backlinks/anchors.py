"""Anchor text: branded, naked URL, generic, commercial (money terms) or other.

Brand terms come from the caller or are guessed from the linked site's domain. Commercial anchors are
measured against the money terms the caller gives (exact or partial match). Without money terms there is
nothing to match exactly, so commercial is estimated: an anchor of two or more words with a buying word
("best", "cheap", "buy", "near me", ...) or the same keyword phrase repeated on many linking domains,
which is how placed anchors look and editorial ones rarely do. The report says which basis it used.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from matcher.backlinks.domains import brand_terms_from_domain

CLASSES = ("branded", "url", "generic", "commercial", "other")

GENERIC = frozenset({
    "click here", "here", "this", "link", "this link", "website", "web site", "site", "this site",
    "this website", "the website", "their website", "his website", "her website", "our website",
    "official site", "official website", "homepage", "home page", "home", "read more", "more",
    "learn more", "more info", "more information", "find out more", "see more", "details", "visit",
    "visit site", "visit website", "visit their website", "source", "via", "go", "check it out",
    "continue reading", "click", "here s", "page", "this page", "article", "this article", "post",
    "blog", "read", "view", "view more", "see here", "go here", "link here", "url", "www",
    # a few other languages
    "aquí", "aqui", "haga clic aquí", "clic aquí", "clique aqui", "sitio web", "página web", "leer más",
    "hier", "hier klicken", "klicken sie hier", "webseite", "website hier", "mehr", "weiterlesen",
    "ici", "cliquez ici", "site web", "en savoir plus", "lire la suite", "qui", "clicca qui", "sito",
    "sito web", "leggi di più", "lees meer", "hier klikken", "klik hier", "tutaj", "kliknij tutaj",
    "strona", "saiba mais", "leia mais",
})

# Words of buying intent, for estimating commercial anchors when no money terms were given.
INTENT_WORDS = frozenset({
    "best", "top", "cheap", "cheapest", "affordable", "buy", "order", "price", "prices", "pricing",
    "cost", "costs", "discount", "deal", "deals", "sale", "hire", "quote", "quotes", "services",
    "service", "agency", "company", "companies", "specialist", "specialists", "experts", "near",
    "online", "shop", "store", "rent", "loans", "insurance", "casino", "emergency", "treatment",
    "treatments", "clinic", "lawyer", "lawyers", "attorney", "repair", "install", "installation",
})
REPEATED_MIN_DOMAINS = 5  # one keyword phrase on this many linking domains reads as placed

_URLISH = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def normalise_anchor(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(_NON_WORD.sub(" ", text).split())


def _terms(values: Iterable[str]) -> list[str]:
    seen = []
    for value in values:
        norm = normalise_anchor(value)
        if norm and norm not in seen:
            seen.append(norm)
    return seen


@dataclass
class AnchorRules:
    brand_terms: list[str]
    money_terms: list[str]
    repeated: frozenset[str] = frozenset()
    _cache: dict[str, str | None] = field(default_factory=dict, repr=False)

    @property
    def basis(self) -> str:
        return "money_terms" if self.money_terms else "estimated"

    def classify(self, anchor: str | None) -> str | None:
        """One of CLASSES, or None for an empty anchor (an image link, or an export without anchors)."""
        if not anchor:
            return None
        found = self._cache.get(anchor, "?")
        if found == "?":
            found = self._cache[anchor] = self._classify(anchor)
        return found

    def _classify(self, raw: str) -> str | None:
        stripped = raw.strip()
        if not stripped:
            return None
        if _URLISH.fullmatch(stripped):
            return "url"
        norm = normalise_anchor(stripped)
        if not norm:
            return "other"
        padded, squashed = f" {norm} ", norm.replace(" ", "")
        for term in self.brand_terms:
            if f" {term} " in padded or (" " not in term and len(term) >= 4 and term in squashed):
                return "branded"
        if norm in GENERIC:
            return "generic"
        if self.is_commercial(norm):
            return "commercial"
        return "other"

    def is_commercial(self, norm: str) -> bool:
        words = norm.split()
        if self.money_terms:
            padded, word_set = f" {norm} ", set(words)
            for term in self.money_terms:
                term_words = term.split()
                if f" {term} " in padded or (len(term_words) > 1 and set(term_words) <= word_set):
                    return True
            return False
        return len(words) >= 2 and (bool(INTENT_WORDS.intersection(words)) or norm in self.repeated)


def build_rules(brand: str | None, money: Sequence[str], target_domain: str | None,
                anchors_by_domain: Iterable[tuple[str, str]]) -> AnchorRules:
    """Rules for one export. `anchors_by_domain` is (linking domain, anchor) for each link, to find
    keyword phrases repeated across many domains when no money terms are given."""
    brand_terms = _terms([brand] if brand else [])
    if brand_terms:
        squashed = brand_terms[0].replace(" ", "")
        if squashed != brand_terms[0]:
            brand_terms.append(squashed)
    if target_domain:
        brand_terms += [t for t in brand_terms_from_domain(target_domain) if t not in brand_terms]
    rules = AnchorRules(brand_terms=brand_terms, money_terms=_terms(money))
    if not rules.money_terms:
        domains: dict[str, set[str]] = defaultdict(set)
        for domain, anchor in anchors_by_domain:
            if anchor:
                domains[anchor].add(domain)
        repeated = set()
        for anchor, seen in domains.items():
            if len(seen) >= REPEATED_MIN_DOMAINS and rules.classify(anchor) == "other":
                norm = normalise_anchor(anchor)
                if len(norm.split()) >= 2:
                    repeated.add(norm)
        rules = AnchorRules(brand_terms=brand_terms, money_terms=[], repeated=frozenset(repeated))
    return rules
