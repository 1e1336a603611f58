#!/usr/bin/env python3
"""Build the labeled provider-matching evaluation set in ``bench/data``.

Method
------
Every provider gets a hidden *true* profile (services, industries it has real
experience in, monthly budget range, markets, risky or not) and every brief gets
hidden *true* needs (industry, one core plus up to two secondary services,
budget, markets).  The files written here are noisy observations of that truth:

* about 20% of honest providers leave ``industries`` empty and reveal their
  sectors only in plain words ("dental clinics", "Shopify and WooCommerce
  stores"); about 10% leave ``services`` empty or partial and describe the work
  in text; about 10% publish no budget (most of them hint at pricing in text);
* about 12% of providers are risky.  Their structured fields are broad and
  attractive; the red flags (guaranteed rankings, guaranteed DA links, link
  packages, private networks / expired domains, automated blasts, "secret"
  methods, 48-hour rankings, cloaking / doorway pages) appear only in the
  description, methodology or case studies.  Honest providers sometimes
  mention guarantees or link counts cleanly ("we never buy links");
* about 25% of briefs have no ``industry``; some list no or only some services,
  some list no markets; the missing facts are stated in ``scope``.

Grades come from the true profiles only, the way a buyer would judge:

* 0 - risky provider, no market overlap (country and language), provider
  minimum above the buyer's maximum, provider far too small (maximum below 40%
  of the buyer's minimum), or none of the needed services;
* 1 - only a secondary service covered, two or more shortfalls, or provider
  somewhat undersized (maximum below the buyer's minimum);
* 2 - core service, budget and market fit with one shortfall: no experience in
  the industry, or one missing secondary service (an adjacent industry such as
  fintech vs crypto counts as half a shortfall);
* 3 - every needed service, real experience in the industry, market and budget.

For every brief a handful of providers are planted around its needs (perfect
fits, fits without industry experience, wrong market, over budget, adjacent
industry, right industry but wrong services, risky look-alikes) and mixed with
background providers, so that neither text similarity nor structured filtering
alone recovers the ranking.  All pairs are graded, not only the planted ones.

Run from the repository root: ``python bench/data/make_eval.py``.  The output
is fully determined by ``SEED`` (standard library only).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

SEED = 20240917
OUT_DIR = Path(__file__).resolve().parent
REFERENCE_YEAR = 2025

N_BRIEFS = 60
N_BACKGROUND = 90
RISKY_SHARE = 0.12
HIDDEN_INDUSTRY_SHARE = 0.20
HIDDEN_SERVICE_SHARE = 0.10
NO_BUDGET_SHARE = 0.10
BRIEF_NO_INDUSTRY_SHARE = 0.25
BRIEF_NO_SERVICES_SHARE = 0.12
BRIEF_PARTIAL_SERVICES_SHARE = 0.10
BRIEF_NO_MARKETS_SHARE = 0.15

# --------------------------------------------------------------------------
# Taxonomy
# --------------------------------------------------------------------------

SERVICES = [
    "link_building", "digital_pr", "guest_posting", "content_marketing", "technical_seo",
    "on_page_seo", "local_seo", "ecommerce_seo", "international_seo", "seo_audit",
    "backlink_audit", "keyword_research",
]
INDUSTRIES = [
    "saas", "ecommerce", "fintech", "healthcare", "legal", "real_estate", "travel", "education",
    "manufacturing", "local_services", "crypto", "igaming", "nonprofit", "media", "automotive",
    "hospitality", "cybersecurity", "hr_recruiting",
]
ADJACENT_PAIRS = [
    ("fintech", "crypto"), ("crypto", "igaming"), ("fintech", "saas"), ("saas", "cybersecurity"),
    ("saas", "hr_recruiting"), ("travel", "hospitality"), ("real_estate", "local_services"),
    ("healthcare", "local_services"), ("education", "nonprofit"), ("manufacturing", "automotive"),
    ("ecommerce", "automotive"), ("media", "education"),
]
ADJACENT: dict[str, list[str]] = {i: [] for i in INDUSTRIES}
for _a, _b in ADJACENT_PAIRS:
    ADJACENT[_a].append(_b)
    ADJACENT[_b].append(_a)

SERVICE_NAMES = {
    "link_building": "link building", "digital_pr": "digital PR", "guest_posting": "guest posting",
    "content_marketing": "content marketing", "technical_seo": "technical SEO",
    "on_page_seo": "on-page SEO", "local_seo": "local SEO", "ecommerce_seo": "e-commerce SEO",
    "international_seo": "international SEO", "seo_audit": "SEO audits",
    "backlink_audit": "backlink audits", "keyword_research": "keyword research",
}

# Words that give a service or an industry away; "implicit" phrasings must avoid them.
SERVICE_KEYWORDS = {
    "link_building": r"link[- ]building", "digital_pr": r"digital pr\b", "guest_posting": r"guest[- ]post",
    "content_marketing": r"content marketing", "technical_seo": r"technical seo",
    "on_page_seo": r"on[- ]page", "local_seo": r"local seo", "ecommerce_seo": r"e-?commerce",
    "international_seo": r"international", "seo_audit": r"seo audit", "backlink_audit": r"backlink audit",
    "keyword_research": r"keyword research",
}
INDUSTRY_KEYWORDS = (
    r"\bsaas\b|e-?commerce|fintech|health ?care|\blegal\b|real estate|\btravel|education|manufactur"
    r"|local service|crypto|gaming|non-?profit|\bmedia\b|automotive|hospitality|security|\bhr\b|recruit"
)

# --------------------------------------------------------------------------
# Markets
# --------------------------------------------------------------------------

CLUSTERS = {
    "anglo": ["US", "GB", "CA", "AU", "IE", "NZ"],
    "dach": ["DE", "AT", "CH"],
    "france": ["FR", "BE", "CH"],
    "hispanic": ["ES", "MX", "AR", "CO"],
    "benelux": ["NL", "BE"],
    "nordics": ["SE", "DK", "NO", "FI"],
    "italy": ["IT"],
    "lusophone": ["PT", "BR"],
    "poland": ["PL"],
}
CLUSTER_WEIGHTS = {
    "anglo": 55, "dach": 10, "france": 7, "hispanic": 8, "benelux": 5, "nordics": 5,
    "italy": 4, "lusophone": 4, "poland": 2,
}
CLUSTER_LANG = {
    "anglo": "en", "dach": "de", "france": "fr", "hispanic": "es", "benelux": "nl",
    "italy": "it", "lusophone": "pt", "poland": "pl",
}
NORDIC_LANG = {"SE": "sv", "DK": "da", "NO": "no", "FI": "fi"}
ANGLO_WEIGHTS = {"US": 40, "GB": 30, "CA": 10, "AU": 12, "IE": 5, "NZ": 3}
COUNTRY_NAMES = {
    "US": "the US", "GB": "the UK", "CA": "Canada", "AU": "Australia", "IE": "Ireland",
    "NZ": "New Zealand", "DE": "Germany", "AT": "Austria", "CH": "Switzerland", "FR": "France",
    "BE": "Belgium", "NL": "the Netherlands", "ES": "Spain", "MX": "Mexico", "AR": "Argentina",
    "CO": "Colombia", "SE": "Sweden", "DK": "Denmark", "NO": "Norway", "FI": "Finland",
    "IT": "Italy", "PT": "Portugal", "BR": "Brazil", "PL": "Poland",
}
LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "nl": "Dutch",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "it": "Italian",
    "pt": "Portuguese", "pl": "Polish",
}
CITIES = {
    "US": ["Austin", "Denver", "Chicago", "Portland", "Brooklyn", "Atlanta", "San Diego", "Boston"],
    "GB": ["Manchester", "Bristol", "London", "Leeds", "Brighton", "Edinburgh"],
    "CA": ["Toronto", "Vancouver", "Montreal"], "AU": ["Sydney", "Melbourne", "Brisbane"],
    "IE": ["Dublin", "Cork"], "NZ": ["Auckland", "Wellington"],
    "DE": ["Berlin", "Hamburg", "Munich", "Cologne"], "AT": ["Vienna", "Graz"],
    "CH": ["Zurich", "Geneva"], "FR": ["Paris", "Lyon", "Nantes"], "BE": ["Brussels", "Ghent"],
    "NL": ["Amsterdam", "Utrecht", "Rotterdam"], "ES": ["Madrid", "Barcelona", "Valencia"],
    "MX": ["Mexico City", "Guadalajara"], "AR": ["Buenos Aires", "Cordoba"],
    "CO": ["Bogota", "Medellin"], "SE": ["Stockholm", "Gothenburg"], "DK": ["Copenhagen", "Aarhus"],
    "NO": ["Oslo", "Bergen"], "FI": ["Helsinki", "Tampere"], "IT": ["Milan", "Rome", "Turin"],
    "PT": ["Lisbon", "Porto"], "BR": ["Sao Paulo", "Curitiba"], "PL": ["Warsaw", "Krakow"],
}
TLDS = {
    "US": ".com", "GB": ".co.uk", "CA": ".ca", "AU": ".com.au", "IE": ".ie", "NZ": ".co.nz",
    "DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "BE": ".be", "NL": ".nl", "ES": ".es",
    "MX": ".mx", "AR": ".com.ar", "CO": ".co", "SE": ".se", "DK": ".dk", "NO": ".no", "FI": ".fi",
    "IT": ".it", "PT": ".pt", "BR": ".com.br", "PL": ".pl",
}


def lang_of(country: str, cluster: str) -> str:
    return NORDIC_LANG[country] if cluster == "nordics" else CLUSTER_LANG[cluster]


# --------------------------------------------------------------------------
# Industry wording.  "explicit" uses the taxonomy word, "implicit" does not.
# --------------------------------------------------------------------------

INDUSTRY_TEXT = {
    "saas": {
        "explicit": ["SaaS companies", "B2B SaaS businesses", "SaaS start-ups and scale-ups"],
        "implicit": ["B2B software companies that sell monthly subscriptions",
                     "product-led software start-ups with free trials",
                     "cloud software vendors selling per-seat plans"],
        "buyer_explicit": ["a B2B SaaS company", "a SaaS start-up"],
        "buyer_implicit": ["a software company selling a scheduling app on monthly subscriptions",
                           "a cloud invoicing tool with about {staff} paying teams",
                           "a product-led analytics platform with a free trial"],
        "clients": ["a project-management app", "a B2B analytics platform",
                    "an invoicing tool for freelancers"],
        "label": "B2B software", "metric": ["trial sign-ups", "demo requests"],
        "concern": "We sell to finance teams, so content has to be credible to accountants.",
        "company": ["Cloud", "Labs", "Software", "HQ"],
    },
    "ecommerce": {
        "explicit": ["e-commerce brands", "ecommerce retailers", "online retail and e-commerce businesses"],
        "implicit": ["Shopify and WooCommerce stores",
                     "direct-to-consumer brands selling through their own web shops",
                     "online shops with thousands of SKUs"],
        "buyer_explicit": ["an e-commerce brand", "an ecommerce retailer"],
        "buyer_implicit": ["a Shopify store selling handmade ceramics",
                           "a direct-to-consumer skincare brand that sells only through our own web shop",
                           "an online shop for outdoor gear with a few thousand products"],
        "clients": ["a Shopify homeware store", "a DTC skincare brand", "an online outdoor-gear shop"],
        "label": "Online retail", "metric": ["online revenue", "orders"],
        "concern": "Peak season is November, so anything structural has to ship before then.",
        "company": ["Goods", "Supply Co.", "Store", "Outfitters"],
    },
    "fintech": {
        "explicit": ["fintech companies", "fintech start-ups", "financial technology firms"],
        "implicit": ["neobanks, payment processors and lending apps", "personal-finance and budgeting apps",
                     "B2B payments and expense-management platforms"],
        "buyer_explicit": ["a fintech start-up", "a fintech company"],
        "buyer_implicit": ["a payments platform for small merchants", "a budgeting app with its own debit "
        "card",
                           "a consumer lending app"],
        "clients": ["a neobank", "a payments start-up", "a consumer lending app"],
        "label": "Payments & banking", "metric": ["account sign-ups", "funded accounts"],
        "concern": "Everything we publish goes through compliance review for financial promotions.",
        "company": ["Pay", "Capital", "Money", "Ledger"],
    },
    "healthcare": {
        "explicit": ["healthcare providers", "healthcare brands", "healthcare and medical practices"],
        "implicit": ["dental clinics", "private clinics, physiotherapy practices and telemedicine services",
                     "dental and dermatology practices"],
        "buyer_explicit": ["a healthcare provider", "a private healthcare group"],
        "buyer_implicit": ["a group of {staff} dental clinics", "a physiotherapy practice with three "
        "locations",
                           "a telemedicine service for online GP appointments"],
        "clients": ["a dental clinic group", "a physiotherapy chain", "a telemedicine provider"],
        "label": "Dental & clinics", "metric": ["appointment bookings", "patient enquiries"],
        "concern": "Medical claims must be reviewed by our clinicians before anything goes live.",
        "company": ["Dental", "Clinics", "Physio", "Care"],
    },
    "legal": {
        "explicit": ["law firms and legal services", "legal practices", "legal-sector firms"],
        "implicit": ["personal-injury firms", "immigration lawyers and family-law practices",
                     "solicitors and boutique law firms"],
        "buyer_explicit": ["a legal services firm", "a legal practice"],
        "buyer_implicit": ["a personal-injury law firm", "an immigration law practice",
                           "a family-law firm with {staff} solicitors"],
        "clients": ["a personal-injury firm", "an immigration law practice", "a family-law firm"],
        "label": "Personal injury law", "metric": ["case enquiries", "consultation requests"],
        "concern": "Bar advertising rules apply, so no testimonials that promise outcomes.",
        "company": ["Law", "Solicitors", "& Partners", "Law Group"],
    },
    "real_estate": {
        "explicit": ["real estate agencies", "real estate brands", "real estate developers and brokers"],
        "implicit": ["estate agents and property developers", "realtors and mortgage brokers",
                     "letting agents and property portals"],
        "buyer_explicit": ["a real estate agency", "a real estate developer"],
        "buyer_implicit": ["an estate agency covering {staff} towns",
                           "a property developer selling new-build apartments",
                           "a realtor team selling homes in the suburbs"],
        "clients": ["an estate agency", "a property developer", "a mortgage broker"],
        "label": "Property", "metric": ["valuation requests", "viewing requests"],
        "concern": "Listings change daily, so the site has thousands of short-lived pages.",
        "company": ["Realty", "Properties", "Homes", "Estates"],
    },
    "travel": {
        "explicit": ["travel brands", "travel companies and OTAs", "travel operators"],
        "implicit": ["tour operators and booking sites", "holiday-rental platforms and adventure-trip "
        "companies",
                     "online booking sites for flights and package holidays"],
        "buyer_explicit": ["a travel company", "a travel start-up"],
        "buyer_implicit": ["a tour operator running small-group trips", "a holiday-rental platform",
                           "an adventure-trip company"],
        "clients": ["a tour operator", "a holiday-rental platform", "an adventure-trip company"],
        "label": "Tours & trips", "metric": ["direct bookings", "trip enquiries"],
        "concern": "Demand is very seasonal and we compete with the big booking sites.",
        "company": ["Travel", "Tours", "Journeys", "Trips"],
    },
    "education": {
        "explicit": ["education providers", "education and e-learning companies",
                     "higher-education institutions"],
        "implicit": ["online course platforms and universities", "language schools and tutoring marketplaces",
                     "coding bootcamps and e-learning academies"],
        "buyer_explicit": ["an education provider", "an education company"],
        "buyer_implicit": ["an online course platform for data skills", "a language school with online "
        "classes",
                           "a private university"],
        "clients": ["an online course platform", "a language school", "a coding bootcamp"],
        "label": "Courses & schools", "metric": ["enrolments", "course sign-ups"],
        "concern": "Enrolment peaks twice a year, so timing matters.",
        "company": ["Academy", "Learning", "Tutors", "Institute"],
    },
    "manufacturing": {
        "explicit": ["manufacturing companies", "manufacturers", "industrial manufacturing firms"],
        "implicit": ["industrial component makers and machine shops", "B2B factories selling machinery parts",
                     "packaging suppliers and CNC machining shops"],
        "buyer_explicit": ["a manufacturing company", "a manufacturer of industrial parts"],
        "buyer_implicit": ["a maker of industrial valves and pumps", "a CNC machining shop that sells to "
        "OEMs",
                           "a packaging supplier with two factories"],
        "clients": ["an industrial valve maker", "a packaging supplier", "a CNC machining shop"],
        "label": "Industrial components", "metric": ["quote requests", "RFQs"],
        "concern": "Our buyers are engineers, so content must be technically accurate.",
        "company": ["Industries", "Components", "Fabrication", "Works"],
    },
    "local_services": {
        "explicit": ["local service businesses", "local services companies", "local service providers"],
        "implicit": ["plumbers, roofers and HVAC contractors",
                     "home-service businesses like cleaners, electricians and locksmiths",
                     "multi-location trades franchises"],
        "buyer_explicit": ["a local services business", "a local service company"],
        "buyer_implicit": ["a plumbing and heating company with {staff} vans", "a roofing contractor",
                           "a house-cleaning franchise with several territories"],
        "clients": ["a roofing contractor", "a plumbing company", "an HVAC firm"],
        "label": "Home trades", "metric": ["booked jobs", "phone calls"],
        "concern": "Most jobs come in by phone, so call tracking matters to us.",
        "company": ["Plumbing", "Roofing", "Home Services", "Heating"],
    },
    "crypto": {
        "explicit": ["crypto companies", "crypto and Web3 projects", "cryptocurrency exchanges"],
        "implicit": ["blockchain exchanges and wallet apps", "DeFi protocols and token projects",
                     "digital-asset exchanges and NFT marketplaces"],
        "buyer_explicit": ["a crypto exchange", "a crypto start-up"],
        "buyer_implicit": ["a blockchain wallet app", "a DeFi lending protocol", "a digital-asset exchange"],
        "clients": ["a digital-asset exchange", "a DeFi protocol", "a hardware wallet maker"],
        "label": "Digital assets", "metric": ["wallet sign-ups", "verified traders"],
        "concern": "Ad platforms restrict us, which is why organic matters so much.",
        "company": ["Chain", "Exchange", "Wallet", "Protocol"],
    },
    "igaming": {
        "explicit": ["iGaming operators", "iGaming brands and affiliates", "online gaming operators"],
        "implicit": ["online casinos and sportsbooks", "betting affiliates and poker rooms",
                     "licensed casino and slots sites"],
        "buyer_explicit": ["an iGaming operator", "an iGaming affiliate"],
        "buyer_implicit": ["a licensed online casino", "a sports-betting site", "a casino affiliate portal"],
        "clients": ["an online casino", "a sportsbook", "a betting affiliate site"],
        "label": "Casino & betting", "metric": ["first-time depositors", "registrations"],
        "concern": "We are licensed and every placement must respect gambling advertising rules.",
        "company": ["Bet", "Casino", "Play", "Odds"],
    },
    "nonprofit": {
        "explicit": ["nonprofits", "nonprofit organisations", "non-profit and charity organisations"],
        "implicit": ["charities and foundations", "NGOs raising donations online",
                     "advocacy groups and community charities"],
        "buyer_explicit": ["a nonprofit", "a non-profit organisation"],
        "buyer_implicit": ["a children's charity", "an environmental NGO",
                           "a foundation funding cancer research"],
        "clients": ["a children's charity", "an environmental foundation", "a food-bank network"],
        "label": "Charity", "metric": ["online donations", "volunteer sign-ups"],
        "concern": "Every dollar is scrutinised by our trustees, so reporting must be clear.",
        "company": ["Foundation", "Trust", "Alliance", "Fund"],
    },
    "media": {
        "explicit": ["media companies", "digital media publishers", "media and publishing brands"],
        "implicit": ["publishers and news sites", "magazines, newsrooms and podcast networks",
                     "online magazines and newsletter businesses"],
        "buyer_explicit": ["a digital media company", "a media brand"],
        "buyer_implicit": ["an online magazine about food and drink", "a regional news site",
                           "a podcast network with a large article archive"],
        "clients": ["a regional news publisher", "a podcast network", "a lifestyle magazine"],
        "label": "Publishing", "metric": ["pageviews", "newsletter subscribers"],
        "concern": "We publish around {staff} articles a week and have a huge archive.",
        "company": ["Times", "Press", "Daily", "Review"],
    },
    "automotive": {
        "explicit": ["automotive brands", "automotive dealers and suppliers", "automotive businesses"],
        "implicit": ["car dealerships and used-car marketplaces",
                     "dealer groups, EV charger installers and car parts sellers",
                     "car dealerships and vehicle leasing firms"],
        "buyer_explicit": ["an automotive dealer group", "an automotive company"],
        "buyer_implicit": ["a car dealership group with {staff} showrooms", "a used-car marketplace",
                           "a vehicle leasing broker"],
        "clients": ["a car dealership group", "an EV charger installer", "a used-car marketplace"],
        "label": "Car dealerships", "metric": ["test-drive bookings", "finance applications"],
        "concern": "Stock pages come and go every day, which makes the site messy.",
        "company": ["Motors", "Auto Group", "Cars", "Autoparts"],
    },
    "hospitality": {
        "explicit": ["hospitality businesses", "hospitality groups", "hotel and hospitality brands"],
        "implicit": ["hotels and boutique resorts", "restaurant groups, bars and venues",
                     "independent hotels and serviced apartments"],
        "buyer_explicit": ["a hospitality group", "a hospitality business"],
        "buyer_implicit": ["a group of {staff} boutique hotels", "a restaurant group",
                           "a ski resort with its own lodges"],
        "clients": ["a boutique hotel group", "a restaurant chain", "a ski resort"],
        "label": "Hotels", "metric": ["direct room bookings", "table reservations"],
        "concern": "We want to cut our dependence on booking-platform commissions.",
        "company": ["Hotels", "Inns", "Resorts", "Dining Group"],
    },
    "cybersecurity": {
        "explicit": ["cybersecurity vendors", "cybersecurity companies", "cyber security firms"],
        "implicit": ["infosec vendors and penetration-testing firms",
                     "endpoint protection and zero-trust software vendors",
                     "managed detection and response providers"],
        "buyer_explicit": ["a cybersecurity company", "a cybersecurity vendor"],
        "buyer_implicit": ["a penetration-testing firm", "an endpoint protection vendor",
                           "a managed detection and response provider"],
        "clients": ["a penetration-testing firm", "an endpoint protection vendor",
                    "a managed detection provider"],
        "label": "Infosec", "metric": ["demo requests", "trial installs"],
        "concern": "Our buyers are CISOs and they see through fluffy content immediately.",
        "company": ["Secure", "Defense", "Shield", "Cyber"],
    },
    "hr_recruiting": {
        "explicit": ["HR and recruiting companies", "recruitment agencies", "HR tech and recruiting firms"],
        "implicit": ["staffing agencies and job boards", "executive search firms and temp agencies",
                     "talent-acquisition firms and niche job boards"],
        "buyer_explicit": ["a recruitment agency", "an HR and recruiting firm"],
        "buyer_implicit": ["a staffing agency placing nurses", "a tech job board",
                           "an executive search firm"],
        "clients": ["a staffing agency", "a tech job board", "an executive search firm"],
        "label": "Staffing", "metric": ["candidate applications", "employer enquiries"],
        "concern": "We need both candidates and employers, which are two very different audiences.",
        "company": ["Talent", "Staffing", "Recruitment", "Hire"],
    },
}

# --------------------------------------------------------------------------
# Service wording (provider side).  "implicit" sentences avoid the service name.
# --------------------------------------------------------------------------

SERVICE_TEXT = {
    "link_building": {
        "explicit": [
            "Link building is our core: manual outreach to relevant sites, one conversation at a time.",
            "We run white-hat link building campaigns based on genuine editorial outreach.",
            "Our link building team secures placements on niche sites your customers actually read.",
            "Link building through personal outreach is where most of our hours go.",
        ],
        "implicit": [
            "We earn mentions and links from relevant niche sites by pitching their editors directly.",
            "Our outreach team gets you cited on the sites your buyers already read.",
            "We contact bloggers, resource pages and trade publications to earn references back to your "
            "pages.",
            "Most of our time goes into persuading relevant websites to reference and point to yours.",
        ],
    },
    "digital_pr": {
        "explicit": [
            "Our digital PR campaigns turn original data into national and trade coverage.",
            "Digital PR is a big part of what we do, from reactive commentary to data-led campaigns.",
            "We run digital PR with a team of former journalists.",
            "Digital PR campaigns give our clients coverage and authority at the same time.",
        ],
        "implicit": [
            "We pitch data stories to journalists.",
            "We turn your original research into coverage in newspapers and trade magazines.",
            "Our former reporters build newsworthy stories around your data and sell them in to editors.",
            "We get your experts quoted by reporters who are writing about your field.",
        ],
    },
    "guest_posting": {
        "explicit": [
            "We handle guest posting on respected industry blogs, written by subject experts.",
            "Guest posting is part of every campaign, but only on sites with a real readership.",
            "Our guest posting service places expert articles on well-read niche publications.",
            "We offer guest posting with full editorial control on your side.",
        ],
        "implicit": [
            "We write contributed articles for industry blogs under your experts' bylines.",
            "We place bylined thought-leadership pieces on partner publications in your niche.",
            "Your founders get regular contributor slots on blogs your customers follow.",
            "We ghost-write articles for your team and get them published on relevant third-party sites.",
        ],
    },
    "content_marketing": {
        "explicit": [
            "Content marketing is our other pillar: guides, comparisons and research people want to read.",
            "We run content marketing end to end, from strategy to publishing.",
            "Our content marketing team writes with subject-matter experts, not generic freelancers.",
            "We do content marketing that is built around what your buyers actually search for.",
        ],
        "implicit": [
            "We plan and write the guides, comparison pages and articles your buyers read before they buy.",
            "Our editors run your blog calendar end to end, from briefs to published pieces.",
            "We produce long-form resources, checklists and explainers that answer real customer questions.",
            "A team of specialist writers keeps your resource hub growing every month.",
        ],
    },
    "technical_seo": {
        "explicit": [
            "Technical SEO is our speciality: crawling, indexation, rendering and site speed.",
            "We are a technical SEO team at heart and love a messy site migration.",
            "Our technical SEO work covers Core Web Vitals, JavaScript rendering and crawl budget.",
            "Every retainer includes technical SEO support for your developers.",
        ],
        "implicit": [
            "We fix crawl errors, rendering problems, slow templates and indexation bloat.",
            "Core Web Vitals, JavaScript rendering, crawl budget and site migrations are our bread and "
            "butter.",
            "Our engineers dig through log files and page templates to find what stops search engines.",
            "We sit with your developers to fix redirects, canonicals, structured data and page speed.",
        ],
    },
    "on_page_seo": {
        "explicit": [
            "On-page SEO matters too: titles, headings, internal links and copy.",
            "We handle on-page SEO for key landing pages.",
            "Our on-page SEO work makes each page match one clear search intent.",
            "On-page SEO is included in every plan.",
        ],
        "implicit": [
            "We rewrite titles, headings, internal links and copy page by page.",
            "We tune every important page so it answers one clear intent better than the competition.",
            "Meta titles, headings, internal linking and copy edits are handled by our team.",
            "We optimise service and landing pages line by line.",
        ],
    },
    "local_seo": {
        "explicit": [
            "Local SEO is a big part of our work: Google Business Profiles, citations and reviews.",
            "We run local SEO for single and multi-location businesses.",
            "Our local SEO team gets clients into the map pack and keeps them there.",
            "We do local SEO, including location pages and review strategy.",
        ],
        "implicit": [
            "We optimise Google Business Profiles, clean up citations and get you into the map pack.",
            "We make sure you show up on the map when someone nearby searches for what you do.",
            "Our team manages business listings, reviews and location pages for every branch.",
            "We get multi-location businesses found by people searching in their own town.",
        ],
    },
    "ecommerce_seo": {
        "explicit": [
            "We specialise in e-commerce SEO for stores on Shopify, Magento and WooCommerce.",
            "Our e-commerce SEO work covers category pages, product pages and faceted navigation.",
            "Ecommerce SEO is one of our core services.",
            "We do e-commerce SEO for large catalogues.",
        ],
        "implicit": [
            "We optimise category and product pages, faceted navigation and product feeds for online stores.",
            "We help online shops rank their category pages and keep thousands of product URLs under "
            "control.",
            "Product-listing templates, filters and out-of-stock pages are the problems we solve for shops.",
            "We make sure large product catalogues get crawled, indexed and found.",
        ],
    },
    "international_seo": {
        "explicit": [
            "We run international SEO for brands expanding into new countries.",
            "International SEO is a strength: hreflang, market research and native-language content.",
            "Our international SEO team covers more than ten languages.",
            "We handle international SEO roll-outs from structure to local content.",
        ],
        "implicit": [
            "We handle hreflang, country and language folder structures and localised keyword sets.",
            "We help brands launch new country versions of their sites without cannibalising each other.",
            "Native speakers on our team research keywords for each market rather than translating one list.",
            "We plan multi-language site structures and make sure each market gets the right version.",
        ],
    },
    "seo_audit": {
        "explicit": [
            "Our SEO audits end in a prioritised roadmap, not a 200-page PDF.",
            "We offer stand-alone SEO audits for teams that want a clear plan.",
            "Every engagement starts with an SEO audit.",
            "We run SEO audits for in-house teams and developers.",
        ],
        "implicit": [
            "Every engagement starts with a full site health review that ends in a prioritised fix list.",
            "We review your whole site and hand over a ranked list of problems with effort estimates.",
            "Our diagnostic reviews tell you exactly what holds the site back and what to fix first.",
            "Before any campaign we run a deep review of the site, its content and its competitors.",
        ],
    },
    "backlink_audit": {
        "explicit": [
            "We run backlink audits and disavow work after penalties or bad vendors.",
            "Our backlink audits separate harmless noise from links that genuinely hurt you.",
            "Backlink audits are part of our onboarding.",
            "We offer backlink audits and link clean-up projects.",
        ],
        "implicit": [
            "We review your existing link profile, flag toxic domains and prepare disavow files when needed.",
            "We clean up after previous vendors: removing spammy links and recovering from manual actions.",
            "We go through every domain pointing at your site and tell you which ones are a problem.",
            "Penalty recovery and link-profile clean-up projects are a regular part of our work.",
        ],
    },
    "keyword_research": {
        "explicit": [
            "Keyword research comes first, grouped by intent and mapped to pages.",
            "We do keyword research and keyword mapping for new sites and relaunches.",
            "Our keyword research covers the long tail, not just the head terms.",
            "Keyword research is also available as a stand-alone project.",
        ],
        "implicit": [
            "We map search demand: the exact queries your customers type, grouped by intent.",
            "We find the phrases your buyers search for and turn them into a page-by-page plan.",
            "We size every topic by search demand and difficulty before anything gets written.",
            "Search-demand mapping tells us which pages to build and which to merge.",
        ],
    },
}

# --------------------------------------------------------------------------
# Provider text pools
# --------------------------------------------------------------------------

OPENINGS = [
    "{name} is a {team}-person search agency based in {city}.",
    "Founded in {year}, {name} has spent {years} years doing one thing: helping companies get found in "
    "search.",
    "We're {name}, a small team of senior SEOs working out of {city}.",
    "{name} started in {year} when two former in-house SEO leads got tired of agency fluff.",
    "Hi, we're {name}: {team} people, mostly ex-journalists and developers, based in {city}.",
    "Most agencies sell hours. At {name} we sell outcomes we can measure.",
    "Since {year}, {name} has worked with more than {clients} companies on organic growth.",
    "Think of {name} as an extension of your marketing team rather than another vendor.",
    "{name} is an independent search consultancy headquartered in {city}, {country_name}.",
    "Small team, senior people, no account managers in between: that is how {name} has worked since {year}.",
    "Based in {city}, {name} helps ambitious brands win more of the searches that matter to them.",
    "We built {name} around a simple idea: visibility in search should be earned.",
    "{name} is a remote-first SEO studio with people in {city} and beyond.",
    "Over {years} years and {clients}+ clients, {name} has grown into a {team}-person agency.",
    "If organic search is a channel you want to take seriously, {name} is built for you.",
    "{name} was set up in {city} in {year} by a technical SEO and a former newsroom editor.",
]

INDUSTRY_SINGLE = [
    "We have grown organic {metric} for {k} {ind}.",
    "Our clients are mostly {ind}.",
    "A large share of our work is for {ind}, so we already know their buying cycles and review processes.",
    "Over the past {years} years we have partnered with {k} {ind}.",
    "We specialise in {ind}.",
    "Our deepest experience is with {ind}, where we have run campaigns since {year}.",
    "Most of the retainers we run today are for {ind}.",
    "You will find {k} {ind} on our client list.",
    "{Ind} are where we do our best work; we understand how their customers search.",
    "We've spent years helping {ind} turn search into {metric}.",
]
INDUSTRY_MORE = [
    "We have also worked with {k} {ind}.",
    "{Ind} are another big part of our client list.",
    "We also run several retainers for {ind}.",
    "Another {k} of our clients are {ind}.",
    "We have grown organic {metric} for {ind} as well.",
    "Our team also knows {ind} well, with {k} projects delivered.",
]
INDUSTRY_MULTI = [
    "We mostly work with {inds}.",
    "Our client base is split between {inds}.",
    "Most of our retainers are with {inds}.",
    "We have deep, long-running experience with {inds}.",
    "Our portfolio is built around {inds}.",
    "Day to day, our team works for {inds}.",
]
SERVICE_LIST = [
    "Services include {svcs}.",
    "What we do: {svcs}.",
    "Our main services are {svcs}.",
    "We offer {svcs}.",
    "Core services: {svcs}.",
    "Clients hire us for {svcs}.",
]
MARKET_SENTENCES = [
    "We work with clients across {countries}.",
    "Most of our clients are in {countries}.",
    "We take on clients in {countries}, where we know the search landscape well.",
    "Our team works in {langs} for clients in {countries}.",
    "Markets we cover: {countries}.",
    "We serve companies in {countries}.",
]
PRICE_SENTENCES = [
    "Retainers usually start around ${min} a month.",
    "Most engagements sit between ${min} and ${max} per month.",
    "Typical monthly budgets with us run from ${min} to ${max}.",
    "Our retainers start at ${min} per month.",
]
CLOSINGS = [
    "If that sounds like a fit, we'd love to hear about your goals.",
    "Tell us where you want to be in a year and we'll tell you honestly whether we can get you there.",
    "We keep our client list short so every account gets senior attention.",
    "Happy to share references from current clients.",
    "Book a call and we'll walk you through a recent campaign.",
    "We prefer long partnerships over one-off projects.",
]
FILLERS = [
    "Every client gets a named strategist and a monthly review call.",
    "We report on traffic, leads and revenue rather than vanity metrics.",
    "Our team includes former in-house marketers, developers and editors.",
    "We are happy to work alongside in-house teams and other agencies.",
    "Contracts run month to month after an initial three-month period.",
    "We share our work in a live tracker so you always know what is happening.",
]
HONEST_STANCES = [
    "We never buy links, and we never will.",
    "No one can guarantee rankings, and we won't pretend to.",
    "We don't guarantee positions; we guarantee a clear plan and honest reporting.",
    "Last year our outreach team earned {n_links_big} editorial links for clients, each placed by a real "
    "editor.",
    "We don't sell link packages or 'DA50+' bundles; every link is earned through outreach.",
    "Private blog networks, paid placements and comment spam are things we clean up, not things we do.",
    "If an agency promises you page one in a week, walk away.",
    "We report links earned, traffic and revenue, not vanity metrics like domain authority.",
    "A typical campaign earns 10 to 25 links a month, depending on the niche and the story.",
    "We follow Google's spam policies to the letter.",
    "Anyone promising a 48-hour ranking boost is selling you risk.",
    "We turn down work that would require buying links or building doorway pages.",
]

# Red flags, grouped by kind, so risky providers use varied wording.
RED_FLAGS = {
    "guarantee_rank": [
        "We guarantee first-page Google rankings within 90 days, or you don't pay.",
        "Top 3 positions for your main keywords, guaranteed.",
        "Page-one rankings are guaranteed in writing for every keyword we accept.",
        "Our results guarantee: number one on Google for your chosen terms or a full refund.",
    ],
    "da_links": [
        "Every monthly plan includes 50 DA50+ links, guaranteed.",
        "You get 100 high-authority dofollow backlinks per month, guaranteed delivery.",
        "Guaranteed DR70+ links on every order, or we replace them free.",
        "Each package comes with 30 guaranteed DA60+ backlinks from news-style sites.",
    ],
    "buy_links": [
        "Pick a link package (25, 50 or 100 dofollow placements) and we deliver within ten days.",
        "We buy placements on high-traffic sites so you don't have to negotiate with webmasters.",
        "We have paid-placement deals with over 3,000 blogs, so links go live the same week.",
        "Our link bundles start at 20 sponsored posts a month, all marked dofollow.",
    ],
    "pbn": [
        "We host your links on our private blog network of 400 aged, high-authority sites.",
        "We rebuild expired domains with existing authority and point them at your money site.",
        "Our portfolio of niche blogs built on auction domains passes authority straight to your pages.",
        "We own a network of authority sites in every major niche, so placements are instant.",
    ],
    "automation": [
        "Our software blasts your URL to 10,000 forums, blog comments and profiles every month.",
        "Automated submissions to 2,500 directories are included in every plan.",
        "We run mass comment and forum campaigns with our in-house posting tools.",
        "Bulk social bookmarking and web 2.0 blasts give new pages an instant push.",
    ],
    "secret": [
        "Our proprietary ranking method is confidential, but it works every time.",
        "We have a contact at Google who keeps us ahead of every algorithm update.",
        "Our insider relationships with Google's search team mean our clients never get penalised.",
        "We use a secret technique the big agencies don't want you to know about.",
    ],
    "fast": [
        "Most clients see their site rank in 48 hours.",
        "New keywords hit page one within 72 hours using our indexing network.",
        "Rank for any keyword within a week, however competitive.",
        "Expect first-page positions in days, not months.",
    ],
    "cloaking": [
        "We build hundreds of city doorway pages so you rank in every town without an office there.",
        "Search engines see a keyword-rich version of your pages while visitors see your normal design.",
        "We show Google an optimised page and show users a different one, so design never limits rankings.",
        "Our page generator creates 500 near-identical location pages a month for maximum coverage.",
    ],
}
RED_FLAG_CASES = {
    "guarantee_rank": (
        "{client_cap} reached position one for all 40 target keywords within 60 days, as "
        "guaranteed."
    ),
    "da_links": "We delivered 300 DA50+ links in six weeks and {client} hit page one, exactly as promised.",
    "buy_links": "We bought 120 sponsored placements on high-traffic blogs for {client} in one quarter.",
    "pbn": (
        "We pointed 60 rebuilt expired domains at {client}'s key pages and rankings jumped within a "
        "fortnight."
    ),
    "automation": "Our posting software built 15,000 forum and comment links for {client} in a single month.",
    "secret": "Using our confidential method, {client} overtook every competitor within a month.",
    "fast": "{client_cap} ranked on page one 48 hours after we switched on our authority network.",
    "cloaking": "We launched 800 city landing pages for {client}, ranking it in every suburb within a month.",
}
RISKY_VENEER = [
    "All our work is white-hat and completely safe.",
    "Fast turnaround and transparent reporting on every order.",
    "Our process has been refined over thousands of campaigns.",
    "We stay on top of every algorithm update so you don't have to.",
]

METHOD_GENERAL = [
    "We start with a two-week discovery: analytics access, a crawl and interviews with your sales team.",
    "Month one is an audit and a 90-day roadmap; after that we work in monthly sprints.",
    "You get a shared dashboard, a monthly call and a written report that ties work to revenue.",
    "We prioritise work by expected impact and effort, and ship it together with your developers.",
    "We measure success on qualified leads and revenue, not rankings alone.",
    "Plans run quarter by quarter with clear KPIs and a monthly check-in.",
    "Every recommendation comes with a ticket your developers can pick up.",
    "Every pitch, placement and reply is logged in a live tracker you can see.",
    "A senior strategist reviews every deliverable before it reaches you.",
    "We agree targets in the first month and report against them every month after.",
    "Onboarding takes about two weeks, including competitor and search-demand analysis.",
    "We work in small, fixed teams so the people you meet are the people doing the work.",
]
METHOD_SERVICE = {
    "link_building": (
        "Outreach targets are vetted for real traffic, topical relevance and editorial "
        "standards."
    ),
    "digital_pr": "Campaign ideas are tested with a small panel of journalists before we pitch them wide.",
    "guest_posting": (
        "Articles are written by subject-matter writers and pitched only to sites with real "
        "readers."
    ),
    "content_marketing": "Content briefs come from search data and interviews with your sales team.",
    "technical_seo": (
        "We crawl the full site weekly and use log files to see how search engines spend their "
        "time."
    ),
    "on_page_seo": (
        "Each page gets one primary intent, and copy and internal links are rewritten to match "
        "it."
    ),
    "local_seo": (
        "For each location we audit the business listing, reviews, citations and local landing "
        "page."
    ),
    "ecommerce_seo": (
        "We work template by template, so fixes to category and product pages scale across the "
        "shop."
    ),
    "international_seo": (
        "Native-speaking specialists research each market instead of translating one keyword "
        "list."
    ),
    "seo_audit": "Audits end in a ranked list of fixes with effort estimates your developers can pick up.",
    "backlink_audit": (
        "We only disavow when the evidence is clear; most clean-ups are smaller than people "
        "expect."
    ),
    "keyword_research": (
        "Keyword maps are grouped by intent and tied to specific pages, not dumped in a "
        "spreadsheet."
    ),
}

CASE_TITLES = [
    "{metric_cap} up {pct}% for {client}",
    "How {client} doubled organic {metric}",
    "From page four to page one for {client}",
    "Turning around a traffic decline at {client}",
    "Scaling organic {metric} for {client}",
    "{client_cap}: a {m}-month organic growth story",
    "Winning non-brand search for {client}",
    "{pct}% more {metric} for {client}",
]
CASE_ACTIONS = {
    "link_building": "We ran manual outreach to {n} niche publications and earned {n_links} editorial links.",
    "digital_pr": (
        "We built a data story from the client's own numbers and landed {n_cov} pieces of press "
        "coverage."
    ),
    "guest_posting": (
        "We placed {n_cov} bylined articles from the client's experts on respected industry "
        "blogs."
    ),
    "content_marketing": (
        "We rebuilt the editorial calendar and published {n_pages} in-depth guides over {m} "
        "months."
    ),
    "technical_seo": (
        "We fixed rendering and indexation issues that had kept {n_pages} pages out of the "
        "index."
    ),
    "on_page_seo": "We rewrote titles, headings and internal links across {n_pages} key pages.",
    "local_seo": "We cleaned up citations and optimised the business listings for {n_loc} locations.",
    "ecommerce_seo": "We restructured category pages and tamed faceted navigation across {n_pages} listings.",
    "international_seo": (
        "We launched {n_loc} country versions with correct hreflang and localised keyword "
        "sets."
    ),
    "seo_audit": (
        "Our audit surfaced {n_issues} issues and we worked through the top twenty with their "
        "developers."
    ),
    "backlink_audit": (
        "We reviewed {n_links_big} linking domains left by a previous vendor and disavowed the toxic "
        "ones."
    ),
    "keyword_research": (
        "We mapped {n_kw} search queries to intent clusters and rebuilt the site structure around "
        "them."
    ),
}
CASE_RESULTS = [
    "Organic {metric} grew {pct}% within {m} months.",
    "Within {m} months, organic {metric} were up {pct}%.",
    "{metric_cap} from organic search rose {pct}% year on year.",
    "The client now gets {x} times more {metric} from search than a year earlier.",
]

NAME_STEMS = [
    "Northbeam", "Bluefin", "Copperleaf", "Brightline", "Clearpath", "Fieldstone", "Halcyon", "Ironwood",
    "Juniper", "Kestrel", "Lighthouse", "Meridian", "Nimbus", "Oakridge", "Pathfinder", "Quarry",
    "Riverside", "Saltmarsh", "Tallpine", "Upwind", "Vantage", "Wildflower", "Yellowtail", "Zephyr",
    "Anchor", "Beacon", "Cinder", "Driftwood", "Ember", "Foxhole", "Granite", "Harbour", "Inkwell",
    "Jetstream", "Keystone", "Lodestar", "Moonrise", "Nettle", "Orchard", "Pebble", "Redkite", "Signal",
    "Tidal", "Verdant", "Wavelength", "Axis", "Bramble", "Crestline", "Larkspur", "Summit",
]
NAME_SUFFIXES = [
    "Digital", "SEO", "Search", "Links", "Media", "Growth", "Labs", "Agency", "Partners", "Collective",
    "Studio", "& Co", "Search Partners", "Outreach", "Consulting", "Marketing",
]

# --------------------------------------------------------------------------
# Brief text pools
# --------------------------------------------------------------------------

BRIEF_INTROS = [
    "We're {company}, {ind_sing} based in {city}.",
    "{company} is {ind_sing} with about {staff} employees.",
    "I run marketing at {company}, {ind_sing}.",
    "Hi! {company} is {ind_sing} and we're looking for an SEO partner.",
    "Quick background: {company} is {ind_sing}, founded {age} years ago.",
    "I'm the founder of {company}, {ind_sing}.",
    "Our company, {company}, is {ind_sing} headquartered in {city}.",
    "{company} here: {ind_sing}, {staff} people, growing steadily.",
    "Context first: {company} is {ind_sing}.",
    "I lead growth at {company}. We are {ind_sing}.",
]
BRIEF_SITUATIONS = [
    "Organic traffic has been flat for a year while two competitors keep climbing.",
    "We relaunched the site in the spring and lost about a third of our organic traffic.",
    "We're fairly new, with little authority and very few sites linking to us.",
    "Paid ads are getting too expensive and we need organic to carry more of the pipeline.",
    "A previous agency built a lot of low-quality links and we suspect it's hurting us.",
    "We rank for our brand name but almost nothing for the terms customers actually use.",
    "We're expanding and the website hasn't kept up.",
    "Our in-house marketer left and nobody owns search right now.",
    "Leads from search have dropped since the last core update and we don't know why.",
    "We have good content but it never seems to rank.",
]
BUYER_NEEDS = {
    "link_building": ["link building from relevant, real sites", "more quality websites linking to us",
                      "someone to earn links from trade publications in our niche"],
    "digital_pr": ["digital PR that gets us into the news",
                   "coverage in newspapers and trade press, ideally built on our own data",
                   "a PR-style campaign that journalists actually pick up"],
    "guest_posting": ["guest posts on respected blogs in our space",
                      "bylined articles from our founders on industry sites",
                      "contributed articles placed on relevant publications"],
    "content_marketing": ["a content plan and writers for our blog", "someone to plan and write guides and "
    "articles",
                          "regular long-form content that answers customer questions"],
    "technical_seo": ["technical SEO work on speed, crawling and indexing",
                      "someone to fix the technical mess left by our migration",
                      "help with site speed, JavaScript rendering and indexing problems"],
    "on_page_seo": ["on-page optimisation of our key pages",
                    "rewriting titles, headings and internal links on our main pages",
                    "better copy and structure on our main landing pages"],
    "local_seo": ["local SEO for our locations", "visibility in the Google map pack in each city we serve",
                  "help with our Google Business Profiles and reviews"],
    "ecommerce_seo": ["SEO for our product and category pages",
                      "store SEO covering categories, filters and product pages",
                      "e-commerce SEO for a catalogue of a few thousand products"],
    "international_seo": ["international SEO for our new country sites",
                          "hreflang and a structure for new language versions",
                          "help rolling the site out to new countries"],
    "seo_audit": ["a full SEO audit to tell us what's broken",
                  "an independent review of what's holding the site back",
                  "a thorough site audit with a prioritised fix list"],
    "backlink_audit": ["a backlink audit and clean-up",
                       "someone to review the links a previous agency built and disavow the junk",
                       "an audit of our link profile"],
    "keyword_research": ["keyword research to find what customers actually search for",
                         "a keyword map for the whole site",
                         "research into the search terms our buyers use"],
}
CORE_TEMPLATES = [
    "Our main need is {need}.", "Above all we need {need}.", "The priority is {need}.",
    "What we're after: {need}.", "We're looking for {need}.", "First and foremost we want {need}.",
]
SECONDARY_TEMPLATES = [
    "We'd also like {needs}.", "On top of that we need {needs}.", "Second priority: {needs}.",
    "We also want {needs}.", "Another thing on the list: {needs}.",
]
BRIEF_MARKETS = [
    "Our customers are in {countries}.", "We only operate in {countries}.", "Target market: {countries}.",
    "Everything needs to work for {countries}.", "We focus on {countries} for now.",
    "Our audience is in {countries}, so the work has to be in {langs}.",
]
BRIEF_BUDGETS = [
    "We can spend roughly ${min}-${max} a month.", "Budget is ${min} to ${max} per month.",
    "Monthly budget: around ${min}-${max}.", "We've set aside ${min}-${max} a month for this.",
]
BRIEF_TIMELINES = [
    "We'd like to see real progress within {t} weeks.", "The first phase should take about {t} weeks.",
    "We're planning around a {t}-week engagement to start.", "Ideally we'd see results in {t} weeks.",
]
BRIEF_CONSTRAINTS = [
    "Please no PBNs or bought links; we need to stay clean.",
    "We're wary of anyone who guarantees rankings.",
    "Experience in our sector matters a lot to us.",
    "We need plain-English monthly reporting.",
    "Our developer has limited time, so recommendations must be prioritised.",
    "We got burned by a cheap link vendor before, so transparency matters.",
]
BRIEF_FILLERS = [
    "We have one in-house developer who can implement changes.",
    "Our site runs on WordPress.",
    "We'd prefer a partner who can start next month.",
    "Happy to share analytics access straight away.",
]
COMPANY_STEMS = [
    "Northwind", "Bluepeak", "Cedar", "Harbor", "Lumen", "Kestrel", "Maple", "Orbit", "Pinecrest",
    "Quill", "Redwood", "Silverline", "Tidewater", "Vantage", "Willow", "Zenith", "Atlas", "Beacon",
    "Copper", "Driftwood", "Evergreen", "Foxglove", "Granite", "Helix", "Ironbridge", "Juniper",
    "Marlow", "Nova", "Oakhurst", "Prism", "Rowan", "Solace", "Thistle", "Umber", "Wren",
]

# Core service preferences for briefs.  Local SEO is only a core need for businesses with
# physical locations, and store SEO only for businesses that sell products online.
CORE_WEIGHTS = {
    "link_building": 28, "digital_pr": 12, "technical_seo": 12, "content_marketing": 10, "local_seo": 0,
    "ecommerce_seo": 0, "international_seo": 6, "seo_audit": 6, "backlink_audit": 5, "guest_posting": 5,
    "on_page_seo": 3, "keyword_research": 3,
}
LOCAL_INDUSTRIES = ["local_services", "healthcare", "legal", "real_estate", "hospitality", "automotive"]
STORE_INDUSTRIES = {"ecommerce": 35, "automotive": 5, "manufacturing": 5}
SECONDARY_BY_CORE = {
    "link_building": ["digital_pr", "guest_posting", "content_marketing", "backlink_audit"],
    "digital_pr": ["link_building", "content_marketing", "keyword_research"],
    "technical_seo": ["seo_audit", "on_page_seo", "international_seo"],
    "content_marketing": ["keyword_research", "on_page_seo", "link_building"],
    "local_seo": ["on_page_seo", "content_marketing", "link_building"],
    "ecommerce_seo": ["technical_seo", "content_marketing", "link_building"],
    "international_seo": ["technical_seo", "keyword_research", "content_marketing"],
    "seo_audit": ["technical_seo", "backlink_audit", "keyword_research"],
    "backlink_audit": ["link_building", "seo_audit"],
    "guest_posting": ["content_marketing", "link_building"],
    "on_page_seo": ["keyword_research", "technical_seo"],
    "keyword_research": ["content_marketing", "on_page_seo"],
}
ARCHETYPES = {
    "links": (["link_building"], ["guest_posting", "digital_pr", "backlink_audit", "content_marketing"]),
    "pr": (["digital_pr", "link_building"], ["content_marketing", "keyword_research", "guest_posting"]),
    "technical": (["technical_seo", "seo_audit"],
                  ["on_page_seo", "international_seo", "ecommerce_seo", "keyword_research"]),
    "local": (["local_seo", "on_page_seo"],
              ["keyword_research", "seo_audit", "content_marketing", "link_building"]),
    "content": (["content_marketing", "keyword_research"], ["on_page_seo", "guest_posting", "link_building"]),
    "ecommerce": (["ecommerce_seo", "technical_seo"],
                  ["on_page_seo", "keyword_research", "link_building", "content_marketing"]),
    "international": (["international_seo", "technical_seo"],
                      ["keyword_research", "content_marketing", "link_building"]),
    "audit": (["seo_audit", "backlink_audit", "technical_seo"], ["keyword_research", "on_page_seo"]),
    "full": ([], SERVICES),
}

# Expected grade of each planted provider against the brief it was planted for.
PLANT_GRADES = {
    "perfect": 3, "no_industry": 2, "adjacent": 2, "missing_secondary": 2, "secondary_only": 1,
    "undersized": 1, "wrong_market": 0, "over_budget": 0, "risky": 0, "off_service": 0,
}


# --------------------------------------------------------------------------
# Hidden truth
# --------------------------------------------------------------------------


@dataclass
class TrueProvider:
    services: list[str]
    industries: list[str]
    countries: list[str]
    languages: list[str]
    min_budget: int
    max_budget: int
    risky: bool = False
    kind: str = "background"


@dataclass
class TrueBrief:
    industry: str
    services: list[str]  # core service first
    cluster: str
    countries: list[str]
    languages: list[str]
    budget_min: int
    budget_max: int
    timeline_weeks: int
    company: str = ""


def round_to(value: float, step: int = 500) -> int:
    return max(step, int(round(value / step)) * step)


def weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def market_ok(p: TrueProvider, b: TrueBrief) -> bool:
    return any(c in p.countries for c in b.countries) and any(lang in p.languages for lang in b.languages)


def grade(p: TrueProvider, b: TrueBrief) -> int:
    """Buyer's judgement of provider ``p`` for brief ``b``, from the hidden truth only."""
    if p.risky or not market_ok(p, b) or p.min_budget > b.budget_max:
        return 0
    if p.max_budget < 0.4 * b.budget_min:
        return 0
    core, secondary = b.services[0], b.services[1:]
    if core not in p.services:
        return 1 if any(s in p.services for s in secondary) else 0
    if p.max_budget < b.budget_min:
        return 1
    shortfall = float(sum(s not in p.services for s in secondary))
    if b.industry not in p.industries:
        shortfall += 0.5 if any(a in p.industries for a in ADJACENT[b.industry]) else 1.0
    if shortfall == 0:
        return 3
    return 2 if shortfall <= 1 else 1


