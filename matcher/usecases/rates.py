"""The admin's exchange-rate table: what a buyer's budget in euros or pounds is worth in US dollars, the
currency providers state their budgets in. A brief keeps the rate of the day it was sent (Brief.usd_rate),
so updating the table moves new briefs, never a shortlist already given."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.models import CurrencyRate, utcnow
from matcher.ranking.prices import TO_USD
from matcher.schemas.briefs import CURRENCIES

# Until an admin sets one: the rough rates the text reader uses.
DEFAULTS = {code: TO_USD[code.lower()] for code in CURRENCIES if code != "USD"}


def current_rates(session: Session) -> dict[str, float]:
    """US dollars per unit of each currency a brief may be in (USD is 1)."""
    return {"USD": 1.0, **{row["code"]: row["usd_per_unit"] for row in rate_rows(session)}}


def rate_rows(session: Session) -> list[dict[str, Any]]:
    """Each convertible currency with its rate and who set it when (none: the default)."""
    stored = {r.code: r for r in session.scalars(select(CurrencyRate))}
    return [{"code": code, "usd_per_unit": stored[code].usd_per_unit if code in stored else default,
             "updated_at": stored[code].updated_at if code in stored else None,
             "updated_by": stored[code].updated_by if code in stored else None}
            for code, default in DEFAULTS.items()]


def update_rates(session: Session, rates: dict[str, float], actor: str) -> list[str]:
    """Store the validated rates that changed (RatesSchema); returns their codes."""
    changed = []
    for code, value in rates.items():
        row = session.get(CurrencyRate, code)
        if row is None and value == DEFAULTS[code]:
            continue
        if row is not None and row.usd_per_unit == value:
            continue
        if row is None:
            row = CurrencyRate(code=code, usd_per_unit=value)
            session.add(row)
        row.usd_per_unit, row.updated_at, row.updated_by = value, utcnow(), actor
        changed.append(code)
    session.flush()
    return changed


def with_rate(session: Session, brief: dict[str, Any]) -> dict[str, Any]:
    """A validated brief with the rate of its currency today (`usd_rate`; None for dollars)."""
    currency = (brief.get("currency") or "USD").upper()
    return {**brief, "usd_rate": None if currency == "USD" else current_rates(session)[currency]}
