"""Assemble the gathered parts into the evaluation's files (deterministic; re-run after any part changes).

    python data/match_real/assemble.py

parts/*.jsonl (one gatherer each, rows copied verbatim from stored public pages, see GATHER_BRIEF.md) ->
  providers.jsonl  provider import format (DESIGN.md) + url, host, source_type
  briefs.jsonl     brief format + url, host, need, split ("dev" or "test", by host: no host in both)
Budgets are converted to US dollars a month with the fixed rates below (a yearly budget / 12; a project
total or an hourly rate is not a monthly budget and is left out).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pycountry

HERE = Path(__file__).parent
TO_USD = {
    "USD": 1.0,
    "EUR": 1.08,
    "GBP": 1.27,
    "AUD": 0.66,
    "CAD": 0.73,
    "NZD": 0.60,
    "SEK": 0.095,
    "NOK": 0.093,
    "DKK": 0.145,
    "INR": 0.012,
    "PLN": 0.25,
    "CHF": 1.13,
    "BRL": 0.18,
    "ZAR": 0.055,
    "SGD": 0.74,
    "MYR": 0.22,
    "PHP": 0.018,
    "MXN": 0.055,
}
COUNTRY_FIX = {"UK": "GB", "EL": "GR"}
COUNTRIES = {c.alpha_2 for c in pycountry.countries}
LANGUAGES = {lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")}
SERVICES = {
    "link_building",
    "digital_pr",
    "guest_posting",
    "content_marketing",
    "technical_seo",
    "on_page_seo",
    "local_seo",
    "ecommerce_seo",
    "international_seo",
    "seo_audit",
    "backlink_audit",
    "keyword_research",
}
INDUSTRIES = {
    "saas",
    "ecommerce",
    "fintech",
    "healthcare",
    "legal",
    "real_estate",
    "travel",
    "education",
    "manufacturing",
    "local_services",
    "crypto",
    "igaming",
    "nonprofit",
    "media",
    "automotive",
    "hospitality",
    "cybersecurity",
    "hr_recruiting",
}
TEST_SHARE = 0.5
# Hosts where each page has another author (pastes, forums, tender aggregators): split by page there.
MANY_AUTHORS = {
    "pastebin.com",
    "reddit.com",
    "github.com",
    "gitlab.com",
    "huggingface.co",
    "upwork.com",
    "freelancer.com",
    "peopleperhour.com",
    "d3tenders.com",
    "quora.com",
    "medium.com",
    "blackhatworld.com",
    "warriorforum.com",
    "digitalpoint.com",
    "gist.github.com",
}


def split_of(row: dict) -> str:
    """Sources, not rows, are split: a held-out brief never shares a site (or, on sites where each page
    has its own author, a page) with a tuned one."""
    key = row["url"] if row["host"] in MANY_AUTHORS else row["host"]
    h = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if h < TEST_SHARE else "dev"


def monthly_usd(row: dict) -> tuple[int | None, int | None]:
    rate = TO_USD.get((row.get("currency") or "").upper())
    period = row.get("budget_period")
    if rate is None or period not in ("month", "year"):
        return None, None
    div = 12 if period == "year" else 1

    def conv(v):
        return None if v is None else int(round(float(v) * rate / div))

    lo = conv(row.get("budget_min", row.get("min_budget")))
    hi = conv(row.get("budget_max", row.get("max_budget")))
    return lo, hi


def codes(values, allowed, fix=None) -> list[str]:
    out = []
    for v in values or []:
        v = (fix or {}).get(str(v).upper(), str(v))
        v = v.upper() if allowed is COUNTRIES else v.lower()
        if v in allowed and v not in out:
            out.append(v)
    return out


def main() -> None:
    rows = []
    for path in sorted((HERE / "parts").glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen: set[str] = set()
    providers, briefs = [], []
    for row in rows:
        text = row.get("description") if row["kind"] == "provider" else row.get("scope")
        if not text or text in seen:
            continue
        seen.add(text)
        common = {
            "services": codes(row.get("services"), SERVICES),
            "industries": codes(row.get("industries"), INDUSTRIES),
            "countries": codes(row.get("countries"), COUNTRIES, COUNTRY_FIX),
            "languages": codes(row.get("languages"), LANGUAGES),
        }
        lo, hi = monthly_usd(row)
        if row["kind"] == "provider":
            providers.append(
                {
                    "external_id": f"rp{len(providers) + 1:03d}",
                    "name": row["name"][:200],
                    "website": row.get("website") or None,
                    "description": text,
                    **common,
                    "min_budget_usd": lo,
                    "max_budget_usd": hi,
                    "url": row["url"],
                    "host": row["host"],
                    "source_type": row.get("source_type"),
                }
            )
        else:
            industry = row.get("industry")
            briefs.append(
                {
                    "external_id": f"rb{len(briefs) + 1:03d}",
                    "scope": text,
                    "industry": industry if industry in INDUSTRIES else None,
                    "services": common["services"],
                    "countries": common["countries"],
                    "languages": common["languages"],
                    "budget_min_usd": lo,
                    "budget_max_usd": hi,
                    "remote_ok": bool(row.get("remote_ok")),
                    "need": row.get("need"),
                    "url": row["url"],
                    "host": row["host"],
                    "split": split_of(row),
                }
            )
    for name, items in (("providers.jsonl", providers), ("briefs.jsonl", briefs)):
        with open(HERE / name, "w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    by_split = {s: sum(b["split"] == s for b in briefs) for s in ("dev", "test")}
    print(
        f"{len(providers)} providers from {len({p['host'] for p in providers})} hosts; {len(briefs)} briefs "
        f"({by_split}) from {len({b['host'] for b in briefs})} hosts"
    )


if __name__ == "__main__":
    main()
