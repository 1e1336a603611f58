"""The audit of one export: mixes, signals, domains and timeline, and the one serialiser the CLI and the
web both use (`AuditReport.as_dict()`, the contract in DESIGN.md "Backlink audit")."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from matcher.backlinks import signals as sig
from matcher.backlinks.anchors import CLASSES, AnchorRules, build_rules
from matcher.backlinks.domains import domain_of
from matcher.backlinks.networks import find_networks
from matcher.backlinks.reading import MAX_ROWS, Export, Link, read_export
from matcher.backlinks.timeline import LossSummary, bursts, losses, monthly
from matcher.csv_safety import neutralise_row

TOP_DOMAINS = 25
SKIPPED_CAP = 1000
FOLLOW_KEYS = ("follow", "nofollow", "sponsored", "ugc", "unknown")


@dataclass
class AuditReport:
    export: Export
    rules: AnchorRules
    classes: dict[int, str | None]  # row line -> anchor class
    per_domain: Counter
    signals: list[sig.Signal]
    top10_share: float | None
    loss: LossSummary | None
    timeline: list[dict]
    target_domain: str | None
    notes: list[str] = field(default_factory=list)

    @property
    def links(self) -> int:
        return sum(self.per_domain.values())

    def anchor_mix(self) -> dict[str, float] | None:
        counts = Counter(c for c in self.classes.values() if c)
        total = sum(counts.values())
        if not total:
            return None
        return {name: round(counts[name] / total, 4) for name in CLASSES}

    def follow_mix(self) -> dict[str, float | None] | None:
        links = self.export.links
        has = {name: any(getattr(ln, name) is not None for ln in links)
               for name in ("nofollow", "sponsored", "ugc")}
        if not any(has.values()):
            return None
        counts = Counter(_follow_class(ln) for ln in links)
        total = len(links)

        def share(key: str, available: bool) -> float | None:
            return round(counts[key] / total, 4) if available else None

        return {"follow": share("follow", has["nofollow"]), "nofollow": share("nofollow", has["nofollow"]),
                "sponsored": share("sponsored", has["sponsored"]), "ugc": share("ugc", has["ugc"]),
                "unknown": share("unknown", True)}

    def flagged(self) -> dict[int, list[str]]:
        """Row line -> codes of the signals whose evidence holds it."""
        codes: dict[int, list[str]] = defaultdict(list)
        for signal in self.signals:
            for line in signal.lines:
                if signal.code not in codes[line]:
                    codes[line].append(signal.code)
        return codes

    def domains(self) -> list[dict[str, Any]]:
        """Every referring domain, most links first, with the codes of the signals that name it (what a
        disavow builder lists)."""
        codes: dict[str, list[str]] = defaultdict(list)
        for signal in self.signals:
            for domain in signal.domains:
                if signal.code not in codes[domain]:
                    codes[domain].append(signal.code)
        total = self.links or 1
        return [{"domain": d, "links": n, "share": round(n / total, 4), "signals": codes.get(d, [])}
                for d, n in sorted(self.per_domain.items(), key=lambda item: (-item[1], item[0]))]

    def not_linking(self, domains: Sequence[str]) -> list[str]:
        """Those of `domains` (as a user typed them) with no link in this export."""
        hosts = {ln.host.removeprefix("www.") for ln in self.export.links} | set(self.per_domain)
        return [d for d in domains
                if d.strip().lower().removeprefix("domain:").removeprefix("www.").rstrip(".") not in hosts]

    def flagged_csv(self) -> str:
        """The flagged rows as CSV (line, source, target, anchor, domain, signal codes), every cell
        neutralised for spreadsheets."""
        return self.rows_csv(flagged_only=True)

    def rows_csv(self, flagged_only: bool = False) -> str:
        """Every row (or only the flagged ones) as CSV, with the codes of the signals that name it."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["line", "source_url", "target_url", "anchor", "domain", "signals"])
        flagged = self.flagged()
        for link in self.export.links:
            if link.line in flagged or not flagged_only:
                writer.writerow(neutralise_row([link.line, link.source, link.target, link.anchor, link.domain,
                                                " ".join(flagged.get(link.line, ()))]))
        return out.getvalue()

    def as_dict(self) -> dict[str, Any]:
        """The contract's keys first (format, rows, skipped, referring_domains, anchor_mix, follow_mix,
        signals: each with code, severity, reason, evidence = row line numbers, domains), then added ones:
        evidence_count / domain_count / practice / details per signal, skipped_count (skipped is capped at
        1,000), links (domain rows count their links), links_per_domain, top10_share, anchor_basis
        ("money_terms" or "estimated"), anchored_links, brand_terms, money_terms, target_domain, lost
        ({lost, share, median_days_to_lost} or null), top_domains and flagged_domains ({domain, links,
        share, signals}), timeline ([{month, new, lost}]), understood ({column: field}), unused_columns,
        unknown_columns, header_line, notes."""
        export = self.export
        domains = self.domains()
        return {
            "format": export.format.name,
            "rows": len(export.links),
            "skipped": [s.as_dict() for s in export.skipped[:SKIPPED_CAP]],
            "referring_domains": len(self.per_domain),
            "anchor_mix": self.anchor_mix(),
            "follow_mix": self.follow_mix(),
            "signals": [s.as_dict() for s in self.signals],
            "format_label": export.format.label,
            "skipped_count": len(export.skipped),
            "links": self.links,
            "links_per_domain": round(self.links / len(self.per_domain), 2) if self.per_domain else None,
            "top10_share": round(self.top10_share, 4) if self.top10_share is not None else None,
            "anchor_basis": self.rules.basis if self.classes else None,
            "anchored_links": sum(1 for c in self.classes.values() if c),
            "brand_terms": self.rules.brand_terms,
            "money_terms": self.rules.money_terms,
            "target_domain": self.target_domain,
            "lost": self.loss.as_dict() if self.loss else None,
            "top_domains": domains[:TOP_DOMAINS],
            "flagged_domains": [d for d in domains if d["signals"]],
            "timeline": self.timeline,
            "understood": export.columns.understood,
            "unused_columns": export.columns.unused,
            "unknown_columns": export.columns.unknown,
            "header_line": export.header_line,
            "notes": self.notes,
        }


