"""Jinja filters: dates, money, scores and the words a person reads for codes."""

from __future__ import annotations

from datetime import datetime

from matcher import taxonomy
from matcher.ranking.prices import in_currency, money, money_range
from matcher.redflags import registry

STATUS_WORDS = {
    "draft": "Draft",
    "submitted": "Awaiting review",
    "verified": "Verified",
    "flagged": "Flagged",
    "suspended": "Suspended",
    "rejected": "Rejected",
    "queued": "Queued",
    "matching": "Matching",
    "done": "Done",
    "failed": "Failed",
}
ACTION_WORDS = {
    "verify": "verified",
    "dismiss_finding": "dismissed a finding",
    "request_changes": "requested changes",
    "suspend": "suspended",
    "reject": "rejected",
    "reinstate": "reinstated",
    "flag": "flagged",
    "clear_flag": "cleared the flag",
    "submit": "submitted",
}


def when(value: datetime | None) -> str:
    # Stored in UTC (SQLite hands them back without a zone).
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


def day(value: datetime | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else ""


def usd(value: int | float | None) -> str:
    return "" if value is None else money(value)


def budget(low: int | None, high: int | None, currency: str | None = None) -> str:
    return "not stated" if low is None and high is None else money_range(low, high, currency)


def brief_budget(understood: dict, brief) -> str:
    """What the engine understood of a brief's budget (in US dollars), in the brief's own currency at the
    rate it was sent with: a monthly range, or a total for the whole work and the monthly range it implies."""
    low, high = (understood.get(k) for k in ("budget_min_usd", "budget_max_usd"))
    if low is None and high is None:
        return "not stated"
    currency, rate = brief.currency or "USD", brief.usd_rate or 1.0
    monthly = in_currency(low, high, currency, rate) + "/month"
    total, months = understood.get("budget_total_usd"), understood.get("budget_months")
    if total is None:
        return monthly
    whole = in_currency(total, total, currency, rate)
    if months:
        return f"{whole} in total over {months} months, about {monthly}"
    return f"{whole} in total, no term given: {monthly}"


def number(value: float | None, places: int = 2) -> str:
    return "" if value is None else f"{value:.{places}f}"


def words(code: str | None) -> str:
    return (code or "").replace("_", " ")


def answer(value, question: dict) -> str:
    """A stored questionnaire answer as text: choice values become their labels, lists one a line."""
    labels = {c["value"]: c["label"] for c in question.get("choices", [])}
    if value is None or value == "" or value == []:
        return "\u2014"
    items = value if isinstance(value, list) else [value]
    return "\n".join(labels.get(v, str(v)) for v in items)


FILTERS = {
    "answer": answer,
    "when": when,
    "day": day,
    "usd": usd,
    "budget": budget,
    "brief_budget": brief_budget,
    "number": number,
    "words": words,
    "category": registry.label,
    "status_word": lambda s: STATUS_WORDS.get(s, words(s)),
    "action_word": lambda a: ACTION_WORDS.get(a, words(a)),
    "service": taxonomy.service_label,
    "industry": taxonomy.industry_label,
    "country": taxonomy.country_name,
    "language": taxonomy.language_name,
}
