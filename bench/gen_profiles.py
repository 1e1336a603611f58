"""Synthetic SEO providers and briefs for the speed benchmarks, and loading them in bulk.

    python -m bench.gen_profiles --providers 1000 [--words 120] [--seed 7] > providers.jsonl
    python -m bench.gen_profiles --providers 10000 --prepare DIR   # database + index under DIR

Profiles follow the import format of shared/DESIGN.md with varied, realistic texts: each is assembled from
sentence templates about the provider's own services, industries, markets and numbers, so the embeddings
spread like real ones (not like random vectors). `--words` fixes the length of the texts (description,
methodology and case-study summaries together); by default lengths vary from about 40 to 400 words.

Loading skips the import use case on purpose (it vets and embeds one provider at a time): rows go in with
SQLAlchemy core inserts, already vetted (trust score, status) and indexed (indexed_version); the vectors are
written through the index package's own API (ProviderIndex.writer), so a process opening the directory
loads it the way production does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from matcher import taxonomy

CACHE = Path(__file__).resolve().parent / "out" / "cache"  # bench/out/ is git-ignored
FIRST = ["North", "Bright", "Copper", "Silver", "Blue", "Red", "Oak", "Harbor", "Summit", "Pine", "Iron",
         "Lantern", "Orbit", "Granite", "Willow", "Falcon", "Cedar", "Beacon", "Maple", "Atlas", "Nova",
         "Kestrel", "Quartz", "Meridian", "Juniper", "Cobalt", "Ember", "Foxglove", "Tidal", "Aster"]
SECOND = ["wind", "field", "stone", "light", "bridge", "path", "brook", "peak", "line", "gate", "wave",
          "leaf", "ridge", "spark", "crest", "haven", "mark", "point", "craft", "works"]
KIND = ["Digital", "Search", "SEO", "Media", "Growth", "Marketing", "Collective", "Labs", "Partners",
        "Agency"]
SERVICE_WORK = {
    "link_building": ["earn editorial links from {pubs} through personal outreach",
                      "build links on relevant sites with a real editorial review behind each one"],
    "digital_pr": ["run data-led digital PR campaigns that land coverage in {pubs}",
                   "turn original research into stories journalists at {pubs} want to cover"],
    "guest_posting": ["place contributed articles on {pubs} written by subject experts",
                      "pitch and write guest posts for niche blogs our clients' buyers read"],
    "content_marketing": ["plan and write content that answers the questions buyers search for",
                          "produce long-form guides, comparison pages and a content calendar"],
    "technical_seo": ["fix crawl budget, rendering, Core Web Vitals and indexation problems",
                      "work with developers on site architecture, internal links and JavaScript rendering"],
    "on_page_seo": ["rewrite titles, headings and landing-page copy around search intent",
                    "improve on-page structure, schema markup and internal linking"],
    "local_seo": ["manage Google Business Profiles, citations and reviews for multi-location brands",
                  "win map-pack visibility with location pages and local citations"],
    "ecommerce_seo": ["optimise category and product pages, faceted navigation and product feeds",
                      "grow organic revenue for online stores on Shopify and Magento"],
    "international_seo": ["set up hreflang, localised keyword research and country-specific site structures",
                          "launch sites in new languages with native-speaking editors"],
    "seo_audit": ["run in-depth SEO audits with a prioritised roadmap developers can act on",
                  "audit sites page by page and rank every issue by its expected impact"],
    "backlink_audit": ["audit link profiles, clean up toxic links and recover from manual actions",
                       "review backlink profiles after penalties and file disavow files when needed"],
    "keyword_research": ["map keywords to intent and to the pages that should rank for them",
                         "research topic clusters and keyword gaps against competitors"],
}
INDUSTRY_WORDS = {
    "saas": ["B2B SaaS companies", "software startups", "cloud platforms"],
    "ecommerce": ["online stores", "Shopify brands", "direct-to-consumer retailers"],
    "fintech": ["fintech startups", "neobanks and lenders", "payments companies"],
    "healthcare": ["dental clinics", "private hospitals", "telehealth providers"],
    "legal": ["law firms", "personal injury attorneys", "immigration lawyers"],
    "real_estate": ["real estate agencies", "property developers", "letting agents"],
    "travel": ["tour operators", "booking sites", "travel brands"],
    "education": ["universities", "online course creators", "language schools"],
    "manufacturing": ["industrial manufacturers", "B2B suppliers", "machinery makers"],
    "local_services": ["plumbers and electricians", "home services companies", "roofing contractors"],
    "crypto": ["crypto exchanges", "web3 projects", "blockchain startups"],
    "igaming": ["iGaming operators", "online casinos", "sports betting affiliates"],
    "nonprofit": ["charities", "nonprofit organisations", "foundations"],
    "media": ["news publishers", "magazines", "media companies"],
    "automotive": ["car dealerships", "auto parts retailers", "automotive brands"],
    "hospitality": ["hotels", "restaurant groups", "boutique hotels"],
    "cybersecurity": ["cybersecurity vendors", "security software companies", "managed security providers"],
    "hr_recruiting": ["recruitment agencies", "HR software companies", "staffing firms"],
}
ONE_CLIENT = {"saas": "a B2B SaaS company", "ecommerce": "an online store", "fintech": "a fintech startup",
              "healthcare": "a group of dental clinics", "legal": "a law firm",
              "real_estate": "an estate agency", "travel": "a tour operator",
              "education": "an online course provider", "manufacturing": "an industrial manufacturer",
              "local_services": "a plumbing company", "crypto": "a crypto exchange",
              "igaming": "an online casino", "nonprofit": "a charity", "media": "a news publisher",
              "automotive": "a car dealership", "hospitality": "a boutique hotel",
              "cybersecurity": "a security software vendor", "hr_recruiting": "a recruitment agency"}
CASE_INDUSTRY = {"saas": "B2B software", "ecommerce": "Online retail", "fintech": "Payments & banking",
                 "healthcare": "Dental & clinics", "legal": "Law firm", "real_estate": "Property",
                 "travel": "Tours & trips", "education": "Online courses", "manufacturing": "Industrial",
                 "local_services": "Home services", "crypto": "Crypto", "igaming": "Online casino",
                 "nonprofit": "Charity", "media": "Publishing", "automotive": "Car dealers",
                 "hospitality": "Hotels", "cybersecurity": "Security software",
                 "hr_recruiting": "Recruitment"}
MARKETS = [(["US"], ["en"]), (["GB"], ["en"]), (["US", "CA"], ["en"]), (["GB", "IE"], ["en"]),
           (["AU", "NZ"], ["en"]), (["DE", "AT", "CH"], ["de"]), (["FR", "BE"], ["fr"]), (["ES"], ["es"]),
           (["NL"], ["nl", "en"]), (["US", "GB", "AU"], ["en"]), (["IT"], ["it"]),
           (["SE", "NO"], ["sv", "en"])]
PUBS = ["trade publications", "national newspapers", "industry blogs", "regional news sites", "tech media"]
GENERIC = [
    "We have worked with more than {n} clients since {year}.",
    "Our team of {team} specialists works from {city}.",
    "Every client gets a named strategist and a monthly report in plain language.",
    "We measure success on qualified leads and revenue, not on rankings alone.",
    "We prefer long partnerships and most clients stay with us for more than {years} years.",
    "We never buy links and we explain every tactic we use.",
    "Reporting covers organic traffic, conversions and the pages that drove them.",
    "We start with a short discovery call to understand the business before proposing anything.",
    "Our strategists have backgrounds in journalism, analytics and web development.",
    "We work in monthly sprints with a shared backlog the client can see at any time.",
]
METHOD = [
    "Month one is an audit and a 90-day roadmap; after that we work in monthly sprints.",
    "Every link is placed by a real editor on a site with genuine traffic.",
    "We agree on measurable goals up front and review them every quarter.",
    "Outreach is personal: no templates sent in bulk and no link exchanges.",
    "Technical fixes are written as tickets with acceptance criteria for your developers.",
    "Content is written by subject experts and edited for accuracy and tone.",
    "We track every campaign in a shared dashboard with traffic, leads and revenue.",
]
CASE = [
    "Organic sign-ups grew {pct}% within {months} months after we {work}.",
    "We {work}; non-branded traffic rose {pct}% in {months} months.",
    "Over {months} months we {work} and organic revenue grew {pct}%.",
]
CITIES = ["London", "Austin", "Berlin", "Toronto", "Sydney", "Dublin", "Amsterdam", "Lisbon", "Denver",
          "Madrid"]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(rng: random.Random, pool: list[str], target: int) -> str:
    """Whole sentences drawn from `pool` until about `target` words (the last one cut if it overshoots)."""
    words: list[str] = []
    order: list[str] = []
    while len(words) < target:
        if not order:  # each sentence once before any repeats
            order = rng.sample(pool, len(pool))
        sentence = order.pop().split()
        if len(words) + len(sentence) > target * 1.1 and len(words) >= target * 0.9:
            break
        words += sentence
    text = " ".join(words[: int(target * 1.1) + 1])
    return text if text.endswith(".") else text.rstrip(",;:") + "."


def _facts(rng: random.Random, work_fn) -> dict:
    return {"n": rng.randint(20, 400), "year": rng.randint(2004, 2022), "team": rng.randint(3, 60),
            "city": rng.choice(CITIES), "years": rng.randint(2, 6), "pct": rng.randint(15, 260),
            "months": rng.randint(4, 18), "pubs": rng.choice(PUBS), "work": work_fn()}


def profile(rng: random.Random, number: int, words: int | None = None) -> dict:
    """One provider in the import format; `words` is the length of its texts together."""
    services = rng.sample(list(SERVICE_WORK), rng.choice([1, 2, 2, 3, 3, 4]))
    industries = rng.sample(list(INDUSTRY_WORDS), rng.choice([1, 1, 2, 2, 3]))
    countries, languages = rng.choice(MARKETS)
    total = words or int(min(400, max(40, rng.lognormvariate(4.75, 0.5))))

    def work() -> str:
        return rng.choice(SERVICE_WORK[rng.choice(services)]).format(pubs=rng.choice(PUBS))

    def facts() -> dict:
        return _facts(rng, work)

    desc_pool = [f"We {work()} for {rng.choice(INDUSTRY_WORDS[i])}." for i in industries for _ in range(3)]
    desc_pool += [f"Clients hire us to {work()}." for _ in range(4)]
    desc_pool += [t.format(**facts()) for t in GENERIC]
    n_cases = 0 if total < 60 else rng.choice([0, 1, 2, 2, 3])
    desc_words = int(total * (0.55 if n_cases else 0.75))
    meth_words = max(5, int(total * 0.2))
    case_words = max(0, total - desc_words - meth_words)
    name = f"{rng.choice(FIRST)}{rng.choice(SECOND)} {rng.choice(KIND)}"
    budget = rng.choice([500, 1000, 1500, 2000, 3000, 4000, 5000, 8000, 12000, 20000])
    cases = []
    for _ in range(n_cases):
        ind = rng.choice(industries)
        pool = [_cap(rng.choice(CASE).format(**facts())) for _ in range(4)]
        summary = _fill(rng, pool, case_words // n_cases)
        cases.append({"title": f"{rng.randint(20, 300)}% more organic leads for {ONE_CLIENT[ind]}",
                      "industry": rng.choice([ind, CASE_INDUSTRY[ind]]), "summary": summary})
    declared = rng.random()
    return {
        "external_id": f"s{number:06d}",
        "name": name,
        "website": f"https://{name.lower().replace(' ', '')}.example",
        "description": _fill(rng, desc_pool, desc_words),
        # About 15% leave a structured field empty and say it only in words, like real profiles do.
        "services": services if declared > 0.1 else [],
        "industries": industries if declared < 0.85 else [],
        "countries": countries if rng.random() > 0.1 else [],
        "languages": languages,
        "min_budget_usd": budget if rng.random() > 0.1 else None,
        "max_budget_usd": budget * rng.choice([3, 5, 8]),
        "hourly_rate_usd": rng.choice([60, 90, 120, 150, 200]),
        "team_size": rng.randint(2, 80),
        "founded_year": rng.randint(2004, 2023),
        "methodology": _fill(rng, METHOD, meth_words),
        "case_studies": cases,
    }


def generate_profiles(n: int, seed: int = 7, words: int | None = None) -> list[dict]:
    rng = random.Random(seed)
    return [profile(rng, i, words) for i in range(n)]


def distinct(profiles: list[dict]) -> list[dict]:
    """Each sentence of each text ends with a number of its own (two more word pieces). The templates
    repeat sentences across profiles (about a third are distinct); a benchmark of the embedding cache or
    of anything that embeds sentences once must not count those repeats as free work."""
    from matcher.redflags.sentences import split_sentences

    counter = iter(range(10**9))

    def mark(text: str) -> str:
        if not text:
            return text
        parts = [text[s:e].rstrip(".") + f", {next(counter)}." for s, e in split_sentences(text)]
        return " ".join(parts)

    for p in profiles:
        p["description"], p["methodology"] = mark(p["description"]), mark(p["methodology"])
        for case in p["case_studies"]:
            case["summary"] = mark(case["summary"])
    return profiles


def generate_briefs(n: int, seed: int = 11) -> list[dict]:
    """Briefs as the API accepts them; some leave fields out and say them only in the scope."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        industry = rng.choice(list(INDUSTRY_WORDS))
        services = rng.sample(list(SERVICE_WORK), rng.choice([1, 1, 2, 3]))
        countries, languages = rng.choice(MARKETS)
        low = rng.choice([1000, 2000, 3000, 5000, 8000, 15000])
        needs = " ".join(f"We need someone to {rng.choice(SERVICE_WORK[s]).format(pubs=rng.choice(PUBS))}."
                         for s in services)
        where = ", ".join(taxonomy.country_name(c) for c in countries)
        scope = (f"We are {ONE_CLIENT[industry]} with about {rng.randint(5, 400)} employees and organic "
                 f"traffic has been flat for a year. {needs} Our customers are in {where}. "
                 f"We would like to see progress within {rng.choice([12, 26, 52])} weeks.")
        brief = {"external_id": f"b{i:05d}", "scope": scope}
        if rng.random() < 0.75:
            brief["industry"] = industry
        if rng.random() < 0.7:
            brief["services"] = services
        if rng.random() < 0.6:
            brief["countries"], brief["languages"] = countries, languages
        if rng.random() < 0.8:
            brief["budget_min_usd"], brief["budget_max_usd"] = low, low * rng.choice([2, 3, 4])
        out.append(brief)
    return out