def _follow_class(link: Link) -> str:
    if link.sponsored:
        return "sponsored"
    if link.ugc:
        return "ugc"
    if link.nofollow:
        return "nofollow"
    return "follow" if link.nofollow is False else "unknown"


def audit_export(data: bytes | str, *, brand: str | None = None, money: Sequence[str] = (),
                 max_rows: int = MAX_ROWS) -> AuditReport:
    """Read and audit an uploaded export; ExportRejected (NotAnExport, TooManyRows) when it is refused."""
    return audit(read_export(data, max_rows=max_rows), brand=brand, money=money)


def audit(export: Export, *, brand: str | None = None, money: Sequence[str] = ()) -> AuditReport:
    links = export.links
    per_domain: Counter = Counter()
    for link in links:
        per_domain[link.domain] += link.count
    targets = Counter(d for d in (domain_of(ln.target) for ln in links if ln.target) if d)
    target_domain = targets.most_common(1)[0][0] if targets else None
    rules = build_rules(brand, money, target_domain, ((ln.domain, ln.anchor) for ln in links))
    has_anchors = export.has("anchor") and not export.domain_rows
    classes = {ln.line: rules.classify(ln.anchor) for ln in links} if has_anchors else {}

    top10_share, signals = sig.concentration(links, per_domain)
    signals += sig.sitewide(links, classes, export.domain_rows, per_domain, has_anchors)
    signals += sig.over_optimised(links, classes, rules.basis)
    signals += sig.paid_placements(links)
    found_bursts, _ = bursts(links)
    signals += sig.new_link_bursts(found_bursts)
    loss = losses(links)
    signals += sig.fast_loss(loss)
    signals += sig.networks(find_networks(links, export.domain_rows), links)
    signals.sort(key=lambda s: (sig.SEVERITY_ORDER[s.severity], -len(s.rows)))

    report = AuditReport(export=export, rules=rules, classes=classes, per_domain=per_domain, signals=signals,
                         top10_share=top10_share, loss=loss, timeline=monthly(links),
                         target_domain=target_domain)
    report.notes = _notes(report, brand, has_anchors)
    return report


def _notes(report: AuditReport, brand: str | None, has_anchors: bool) -> list[str]:
    export, notes = report.export, []
    if export.domain_rows:
        notes.append("This export lists linking sites, not single links: anchors, link attributes and dates "
                     "are not in it, so only the domain signals (concentration, sitewide links, networks of "
                     "similar names) are measured.")
    if has_anchors:
        if not brand and report.rules.brand_terms:
            notes.append(f"No brand name was given: anchors naming {' / '.join(report.rules.brand_terms)} "
                         f"(from the linked site {report.target_domain}) count as branded.")
        elif not report.rules.brand_terms:
            notes.append("No brand name was given and the export names no linked site: no anchor counts as "
                         "branded. Give the brand name to measure branded anchors.")
        if report.rules.basis == "estimated":
            notes.append("No money terms were given: commercial anchors are estimated as keyword phrases "
                         "of two or more words with a buying word (best, cheap, buy, near, services, ...) "
                         "or repeated on five or more linking domains. Give the money terms to measure "
                         "exact and partial matches.")
    elif not export.domain_rows:
        notes.append("The export has no anchor text column: the anchor mix cannot be measured.")
    if not export.domain_rows and not any(ln.first_seen for ln in export.links):
        notes.append("The export has no first-seen dates: bursts of new links and how fast links disappear "
                     "cannot be measured.")
    return notes
