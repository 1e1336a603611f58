"""Monthly prices read from a provider's own words."""

import pytest

from matcher.ranking.prices import monthly_range


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Retainers usually start around $9,000 a month. We love SEO.", (9000, None)),
        ("Typical monthly budgets with us run from $2,500 to $10,000.", (2500, 10000)),
        ("Most engagements sit between $57,500 and $115,500 per month.", (57500, 115500)),
        ("Founded in 2010. Our monthly fee is USD 3000.", (3000, None)),
        ("Plans from £1.5k per month.", (1905, None)),
    ],
)
def test_prices_a_buyer_would_read(text, expected):
    low, high = monthly_range(text)
    assert (round(low), None if high is None else round(high)) == expected


@pytest.mark.parametrize(
    "text",
    ["Guest posts cost $150 per post, billed monthly.", "We earn 10 links a month.", "Founded 2014.", ""],
)
def test_no_monthly_budget(text):
    assert monthly_range(text) == (None, None)
