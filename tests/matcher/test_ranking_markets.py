"""Shortlists that keep the buyer's stated market, budget and words, with reasons true of each card."""

import re

import pytest
from sqlalchemy import select
from sqlalchemy.orm import object_session

from matcher import taxonomy
from matcher.index import get_index
from matcher.models import Finding, Provider
from matcher.ranking import rank_brief
from matcher.ranking.catalog import get_catalog
from tests.matcher.test_ranking import add_providers

LINKS = "Editorial link building and digital PR: research-led campaigns that journalists cover."
PROVIDERS = {
    "us_solo": dict(
        name="Solo US Consultant",
        description="Technical SEO audits for US dental practices.",
        services=["technical_seo"],
        countries=["US"],
        languages=["en"],
    ),
    "uk_links": dict(
        name="Thames Links",
        description=LINKS + " Dental and healthcare clients across the UK.",
        services=["link_building", "local_seo"],
        industries=["healthcare"],
        countries=["GB"],
        languages=["en"],
        min_budget_usd=1500,
        max_budget_usd=8000,
    ),
    "au_english": dict(
        name="Harbour English SEO",
        description=LINKS,
        services=["link_building"],
        countries=["AU"],
        languages=["en"],
        min_budget_usd=1000,
    ),
    "unstated": dict(name="Quiet Links", description=LINKS, services=["link_building"], min_budget_usd=1500),
    "se_team": dict(
        name="Nordlänk",
        description=LINKS + " For Swedish SaaS companies.",
        services=["link_building"],
        industries=["saas"],
        countries=["SE"],
        languages=["sv", "en"],
        min_budget_usd=2000,
    ),
    "es_agencia": dict(
        name="Enlaces Madrid",
        description="Somos una agencia de posicionamiento SEO en Madrid: "
        "conseguimos enlaces en medios locales y mejoramos la visibilidad de clínicas y tiendas "
        "online en toda España.",
        services=["link_building"],
        countries=["ES"],
        languages=["es"],
    ),
    "tiny": dict(
        name="Budget Links UK",
        description=LINKS + " We accept budgets from $300/month; most retainers "
        "are low four figures a month.",
        services=["link_building"],
        countries=["GB"],
        languages=["en"],
        min_budget_usd=300,
    ),
    "big": dict(
        name="Enterprise Links UK",
        description=LINKS + " Programmes for large brands.",
        services=["link_building"],
        countries=["GB"],
        languages=["en"],
        min_budget_usd=10000,
        max_budget_usd=40000,
    ),
}


@pytest.fixture
def catalog(rt):
    return add_providers(rt, PROVIDERS)


def rank(rt, brief, top=10):
    with rt.db.session() as s:
        return rank_brief(s, brief, get_index(rt), top=top)


def ids(result):
    return [m.external_id for m in result.matches]


def test_countries_and_languages_are_both_requirements(rt, catalog):
    brief = {
        "scope": "UK dental chain: link building to rank each clinic.",
        "countries": ["GB"],
        "languages": ["en"],
    }
    shortlist = ids(rank(rt, brief))
    # English alone is not the UK: the US consultant and the Australian agency are out; one that does not
    # say where it works stays, below those that serve the UK.
    assert "us_solo" not in shortlist and "au_english" not in shortlist and "se_team" not in shortlist
    assert shortlist.index("unstated") > shortlist.index("uk_links")


def test_remote_ok_makes_the_country_a_preference(rt, catalog):
    brief = {
        "scope": "Link building for our clinics.",
        "countries": ["GB"],
        "languages": ["en"],
        "remote_ok": True,
    }
    shortlist = ids(rank(rt, brief))
    assert "au_english" in shortlist
    assert shortlist.index("uk_links") < shortlist.index("au_english")


def test_markets_stated_in_the_scope_are_requirements(rt, catalog):
    result = rank(rt, {"scope": "SaaS link building, Swedish speakers only.", "countries": ["SE"]})
    assert ids(result)[0] == "se_team"
    assert all(m.external_id in ("se_team", "unstated") for m in result.matches)
    assert "languages" in result.understood["from_scope"]
    assert "Works in Swedish (asked for in your description)" in result.matches[0].reasons["summary"]


def test_a_provider_far_below_the_budget_is_a_poor_fit_and_told_so(rt, catalog):
    brief = {
        "scope": "Link building programme for a national retailer.",
        "countries": ["GB"],
        "budget_min_usd": 13000,
        "budget_max_usd": 44000,
    }
    result = rank(rt, brief)
    shortlist = ids(result)
    assert shortlist.index("big") < shortlist.index("tiny")
    tiny = next(m for m in result.matches if m.external_id == "tiny")
    assert any(
        p["sign"] == "-" and p["text"].startswith("Works at a smaller scale") and "$3,000" in p["text"]
        for p in tiny.reasons["points"]
    )


def test_off_scope_brief_gets_no_list_and_is_told_why(rt, catalog):
    result = rank(rt, {"scope": "We need an agency to run our Google Ads and Facebook ads campaigns."})
    assert result.matches == []
    assert [n["code"] for n in result.notices] == ["off_scope"]
    assert "paid search" in result.notices[0]["message"]