def document(p: dict) -> str:
    """The text the index embeds for this profile, made by the index package's own function."""
    from matcher.index import provider_document

    view = SimpleNamespace(name=p["name"], description=p["description"], methodology=p["methodology"],
                           services=p["services"], industries=p["industries"],
                           case_studies=[SimpleNamespace(**c) for c in p["case_studies"]])
    return provider_document(view)


def embed_profiles(profiles: list[dict], label: str, block: int = 1000) -> np.ndarray:
    """Real embeddings of the profiles' documents, cached in bench/out/cache by content, 1,000 at a time."""
    from matcher.embeddings import MODEL_NAME, MODEL_WINDOW, WINDOW_TOKENS, embed_documents, precision

    docs = [document(p) for p in profiles]
    recipe = f"{MODEL_NAME} {precision()} window {MODEL_WINDOW}/{WINDOW_TOKENS}"  # what the vectors depend on
    out = []
    for start in range(0, len(docs), block):
        part = docs[start : start + block]
        key = hashlib.sha256("\x00".join([recipe, *part]).encode()).hexdigest()[:16]
        path = CACHE / f"{label}-{key}.npy"
        if path.exists():
            out.append(np.load(path))
            continue
        vectors = embed_documents(part)
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
        out.append(vectors)
    return np.concatenate(out) if out else np.zeros((0, 384), dtype=np.float32)