def cluster_countries(rng: random.Random, cluster: str, lo: int, hi: int) -> list[str]:
    members = CLUSTERS[cluster]
    k = min(len(members), rng.randint(lo, hi))
    if cluster == "anglo":
        picked: list[str] = []
        while len(picked) < k:
            c = weighted(rng, {c: w for c, w in ANGLO_WEIGHTS.items() if c not in picked})
            picked.append(c)
        return picked
    return rng.sample(members, k)


def random_market(rng: random.Random, international: bool = False) -> tuple[list[str], list[str]]:
    clusters = [weighted(rng, CLUSTER_WEIGHTS)]
    n_extra = 0
    if rng.random() < (0.7 if international else 0.15):
        n_extra = 2 if international and rng.random() < 0.5 else 1
    while len(clusters) < 1 + n_extra:
        c = weighted(rng, CLUSTER_WEIGHTS)
        if c not in clusters:
            clusters.append(c)
    countries: list[str] = []
    languages: list[str] = []
    for i, cl in enumerate(clusters):
        picked = cluster_countries(rng, cl, 2 if i == 0 else 1, 6)
        countries += picked
        languages += [lang_of(c, cl) for c in picked]
    if "en" not in languages and rng.random() < 0.5:
        languages.append("en")
    return dedupe(countries), dedupe(languages)


