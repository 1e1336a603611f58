"""The text of a provider that is embedded for semantic search and matching."""

from __future__ import annotations

from matcher.models import Provider
from matcher.taxonomy import industry_label, join_words, service_label


def provider_document(provider: Provider) -> str:
    """Name, description, methodology, case studies, services and industries, as one readable text.

    Codes become words (`link_building` -> "link building") because the model knows words, not our codes.
    Each section heading stands on a line of its own, above its text: the index embeds a profile as the
    mean of its sentences (`embed_by_sentences`), and vetting has already embedded each field's own
    sentences, so a heading run into a field's first sentence ("Methodology: We ...") would be a new
    sentence to embed, about a fifth of an import's sentences.
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
        parts += ["Methodology:", provider.methodology.strip()]
    for case in provider.case_studies:
        body = [t for t in ((case.title or "").strip(), (case.summary or "").strip()) if t]
        if body:
            industry = f" ({industry_label(case.industry)})" if case.industry else ""
            parts += [f"Case study{industry}:", *body]
    return "\n".join(parts)
