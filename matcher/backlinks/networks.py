"""Linking domains that look like one owner's network: a shared name with numbered variants
(best-seo-blog1.com, best-seo-blog2.net), a long shared name prefix, or one page template in their URLs
(/2023/05/the-ultimate-guide-to-* on many sites)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from matcher.backlinks.domains import name_label
from matcher.backlinks.reading import Link

NUMBERED_MIN_DOMAINS = 3
NUMBERED_MIN_STEM = 6
PREFIX_LENGTH = 10
PREFIX_MIN_DOMAINS = 4
TEMPLATE_MIN_DOMAINS = 5
TEMPLATE_WORDS = 4  # a slug's first words that make its template

_TRAILING_DIGITS = re.compile(r"[-_]?\d+$")
_DIGITS = re.compile(r"\d+")
_PATH = re.compile(r"(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?(?://)?[^/?#]*([^?#]*)")


@dataclass
class Network:
    kind: str  # "numbered_names", "shared_name", "page_template"
    pattern: str
    domains: list[str]


def _name_groups(domains: Iterable[str]) -> list[Network]:
    numbered: dict[str, set[str]] = defaultdict(set)
    prefixed: dict[str, set[str]] = defaultdict(set)
    for domain in domains:
        label = name_label(domain)
        stem = _TRAILING_DIGITS.sub("", label)
        if len(stem.replace("-", "")) >= NUMBERED_MIN_STEM:  # 'news24', 'news18': too short to mean one owner
            numbered[stem].add(domain)
        squashed = re.sub(r"[-_\d]+", "", label)
        if len(squashed) > PREFIX_LENGTH:
            prefixed[squashed[:PREFIX_LENGTH]].add(domain)
    found = []
    claimed: set[str] = set()
    for stem in sorted(s for s, members in numbered.items() if len(members) >= NUMBERED_MIN_DOMAINS):
        members = numbered[stem]
        if sum(1 for d in members if name_label(d) != stem) >= 2:
            found.append(Network("numbered_names", f"{stem}<number>", sorted(members)))
            claimed |= members
    for prefix in sorted(p for p, members in prefixed.items() if len(members) >= PREFIX_MIN_DOMAINS):
        members = prefixed[prefix] - claimed
        if len(members) >= PREFIX_MIN_DOMAINS:
            found.append(Network("shared_name", f"{prefix}*", sorted(members)))
    return found


def page_shape(url: str) -> str | None:
    """A URL's template: digits as '#', and the last segment's first words, when it is a slug long enough
    to be a template ('/2023/05/the-ultimate-guide-to-dental-implants' -> '/#/#/the-ultimate-guide-to-*').
    None for a path without such a slug (home pages, '/blog/123'): too common to mean anything."""
    match = _PATH.match(url)
    path = match.group(1).lower() if match else ""
    if path.count("-") + path.count("_") < TEMPLATE_WORDS:
        return None  # no slug of enough words: most URLs end here, cheaply
    parts = [p for p in path.split("/") if p]
    if not parts:
        return None
    slug = re.sub(r"\.(html?|php|aspx?)$", "", parts[-1])
    words = [w for w in re.split(r"[-_]+", slug) if w]
    if len(words) <= TEMPLATE_WORDS or not all(w.isalpha() for w in words[:TEMPLATE_WORDS]):
        return None
    head = [_DIGITS.sub("#", p) for p in parts[:-1]]
    return "/" + "/".join([*head, "-".join(words[:TEMPLATE_WORDS]) + "-*"])


def _template_groups(links: list[Link]) -> list[Network]:
    shapes: dict[str, set[str]] = defaultdict(set)
    for link in links:
        shape = page_shape(link.source)
        if shape:
            shapes[shape].add(link.domain)
    common = sorted(shape for shape, members in shapes.items() if len(members) >= TEMPLATE_MIN_DOMAINS)
    return [Network("page_template", shape, sorted(shapes[shape])) for shape in common]


def find_networks(links: list[Link], domain_rows: bool) -> list[Network]:
    networks = _name_groups({link.domain for link in links})
    if not domain_rows:
        networks += _template_groups(links)
    return networks