def test_thin_brief_gets_a_rough_list_that_says_so(rt, catalog):
    result = rank(rt, {"scope": "🚀🚀🚀 ???"})
    assert result.matches
    assert [n["code"] for n in result.notices] == ["thin_brief"]


def test_every_reason_is_true_of_its_card(rt, catalog):
    """Each kind of reason, checked against the provider's own data."""
    briefs = [
        {
            "scope": "UK dental chain: link building and local SEO.",
            "countries": ["GB"],
            "languages": ["en"],
            "industry": "healthcare",
            "budget_min_usd": 2000,
            "budget_max_usd": 9000,
        },
        {
            "scope": "Link building for SaaS, remote is fine.",
            "countries": ["GB"],
            "services": ["digital_pr"],
            "budget_min_usd": 13000,
        },
        {"scope": "Technical SEO and outreach for clinics", "languages": ["sv"]},
        {"scope": "Posicionamiento SEO y enlaces para nuestras clínicas dentales en España."},
    ]
    seen = set()
    for brief in briefs:
        result = rank(rt, brief)
        with rt.db.session() as s:
            cat = get_catalog(s)
            for match in result.matches:
                p = s.get(Provider, match.provider_id)
                pos = int(list(cat.ids).index(p.id))
                for point in match.reasons["points"]:
                    assert point["sign"] in "+-"
                    seen.add(_check(point["text"], p, cat, pos))
                text = " ".join(match.reasons["summary"])
                assert not re.search(r"semantic|similarity|\+0\.|_", text)  # plain words, no field names
    assert {
        "lists",
        "listed_missing",
        "serves",
        "works_in",
        "budget",
        "scale",
        "semantic",
        "trust",
        "unread",
    } <= seen


def _tags(p, kind):
    return {t.value for t in p.tags if t.kind == kind}


def _check(text, p, cat, pos):
    """Assert one reason against the provider; returns its kind."""
    services = {taxonomy.service_label(c): c for c in taxonomy.SERVICES}
    if text.startswith("Lists ") and "industries" not in text:
        for label in re.split(r", | and ", text.removeprefix("Lists ")):
            assert services[label] in _tags(p, "services"), text
        return "lists"
    if text.startswith("Does not list "):
        for label in re.split(r", | and ", text.removeprefix("Does not list ")):
            code = services[label]
            assert code not in _tags(p, "services"), text
        return "listed_missing"
    if text.startswith("Works mainly on local SEO"):
        listed = _tags(p, "services")
        assert "local_seo" in listed and len(listed) <= 2, text
        return "local_shop"
    if text.startswith("Mentions ") and "not a listed service" in text:
        profile = f"{p.description} {p.methodology or ''}".lower()
        assert all(w in profile for w in re.findall(r"“([^”]+)”", text)), text
        return "mentions"
    if text.startswith("Serves "):
        named = re.sub(r" \(.*|,.*", "", text.removeprefix("Serves "))
        for name in re.split(r", | and ", named):
            assert any(taxonomy.country_name(c) == name for c in _tags(p, "countries")), text
        return "serves"
    if text.startswith("Works in "):
        named = re.sub(r" \(.*", "", text.removeprefix("Works in "))
        for name in re.split(r", | and ", named):
            assert any(taxonomy.language_name(c) == name for c in _tags(p, "languages")), text
        return "works_in"
    if text.startswith("Does not say whether it serves"):
        assert not _tags(p, "countries"), text
        return "market_unknown"
    if text.startswith("Does not list ") and "among its languages, though it serves" in text:
        assert _tags(p, "languages") and _tags(p, "countries"), text
        return "language_by_country"
    if text.startswith("Does not say whether it works in"):
        assert not _tags(p, "languages"), text  # one that lists other languages is not on the list at all
        return "market_unknown"
    if text.startswith("Accepts budgets from"):
        assert f"${p.min_budget_usd:,}/month" in text, text
        return "budget"
    if text.startswith("Works at a smaller scale"):
        top = p.max_budget_usd if p.max_budget_usd is not None else cat.usual_top[pos]
        assert f"${int(top):,}/month" in text, text
        return "scale"
    if text.startswith("Its profile"):
        return "semantic"
    if text in ("Verified by our reviewers", "Passed our automatic checks; not yet reviewed by a person",
                "Sample data: passed our automatic checks; no person reviewed it"):
        assert (p.status == "verified") == (text.startswith("Verified") or text.startswith("Sample")), text
        assert p.is_sample == text.startswith("Sample"), text  # sample data is never "reviewed"
        return "trust"
    if text.startswith("Shared the backlinks it built for "):
        count = int(re.search(r"for (\d+) client", text).group(1))
        assert p.evidence_clients == count > 0, text
        return "evidence"
    if text.startswith("Written in a language our automatic checks do not fully read"):
        session = object_session(p)
        assert session.scalar(
            select(Finding.id).where(
                Finding.provider_id == p.id,
                Finding.state == "open",
                Finding.category == "needs_human_reading",
            )
        ), text
        return "unread"
    if "experience" in text or "industries" in text:
        return "industry"
    return text
