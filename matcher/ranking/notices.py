"""What a buyer is told about the brief itself, beside (or instead of) a shortlist: work we do not match,
a brief too thin to match well, terms that invite black-hat work, and why nothing matched.

Codes (DESIGN.md): off_scope, partly_off_scope, thin_brief, risky_terms, no_match.
"""

from __future__ import annotations

from matcher import taxonomy
from matcher.ranking.needs import Needs
from matcher.ranking.work_kinds import THIN_WORDS

# Fewer words than this, with no service we can name, say too little about the work to match on.
UNCLEAR_WORDS = 20
WHAT_WE_MATCH = (
    "We match providers of SEO and link building: link building and digital PR, technical SEO and audits, "
    "local, e-commerce and international SEO, content marketing and keyword research."
)


def notice(code: str, message: str) -> dict[str, str]:
    return {"code": code, "message": message}


def seo_need(needs: Needs) -> bool:
    """The brief asks for SEO or link building: in its words, or by a service it ticks or names."""
    work = needs.work
    return bool((work and work.seo) or needs.required_services)


def off_scope(needs: Needs) -> bool:
    """Nothing we match was asked for: work outside SEO is named, or a full description never asks for
    SEO, link building or any service we match, and the form names none either."""
    work = needs.work
    if work is None or seo_need(needs) or needs.services and not work.outside:
        return False
    if work.umbrella and not work.outside:
        return False  # marketing as a whole may include SEO; once it names only other work, it does not
    return bool(work.outside) or work.words >= UNCLEAR_WORDS


def thin(needs: Needs) -> bool:
    """Too little to match well: a few words (or only emoji or punctuation) and nothing in the form that
    says what the work is."""
    work = needs.work
    if work is None or seo_need(needs):
        return False
    if work.umbrella:  # "digital marketing services": SEO may be part of it, or not
        return True
    if needs.services or needs.industry:
        return False
    return work.words < UNCLEAR_WORDS  # a few words, emoji or punctuation: no need we can read


def brief_notices(needs: Needs, encode=None) -> list[dict[str, str]]:
    """Notices that depend on the brief alone (no_match is added by the ranking)."""
    out: list[dict[str, str]] = []
    work = needs.work
    if off_scope(needs):
        asked = (
            f"asks for {taxonomy.join_words(list(work.outside))}, which we do not match"
            if work.outside
            else "does not ask for SEO or link building"
        )
        out.append(
            notice(
                "off_scope",
                f"Your brief {asked}. {WHAT_WE_MATCH} If you also need SEO, describe "
                "that part and submit the brief again.",
            )
        )
        return out
    if work and work.outside:
        left = taxonomy.join_words(list(work.outside))
        out.append(
            notice(
                "partly_off_scope",
                f"We do not match {left}; this shortlist is for the SEO part of your brief only.",
            )
        )
    if thin(needs):
        if work and work.umbrella and work.words >= THIN_WORDS:
            said = f"asks for {work.umbrella[0]} in general without saying which part is SEO"
        elif not work or not work.words:
            said = "has no words we can read about the work"
        else:
            said = f"has only {work.words} words about the work"
        out.append(
            notice(
                "thin_brief",
                f"Your brief {said}, so this list is a rough one. "
                "Tell us which services you need (for example link building or a "
                "technical SEO audit), your industry, the countries and languages you "
                "sell in, and your monthly budget.",
            )
        )
    out += risky_terms(needs.scope, encode)
    return out


def risky_terms(scope: str, encode=None) -> list[dict[str, str]]:
    """A caution for each kind of black-hat term in the brief ("pay only for a top-5 rank within 20 days"),
    read by the same engine that vets providers, so the two never disagree about what is risky."""
    from matcher import redflags

    # Black-hat terms a caution can quote hold a pattern ("guarantee", "#1", "within 20 days", "100
    # backlinks", "PBN"); the model reads only those briefs, so a match does not pay for it otherwise.
    if not scope or not redflags.quotes_a_pattern(scope):
        return []
    try:
        flags = redflags.detect_many([scope], field="scope", encode=encode)[0]
    except redflags.TextTooLong:
        return []
    out, seen, spans = [], set(), []
    for flag in sorted(flags, key=lambda f: (f.start, -f.end)):
        record = redflags.REGISTRY.get(flag.category)
        overlaps = any(flag.start < end and start < flag.end for start, end in spans)
        if record is None or record.kind == "routing" or flag.category in seen or overlaps:
            continue  # one caution per category and per phrase ("top-5 rank within 20 days" once)
        seen.add(flag.category)
        spans.append((flag.start, flag.end))
        why = record.reason.split("; ", 1)[-1] if "; " in record.reason else record.label.lower()
        out.append(
            notice(
                "risky_terms",
                f"Your brief asks for “{flag.evidence}” ({record.label.lower()}): "
                f"{why}. Providers who accept such terms tend to use the tactics that "
                "get sites penalised; providers our checks found promising it are "
                "left out of your shortlist.",
            )
        )
    return out


def no_match(reason: str) -> dict[str, str]:
    return notice("no_match", reason)


__all__ = ["THIN_WORDS", "brief_notices", "no_match", "notice", "off_scope", "seo_need", "thin"]
