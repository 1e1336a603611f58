"""Words that show industry experience or a service in free text, for providers whose structured fields
are incomplete ("we've grown bookings for 40 dental clinics" is healthcare experience) and for briefs that
only describe their needs in the scope.

Each pattern is matched case-insensitively on word boundaries; the matched words are quoted in the reasons.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from matcher.ranking.literals import required_words

# fmt: off
INDUSTRY_TERMS: dict[str, list[str]] = {
    "saas": [r"saas", r"software[- ]as[- ]a[- ]service", r"b2b software", r"software (?:companies|company|vendors?|"
             r"startups?|products?|brands?|firms?)", r"cloud (?:software|platforms?)", r"subscription software",
             r"(?:product-led|plg)", r"free trials?", r"dev(?:eloper)? tools?"],
    "ecommerce": [r"e-?commerce", r"online (?:stores?|shops?|retail(?:ers?)?)", r"shopify", r"woocommerce",
                  r"magento", r"bigcommerce", r"d2c|dtc", r"direct[- ]to[- ]consumer", r"retailers?",
                  r"webshops?", r"product (?:catalogu?es?|listings)", r"marketplace sellers?"],
    "fintech": [r"fintech", r"payments? (?:companies|company|providers?|platforms?|apps?)", r"neo-?banks?",
                r"banking apps?", r"lending", r"lenders?", r"insurtech", r"financial services", r"personal finance",
                r"wealth ?tech", r"credit cards?", r"mortgage (?:lenders?|brokers?)", r"banks?", r"accounting software"],
    "healthcare": [r"health ?care", r"medical", r"clinics?", r"dental", r"dentists?", r"dentistry", r"orthodont\w*",
                   r"hospitals?", r"physicians?", r"doctors?", r"patients?", r"pharma\w*", r"telehealth",
                   r"telemedicine", r"chiropract\w*", r"physiotherap\w*", r"dermatolog\w*", r"med ?spas?",
                   r"health systems?", r"therapists?", r"veterinar\w*", r"nursing", r"aesthetic clinics?"],
    "legal": [r"law ?firms?", r"lawyers?", r"attorneys?", r"legal", r"solicitors?", r"barristers?",
              r"personal[- ]injury", r"litigation", r"immigration law", r"family law", r"practice areas?",
              r"paralegals?"],
    "real_estate": [r"real[- ]estate", r"realtors?", r"estate agen\w+", r"property (?:management|developers?|"
                    r"listings?|portals?|managers?)", r"brokerages?", r"home ?builders?", r"letting agen\w+",
                    r"proptech", r"property", r"realty", r"house hunters?", r"homebuyers?"],
    "travel": [r"travel", r"tour operators?", r"tourism", r"airlines?", r"holidays?", r"vacation rentals?",
               r"booking sites?", r"otas?", r"trips?", r"destinations?", r"tours?", r"travell?ers"],
    "education": [r"education", r"edtech", r"universit(?:y|ies)", r"schools?", r"colleges?", r"online courses?",
                  r"e-?learning", r"tutoring", r"tutors?", r"bootcamps?", r"students?", r"course creators?",
                  r"language schools?", r"academ(?:y|ies)"],
    "manufacturing": [r"manufactur\w*", r"industrial", r"factor(?:y|ies)", r"machinery", r"oems?",
                      r"b2b suppliers?", r"suppliers?", r"distributors?", r"engineering (?:firms?|companies)",
                      r"components?", r"fabricat\w+", r"packaging"],
    "local_services": [r"local (?:businesses|business|services?|trades?)", r"plumb\w+", r"electricians?",
                       r"roof\w+", r"hvac", r"contractors?", r"landscap\w+", r"cleaning (?:companies|company|"
                       r"services?)", r"locksmiths?", r"home services?", r"tradespeople", r"trades(?:men)?",
                       r"service[- ]area businesses", r"pest control", r"movers", r"removals?", r"garage doors?",
                       r"salons?"],
    "crypto": [r"crypto\w*", r"blockchain", r"web3", r"defi", r"nfts?", r"bitcoin", r"ethereum", r"tokens?",
               r"exchanges?", r"wallets?", r"dao"],
    "igaming": [r"i-?gaming", r"casinos?", r"betting", r"sportsbooks?", r"gambling", r"poker", r"slots?",
                r"bookmakers?", r"affiliates? in gaming", r"bingo", r"lotter(?:y|ies)"],
    "nonprofit": [r"non-?profits?", r"not-for-profits?", r"charit(?:y|ies|able)", r"ngos?", r"donors?",
                  r"fundrais\w+", r"donations?", r"volunteers?", r"causes?", r"foundations?"],
    # "publishing" alone is what every content team does ("from strategy to publishing", "within Google's
    # web publishing guidelines"): only a publishing business is the industry.
    "media": [r"publishers?", r"publishing (?:industry|houses?|compan(?:y|ies)|groups?|brands?|sector|businesses)",
              r"news ?(?:sites?|outlets?|rooms?|papers?)", r"magazines?",
              r"media (?:companies|company|brands?|houses?)", r"podcasts?", r"newsletters?", r"editorial brands?",
              r"broadcast\w*", r"streaming"],
    "automotive": [r"automotive", r"car dealer\w*", r"dealerships?", r"auto (?:parts|repair|body|dealers?)",
                   r"vehicles?", r"motor\w*", r"garages?", r"ev charging", r"cars?", r"tyres?|tires?",
                   r"fleet"],
    "hospitality": [r"hospitality", r"hotels?", r"restaurants?", r"resorts?", r"caf[eé]s?", r"b&bs?",
                    r"bed and breakfasts?", r"hostels?", r"venues?", r"bars?", r"catering", r"boutique hotels?",
                    r"guesthouses?", r"bookings?"],
    "cybersecurity": [r"cyber ?security", r"infosec", r"security (?:vendors?|software|companies|company|firms?|"
                      r"products?|startups?)", r"penetration testing", r"pen ?testing", r"zero[- ]trust",
                      r"threat (?:detection|intelligence)", r"soc 2|soc2", r"managed security", r"siem",
                      r"endpoint (?:security|protection)", r"ransomware"],
    "hr_recruiting": [r"recruit\w*", r"staffing", r"hr ?tech", r"talent acquisition", r"job boards?",
                      r"hiring (?:platforms?|software)", r"headhunt\w*", r"payroll", r"hr software",
                      r"human resources", r"employers?", r"candidates?", r"jobseekers?|job seekers?"],
}

SERVICE_TERMS: dict[str, list[str]] = {
    "link_building": [r"link[- ]building", r"link[- ]earning", r"earn(?:s|ed|ing)? (?:\w+ )?links", r"backlinks?",
                      r"outreach", r"broken[- ]link", r"link acquisition", r"unlinked mentions?",
                      r"resource pages?", r"links? from (?:relevant|real|authoritative)"],
    "digital_pr": [r"digital pr", r"journalists?", r"press (?:coverage|releases?|mentions?)", r"data[- ]led stor\w+",
                   r"data stor(?:y|ies)", r"newsjacking", r"media (?:coverage|outreach|relations|mentions?)",
                   r"haro", r"pr campaigns?", r"reporters?", r"earned media", r"(?:online|national) (?:press|news)"],
    "guest_posting": [r"guest[- ]post\w*", r"guest (?:articles?|blogg?ing)", r"contributed articles?",
                      r"bylined (?:articles?|pieces?|posts?)", r"articles? (?:placed )?on (?:relevant |respected |other )?(?:industry|partner|third-party|niche) (?:sites?|publications?|blogs?)",
                      r"bylines?", r"contributor (?:posts?|articles?)", r"thought[- ]leadership articles?"],
    "content_marketing": [r"content marketing", r"content strateg\w+", r"blog (?:posts?|content|articles?)",
                          r"copywrit\w+", r"editorial calendars?", r"long-form content", r"content (?:hubs?|"
                          r"creation|production|writ\w+)", r"articles?", r"writers?", r"pillar pages?"],
    "technical_seo": [r"technical seo", r"site speed", r"page speed", r"core web vitals", r"crawl\w*",
                      r"index(?:ation|ing) (?:issues?|problems?)", r"schema markup", r"structured data",
                      r"(?:site|website|domain|platform) migrations?", r"javascript seo", r"log[- ]files?",
                      r"redirects?", r"canonical\w*", r"xml sitemaps?", r"render\w*"],
    "on_page_seo": [r"on-?page", r"title tags?", r"meta descriptions?", r"internal link\w*",
                    r"content optimi[sz]\w+", r"heading structure", r"page optimi[sz]\w+"],
    "local_seo": [r"local seo", r"google business profiles?", r"gbp", r"google my business", r"gmb",
                  r"map ?packs?", r"local citations?", r"citations?", r"local (?:listings?|search|rankings?|pack)",
                  r"near me", r"reviews? management", r"multi-?location", r"maps? rankings?"],
    "ecommerce_seo": [r"e-?commerce seo", r"product pages?", r"category pages?", r"shopify seo",
                      r"faceted navigation", r"product schema", r"collection pages?", r"product feeds?",
                      r"(?:shopify|woocommerce|magento|bigcommerce) (?:stores?|sites?|migrations?)"],
    "international_seo": [r"international seo", r"hreflang", r"multilingual", r"multi-?regional",
                          r"locali[sz]ation", r"multiple (?:markets|countries|languages)", r"new markets",
                          r"international (?:markets|expansion|sites?)", r"cross-border", r"country sites?"],
    "seo_audit": [r"seo audits?", r"site audits?", r"technical audits?", r"website audits?", r"audits?"],
    "backlink_audit": [r"backlink audits?", r"link audits?", r"disavow\w*", r"toxic (?:links|backlinks)",
                       r"penalty recovery", r"link clean-?ups?", r"manual actions?", r"link profile review"],
    "keyword_research": [r"keyword research", r"keyword mapping", r"search intent", r"keyword strateg\w+",
                         r"topic clusters?", r"keyword gaps?", r"keyword (?:analysis|discovery)"],
}

# Industries close enough that experience in one is partial experience in the other.
ADJACENT: dict[str, tuple[str, ...]] = {
    "fintech": ("crypto", "saas"),
    "crypto": ("fintech", "igaming"),
    "saas": ("cybersecurity", "hr_recruiting", "fintech"),
    "cybersecurity": ("saas",),
    "hr_recruiting": ("saas",),
    "travel": ("hospitality",),
    "hospitality": ("travel", "local_services"),
    "ecommerce": ("manufacturing",),
    "manufacturing": ("ecommerce", "automotive"),
    "automotive": ("manufacturing", "local_services"),
    "local_services": ("real_estate", "hospitality", "automotive"),
    "real_estate": ("local_services",),
    "igaming": ("crypto",),
    "media": ("education",),
    "education": ("media", "nonprofit"),
    "nonprofit": ("education",),
    "legal": (),
    "healthcare": (),
}

# fmt: on


# Letters that IGNORECASE matches to an ASCII letter although str.lower() does not give that letter.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ K (Kelvin sign)
_NON_WORD = re.compile(r"\W")


@lru_cache(maxsize=2)
def _compiled(kind: str) -> dict[str, tuple[re.Pattern, re.Pattern, frozenset[str] | None]]:
    """Per code: the pattern ignoring case, the same for lower-cased text, and strings one of which a
    normalised text must hold for them to match."""
    table = INDUSTRY_TERMS if kind == "industries" else SERVICE_TERMS
    out = {}
    for code, terms in table.items():
        source = r"\b(?:" + "|".join(terms) + r")\b"
        needs = required_words(source)  # None: a pattern the check cannot read is simply always run
        lower = source if source == source.lower() else None  # every term is written in lower case
        out[code] = (
            re.compile(source, re.IGNORECASE),
            re.compile(lower or source, 0 if lower else re.I),
            needs,
        )
    return out


# A tender's or contract's numbered section ("ARTICLE I – Objet", "Article 4.1"): no article writing asked.
_SECTION_NUMBER = re.compile(r"\barticles?(?=[ \t]+(?:[ivxlc]+|\d+)\b)", re.IGNORECASE)


def mentions(text: str, kind: str) -> dict[str, list[str]]:
    """{code: [distinct words that showed it, in order]} for 'industries' or 'services'."""
    found: dict[str, list[str]] = {}
    if not text:
        return found
    # Faster, same answers: unless the text holds a letter that str.lower() and IGNORECASE disagree on,
    # a substring test on the normalised text rules most patterns out, and the rest run case-sensitively
    # on the lower-cased text (lower() keeps every other letter's position and word-ness).
    odd = any(c in text for c in _ODD_FOLDS)
    lowered = text if odd else text.lower()
    if "rticle" in lowered or "RTICLE" in lowered:
        lowered = _SECTION_NUMBER.sub(lambda m: " " * len(m.group()), lowered)
    normal = "" if odd else f" {_NON_WORD.sub(' ', lowered)} "
    for code, (anycase, lowercase, needs) in _compiled(kind).items():
        if odd:
            pattern = anycase
        elif needs is not None and not any(n in normal for n in needs):
            continue
        else:
            pattern = lowercase
        words: list[str] = []
        for m in pattern.finditer(lowered):
            word = sys.intern(m.group(0).lower())  # the same few words recur across 100,000 profiles
            if word not in words:
                words.append(word)
        if words:
            found[code] = words
    return found


def strongest(text: str, kind: str) -> list[str]:
    """Codes a short text (a brief's scope) is about, strongest first: 2+ mentions, or the top one."""
    counts = {code: len(words) for code, words in mentions(text, kind).items()}
    if not counts:
        return []
    best = max(counts.values())
    return sorted((c for c, n in counts.items() if n >= 2 or n == best), key=lambda c: (-counts[c], c))


@lru_cache(maxsize=2)
def _named_patterns(kind: str) -> dict[str, re.Pattern]:
    table = INDUSTRY_TERMS if kind == "industries" else SERVICE_TERMS
    return {code: re.compile(r"\b(?:" + terms[0] + r")\b", re.IGNORECASE) for code, terms in table.items()}


# "We do not want link building", "no guest posts", "without outreach": a named service turned down.
_TURNED_DOWN = re.compile(r"\b(?:no|not|don['’]?t|do not|never|without|nor|instead of|rather than|except)\b"
                          r"(?:\W+\w+){0,3}\W*$", re.IGNORECASE)


def turned_down(text: str, start: int) -> bool:
    """The words just before `start` turn down what follows ("we do not want link building")."""
    return bool(_TURNED_DOWN.search(text[max(0, start - 40) : start]))


def named(text: str, kind: str, skip_negated: bool = False) -> list[str]:
    """Codes a text names outright, by the first (defining) term of each ("link building", "technical
    SEO", "local SEO"), not by the looser words `mentions` also reads ("outreach", "articles"). With
    `skip_negated`, a mention turned down a few words before ("we do not want link building") does not count."""
    text = text or ""
    out = []
    for code, pattern in _named_patterns(kind).items():
        for m in pattern.finditer(text):
            if skip_negated and turned_down(text, m.start()):
                continue
            out.append(code)
            break
    return out

