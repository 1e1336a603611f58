"""A buyer's budget in euros or pounds is compared at the admin's rate of the day the brief was sent."""

from __future__ import annotations

import pytest

from matcher.ranking.needs import needs_from_brief
from matcher.usecases.briefs import create_brief
from matcher.usecases.rates import DEFAULTS, current_rates, rate_rows, update_rates


def test_rates_start_from_the_defaults_and_the_admins_change_is_kept_with_who_and_when(session):
    assert current_rates(session) == {"USD": 1.0, **DEFAULTS}
    assert update_rates(session, {"EUR": 1.10, "GBP": DEFAULTS["GBP"]}, "admin@example.com") == ["EUR"]
    assert current_rates(session)["EUR"] == 1.10
    eur = next(r for r in rate_rows(session) if r["code"] == "EUR")
    assert eur["updated_by"] == "admin@example.com" and eur["updated_at"] is not None
    assert update_rates(session, {"EUR": 1.10, "GBP": DEFAULTS["GBP"]}, "x@example.com") == []


def test_a_brief_keeps_the_rate_it_was_sent_at(session):
    update_rates(session, {"EUR": 1.10, "GBP": 1.25}, "admin@example.com")
    before = create_brief(session, {"scope": "Link building", "currency": "EUR", "budget_min_usd": 2000,
                                    "budget_max_usd": 5000})
    dollars = create_brief(session, {"scope": "Link building", "budget_max_usd": 5000})
    update_rates(session, {"EUR": 1.20, "GBP": 1.25}, "admin@example.com")
    after = create_brief(session, {"scope": "Link building", "currency": "EUR", "budget_max_usd": 5000})
    assert before.usd_rate == 1.10 and after.usd_rate == 1.20 and dollars.usd_rate is None
    assert needs_from_brief(before.as_input()).budget_max == 5500  # not moved by the later rate
    assert needs_from_brief(after.as_input()).budget_max == pytest.approx(6000)
    assert needs_from_brief(dollars.as_input()).budget_max == 5000


def test_a_buyer_reads_its_own_budget_in_its_own_currency(session):
    from matcher.ranking.reasons import _budget_range

    brief = create_brief(session, {"scope": "Link building for our shop, about €2,000 a month",
                                   "currency": "EUR", "budget_min_usd": 3000, "budget_max_usd": 5000})
    needs = needs_from_brief(brief.as_input())
    assert needs.budget_max == round(5000 * DEFAULTS["EUR"])  # compared with providers in dollars...
    assert _budget_range(needs) == "your range is €3,000–€5,000"  # ...and told to the buyer in euros
    # Where the scope and the form disagree, the form's figure is quoted as the buyer gave it.
    assert any("the form says €3,000–€5,000" in d for d in needs.disagreements)
