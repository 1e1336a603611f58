"""Vetting a provider: run the red-flag engine on every text it gave, keep findings in step, score trust.

Trust score (0 to 1), used by the ranking and explained part by part to buyers (trust_parts):
    trust = min(1, 0.6 * clean + 0.4 * disclosure + 0.05 * clients whose backlink exports back it, up to 3)
    clean      = max(0, 1 - 0.5 * open high findings - 0.2 * open medium - 0.05 * open low)
    disclosure = 0.5 * min(1, methodology words / 80)      how links are earned, in its own words
               + 0.2 * (1 if it describes any case study)  evidence of real work
               + 0.3 * share of the questionnaire's required questions answered in its latest submission
Dismissed findings (an admin judged them harmless) do not count.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher import redflags
from matcher.db import in_lists
from matcher.models import Finding, Provider, utcnow
from matcher.questionnaire import load_questionnaire
from matcher.redflags.answers import answer_findings
from matcher.redflags.engine import Encoder
from matcher.redflags.findings import RedFlag
from matcher.usecases.audit import change_status
from matcher.usecases.link_evidence import evidence_flags, evidence_of

# Statuses the engine may move between; an admin's suspension, rejection or a draft stays as it is.
_FLAGGABLE = ("submitted", "verified")


def provider_texts(provider: Provider) -> dict[str, str]:
    """Every text a provider gave us, keyed by the field name findings refer to."""
    texts = {"description": provider.description or "", "methodology": provider.methodology or ""}
    for i, case in enumerate(provider.case_studies):
        texts[f"case_studies[{i}].title"] = case.title or ""
        texts[f"case_studies[{i}].summary"] = case.summary or ""
    response = provider.latest_submitted_response
    if response is not None:
        questionnaire = load_questionnaire()
        for key, value in (response.answers or {}).items():
            question = questionnaire.question(key)
            if question is not None and question.get("choices"):
                continue  # choice codes are not prose; answer_findings reads them
            if isinstance(value, list):
                value = "\n".join(str(v) for v in value)
            if isinstance(value, str) and value.strip():
                texts[f"questionnaire.{key}"] = value
    return {k: v for k, v in texts.items() if v.strip()}


EVIDENCE_CREDIT = 0.05
EVIDENCE_CLIENTS_MAX = 3


def fingerprint(category: str, field: str, evidence: str) -> str:
    norm = re.sub(r"\s+", " ", evidence.strip().lower())
    return hashlib.sha256(f"{category}|{field}|{norm}".encode()).hexdigest()


def open_findings(session: Session, provider_id: int) -> list[Finding]:
    return list(
        session.scalars(
            select(Finding)
            .where(Finding.provider_id == provider_id, Finding.state == "open")
            .order_by(Finding.id)
        )
    )


@dataclass(frozen=True)
class TrustPart:
    """One part of the trust score, as a buyer reads it: what it rewards, the points it gave out of the most
    it can give, and why, in plain words."""

    key: str
    label: str
    points: float  # share of the whole score (0 to `most`)
    most: float
    why: str


_SEVERITY_COST = {"high": 0.5, "medium": 0.2, "low": 0.05}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def trust_parts(provider: Provider, findings: list[Finding]) -> list[TrustPart]:
    """The trust score's parts (module docstring); `trust_score` is their sum, capped at 1. One place, so
    the score the ranking uses and the explanation a buyer reads cannot drift apart."""
    active = [f for f in findings if f.state == "open"]
    clean = max(0.0, 1.0 - sum(_SEVERITY_COST.get(f.severity, 0.0) for f in active))
    if active:
        by_severity = [_plural(n, f"{severity}-severity finding")
                       for severity in ("high", "medium", "low")
                       if (n := sum(f.severity == severity for f in active))]
        why = f"{' and '.join(by_severity)} still open lower it."
    else:
        why = "No red flag is open in anything it wrote or answered."
    words = len((provider.methodology or "").split())
    has_case = any((c.summary or "").strip() for c in provider.case_studies)
    response = provider.latest_submitted_response
    required = [q["key"] for q in load_questionnaire().questions if q.get("required")]
    answered = 0
    if response is not None:
        answered = sum(1 for k in required if str((response.answers or {}).get(k) or "").strip())
    share = answered / len(required) if required else (1.0 if response is not None else 0.0)
    clients = min(provider.evidence_clients or 0, EVIDENCE_CLIENTS_MAX)
    if not words:
        method_why = "It has not described how it earns links."
    else:
        method_why = f"It describes how it earns links in {_plural(words, 'word')}" + (
            "." if words >= 80 else "; a full account (80 words or more) earns the whole part.")
    answers_why = ("It has not submitted the questionnaire." if response is None
                   else f"It answered {answered} of the {len(required)} required questions.")
    evidence_why = ("It has not shared a client's backlink export." if not clients else
                    f"Backlink exports from {_plural(clients, 'client')} back what it says about its work.")
    return [
        TrustPart("red_flags", "Red-flag checks", 0.6 * clean, 0.6, why),
        TrustPart("methodology", "How it earns links, in its own words", 0.2 * min(1.0, words / 80), 0.2,
                  method_why),
        TrustPart("case_studies", "Case studies", 0.08 if has_case else 0.0, 0.08,
                  "It describes work done for clients." if has_case else "It describes no case study."),
        TrustPart("questionnaire", "Verification questionnaire", 0.12 * share, 0.12, answers_why),
        TrustPart("link_evidence", "Links shown from clients' backlink exports", EVIDENCE_CREDIT * clients,
                  EVIDENCE_CREDIT * EVIDENCE_CLIENTS_MAX, evidence_why),
    ]


def trust_score(provider: Provider, findings: list[Finding]) -> float:
    # Clients' backlink exports that back its work (link evidence, nothing contradicting it): shown, not
    # said. Each adds EVIDENCE_CREDIT, up to EVIDENCE_CLIENTS_MAX of them.
    return round(min(1.0, sum(p.points for p in trust_parts(provider, findings))), 3)


@dataclass
class VetOutcome:
    provider_id: int
    opened: int
    closed: int
    open_high: int
    status: str
    trust_score: float


def vet_provider(session: Session, provider: Provider, encode: Encoder | None = None) -> VetOutcome:
    """Re-run detection; open new findings, close ones that no longer hold, update status and trust."""
    return vet_providers(session, [provider], encode)[0]


def vet_providers(
    session: Session, providers: list[Provider], encode: Encoder | None = None
) -> list[VetOutcome]:
    """Vet many providers with one pass of the model over all their sentences (bulk import, seeding).

    `encode` embeds sentences (an EmbeddingCache's, so unchanged sentences are not embedded again)."""
    all_flags = redflags.detect_fields_many([provider_texts(p) for p in providers], encode=encode,
                                            provider_names=[p.name for p in providers])
    questionnaire = load_questionnaire()
    # Every stored finding and link export of the chunk in one query each, and one flush for the chunk:
    # per provider they were a fifth of an import's time on a machine whose model runs in bfloat16
    # (bench/import_speed.py; the exports' query per provider, 2.5% more, 2026-12-07).
    stored: dict[int, list[Finding]] = {p.id: [] for p in providers}
    for chunk in in_lists(list(stored)):
        query = select(Finding).where(Finding.provider_id.in_(chunk))
        for f in session.scalars(query.order_by(Finding.id)):
            stored[f.provider_id].append(f)
    exports = evidence_of(session, list(stored))
    outcomes = []
    for provider, flags in zip(providers, all_flags, strict=True):
        response = provider.latest_submitted_response
        answers = (response.answers or {}) if response is not None else {}
        if response is not None:
            flags = flags + answer_findings(questionnaire, answers)
        # What its own statements say against the links it shared (link evidence).
        contradicted, provider.evidence_clients = evidence_flags(exports[provider.id], provider, answers)
        outcomes.append(_apply(session, provider, flags + contradicted, stored[provider.id]))
    session.flush()
    return outcomes


def _apply(session: Session, provider: Provider, flags: list[RedFlag], existing: list[Finding]) -> VetOutcome:
    """Keep a provider's stored findings (`existing`: all of them, in the order they were opened) in step
    with what the engine found now."""
    by_print: dict[str, list[Finding]] = {}
    for f in existing:
        by_print.setdefault(f.fingerprint, []).append(f)

    seen: set[str] = set()
    fresh: list[Finding] = []
    for flag in flags:
        fp = fingerprint(flag.category, flag.field, flag.evidence)
        if fp in seen:
            continue
        seen.add(fp)
        prior = by_print.get(fp, [])
        live = next((f for f in prior if f.state in ("open", "dismissed")), None)
        if live is not None:
            # Same claim as before: keep its state (a dismissal stands) but refresh where it is.
            live.span_start, live.span_end, live.reason = flag.start, flag.end, flag.reason
            live.severity, live.stance = flag.severity, flag.stance
            continue
        fresh.append(
            Finding(
                provider_id=provider.id,
                category=flag.category,
                severity=flag.severity,
                field=flag.field,
                span_start=flag.start,
                span_end=flag.end,
                evidence=flag.evidence,
                reason=flag.reason,
                source=flag.source,
                stance=flag.stance,
                fingerprint=fp,
            )
        )
    session.add_all(fresh)

    closed = 0
    now = utcnow()
    for f in existing:
        if f.state == "open" and f.fingerprint not in seen:
            f.state, f.closed_at, f.state_reason = "closed", now, "The text no longer makes this claim."
            closed += 1
    current = [f for f in existing if f.state == "open"] + fresh
    highs = [f for f in current if f.severity == "high"]
    if highs and provider.status in _FLAGGABLE:
        cats = sorted({f.category.replace("_", " ") for f in highs})
        change_status(
            session, provider, "flagged", "flag", reason="Open high-severity findings: " + ", ".join(cats)
        )
    elif not highs and provider.status == "flagged":
        change_status(
            session,
            provider,
            "submitted",
            "clear_flag",
            reason="No open high-severity finding remains after re-vetting.",
        )
    provider.trust_score = trust_score(provider, current)
    provider.vetted_version = provider.content_version
    return VetOutcome(provider.id, len(fresh), closed, len(highs), provider.status, provider.trust_score)
