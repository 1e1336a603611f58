"""What the engine reads from a brief's own words: markets, services, budget, and the kind of work asked."""

import pytest

from matcher.ranking.markets import countries_in, languages_in, remote_ok_in
from matcher.ranking.needs import needs_from_brief
from matcher.ranking.notices import brief_notices
from matcher.ranking.prices import MAX_TERM_MONTHS, brief_budget, brief_total, usual_scale


@pytest.mark.parametrize(
    ("text", "countries", "languages"),
    [
        ("We need a Swedish-speaking team. Swedish speakers only.", [], ["sv"]),
        ("Clinics in Spain and Portugal; all content in Spanish.", ["ES", "PT"], ["es"]),
        ("Only UK-based agencies, please.", ["GB"], []),
        ("German-speaking SEO for the German market", ["DE"], ["de"]),
        # US places and a pronoun are not countries.
        ("Law firm in Atlanta, Georgia, opening in New Jersey and New Mexico; let us know", [], []),
        ("Fluent in French, working with customers in France and Belgium", ["FR", "BE"], ["fr"]),
    ],
)
def test_markets_named_in_the_scope(text, countries, languages):
    assert countries_in(text) == countries
    assert languages_in(text) == languages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remote is fine.", True),
        ("Location doesn't matter to us.", True),
        ("Agencies based anywhere", True),
        ("We are a remote-first team in Leeds", False),
        ("Only London agencies", False),
    ],
)
def test_location_does_not_matter(text, expected):
    assert remote_ok_in(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our budget is $2,000–5,000/month.", (2000, 5000)),
        ("We can spend up to $3,000 a month.", (None, 3000)),
        ("A budget of at least $4,000 a month.", (4000, None)),
        ("An annual budget of $60k.", (None, 5000)),
        ("Presupuesto de 3.000 € al mes.", (None, 3240)),
        ("Total project budget $20,000.", (None, None)),  # a project total is not a monthly budget
        ("We pay $50 per link every month.", (None, None)),
        ("Budget 3 000 € par mois.", (None, 3240)),
        ("Budget: $3-5k monthly.", (3000, 5000)),
        ("Budget €2,5k a month.", (None, 2700)),
        ("We make $2M in revenue a year and can spend $4k a month.", (None, 4000)),
        ("We ship 2,000 pounds of coffee every month.", (None, None)),
    ],
)
def test_budget_in_the_scope(text, expected):
    assert brief_budget(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tender had a total value of £700,000 and closes on 31 August.", (889000, None)),
        ("We have $12,000 for a 6-month project.", (12000, 6)),
        ("The contract is valued at £1.2 million over 3 years.", (1524000, 36)),
        ("This issue now has a funding of 0.2 ETH (57.87 USD @ $289.36/ETH) attached to it.", (58, None)),
        ("Budget: $5,000 for the whole job.", (5000, None)),
        # a monthly or yearly budget, a price per unit, no amount at all: no total
        ("Our budget is $3,000 a month.", (None, None)),
        ("An annual budget of $60k.", (None, None)),
        ("We pay $50 per link.", (None, None)),
        ("The budget will be agreed after the audit.", (None, None)),
    ],
)
def test_a_total_for_the_whole_work_in_the_scope(text, expected):
    assert brief_total(text) == expected


def test_a_total_is_read_as_the_monthly_range_it_implies_and_said_to_be_a_total():
    tender = needs_from_brief({"scope": "SEO agency services for the university. Total contract value "
                                         "£700,000; the framework starts in May."}).understood()
    assert tender["budget_total_usd"] == 889000 and tender["budget_months"] is None
    assert (tender["budget_min_usd"], tender["budget_max_usd"]) == (round(889000 / MAX_TERM_MONTHS), 889000)
    assert {"budget_total_usd", "budget_min_usd", "budget_max_usd"} <= set(tender["from_scope"])
    project = needs_from_brief({"scope": "Link building: $12,000 for a 6-month project."}).understood()
    assert (project["budget_min_usd"], project["budget_max_usd"], project["budget_months"]) == (2000, 2000, 6)
    # a monthly budget in the scope or in the form comes first: no total is read beside it
    monthly = needs_from_brief({"scope": "Total value $90,000.", "budget_max_usd": 3000}).understood()
    assert monthly["budget_total_usd"] is None and monthly["budget_max_usd"] == 3000


@pytest.mark.parametrize(
    "scope",
    [
        "Our market is TÜRKİYE and we need link building.",
        "ENGLİSH-speaking team for technical SEO",
        "content in ſpanish, link building",
        "🚀" * 500,
        "in german " * 10_000,
    ],
)
def test_odd_text_never_crashes_the_reading(scope):
    needs = needs_from_brief({"scope": scope})
    assert isinstance(needs.understood(), dict)
    brief_notices(needs)


def test_product_words_are_not_markets():
    for text in (
        "Auto repair shop in Austin, Texas, specialising in German cars.",
        "We sell Dutch ovens and fine china.",
        "A Latin American restaurant in Miami.",
        "We specialise in Italian furniture.",
    ):
        assert countries_in(text) in ([], ["US"]) and languages_in(text) == [], text
    assert countries_in("The German market and British customers") == ["DE", "GB"]
    assert not remote_ok_in("Remote is fine for calls, but the agency must be based in the UK.")


def test_a_service_turned_down_is_not_required():
    needs = needs_from_brief(
        {"scope": "We do not want link building; we need help with site speed and a technical SEO audit."}
    )
    assert "link_building" not in needs.required_services
    assert "technical_seo" in needs.required_services