def extend_market(rng: random.Random, b: TrueBrief) -> tuple[list[str], list[str]]:
    """A market that covers all of the brief's countries, plus some neighbours."""
    countries = list(b.countries)
    languages = list(b.languages)
    for c in CLUSTERS[b.cluster]:
        if c not in countries and rng.random() < 0.5:
            countries.append(c)
            languages.append(lang_of(c, b.cluster))
    if rng.random() < 0.25:
        other = weighted(rng, CLUSTER_WEIGHTS)
        if other != b.cluster:
            picked = cluster_countries(rng, other, 1, 3)
            countries += picked
            languages += [lang_of(c, other) for c in picked]
    if b.cluster != "anglo" and rng.random() < 0.5:
        languages.append("en")
    return dedupe(countries), dedupe(languages)


def disjoint_market(rng: random.Random, b: TrueBrief) -> tuple[list[str], list[str]]:
    while True:
        countries, languages = random_market(rng)
        if not any(c in countries for c in b.countries):
            return countries, languages


def budget_fitting(rng: random.Random, b: TrueBrief) -> tuple[int, int]:
    lo = round_to(rng.uniform(0.3 * b.budget_min, 0.9 * b.budget_max))
    lo = min(lo, b.budget_max)
    hi = round_to(max(b.budget_min * rng.uniform(1.0, 2.5), lo * rng.uniform(2, 6)))
    return lo, max(hi, lo)


