"""The text of a provider that is embedded for semantic search and matching."""

from __future__ import annotations

from matcher.models import Provider
from matcher.taxonomy import industry_label, join_words, service_label


def provider_document(provider: Provider) -> str:
    """Name, description, methodology, case studies, services and industries, as one readable text.

    Codes become words (`link_building` -> "link building") because the model knows words, not our codes.
    Sections are separate sentences so a long profile chunks at sensible places; `embed_documents`
    splits texts past the model's window and averages the pieces, so nothing here needs truncating.
    """
    parts: list[str] = [f"{provider.name.strip()}."] if (provider.name or "").strip() else []
    services = [service_label(s) for s in provider.services]
    industries = [industry_label(i) for i in provider.industries]
    if services:
        parts.append(f"Services: {join_words(services)}.")
    if industries:
        parts.append(f"Industries: {join_words(industries)}.")
    if (provider.description or "").strip():
        parts.append(provider.description.strip())
    if (provider.methodology or "").strip():
        parts.append(f"Methodology: {provider.methodology.strip()}")
    for case in provider.case_studies:
        head = (case.title or "").strip()
        if case.industry:
            head = f"{head} ({industry_label(case.industry)})" if head else industry_label(case.industry)
        summary = (case.summary or "").strip()
        text = ": ".join(p for p in (head, summary) if p)
        if text:
            parts.append(f"Case study: {text}")
    return "\n".join(parts)
