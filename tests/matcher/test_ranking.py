"""Ranking as a buyer sees it: who is excluded, what counts, and the reasons given."""

import pytest

from matcher.index import get_index
from matcher.jobs import process_providers
from matcher.models import Finding, Provider
from matcher.ranking import rank_brief
from matcher.usecases.providers import create_provider

PROVIDERS = {
    "dental": dict(
        name="Smile Search",
        description="Local SEO for dental practices. We have grown bookings for 40 "
        "dental clinics across Texas with Google Business Profile work and local citations.",
        services=["local_seo"],
        countries=["US"],
        languages=["en"],
        min_budget_usd=1500,
        max_budget_usd=6000,
        methodology="Citations, reviews, location pages; no paid links.",
    ),
    "saas": dict(
        name="Stack PR",
        description="Digital PR and link building for B2B SaaS companies.",
        services=["link_building", "digital_pr"],
        industries=["saas"],
        countries=["US", "GB"],
        languages=["en"],
        min_budget_usd=4000,
        max_budget_usd=20000,
        case_studies=[{"title": "CRM startup", "industry": "saas", "summary": "Data study, 60 links."}],
    ),
    "pricey": dict(
        name="Enterprise Only",
        description="Local SEO for hospital groups and medical networks.",
        services=["local_seo"],
        industries=["healthcare"],
        countries=["US"],
        min_budget_usd=25000,
    ),
    "german": dict(
        name="Lokal GmbH",
        description="Lokales SEO für Zahnärzte und Kliniken in Deutschland.",
        services=["local_seo"],
        industries=["healthcare"],
        countries=["DE"],
        languages=["de"],
        min_budget_usd=1000,
    ),
}

DENTAL_BRIEF = {
    "scope": "We run six dental offices and want to show up in the map pack for emergency dentist "
    "searches in each neighbourhood.",
    "services": ["local_seo"],
    "countries": ["US"],
    "budget_min_usd": 2000,
    "budget_max_usd": 5000,
}


def add_providers(rt, providers: dict[str, dict] = PROVIDERS) -> dict[str, int]:
    """`providers` created (external ids = their keys), vetted and indexed; their ids by key."""
    ids = {}
    with rt.db.session() as s:
        for key, data in providers.items():
            ids[key] = create_provider(s, dict(data, external_id=key)).id
    process_providers(rt, list(ids.values()))
    return ids


@pytest.fixture
def catalog(rt):
    return add_providers(rt)


def rank(rt, brief, top=10):
    with rt.db.session() as s:
        return rank_brief(s, brief, get_index(rt), top=top)


def test_hard_constraints_and_text_evidence_of_industry(rt, catalog):
    result = rank(rt, DENTAL_BRIEF)
    assert [m.external_id for m in result.matches] == ["dental"]  # pricey: over budget; german: wrong market
    summary = result.matches[0].reasons["summary"]
    # Industry read from its text is said to be so, not stated as a listed industry.
    assert any(s.startswith("Mentions healthcare work in its profile") and "dental" in s and
               "not a listed industry" in s for s in summary)
    assert "Accepts budgets from $1,500/month; your range is $2,000–$5,000" in summary
    assert "Lists local SEO" in summary
    factors = result.matches[0].reasons["factors"]
    assert abs(sum(f["contribution"] for f in factors.values()) - result.matches[0].score) < 1e-3


@pytest.mark.parametrize("status", ["suspended", "rejected", "draft", "flagged"])
def test_providers_marked_risky_are_never_recommended(rt, catalog, status):
    with rt.db.session() as s:
        s.get(Provider, catalog["dental"]).status = status
    assert rank(rt, DENTAL_BRIEF).matches == []


def test_open_high_finding_excludes_and_medium_weighs_against(rt, catalog):
    brief = {"scope": "Healthcare local SEO for clinics", "services": ["local_seo"]}
    before = {m.external_id: m.score for m in rank(rt, brief).matches}
    with rt.db.session() as s:
        s.add(
            Finding(
                provider_id=catalog["german"],
                category="unrealistic_timeline",
                severity="medium",
                field="description",
                span_start=0,
                span_end=5,
                evidence="Lokal",
                reason="r",
                fingerprint="m",
            )
        )
        s.add(
            Finding(
                provider_id=catalog["pricey"],
                category="pbn",
                severity="high",
                field="description",
                span_start=0,
                span_end=5,
                evidence="Local",
                reason="r",
                fingerprint="h",
            )
        )
    after = {m.external_id: m.score for m in rank(rt, brief).matches}
    assert "pricey" in before and "pricey" not in after
    assert after["german"] < before["german"]
    assert after["dental"] == pytest.approx(before["dental"])


def test_same_data_same_shortlist(rt, catalog):
    brief = {"scope": "SEO help for a healthcare company", "budget_max_usd": 50000}
    first = [(m.external_id, m.score) for m in rank(rt, brief).matches]
    assert first == [(m.external_id, m.score) for m in rank(rt, brief).matches]
    assert len(first) == 4