def test_the_scale_a_provider_describes():
    assert (
        usual_scale("We accept budgets from $300/month. Most retainers are low four figures a month.") == 3000
    )
    assert usual_scale("Typical programmes run $1,500-3,000 a month.") == 3000
    assert usual_scale("We love links.") is None


def test_scope_words_count_beside_filled_fields():
    needs = needs_from_brief(
        {
            "scope": "We also need a technical SEO audit and link building. Our clinics are in Spain; budget "
            "$8,000 a month.",
            "services": ["local_seo"],
            "countries": ["PT"],
            "budget_min_usd": 1000,
            "budget_max_usd": 2000,
            "industry": "healthcare",
        }
    )
    assert needs.services == ("local_seo", "link_building", "technical_seo", "seo_audit")
    assert needs.required_services == needs.services
    assert needs.countries == {"PT", "ES"}
    understood = needs.understood()
    assert understood["from_scope"] == ["services", "countries"]
    # Where the two disagree the buyer is told, and the form's budget is kept.
    assert (understood["budget_min_usd"], understood["budget_max_usd"]) == (1000, 2000)
    assert any("Spain" in d for d in understood["disagreements"])
    assert any("$8,000" in d and "form" in d for d in understood["disagreements"])


def test_a_loose_word_is_not_a_requirement():
    needs = needs_from_brief({"scope": "We want outreach to bloggers in our niche and more articles."})
    assert needs.required_services == ()
    assert needs.services  # it still steers the score


def test_a_brief_in_spanish_asks_for_spanish():
    needs = needs_from_brief(
        {
            "scope": "Buscamos una agencia de posicionamiento SEO para nuestra tienda online de "
            "muebles, con experiencia en enlaces y contenidos para el mercado local. "
            "Queremos mejorar la visibilidad de las categorías y de las fichas de "
            "producto en los próximos meses."
        }
    )
    assert needs.languages == {"es"} and "languages" in needs.from_scope
    # A short, keyword-like English scope is no sign of a language.
    assert (
        needs_from_brief(
            {"scope": "Link building campaign: DR50+ guest posts, niche edits, digital PR outreach"}
        ).languages
        == set()
    )


def codes(scope, **fields):
    return [n["code"] for n in brief_notices(needs_from_brief({"scope": scope, **fields}))]


def test_what_the_buyer_is_told_about_the_brief():
    assert codes("We need an agency to run our Google Ads and Facebook ads campaigns.") == ["off_scope"]
    assert codes("Website redesign for our council plus ongoing SEO and link building.") == [
        "partly_off_scope"
    ]
    assert codes("🚀🚀🚀 ???") == ["thin_brief"]
    assert codes("Need help with my website") == ["thin_brief"]
    assert "risky_terms" in codes("We will pay only for a top-5 rank within 20 days on our casino site.")
    # Naming the risk to avoid it is not asking for it.
    assert (
        codes(
            "Ethical link building for our SaaS, no PBNs or paid links, from an agency that "
            "does not promise rankings."
        )
        == []
    )
    # A full description that never asks for SEO or anything we match is off scope too.
    assert codes(
        "The council invites tenders for a creative campaign partner for student recruitment: "
        "concept, messaging, photography and print for the autumn intake across the region."
    ) == ["off_scope"]
    # Marketing as a whole may include SEO: a rough list, and the buyer asked which part is SEO.
    assert codes(
        "The College's marketing department seeks a partner to provide digital marketing services "
        "for student recruitment campaigns across the region over the next three years."
    ) == ["thin_brief"]
    # An SEO need in plain words is one.
    assert (
        codes(
            "We want more patients to find our three clinics when they search on Google for a dentist "
            "near them."
        )
        == []
    )
    # A ticked SEO service is an SEO need, whatever else the scope says.
    assert codes("Help with our Google Ads account too.", services=["technical_seo"]) == ["partly_off_scope"]


def test_work_given_to_someone_else_is_not_asked_for():
    # SEO named as another vendor's work is no SEO need: a tender for paid search is off scope.
    assert codes(
        "The county seeks a vendor for search engine marketing. It contracts with separate vendors to manage "
        "web development; search engine optimization strategy and execution; and paid social advertising."
    ) == ["off_scope"]
    assert codes("Our SEO is handled in-house; we need a partner for Google Ads campaigns.") == ["off_scope"]
    # ...and other work left to someone else is not reported as left out.
    assert codes("We need SEO and link building, plus Google Ads managed by another agency.") == []
    assert codes("Paid search is out of scope; we need SEO and link building.") == []
    # Turning to one's own need after naming another agency keeps the need.
    assert codes("We work with another agency for ads but need a new SEO partner.") == []
    assert codes("Another agency built our links and got us penalised; we need SEO help to recover.") == []


def test_marketing_as_a_whole_that_names_only_other_work_is_off_scope():
    assert codes(
        "The University seeks a digital marketing agency to plan and deliver an always-on digital "
        "advertising strategy that drives prospective students from first visit to enrolment."
    ) == ["off_scope"]



def test_a_tenders_numbered_articles_are_sections_not_content_work():
    """Tenders and contracts number their sections "Article I", "ARTICLE 4": no content writing is asked."""
    tender = ("Cahier des charges Refonte site internet\n\nARTICLE I – Objet de la consultation\n\n"
              "ARTICLE II - La structure\n\nArticle 4.1.4. Référencement et positionnement organique")
    assert needs_from_brief({"scope": tender}).services == ()
    assert needs_from_brief({"scope": "We need four articles a month for our blog."}).services == (
        "content_marketing",)