def perturbed(base: np.ndarray, n: int, seed: int = 3, noise: float = 0.35) -> np.ndarray:
    """n unit vectors near the real ones in `base` (row i from base[i % len(base)]), cosine about 0.94."""
    rng = np.random.default_rng(seed)
    rows = base[np.arange(n) % len(base)]
    out = rows + rng.normal(0.0, noise / np.sqrt(base.shape[1]), size=rows.shape).astype(np.float32)
    return (out / np.linalg.norm(out, axis=1, keepdims=True)).astype(np.float32)


def bulk_insert(engine, profiles: list[dict], seed: int = 5) -> np.ndarray:
    """Insert providers already vetted and indexed; returns their ids in the order given."""
    from sqlalchemy import insert, select

    from matcher.models import CaseStudy, Finding, Provider, ProviderTag

    rng = random.Random(seed)
    rows = []
    for p in profiles:
        # 70% verified, 27% submitted; the rest flagged (never matched), as after real vetting.
        r = rng.random()
        status = "verified" if r < 0.7 else "submitted" if r < 0.97 else "flagged"
        rows.append({k: p[k] for k in ("external_id", "name", "website", "description", "methodology",
                                       "min_budget_usd", "max_budget_usd", "hourly_rate_usd", "team_size",
                                       "founded_year")}
                    | {"status": status, "trust_score": round(rng.uniform(0.35, 0.95), 3),
                       "content_version": 1, "vetted_version": 1, "indexed_version": 1})
    with engine.begin() as conn:
        for start in range(0, len(rows), 5000):
            conn.execute(insert(Provider), rows[start : start + 5000])
        ids = dict(conn.execute(select(Provider.external_id, Provider.id)).all())
        tags, cases = [], []
        for p in profiles:
            pid = ids[p["external_id"]]
            for kind in ("services", "industries", "countries", "languages"):
                tags += [{"provider_id": pid, "kind": kind, "value": v} for v in dict.fromkeys(p[kind])]
            cases += [{"provider_id": pid, "position": i, **c} for i, c in enumerate(p["case_studies"])]
        for start in range(0, len(tags), 20000):
            conn.execute(insert(ProviderTag), tags[start : start + 20000])
        for start in range(0, len(cases), 20000):
            conn.execute(insert(CaseStudy), cases[start : start + 20000])
        # Open findings as vetting leaves them: 4% of providers with a medium one, 1% with a high one.
        findings = [{"provider_id": int(pid), "category": "guaranteed_rankings", "severity": severity,
                     "field": "description", "span_start": 0, "span_end": 10, "evidence": "guaranteed",
                     "reason": "synthetic", "fingerprint": f"bench-{pid}", "state": "open"}
                    for pid in ids.values()
                    for severity in [rng.choices(["medium", "high", None], [4, 1, 95])[0]] if severity]
        if findings:
            conn.execute(insert(Finding), findings)
    return np.array([ids[p["external_id"]] for p in profiles], dtype=np.int64)