def test_industry_experience_from_case_studies_is_explained(rt, catalog):
    result = rank(
        rt,
        {
            "scope": "Links for our software product",
            "industry": "saas",
            "services": ["link_building", "digital_pr"],
        },
    )
    assert result.matches[0].external_id == "saas"
    assert "Has worked with SaaS clients: 1 case study" in result.matches[0].reasons["summary"]
    assert "Lists link building and digital PR" in result.matches[0].reasons["summary"]


def test_empty_shortlist_says_why(rt, catalog):
    result = rank(rt, {"scope": "Tiny budget local SEO", "services": ["local_seo"], "budget_max_usd": 500})
    assert result.matches == []
    assert result.empty_reason.startswith("No provider accepts budgets of $500/month or less")
    result = rank(rt, {"scope": "x", "services": ["local_seo"], "countries": ["JP"]})
    assert result.matches == [] and "Japan" in result.empty_reason


def test_markets_named_only_in_the_scope_weigh_in(rt, catalog):
    brief = {"scope": "Local SEO for our dental clinics in Germany", "services": ["local_seo"]}
    top = rank(rt, brief).matches[0]
    assert top.external_id == "german"


def test_budget_up_to_a_maximum_does_not_count_smaller_providers_as_undersized(rt, catalog):
    match = rank(rt, {"scope": "Local SEO for dental clinics", "services": ["local_seo"],
                      "countries": ["US"], "budget_max_usd": 9000}).matches[0]
    assert match.external_id == "dental"
    assert match.reasons["factors"]["budget"]["value"] == 1.0


@pytest.mark.parametrize("seed,head", [(0, 4096), (1, 4096), (2, 4096), (3, 600), (4, 600), (5, 20)])
@pytest.mark.parametrize("tied", [False, True])
def test_reading_few_similarities_gives_the_shortlist_of_scoring_everyone(seed, head, tied, monkeypatch):
    """The early stop in best_positions must never change who is shortlisted or in what order: the
    best totals (to 9 decimals), equal ones by provider id."""
    import numpy as np

    from matcher.ranking import engine, factors
    from matcher.ranking.engine import best_positions
    from matcher.ranking.weights import WEIGHTS

    monkeypatch.setattr(engine, "HEAD", head)  # small heads take the path that orders the rest later
    rng = np.random.default_rng(seed)
    n = 5000
    ids = rng.permutation(n * 3)[:n].astype(np.int64)
    if tied:
        # Few distinct factor values and many providers not yet indexed (similarity 0): big exact ties.
        base = rng.choice([0.3, 0.45, 0.5, 0.62, 0.7], n)
        sims = np.where(rng.random(n) < 0.7, 0.0, rng.uniform(0.0, 0.9, n))
    else:
        base = np.round(rng.uniform(0.2, 0.75, n), 2)
        sims = rng.uniform(0.0, 0.9, n)
        sims[rng.choice(n, 50)] = 0.9  # semantic factor saturates at 1: ties in the total
    read = []

    def similarity_of(sel):
        read.append(len(sel))
        return sims[sel]

    chosen, similarity, total = best_positions(base, ids, similarity_of, top=10)
    everyone = np.round(base + WEIGHTS["semantic"] * factors.semantic(sims), 9)
    ideal = np.lexsort((ids, -everyone))[:10]
    assert chosen.tolist() == ideal.tolist()
    assert np.allclose(total[chosen], everyone[chosen]) and np.allclose(similarity[chosen], sims[chosen])
    assert sum(read) < n, "the bound lets it stop before reading every candidate"


def test_backlink_evidence_lifts_a_provider_and_says_why(session, rt):
    """Two providers alike in every way but one: the one whose clients' exports back its work ranks
    higher, and its card says so (weights.EVIDENCE_BONUS)."""
    import numpy as np

    from matcher.ranking import weights
    from matcher.ranking.catalog import build
    from matcher.ranking.factors import trust
    from matcher.ranking.reasons import _trust_points

    for name, shown in (("Plain Links", 0), ("Shown Links", 2)):
        session.add(Provider(name=name, description="Outreach link building.", status="verified",
                             trust_score=0.6, evidence_clients=shown))
    session.commit()
    cat = build(session)
    values = trust(cat, np.arange(len(cat)))
    assert values[1] - values[0] == pytest.approx(2 * weights.EVIDENCE_BONUS)
    shown = ("+", "Shared the backlinks it built for 2 clients (exports we checked against what it says)")
    assert shown in _trust_points(cat, 1)
    assert not any("Shared the backlinks" in text for _sign, text in _trust_points(cat, 0))


def test_a_sample_providers_card_never_says_a_person_reviewed_it(session):
    from matcher.ranking.catalog import build
    from matcher.ranking.reasons import _trust_points

    session.add(Provider(name="Reviewed", description="Outreach.", status="verified"))
    session.add(Provider(name="Demo", description="Outreach.", status="verified", is_sample=True))
    session.commit()
    cat = build(session)
    assert ("+", "Verified by our reviewers") in _trust_points(cat, 0)
    demo = [text for _sign, text in _trust_points(cat, 1)]
    assert "Sample data: passed our automatic checks; no person reviewed it" in demo
    assert not any("reviewers" in text for text in demo)