def random_budget(rng: random.Random) -> tuple[int, int]:
    lo = rng.choice([500, 750, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 6000, 8000, 10000, 12000, 15000])
    hi = round_to(lo * rng.choice([2, 3, 4, 5, 6, 8, 10]))
    return lo, min(hi, 150000)


def risky_budget(rng: random.Random) -> tuple[int, int]:
    lo = rng.choice([500, 750, 1000, 1500, 2000])
    return lo, round_to(lo * rng.choice([10, 12, 15, 20]))


def other_industries(rng: random.Random, exclude: list[str], k: int) -> list[str]:
    pool = [i for i in INDUSTRIES if i not in exclude]
    return rng.sample(pool, k)


def extra_services(rng: random.Random, have: list[str], exclude: list[str], k: int) -> list[str]:
    pool = [s for s in SERVICES if s not in have and s not in exclude]
    return have + rng.sample(pool, min(k, len(pool)))


def make_brief(rng: random.Random, industry: str) -> TrueBrief:
    weights = dict(CORE_WEIGHTS)
    if industry in LOCAL_INDUSTRIES:
        weights["local_seo"] = 30
    weights["ecommerce_seo"] = STORE_INDUSTRIES.get(industry, 0)
    core = weighted(rng, weights)
    n_sec = rng.choices([0, 1, 2], weights=[25, 45, 30])[0]
    options = SECONDARY_BY_CORE[core]
    services = [core] + rng.sample(options, min(n_sec, len(options)))
    cluster = weighted(rng, CLUSTER_WEIGHTS)
    countries = cluster_countries(rng, cluster, 1, 3 if cluster == "anglo" else 2)
    languages = dedupe([lang_of(c, cluster) for c in countries])
    multi_market = len(countries) > 1 and cluster != "anglo"
    if multi_market and "international_seo" not in services and rng.random() < 0.3:
        services.append("international_seo")
    band = rng.choice([(1000, 2500), (1500, 4000), (2000, 5000), (3000, 7000), (4000, 10000),
                       (5000, 12000), (8000, 20000), (10000, 25000), (15000, 40000)])
    if industry in ("local_services", "nonprofit") and band[0] > 4000:
        band = (band[0] // 4, band[1] // 4)
    jitter = rng.uniform(0.85, 1.15)
    bmin = round_to(band[0] * jitter)
    bmax = max(bmin + 500, round_to(band[1] * jitter))
    return TrueBrief(industry=industry, services=services, cluster=cluster, countries=countries,
                     languages=languages, budget_min=bmin, budget_max=bmax,
                     timeline_weeks=rng.choice([6, 8, 12, 12, 16, 24, 26, 52]))


def plant(rng: random.Random, b: TrueBrief, kind: str) -> TrueProvider:
    """A provider built around brief ``b`` so that its grade for ``b`` is ``PLANT_GRADES[kind]``."""
    needs = list(b.services)
    services = extra_services(rng, needs, [], rng.randint(0, 3))
    industries = [b.industry] + other_industries(rng, [b.industry], rng.randint(0, 2))
    countries, languages = extend_market(rng, b)
    lo, hi = budget_fitting(rng, b)
    risky = False
    if kind == "no_industry":
        banned = [b.industry] + ADJACENT[b.industry]
        industries = other_industries(rng, banned, rng.randint(1, 3))
    elif kind == "adjacent":
        adj = rng.choice(ADJACENT[b.industry])
        banned = [b.industry, adj] + ADJACENT[b.industry]
        industries = [adj] + other_industries(rng, banned, rng.randint(0, 1))
    elif kind == "missing_secondary":
        dropped = rng.choice(needs[1:])
        services = extra_services(rng, [s for s in needs if s != dropped], [dropped], rng.randint(0, 2))
    elif kind == "secondary_only":
        kept = [s for s in needs[1:] if rng.random() < 0.7] or [needs[1]]
        services = extra_services(rng, kept, [needs[0]], rng.randint(1, 3))
    elif kind == "off_service":
        services = extra_services(rng, [], needs, rng.randint(2, 4))
    elif kind == "undersized":
        hi = max(250, int(b.budget_min * rng.uniform(0.5, 0.85)) // 250 * 250)
        lo = min(hi, round_to(hi / rng.uniform(2, 4), 250))
    elif kind == "over_budget":
        lo = round_to(b.budget_max * rng.uniform(1.3, 3.0))
        hi = round_to(lo * rng.uniform(2, 5))
    elif kind == "wrong_market":
        countries, languages = disjoint_market(rng, b)
    elif kind == "risky":
        risky = True
        services = extra_services(rng, needs, [], rng.randint(3, 5))
        industries = [b.industry] + other_industries(rng, [b.industry], rng.randint(2, 5))
        lo, hi = risky_budget(rng)
        lo, hi = min(lo, b.budget_max), max(hi, b.budget_min)
        extra = [c for c in ["US", "GB", "CA", "AU"] if c not in countries]
        countries = dedupe(countries + extra)
        languages = dedupe(languages + ["en"])
    p = TrueProvider(services=dedupe(services), industries=dedupe(industries), countries=countries,
                     languages=languages, min_budget=lo, max_budget=hi, risky=risky, kind=kind)
    assert grade(p, b) == PLANT_GRADES[kind], (kind, grade(p, b), p, b)
    return p


def background_provider(rng: random.Random, risky: bool = False) -> TrueProvider:
    archetype = rng.choice(list(ARCHETYPES))
    base, optional = ARCHETYPES[archetype]
    k = rng.randint(3, 7) if archetype == "full" else rng.randint(1, 3)
    services = dedupe(base + rng.sample(optional, min(k, len(optional))))
    industries = rng.sample(INDUSTRIES, rng.randint(1, 3))
    countries, languages = random_market(rng, international="international_seo" in services)
    lo, hi = random_budget(rng)
    if risky:
        services = extra_services(rng, services, [], max(0, rng.randint(5, 8) - len(services)))
        industries = rng.sample(INDUSTRIES, rng.randint(4, 7))
        countries = dedupe(["US", "GB", "CA", "AU"] + countries)
        languages = dedupe(["en"] + languages)
        lo, hi = risky_budget(rng)
    return TrueProvider(services=services, industries=industries, countries=countries, languages=languages,
                        min_budget=lo, max_budget=hi, risky=risky, kind="background")


# --------------------------------------------------------------------------
# Text rendering
# --------------------------------------------------------------------------


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def join_words(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def n_words(text: str) -> int:
    return len(text.split())


def money(value: int) -> str:
    return f"{value:,}"


def industry_phrase(rng: random.Random, industry: str, implicit: bool) -> str:
    return rng.choice(INDUSTRY_TEXT[industry]["implicit" if implicit else "explicit"])


def provider_texts(rng: random.Random, p: TrueProvider, rec: dict, obs: dict) -> tuple[str, str, list[dict]]:
    """Description, methodology and case studies for a provider, drawn from its true profile."""
    year = rec["founded_year"]
    ctx = {
        "name": rec["name"], "year": year, "years": REFERENCE_YEAR - year, "team": rec["team_size"],
        "city": obs["city"], "country_name": COUNTRY_NAMES[p.countries[0]],
        "clients": rng.choice([40, 60, 80, 120, 150, 200, 300]), "n_links_big": rng.randint(300, 1500),
    }
    implicit_ind = obs["hide_industries"]
    listed_services = rec["services"]

    # Industry experience: always stated in the description.
    ind_sentences = []
    inds = list(p.industries) if not p.risky else list(p.industries[: rng.randint(2, 3)])
    phrases = [industry_phrase(rng, i, implicit_ind or rng.random() < 0.35) for i in inds]
    plain = all(" and " not in ph and "," not in ph for ph in phrases)
    if len(inds) > 1 and plain and rng.random() < 0.5:
        ind_sentences.append(rng.choice(INDUSTRY_MULTI).format(inds=join_words(phrases)))
    else:
        for j, (ind, phrase) in enumerate(zip(inds, phrases, strict=True)):
            tpl = rng.choice(INDUSTRY_SINGLE if j == 0 else INDUSTRY_MORE)
            ind_sentences.append(tpl.format(**ctx, ind=phrase, Ind=cap(phrase), k=rng.randint(6, 45),
                                            metric=rng.choice(INDUSTRY_TEXT[ind]["metric"])))

    # Services: the hidden ones must be described in words.
    hidden = [s for s in p.services if s not in listed_services]
    hidden_sentences = [
        rng.choice(SERVICE_TEXT[s]["implicit" if rng.random() < 0.8 else "explicit"]) for s in hidden
    ]
    svc_sentences = []
    if listed_services and rng.random() < 0.55:
        names = [SERVICE_NAMES[s] for s in rng.sample(listed_services, len(listed_services))]
        svc_sentences.append(rng.choice(SERVICE_LIST).format(svcs=join_words(names)))
    for s in rng.sample(listed_services, min(len(listed_services), rng.randint(1, 2))):
        svc_sentences.append(rng.choice(SERVICE_TEXT[s]["implicit" if rng.random() < 0.5 else "explicit"]))

    countries = [COUNTRY_NAMES[c] for c in p.countries]
    langs = [LANGUAGE_NAMES[lang] for lang in p.languages]
    market = rng.choice(MARKET_SENTENCES).format(countries=join_words(countries), langs=join_words(langs))
    price = ""
    if (obs["no_budget"] and rng.random() < 0.75) or rng.random() < 0.12:
        price = rng.choice(PRICE_SENTENCES).format(min=money(p.min_budget), max=money(p.max_budget))

    # Red flags (risky) or clean statements about links and guarantees (honest).
    flags_desc, flags_method, flags_case = [], [], []
    stance = ""
    if p.risky:
        kinds = rng.sample(list(RED_FLAGS), rng.choice([1, 1, 2, 2, 3]))
        for i, kind in enumerate(kinds):
            where = rng.choices(["desc", "method", "case"], weights=[45, 35, 20])[0]
            if i == 0 and where == "case":
                where = "method"
            if where == "desc":
                flags_desc.append(rng.choice(RED_FLAGS[kind]))
            elif where == "method":
                flags_method.append(rng.choice(RED_FLAGS[kind]))
            else:
                flags_case.append(kind)
        if rng.random() < 0.4:
            stance = rng.choice(RISKY_VENEER)
    elif rng.random() < 0.4:
        stance = rng.choice(HONEST_STANCES).format(**ctx)

    # Hidden services go to the description or the methodology.
    desc_hidden, method_hidden = [], []
    for sentence in hidden_sentences:
        (desc_hidden if rng.random() < 0.6 else method_hidden).append(sentence)

    opening = rng.choice(OPENINGS).format(**ctx)
    closing = rng.choice(CLOSINGS) if rng.random() < 0.5 else ""
    middle = ind_sentences + desc_hidden + flags_desc + svc_sentences + [market]
    middle += [s for s in (stance, price) if s]
    rng.shuffle(middle)

    def compose() -> str:
        return " ".join([opening] + middle + ([closing] if closing else []))

    # Keep within 50-160 words: drop nice-to-have sentences first, then move
    # hidden-service sentences to the methodology; pad with fillers if short.
    while n_words(compose()) > 160:
        removable = [s for s in (stance, *svc_sentences, price) if s and s in middle]
        movable = [s for s in desc_hidden if s in middle]
        if closing:
            closing = ""
        elif removable:
            middle.remove(removable[0])
        elif movable:
            middle.remove(movable[0])
            method_hidden.append(movable[0])
        else:
            break
    fillers = rng.sample(FILLERS, len(FILLERS))
    while n_words(compose()) < 50 and fillers:
        middle.append(fillers.pop())
    description = compose()

    steps = rng.sample(METHOD_GENERAL, rng.randint(2, 3))
    for s in rng.sample(p.services, min(len(p.services), rng.randint(0, 2))):
        steps.append(METHOD_SERVICE[s])
    method = steps + method_hidden + flags_method
    if p.risky and rng.random() < 0.3:
        method.append(rng.choice(RISKY_VENEER))
    first = method[:1]
    rest = method[1:]
    rng.shuffle(rest)
    methodology = " ".join(first + rest)

    n_cases = rng.choices([0, 1, 2, 3], weights=[12, 30, 38, 20])[0]
    if flags_case:
        n_cases = max(n_cases, len(flags_case))
    cases = []
    for i in range(n_cases):
        ind = inds[i % len(inds)]
        client = rng.choice(INDUSTRY_TEXT[ind]["clients"])
        metric = rng.choice(INDUSTRY_TEXT[ind]["metric"])
        cctx = {
            **ctx, "client": client, "client_cap": cap(client), "metric": metric, "metric_cap": cap(metric),
            "pct": rng.choice([38, 45, 62, 71, 84, 120, 140, 175, 210, 260]),
            "m": rng.choice([4, 6, 8, 9, 12, 18]),
            "n": rng.randint(40, 400), "n_links": rng.randint(18, 140), "n_cov": rng.randint(6, 60),
            "n_pages": rng.choice([40, 120, 300, 1200, 4500]), "n_loc": rng.randint(3, 25),
            "n_issues": rng.randint(60, 400), "n_kw": rng.choice([800, 1500, 4000, 12000]),
            "x": rng.choice([2, 3, 4]),
        }
        title = rng.choice(CASE_TITLES).format(**cctx)
        if i < len(flags_case):
            summary = RED_FLAG_CASES[flags_case[i]].format(**cctx)
        else:
            action = CASE_ACTIONS[rng.choice(p.services)].format(**cctx)
            summary = action + " " + rng.choice(CASE_RESULTS).format(**cctx)
        label = INDUSTRY_TEXT[ind]["label"] if implicit_ind else ind
        cases.append({"title": title, "industry": label, "summary": summary})
    rng.shuffle(cases)
    return description, methodology, cases


def brief_scope(rng: random.Random, b: TrueBrief, obs: dict) -> str:
    """The buyer's own words; states every need that the structured fields leave out."""
    ind_info = INDUSTRY_TEXT[b.industry]
    implicit = rng.random() < (0.7 if obs["no_industry"] else 0.4)
    ind_sing = rng.choice(ind_info["buyer_implicit" if implicit else "buyer_explicit"])
    staff = rng.choice([6, 12, 18, 25, 40, 65, 120])
    ctx = {"company": b.company, "city": rng.choice(CITIES[b.countries[0]]), "staff": staff,
           "age": rng.randint(2, 30)}
    ind_sing = ind_sing.format(staff=rng.choice([3, 4, 5, 8, 12]))
    intro = rng.choice(BRIEF_INTROS).format(**ctx, ind_sing=ind_sing)

    core = rng.choice(CORE_TEMPLATES).format(need=rng.choice(BUYER_NEEDS[b.services[0]]))
    required = [intro, core]
    secondary = b.services[1:]
    for tpl, svc in zip(rng.sample(SECONDARY_TEMPLATES, len(secondary)), secondary, strict=True):
        required.append(tpl.format(needs=rng.choice(BUYER_NEEDS[svc])))
    market = rng.choice(BRIEF_MARKETS).format(
        countries=join_words([COUNTRY_NAMES[c] for c in b.countries]),
        langs=join_words([LANGUAGE_NAMES[lang] for lang in b.languages]))
    optional = []
    if obs["no_markets"]:
        required.append(market)
    elif rng.random() < 0.5:
        optional.append(market)
    if rng.random() < 0.8:
        optional.insert(0, rng.choice(BRIEF_SITUATIONS))
    if rng.random() < 0.4:
        optional.append(rng.choice(BRIEF_BUDGETS).format(min=money(b.budget_min), max=money(b.budget_max)))
    if rng.random() < 0.5:
        optional.append(rng.choice(BRIEF_TIMELINES).format(t=b.timeline_weeks))
    if rng.random() < 0.35:
        optional.append(ind_info["concern"].format(staff=staff))
    if rng.random() < 0.45:
        optional.append(rng.choice(BRIEF_CONSTRAINTS))

    def assemble(opt: list[str]) -> str:
        situation = [s for s in opt if s in BRIEF_SITUATIONS]
        others = [s for s in opt if s not in BRIEF_SITUATIONS]
        return " ".join(required[:1] + situation + required[1:] + others)

    while n_words(assemble(optional)) > 120 and optional:
        optional.pop()
    fillers = rng.sample(BRIEF_FILLERS, len(BRIEF_FILLERS))
    while n_words(assemble(optional)) < 40 and fillers:
        optional.append(fillers.pop())
    return assemble(optional)


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------


def unique_names(rng: random.Random, n: int) -> list[str]:
    combos = [f"{stem} {suffix}" for stem in NAME_STEMS for suffix in NAME_SUFFIXES]
    return rng.sample(combos, n)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower().replace("&", "and"))


def build_briefs(rng: random.Random) -> list[TrueBrief]:
    industries = []
    while len(industries) < N_BRIEFS:
        industries += rng.sample(INDUSTRIES, len(INDUSTRIES))
    briefs = [make_brief(rng, ind) for ind in industries[:N_BRIEFS]]
    used: list[str] = []
    for b in briefs:
        while True:
            name = f"{rng.choice(COMPANY_STEMS)} {rng.choice(INDUSTRY_TEXT[b.industry]['company'])}"
            if name not in used:
                break
        used.append(name)
        b.company = name
    return briefs


def build_providers(rng: random.Random, briefs: list[TrueBrief]) -> list[TrueProvider]:
    providers = []
    for b in briefs:
        grade2 = ["no_industry"]
        if ADJACENT[b.industry]:
            grade2.append("adjacent")
        if len(b.services) > 1:
            grade2.append("missing_secondary")
        near = ["wrong_market", "over_budget", "risky", "off_service", "undersized", "perfect"]
        if len(b.services) > 1:
            near.append("secondary_only")
        kinds = ["perfect", rng.choice(grade2)] + rng.sample(near, 3)
        providers += [plant(rng, b, kind) for kind in kinds]

    n_total = len(providers) + N_BACKGROUND
    n_risky_bg = max(0, round(RISKY_SHARE * n_total) - sum(p.risky for p in providers))
    flags = [True] * n_risky_bg + [False] * (N_BACKGROUND - n_risky_bg)
    rng.shuffle(flags)
    providers += [background_provider(rng, risky) for risky in flags]

    # Top up briefs that would otherwise have too few relevant providers.
    for b in briefs:
        while True:
            grades = [grade(p, b) for p in providers]
            if sum(g >= 2 for g in grades) >= 3 and sum(g >= 1 for g in grades) >= 6:
                break
            kind = "perfect" if sum(g >= 2 for g in grades) < 3 else rng.choice(["no_industry", "undersized"])
            providers.append(plant(rng, b, kind))
    return providers


def observe_providers(rng: random.Random, providers: list[TrueProvider]) -> list[dict]:
    n = len(providers)
    honest = [i for i, p in enumerate(providers) if not p.risky]
    hide_ind = set(rng.sample(honest, round(HIDDEN_INDUSTRY_SHARE * n)))
    hide_svc = rng.sample(honest, round(HIDDEN_SERVICE_SHARE * n))
    svc_mode = {i: ("empty" if j % 2 == 0 else "partial") for j, i in enumerate(hide_svc)}
    no_budget = set(rng.sample(honest, round(NO_BUDGET_SHARE * n)))
    names = unique_names(rng, n)

    records = []
    for i, p in enumerate(providers):
        services = list(p.services)
        if svc_mode.get(i) == "empty" or (svc_mode.get(i) == "partial" and len(services) < 2):
            services = []
        elif svc_mode.get(i) == "partial":
            services = rng.sample(services, rng.randint(1, len(services) - 1))
        services = [s for s in SERVICES if s in services] if rng.random() < 0.5 else services
        min_b, max_b = (None, None) if i in no_budget else (p.min_budget, p.max_budget)
        hourly = int(min(260, max(45, 40 + p.min_budget / 60 + rng.randint(-15, 40))))
        team = rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 35, 50, 80])
        rec = {
            "external_id": "",
            "name": names[i],
            "website": f"https://{slug(names[i])}{TLDS[p.countries[0]]}",
            "description": "",
            "services": services,
            "industries": [] if i in hide_ind else list(p.industries),
            "countries": list(p.countries),
            "languages": list(p.languages),
            "min_budget_usd": min_b,
            "max_budget_usd": max_b,
            "hourly_rate_usd": hourly if rng.random() > 0.05 else None,
            "team_size": team,
            "founded_year": rng.randint(2004, 2022),
            "methodology": "",
            "case_studies": [],
        }
        obs = {"hide_industries": i in hide_ind, "no_budget": i in no_budget,
               "city": rng.choice(CITIES[p.countries[0]])}
        desc, method, cases = provider_texts(rng, p, rec, obs)
        rec["description"], rec["methodology"], rec["case_studies"] = desc, method, cases
        records.append(rec)
    return records