def write_index(settings, ids: np.ndarray, vectors: np.ndarray) -> None:
    """Persist precomputed vectors (content version 1) as the index of `settings`, via ProviderIndex."""
    from matcher.index import ProviderIndex
    from matcher.index.store import IndexStore

    index = ProviderIndex(store=IndexStore(settings.index_dir), ann_threshold=settings.ann_threshold)
    with index.writer(replace=True):
        index.clear()
        index.upsert(ids, np.ones(len(ids), dtype=np.int64), vectors)


def omp_env() -> str:
    """The thread settings of this process: torch (OpenMP) and numpy (OpenBLAS) each start a thread per
    core, and on 2 cores their idle threads spin and slow each other down."""
    keys = ("OMP_NUM_THREADS", "OMP_WAIT_POLICY", "OPENBLAS_NUM_THREADS")
    found = ", ".join(f"{k}={os.environ[k]}" for k in keys if k in os.environ)
    return f"Environment: {found or 'no OMP_* or OPENBLAS_* variable set'}."


def corpus(n: int, seed: int = 7) -> tuple[list[dict], np.ndarray]:
    """n profiles and their vectors: real embeddings up to 10,000, perturbed copies of those past it."""
    real = min(n, 10_000)
    profiles = generate_profiles(real, seed)
    vectors = embed_profiles(profiles, "profile")
    if n <= real:
        return profiles, vectors
    copies = [dict(profiles[i % real], external_id=f"s{i:06d}") for i in range(n)]
    for i, p in enumerate(copies[real:], start=real):
        p["name"] = f"{p['name']} {i // real}"
    return copies, perturbed(vectors, n)


