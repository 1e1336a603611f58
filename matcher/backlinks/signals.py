"""What in a backlink profile resembles a practice Google's spam policies name, each as a `Signal` with
its numbers, the rows that show it and the domains involved.

A signal says what the links resemble, never that a link is "toxic": the owner decides what to do.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from matcher.backlinks.anchors import normalise_anchor
from matcher.backlinks.networks import Network
from matcher.backlinks.reading import Link
from matcher.backlinks.timeline import Burst, LossSummary

LINK_SCHEMES = "link schemes"
PAID_LINKS = "paid links without rel=sponsored"
NETWORKS = "private blog networks / link networks"
ARTICLE_CAMPAIGNS = "large-scale article campaigns with keyword-rich anchors"
AUTOMATED = "automated link building"

EVIDENCE_CAP = 200
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

CONCENTRATION_MIN_DOMAINS = 30
CONCENTRATION_SHARE = 0.8
FOOTER_MIN_LINKS = 10  # one domain, one target, one anchor, this many pages: a footer or sidebar link
DOMAIN_ROW_SITEWIDE_MIN = 25  # domain rows: this many links from one site, and 10x the median site
ANCHOR_MIN_LINKS = 20
COMMERCIAL_SHARE = 0.25  # above this share of anchored links, anchors are over-optimised
COMMERCIAL_HIGH = 0.5
MAX_NETWORKS = 20
LOSS_MIN_KNOWN, LOSS_MIN_LOST, LOSS_MIN_SHARE, LOSS_FAST_DAYS = 20, 10, 0.10, 90

PAID_URL = re.compile(
    r"sponsored|write-?for-?us|guest-?post|advertorial|partner-content|paid-post|promoted-post"
    r"|/advertis(?:e|ing)|media-kit|rate-card|price-list|link-prices?"
)
PAID_TITLE = re.compile(r"\b(?:sponsored|advertorial|partner content|paid post|guest post|write for us"
                        r"|promoted post)\b")


@dataclass
class Signal:
    code: str
    severity: str
    reason: str
    practice: str
    rows: list[Link]
    domains: list[str]
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def lines(self) -> list[int]:
        return sorted({link.line for link in self.rows})

    def as_dict(self) -> dict[str, Any]:
        lines = self.lines
        return {
            "code": self.code,
            "severity": self.severity,
            "reason": self.reason,
            "evidence": lines[:EVIDENCE_CAP],
            "evidence_count": len(lines),
            "domains": self.domains[:EVIDENCE_CAP],
            "domain_count": len(self.domains),
            "practice": self.practice,
            "details": self.details,
        }


def _domains(rows: list[Link]) -> list[str]:
    return [d for d, _ in Counter(r.domain for r in rows).most_common()]


def _listing(items: list[str], limit: int = 5) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def concentration(links: list[Link], per_domain: Counter) -> tuple[float | None, list[Signal]]:
    total = sum(per_domain.values())
    if not total:
        return None, []
    top = per_domain.most_common(10)
    share = sum(n for _, n in top) / total
    if len(per_domain) < CONCENTRATION_MIN_DOMAINS or share < CONCENTRATION_SHARE:
        return share, []
    top_domains = [d for d, _ in top]
    members = set(top_domains)
    rows = [ln for ln in links if ln.domain in members]
    reason = (f"{share:.0%} of the {total:,} links come from the top 10 of {len(per_domain):,} referring "
              f"domains ({_listing(top_domains, 3)}). A profile held up by a few domains is often built on "
              f"sitewide or partner links; it resembles {LINK_SCHEMES} where those links were exchanged or "
              "paid for.")
    return share, [Signal("concentrated_domains", "low", reason, LINK_SCHEMES, rows, top_domains,
                          {"top10_share": round(share, 4)})]


def sitewide(links: list[Link], classes: dict[int, str | None], domain_rows: bool,
             per_domain: Counter, has_anchors: bool) -> list[Signal]:
    """Sitewide-flagged links, and footer-like ones: one domain linking to one page with one anchor from
    many pages (only where the export has anchors; without them any busy domain would look alike)."""
    by_domain: dict[str, list[Link]] = defaultdict(list)
    if domain_rows:
        median = statistics.median(per_domain.values()) if per_domain else 0
        for link in links:
            if link.count >= DOMAIN_ROW_SITEWIDE_MIN and link.count >= 10 * max(median, 1):
                by_domain[link.domain].append(link)
    else:
        groups: dict[tuple[str, str, str], list[Link]] = defaultdict(list)
        for link in links:
            if link.sitewide:
                by_domain[link.domain].append(link)
            elif has_anchors and per_domain[link.domain] >= FOOTER_MIN_LINKS:
                groups[(link.domain, link.target or "", normalise_anchor(link.anchor or ""))].append(link)
        for (domain, _, _), rows in groups.items():
            if has_anchors and len({r.source for r in rows}) >= FOOTER_MIN_LINKS:
                by_domain[domain].extend(rows)
    if not by_domain:
        return []
    rows = [r for group in by_domain.values() for r in group]
    domains = sorted(by_domain, key=lambda d: -sum(r.count for r in by_domain[d]))
    commercial = any(classes.get(r.line) == "commercial" for r in rows)
    counts = ", ".join(f"{d}: {sum(r.count for r in by_domain[d]):,}" for d in domains[:5])
    reason = (f"{len(domains)} domain(s) link from many pages at once ({counts} links), the footprint of "
              "footer, sidebar or blogroll links"
              + (" with commercial anchors" if commercial else "")
              + ". Widely distributed links in other sites' footers or templates are one of the "
              f"{LINK_SCHEMES} Google's spam policies name; a partner or a site you own is fine.")
    return [Signal("sitewide_links", "medium" if commercial else "low", reason, LINK_SCHEMES, rows, domains,
                   {"links_by_domain": {d: sum(r.count for r in by_domain[d]) for d in domains[:50]}})]


def over_optimised(links: list[Link], classes: dict[int, str | None], basis: str) -> list[Signal]:
    anchored = [ln for ln in links if classes.get(ln.line)]
    rows = [ln for ln in anchored if classes[ln.line] == "commercial"]
    if len(anchored) < ANCHOR_MIN_LINKS or not rows:
        return []
    share = len(rows) / len(anchored)
    if share <= COMMERCIAL_SHARE:
        return []
    top = [a for a, _ in Counter(normalise_anchor(r.anchor or "") for r in rows).most_common(5)]
    how = ("matching your money terms" if basis == "money_terms"
           else "estimated without money terms: keyword phrases with buying words or repeated across domains")
    reason = (f"{share:.0%} of the {len(anchored):,} links with anchor text use commercial keyword anchors "
              f"({how}; most used: {', '.join(repr(a) for a in top)}). Natural profiles are mostly branded, "
              f"URL and generic anchors, with commercial ones well under {COMMERCIAL_SHARE:.0%}. This "
              f"resembles {ARTICLE_CAMPAIGNS}, one of the {LINK_SCHEMES} in Google's spam policies.")
    severity = "high" if share > COMMERCIAL_HIGH and basis == "money_terms" else "medium"
    return [Signal("over_optimised_anchors", severity, reason, ARTICLE_CAMPAIGNS, rows, _domains(rows),
                   {"commercial_share": round(share, 4), "top_anchors": top, "basis": basis})]


def looks_paid(link: Link) -> bool:
    """A URL or title of a paid placement (matched in lower case: IGNORECASE is slower on 100,000 rows)."""
    if PAID_URL.search(link.source.lower()):
        return True
    return bool(link.title) and bool(PAID_TITLE.search(link.title.lower()))


def paid_placements(links: list[Link]) -> list[Signal]:
    """Pages that look like paid placements whose link is neither rel=sponsored nor nofollow (Google
    accepts either on a paid link)."""
    rows = [ln for ln in links if looks_paid(ln) and not ln.sponsored and not ln.nofollow]
    if not rows:
        return []
    followed = sum(1 for r in rows if r.nofollow is False)
    unknown = len(rows) - followed
    # known followed links are the finding; links whose attributes the export leaves out are a check
    severity = "high" if followed >= 3 else "medium" if followed else "low"
    reason = (f"{len(rows):,} link(s) come from pages that look like paid placements (sponsored posts, "
              "guest-post or 'write for us' pages, advertorials, advertising pages) and are not marked "
              "rel=sponsored or nofollow"
              + (f" ({unknown:,} of them: the export does not say; check them)" if unknown else "")
              + f". This resembles {PAID_LINKS}, one of the {LINK_SCHEMES} in Google's spam policies.")
    return [Signal("unmarked_paid_placements", severity, reason, PAID_LINKS, rows, _domains(rows),
                   {"followed": followed, "attributes_unknown": unknown})]


def new_link_bursts(found: list[Burst]) -> list[Signal]:
    signals = []
    for burst in found:
        n = len(burst.links)
        severity = "high" if n >= 50 and burst.ratio >= 10 else "medium"
        reason = (f"{n:,} new links first seen between {burst.start:%Y-%m-%d} and {burst.end:%Y-%m-%d}, "
                  f"{burst.ratio:.0f}x the median week ({burst.median_week:g} new links a week). A burst "
                  f"like this resembles {AUTOMATED} or a bought package of links ({LINK_SCHEMES}); a press "
                  "mention can cause one too, so look at the linking pages.")
        signals.append(Signal("new_link_burst", severity, reason, AUTOMATED, burst.links,
                              _domains(burst.links),
                              {"start": burst.start.isoformat(), "end": burst.end.isoformat(), "links": n,
                               "median_week": burst.median_week, "ratio": round(burst.ratio, 1)}))
    return signals


def fast_loss(summary: LossSummary | None) -> list[Signal]:
    if summary is None or summary.median_days is None:
        return []
    share = len(summary.lost) / summary.known
    if (summary.known < LOSS_MIN_KNOWN or len(summary.lost) < LOSS_MIN_LOST or share < LOSS_MIN_SHARE
            or summary.median_days > LOSS_FAST_DAYS):
        return []
    rows = [ln for ln in summary.lost if ln.lost_on and ln.first_seen
            and 0 <= (ln.lost_on - ln.first_seen).days <= LOSS_FAST_DAYS]
    reason = (f"{len(summary.lost):,} of {summary.known:,} links ({share:.0%}) are lost, a median of "
              f"{summary.median_days:g} days after they were first seen. Links that vanish within weeks are "
              f"typical of rented placements and of {NETWORKS} being rotated, and of {PAID_LINKS} that "
              "ran out.")
    severity = "medium" if summary.median_days <= 45 else "low"
    return [Signal("fast_link_loss", severity, reason, NETWORKS, rows, _domains(rows),
                   {"lost": len(summary.lost), "share": round(share, 4),
                    "median_days_to_lost": summary.median_days})]


def networks(found: list[Network], links: list[Link]) -> list[Signal]:
    """The largest MAX_NETWORKS networks (a huge profile can show many small name coincidences)."""
    by_domain: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        by_domain[link.domain].append(link)
    signals = []
    for net in sorted(found, key=lambda n: -len(n.domains))[:MAX_NETWORKS]:
        members = set(net.domains)
        rows = [ln for d in net.domains for ln in by_domain[d]]
        if net.kind == "page_template":
            what = f"publish their links on pages with one URL template ({net.pattern})"
        else:
            what = f"share one naming pattern ({net.pattern})"
        reason = (f"{len(members)} linking domains {what}: {_listing(net.domains)}. Sites built from one "
                  f"template or name are the footprint of {NETWORKS}.")
        severity = "high" if len(members) >= 5 else "medium"
        signals.append(Signal("domain_network", severity, reason, NETWORKS, rows, net.domains,
                              {"kind": net.kind, "pattern": net.pattern}))
    return signals