def observe_briefs(rng: random.Random, briefs: list[TrueBrief]) -> list[dict]:
    n = len(briefs)
    idx = list(range(n))
    no_industry = set(rng.sample(idx, round(BRIEF_NO_INDUSTRY_SHARE * n)))
    no_markets = set(rng.sample(idx, round(BRIEF_NO_MARKETS_SHARE * n)))
    no_services = set(rng.sample(idx, round(BRIEF_NO_SERVICES_SHARE * n)))
    multi = [i for i in idx if len(briefs[i].services) > 1 and i not in no_services]
    partial = set(rng.sample(multi, min(len(multi), round(BRIEF_PARTIAL_SERVICES_SHARE * n))))
    records = []
    for i, b in enumerate(briefs):
        services = [] if i in no_services else list(b.services)
        if i in partial:
            dropped = rng.choice(services[1:])
            services = [s for s in services if s != dropped]
        obs = {"no_industry": i in no_industry, "no_markets": i in no_markets}
        records.append({
            "external_id": "",
            "company": b.company,
            "industry": None if i in no_industry else b.industry,
            "budget_min_usd": b.budget_min,
            "budget_max_usd": b.budget_max,
            "services": services,
            "countries": [] if i in no_markets else list(b.countries),
            "languages": [] if i in no_markets else list(b.languages),
            "scope": brief_scope(rng, b, obs),
            "timeline_weeks": b.timeline_weeks,
            "split": "",
        })
    return records


