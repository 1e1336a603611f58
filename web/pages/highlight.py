"""Evidence highlighting: a finding's span wrapped in <mark> inside its escaped text.

Every piece of user text goes through escape(); only our own <mark> tags are added, so a text holding
markup is shown as text. The stored offsets are trusted only when they still point at the evidence.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from matcher.questionnaire import load_questionnaire

ELLIPSIS = "\u2026"


def locate(text: str, start: int | None, end: int | None, evidence: str | None) -> tuple[int, int] | None:
    """Where the evidence is in `text`: the stored span if it still matches, else the first occurrence."""
    if text is None:
        return None
    if start is not None and end is not None and 0 <= start < end <= len(text):
        if not evidence or text[start:end] == evidence:
            return start, end
    if evidence:
        found = text.find(evidence)
        if found < 0:
            found = text.lower().find(evidence.lower())
        if found >= 0:
            return found, found + len(evidence)
    return None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, spans: list[tuple[int, int]]) -> Markup:
    """The whole text, escaped, with every span marked (overlapping spans are merged)."""
    text = text or ""
    out: list[str] = []
    pos = 0
    for start, end in _merge([(max(0, s), min(len(text), e)) for s, e in spans if s < e]):
        out.append(escape(text[pos:start]))
        out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def in_context(text: str, span: tuple[int, int] | None, evidence: str = "", context: int = 160) -> Markup:
    """The evidence marked with up to `context` characters either side; the evidence alone if unplaced."""
    if span is None:
        return Markup("<mark>") + escape(evidence) + Markup("</mark>")
    start, end = span
    lo, hi = max(0, start - context), min(len(text), end + context)
    # Cut at a word boundary so the excerpt does not start or end mid-word.
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    body = highlight(text[lo:hi], [(start - lo, end - lo)])
    return (Markup(ELLIPSIS) if lo > 0 else Markup("")) + body + (Markup(ELLIPSIS) if hi < len(text) else "")


def field_label(field: str) -> str:
    """'questionnaire.link_sources' -> the question; 'case_studies[0].summary' -> 'Case study 1: summary'."""
    if field.startswith("questionnaire."):
        question = load_questionnaire().question(field.split(".", 1)[1])
        return f"Questionnaire: {question['label']}" if question else field
    if field.startswith("case_studies["):
        index, _, part = field[len("case_studies[") :].partition("].")
        if index.isdigit():
            return f"Case study {int(index) + 1}: {part}"
    question = load_questionnaire().question(field)  # a finding from a chosen answer names its question
    if question is not None:
        return f"Questionnaire: {question['label']}"
    if field.startswith("evidence:"):
        return f"Backlink export: {field.split(':', 1)[1]}"
    return field.replace("_", " ").capitalize()


def field_anchor(field: str) -> str:
    """Where the provider edits the text a finding is about."""
    if field.startswith("evidence:"):
        return "evidence"
    if field.startswith("questionnaire."):
        return "questionnaire#q-" + field.split(".", 1)[1]
    if load_questionnaire().question(field) is not None:
        return "questionnaire#q-" + field
    if field.startswith("case_studies["):
        index = field[len("case_studies[") :].split("]", 1)[0]
        return f"profile#case-{index}" if index.isdigit() else "profile"
    return "profile#f-" + field


def marked_findings(texts: dict[str, str], findings: list) -> list[dict]:
    """Each finding with its label, where to edit it and its evidence marked in context."""
    out = []
    for finding in findings:
        text = texts.get(finding.field, "")
        span = locate(text, finding.span_start, finding.span_end, finding.evidence)
        out.append(
            {
                "finding": finding,
                "label": field_label(finding.field),
                "anchor": field_anchor(finding.field),
                "excerpt": in_context(text, span, finding.evidence),
                "placed": span is not None,
            }
        )
    return out


def marked_texts(texts: dict[str, str], findings: list) -> list[dict]:
    """Every text that has an open finding, whole, with all of its open findings marked."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for finding in findings:
        if finding.state != "open":
            continue
        span = locate(texts.get(finding.field, ""), finding.span_start, finding.span_end, finding.evidence)
        if span is not None:
            spans.setdefault(finding.field, []).append(span)
    return [
        {"field": name, "label": field_label(name), "html": highlight(texts[name], spans[name])}
        for name in texts
        if name in spans
    ]