def test_a_generalist_is_no_industry_mismatch(rt):
    """A provider that names no industry serves any; one that names only an unrelated industry does not fit
    a brief for another one as well, though its text is the same."""
    common = dict(services=["technical_seo", "on_page_seo"], countries=["GB"], languages=["en"],
                  methodology="Technical audits, on-page fixes and content plans; no paid links.")
    text = "Technical SEO audits and on-page optimisation for UK organisations."
    # The specialist first: on a tie the earlier provider would come first.
    add_providers(rt, {
        "specialist": dict(common, name="Fleet Search", industries=["automotive"], description=text),
        "generalist": dict(common, name="North Search", description=text),
    })
    result = rank(rt, {"scope": "SEO agency services for our university's website: audits and on-page work.",
                       "industry": "education", "countries": ["GB"]})
    order = [m.external_id for m in result.matches]
    assert order.index("generalist") < order.index("specialist")
    generalist = next(m for m in result.matches if m.external_id == "generalist")
    assert "No education experience shown" in [p["text"] for p in generalist.reasons["points"]]


def test_publishing_content_is_not_experience_in_the_media_industry(rt):
    """Every content team publishes: a dental-marketing agency that works "within Google's web publishing
    guidelines" is no nearer a university (education sits next to media) than one that does not say it;
    a provider whose clients are publishing houses is."""
    common = dict(services=["technical_seo", "on_page_seo"], countries=["GB"], languages=["en"],
                  industries=["healthcare"],
                  methodology="Technical audits and on-page fixes, all within Google's web publishing "
                              "guidelines.")
    add_providers(rt, {
        "dental": dict(common, name="Tooth Search", description="SEO for UK dental practices."),
        "publishers": dict(common, name="Press Search", industries=[],
                           description="SEO for UK publishing houses and their magazines."),
    })
    result = rank(rt, {"scope": "SEO agency services for our university's website: audits and on-page work.",
                       "industry": "education", "countries": ["GB"]})
    factors = {m.external_id: m.reasons["factors"]["industry"]["value"] for m in result.matches}
    assert factors["publishers"] > factors["dental"]


def test_a_local_seo_shop_fits_a_brief_with_no_local_need_less_well(rt):
    """Both list an SEO audit; for a documentation site's audit the map-pack and citation shop comes second
    and says why, while for a local business it is as good a fit as its services say."""
    common = dict(countries=["GB"], languages=["en"], description="SEO audits for UK organisations.",
                  methodology="We audit the site, fix what we find and report monthly; no paid links.")
    add_providers(rt, {
        "local": dict(common, name="Map Pack Co", services=["local_seo", "seo_audit"]),
        "technical": dict(common, name="Crawl Co", services=["technical_seo", "seo_audit"]),
    })
    docs = rank(rt, {"scope": "An SEO audit of our software documentation site.", "services": ["seo_audit"],
                     "countries": ["GB"]})
    order = [m.external_id for m in docs.matches]
    assert order.index("technical") < order.index("local")
    local = next(m for m in docs.matches if m.external_id == "local")
    assert "Works mainly on local SEO; your brief asks for no local work" in [
        p["text"] for p in local.reasons["points"] if p["sign"] == "-"]
    town = rank(rt, {"scope": "An SEO audit and local SEO for our plumbing business in Leeds.",
                     "services": ["seo_audit", "local_seo"], "countries": ["GB"]})
    assert [m.external_id for m in town.matches].index("local") == 0
    assert not any("local SEO;" in p["text"] for m in town.matches for p in m.reasons["points"])


def test_a_total_for_the_whole_work_is_weighed_as_the_monthly_budget_it_implies(rt, catalog):
    """A brief that gives only a total ("$9,000 for a 6-month project", a tender's contract value) is
    matched on what that total comes to a month, and the reasons say it is a total."""
    project = dict(scope="Local SEO for our dental office in Austin. We have $9,000 for a 6-month project.",
                   services=["local_seo"], countries=["US"])
    result = rank(rt, project)
    assert [m.external_id for m in result.matches] == ["dental"]  # pricey starts at $25,000 a month
    assert ("Accepts budgets from $1,500/month; your budget is $9,000 over 6 months, about $1,500/month"
            in result.matches[0].reasons["summary"])
    assert result.understood["budget_total_usd"] == 9000

    tender = dict(scope="Framework agreement for local SEO across our hospital group. Total contract value "
                        "$2,400,000.", services=["local_seo"], countries=["US"])
    result = rank(rt, tender)
    assert [m.external_id for m in result.matches] == ["pricey", "dental"]
    dental = result.matches[1].reasons["summary"]
    assert ("Works at a smaller scale: its engagements go up to about $6,000/month (its stated maximum), "
            "below the $50,000/month your total of $2,400,000 comes to over up to 4 years") in dental