def check_pools() -> None:
    """Implicit phrasings must not contain the taxonomy words they stand in for."""
    for ind, info in INDUSTRY_TEXT.items():
        for phrase in info["implicit"] + info["buyer_implicit"] + info["clients"] + [info["label"]]:
            assert not re.search(INDUSTRY_KEYWORDS, phrase, re.I), (ind, phrase)
    for svc, info in SERVICE_TEXT.items():
        for sentence in info["implicit"]:
            assert not re.search(SERVICE_KEYWORDS[svc], sentence, re.I), (svc, sentence)
            assert not re.search(INDUSTRY_KEYWORDS, sentence, re.I), (svc, sentence)
    for sentence in (s for group in RED_FLAGS.values() for s in group):
        assert sentence not in HONEST_STANCES


def validate(providers: list[dict], briefs: list[dict], qrels: list[dict]) -> None:
    for p in providers:
        assert set(p["services"]) <= set(SERVICES) and set(p["industries"]) <= set(INDUSTRIES), p
        assert all(re.fullmatch(r"[A-Z]{2}", c) for c in p["countries"]), p
        assert all(re.fullmatch(r"[a-z]{2}", lang) for lang in p["languages"]), p
        if p["min_budget_usd"] is not None:
            assert p["min_budget_usd"] <= p["max_budget_usd"], p
        assert 50 <= n_words(p["description"]) <= 160, (n_words(p["description"]), p["description"])
    for b in briefs:
        assert b["industry"] is None or b["industry"] in INDUSTRIES, b
        assert set(b["services"]) <= set(SERVICES), b
        assert b["budget_min_usd"] <= b["budget_max_usd"], b
        assert 40 <= n_words(b["scope"]) <= 120, (n_words(b["scope"]), b["scope"])
        mine = [q["grade"] for q in qrels if q["brief_id"] == b["external_id"]]
        assert sum(g >= 2 for g in mine) >= 3 and len(mine) >= 6, b["external_id"]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    check_pools()
    rng = random.Random(SEED)
    true_briefs = build_briefs(rng)
    true_providers = build_providers(rng, true_briefs)
    rng.shuffle(true_providers)
    rng.shuffle(true_briefs)

    providers = observe_providers(rng, true_providers)
    for i, rec in enumerate(providers, 1):
        rec["external_id"] = f"e{i:04d}"
    briefs = observe_briefs(rng, true_briefs)
    for i, rec in enumerate(briefs, 1):
        rec["external_id"] = f"q{i:03d}"
        rec["split"] = "dev" if i % 2 else "test"

    qrels = []
    for brec, b in zip(briefs, true_briefs, strict=True):
        for prec, p in zip(providers, true_providers, strict=True):
            g = grade(p, b)
            if g:
                qrels.append({"brief_id": brec["external_id"], "provider_id": prec["external_id"],
                              "grade": g})
    risky = [rec["external_id"] for rec, p in zip(providers, true_providers, strict=True) if p.risky]

    validate(providers, briefs, qrels)
    write_jsonl(OUT_DIR / "eval_providers.jsonl", providers)
    write_jsonl(OUT_DIR / "eval_briefs.jsonl", briefs)
    write_jsonl(OUT_DIR / "eval_qrels.jsonl", qrels)
    (OUT_DIR / "eval_risky.json").write_text(json.dumps({"risky": risky}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
