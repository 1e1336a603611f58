"""Link evidence: a provider attaches a backlink export for each past client (with the client's consent);
buyers see what its links look like, admins see the rows and the footprint across clients and providers,
and vetting checks the provider's own statements against them (backlinks/contradictions.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.backlinks import ExportRejected, audit_export
from matcher.backlinks.contradictions import contradictions, statements
from matcher.backlinks.domains import registrable_domain
from matcher.backlinks.footprint import Footprint, footprint, shared_across_providers
from matcher.db import in_lists
from matcher.events import ProvidersChanged
from matcher.models import LinkEvidence, Provider
from matcher.questionnaire import load_questionnaire
from matcher.redflags.findings import RedFlag
from matcher.runtime import Runtime
from matcher.usecases.backlink_audits import ExportRefused, shown_name, store_upload, uploads_dir
from matcher.usecases.errors import NotFound

if TYPE_CHECKING:
    from matcher.unit_of_work import UnitOfWork

CONSENT = "The client agreed that the links we built for it may be shown to buyers on this marketplace."
EVIDENCE_DIR = "evidence"
# Profile texts whose plain denials ("we never buy links") are checked against the exports.
STATEMENT_FIELDS = ("description", "methodology")


def evidence_path(rt: Runtime, evidence: LinkEvidence) -> Path:
    return uploads_dir(rt) / EVIDENCE_DIR / evidence.stored_as


def attach_evidence(uow: UnitOfWork, provider_id: int, data: bytes, filename: str,
                    fields: dict[str, Any]) -> LinkEvidence:
    """Audit a client's export and keep it (replacing that client's earlier one); the provider is vetted
    again after the commit. `fields` is EvidenceInputSchema's output. ExportRefused when the file is not
    an export, or its links point to another site than the client's."""
    client = fields["client_domain"]
    try:
        report = audit_export(data)
    except ExportRejected as exc:
        raise ExportRefused(str(exc)) from None
    target = report.target_domain
    if target and registrable_domain(target) != registrable_domain(client):
        raise ExportRefused(f"The links in this export point to {target}, not to {client}: attach the export "
                            "of that client's own site.")
    folder = uploads_dir(uow.rt) / EVIDENCE_DIR
    stored_as = store_upload(folder, data).name
    replaced = None
    try:
        with uow:
            provider = uow.session.get(Provider, provider_id)
            if provider is None:
                raise NotFound(f"No provider with id {provider_id}.")
            old = uow.session.scalar(select(LinkEvidence).where(
                LinkEvidence.provider_id == provider_id, LinkEvidence.client_domain == client))
            if old is not None:
                replaced = old.stored_as
                uow.session.delete(old)
                uow.session.flush()
            evidence = LinkEvidence(
                provider_id=provider_id, client_domain=client, case_title=fields.get("case_title"),
                consent_statement=CONSENT, filename=shown_name(filename), stored_as=stored_as,
                size_bytes=len(data), result=report.as_dict(), domains=dict(report.per_domain),
            )
            uow.session.add(evidence)
            provider.content_version = (provider.content_version or 1) + 1
            uow.record(ProvidersChanged((provider_id,)))
            uow.session.flush()
            uow.session.expunge(evidence)
    except BaseException:
        (folder / stored_as).unlink(missing_ok=True)
        raise
    if replaced:
        (folder / replaced).unlink(missing_ok=True)
    return evidence


def remove_evidence(uow: UnitOfWork, provider_id: int, evidence_id: int) -> None:
    with uow:
        evidence = uow.session.get(LinkEvidence, evidence_id)
        if evidence is None or evidence.provider_id != provider_id:
            raise NotFound("No such export among yours.")
        stored_as = evidence.stored_as
        uow.session.delete(evidence)
        provider = uow.session.get(Provider, provider_id)
        provider.content_version = (provider.content_version or 1) + 1
        uow.record(ProvidersChanged((provider_id,)))
    (uploads_dir(uow.rt) / EVIDENCE_DIR / stored_as).unlink(missing_ok=True)


def provider_evidence(session: Session, provider_id: int) -> list[LinkEvidence]:
    return evidence_of(session, [provider_id])[provider_id]


def evidence_of(session: Session, provider_ids: list[int]) -> dict[int, list[LinkEvidence]]:
    """Each provider's exports, by client domain: one query for many providers (a vetting chunk)."""
    out: dict[int, list[LinkEvidence]] = {pid: [] for pid in provider_ids}
    for chunk in in_lists(list(out)):
        query = select(LinkEvidence).where(LinkEvidence.provider_id.in_(chunk))
        for e in session.scalars(query.order_by(LinkEvidence.client_domain, LinkEvidence.id)):
            out[e.provider_id].append(e)
    return out


def get_evidence(session: Session, evidence_id: int, provider_id: int | None = None) -> LinkEvidence:
    """One export; with `provider_id`, only if it is that provider's (its owner asking)."""
    evidence = session.get(LinkEvidence, evidence_id)
    if evidence is None or (provider_id is not None and evidence.provider_id != provider_id):
        raise NotFound("No such export.")
    return evidence


def evidence_rows_csv(rt: Runtime, evidence: LinkEvidence) -> str:
    """Every row of the export, with the signals that name it, safe to open in a spreadsheet (for the
    provider and admins only: the rows name a client's linking pages)."""
    path = evidence_path(rt, evidence)
    if not path.is_file():
        raise NotFound("The export is no longer kept; upload it again.")
    return audit_export(path.read_bytes()).rows_csv()


def provider_footprint(session: Session, provider_id: int) -> tuple[Footprint, list[tuple[str, int]]]:
    """Referring domains recurring across the provider's clients, and those shared with other providers'
    clients (with how many providers): what only the marketplace sees."""
    own = provider_evidence(session, provider_id)
    prints = footprint({e.client_domain: e.domains for e in own})
    others: dict[int, set[str]] = {}
    for e in session.scalars(select(LinkEvidence).where(LinkEvidence.provider_id != provider_id)):
        others.setdefault(e.provider_id, set()).update(e.domains)
    mine = {d for e in own for d in e.domains}
    return prints, shared_across_providers(mine, others)


def evidence_flags(own: list[LinkEvidence], provider: Provider,
                   answers: dict[str, Any]) -> tuple[list[RedFlag], int]:
    """Findings where the provider's statements contradict its exports (`own`: evidence_of's list for
    it), and how many clients' exports back it with no contradiction (Provider.evidence_clients)."""
    if not own:
        return [], 0
    labels = {(q["key"], c["value"]): c["label"] for q in load_questionnaire().questions
              for c in q.get("choices", [])}
    texts = {f: getattr(provider, f) or "" for f in STATEMENT_FIELDS}
    texts.update({f"questionnaire.{k}": v for k, v in answers.items() if isinstance(v, str)})
    said = statements(answers, texts, labels)
    found = contradictions(said, {e.client_domain: e.result.get("signals", []) for e in own},
                           footprint({e.client_domain: e.domains for e in own}))
    flags = []
    for c in found:
        evidence = c.evidence
        flags.append(RedFlag(
            category=c.category, severity=c.severity, start=0, end=len(evidence), evidence=evidence,
            reason=f"{c.reason} The provider says otherwise: contradicted by the links it shared.",
            field=f"evidence:{c.client or 'across clients'}"[:80], source="evidence", score=1.0,
            stance="past_result",
        ))
    contradicted = {c.client for c in found}
    backed = sum(1 for e in own if e.client_domain not in contradicted and None not in contradicted)
    return flags, backed

