"""The controlled vocabularies of shared/DESIGN.md, with words a person reads."""

from __future__ import annotations

from functools import lru_cache

SERVICES: dict[str, str] = {
    "link_building": "link building",
    "digital_pr": "digital PR",
    "guest_posting": "guest posting",
    "content_marketing": "content marketing",
    "technical_seo": "technical SEO",
    "on_page_seo": "on-page SEO",
    "local_seo": "local SEO",
    "ecommerce_seo": "e-commerce SEO",
    "international_seo": "international SEO",
    "seo_audit": "SEO audits",
    "backlink_audit": "backlink audits",
    "keyword_research": "keyword research",
}

INDUSTRIES: dict[str, str] = {
    "saas": "SaaS",
    "ecommerce": "e-commerce",
    "fintech": "fintech",
    "healthcare": "healthcare",
    "legal": "legal",
    "real_estate": "real estate",
    "travel": "travel",
    "education": "education",
    "manufacturing": "manufacturing",
    "local_services": "local services",
    "crypto": "crypto",
    "igaming": "iGaming",
    "nonprofit": "nonprofit",
    "media": "media and publishing",
    "automotive": "automotive",
    "hospitality": "hospitality",
    "cybersecurity": "cybersecurity",
    "hr_recruiting": "HR and recruiting",
}


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries)


@lru_cache(maxsize=1)
def language_codes() -> frozenset[str]:
    import pycountry

    return frozenset(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def country_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or (country.name if country else code)


def language_name(code: str) -> str:
    import pycountry

    lang = pycountry.languages.get(alpha_2=code)
    return lang.name if lang else code


def service_label(code: str) -> str:
    return SERVICES.get(code, code)


def industry_label(code: str) -> str:
    return INDUSTRIES.get(code, code)


def join_words(items: list[str], last: str = "and") -> str:
    """'a', 'a and b', 'a, b and c' (or 'a, b or c')."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]