def prepare(directory: Path, n: int, seed: int = 7) -> dict[str, str]:
    """A database and an index of n providers under `directory`; returns the environment to use them."""
    from matcher.config import load_settings
    from matcher.db import make_engine
    from matcher.migrate import upgrade

    directory.mkdir(parents=True, exist_ok=True)
    env = {"MATCHER_INSTANCE_DIR": str(directory), "INDEX_DIR": str(directory / "index"),
           "DATABASE_URL": f"sqlite:///{directory / 'matcher.db'}", "SECRET_KEY": "bench-only"}
    settings = load_settings(env)
    upgrade(settings.database_url)
    profiles, vectors = corpus(n, seed)
    engine = make_engine(settings.database_url)
    ids = bulk_insert(engine, profiles)
    engine.dispose()
    write_index(settings, ids, vectors)
    return env


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--providers", type=int, default=1000)
    ap.add_argument("--words", type=int, default=None, help="fixed text length (default: varied)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--prepare", type=Path, help="write a database and an index here instead of JSON Lines")
    args = ap.parse_args(argv)
    if args.prepare:
        env = prepare(args.prepare, args.providers, args.seed)
        print(" ".join(f"{k}={v}" for k, v in env.items()))
        return 0
    out = sys.stdout
    for p in generate_profiles(args.providers, args.seed, args.words):
        out.write(json.dumps(p) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
