"""An in-memory, column-wise view of every provider's matchable facts, rebuilt when the database changes.

Ranking 100,000 providers within milliseconds needs arrays, not ORM rows. The database stays the source of
truth: a cheap signature query (counts and newest timestamps, one round trip) tells when to reload. A
reload re-reads the columns but re-derives the facts read from free text (the slow part: regular
expressions over every profile) only for providers whose updated_at or content_version moved.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcher import taxonomy
from matcher.models import CaseStudy, Finding, Provider, ProviderTag
from matcher.ranking import lexicon, prices

SERVICE_BITS = {code: 1 << i for i, code in enumerate(taxonomy.SERVICES)}
INDUSTRY_BITS = {code: 1 << i for i, code in enumerate(taxonomy.INDUSTRIES)}
MATCHABLE_STATUSES = ("submitted", "verified")


def bits(codes, table: dict[str, int]) -> int:
    out = 0
    for code in codes:
        out |= table.get(code, 0)
    return out


@dataclass
class Catalog:
    signature: tuple
    ids: np.ndarray  # int64 provider ids
    external_ids: list[str | None]
    names: list[str]
    statuses: list[str]
    matchable: np.ndarray  # bool: status allows matching and no open high-severity finding
    min_budget: np.ndarray  # float, nan = unknown
    max_budget: np.ndarray
    services_declared: np.ndarray  # int64 bit sets
    services_text: np.ndarray
    industries_declared: np.ndarray
    industries_cases: np.ndarray
    industries_text: np.ndarray
    trust: np.ndarray  # float, nan = not vetted yet
    verified: np.ndarray
    open_medium: np.ndarray
    has_market: np.ndarray
    countries: list[frozenset[str]]
    languages: list[frozenset[str]]
    case_counts: list[Counter]
    service_words: list[dict[str, list[str]]]
    industry_words: list[dict[str, list[str]]]
    # Monthly prices named in the provider's text, used where the budget fields are empty.
    text_prices: list[tuple[float | None, float | None]] = field(default_factory=list)
    budget_from_text: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    # (updated_at, content_version) of each provider when its text was read: unchanged ones are reused.
    stamps: list[tuple] = field(default_factory=list)
    _market_masks: dict = field(default_factory=dict)
    _derived: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    def derived(self, key, compute: Callable[[Catalog], np.ndarray]) -> np.ndarray:
        """A column computed from the others once per catalog (a catalog never changes once built), so
        a request gathers one array instead of recomputing it over every provider."""
        value = self._derived.get(key)
        if value is None:
            value = self._derived[key] = compute(self)
        return value

    def serves(self, kind: str, code: str) -> np.ndarray:
        """Boolean mask of providers listing a country or language (cached)."""
        key = (kind, code)
        if key not in self._market_masks:
            sets = self.countries if kind == "countries" else self.languages
            self._market_masks[key] = np.fromiter((code in s for s in sets), dtype=bool, count=len(sets))
        return self._market_masks[key]


def signature(session: Session) -> tuple:
    # One statement of scalar subqueries: each is then answered from an index (SQLite applies its min/max
    # shortcut only to a lone max(), so one select of count and two max() scanned a whole index).
    open_findings = select(func.count()).select_from(Finding).where(Finding.state == "open")
    row = session.execute(
        select(
            select(func.count()).select_from(Provider).scalar_subquery(),
            select(func.max(Provider.updated_at)).scalar_subquery(),
            select(func.max(Provider.id)).scalar_subquery(),
            open_findings.scalar_subquery(),
            select(func.max(Finding.id)).where(Finding.state == "open").scalar_subquery(),
        )
    ).one()
    return (tuple(row[:3]), tuple(row[3:]))


def case_industries(cases: list[tuple]) -> Counter:
    """Case studies per industry; a free-text industry ("Dental & clinics") is read with the lexicon."""
    counts: Counter = Counter()
    for title, industry, _summary in cases:
        if not industry:
            continue
        if industry in INDUSTRY_BITS:
            counts[industry] += 1
        else:
            for code in lexicon.mentions(industry, "industries") or lexicon.mentions(
                title or "", "industries"
            ):
                counts[code] += 1
    return counts


def _text_of(texts: tuple, cases: list[tuple]) -> str:
    description, methodology = texts
    parts = [description or "", methodology or ""]
    parts += [f"{title or ''}. {summary or ''}" for title, _ind, summary in cases]
    return "\n".join(parts)


_ID_CHUNK = 500


def _by_ids(session: Session, stmt, column, ids: list[int], everyone: bool):
    """Rows of `stmt` for the providers in `ids` (all rows when `everyone`), in chunks of IN lists."""
    if everyone:
        yield from session.execute(stmt)
        return
    for start in range(0, len(ids), _ID_CHUNK):
        yield from session.execute(stmt.where(column.in_(ids[start : start + _ID_CHUNK])))


def build(session: Session, sig: tuple | None = None, previous: Catalog | None = None) -> Catalog:
    """Load the catalog; facts read from text are taken from `previous` for providers unchanged since."""
    sig = sig or signature(session)
    rows = session.execute(
        select(
            Provider.id,
            Provider.external_id,
            Provider.name,
            Provider.status,
            Provider.min_budget_usd,
            Provider.max_budget_usd,
            Provider.trust_score,
            Provider.updated_at,
            Provider.content_version,
        ).order_by(Provider.id)
    ).all()
    old_rows = {} if previous is None else {pid: pos for pos, pid in enumerate(previous.ids.tolist())}
    stamps = [(r.updated_at, r.content_version) for r in rows]
    reuse = []  # position in `previous` whose text facts still hold, or -1
    for r, stamp in zip(rows, stamps, strict=True):
        pos = old_rows.get(r.id, -1)
        reuse.append(pos if pos >= 0 and previous.stamps[pos] == stamp else -1)
    fresh = [r.id for r, pos in zip(rows, reuse, strict=True) if pos < 0]
    everyone = len(fresh) > len(rows) // 4  # one scan beats many IN lists
    text_rows = select(Provider.id, Provider.description, Provider.methodology)
    texts = {pid: (d, m) for pid, d, m in _by_ids(session, text_rows, Provider.id, fresh, everyone)}
    tags: dict[int, dict[str, list[str]]] = {}
    for pid, kind, value in session.execute(
        select(ProviderTag.provider_id, ProviderTag.kind, ProviderTag.value).order_by(ProviderTag.id)
    ):
        tags.setdefault(pid, {}).setdefault(kind, []).append(value)
    cases: dict[int, list[tuple]] = {}
    case_rows = select(
        CaseStudy.provider_id, CaseStudy.title, CaseStudy.industry, CaseStudy.summary
    ).order_by(CaseStudy.provider_id, CaseStudy.position)
    for pid, title, industry, summary in _by_ids(session, case_rows, CaseStudy.provider_id, fresh, everyone):
        cases.setdefault(pid, []).append((title, industry, summary))
    highs: set[int] = set()
    mediums: Counter = Counter()
    for pid, severity in session.execute(
        select(Finding.provider_id, Finding.severity).where(Finding.state == "open")
    ):
        if severity == "high":
            highs.add(pid)
        elif severity == "medium":
            mediums[pid] += 1

    n = len(rows)
    cat = Catalog(
        signature=sig,
        ids=np.fromiter((r.id for r in rows), dtype=np.int64, count=n),
        external_ids=[r.external_id for r in rows],
        names=[r.name for r in rows],
        statuses=[r.status for r in rows],
        matchable=np.fromiter(
            (r.status in MATCHABLE_STATUSES and r.id not in highs for r in rows), dtype=bool, count=n
        ),
        min_budget=np.array(
            [np.nan if r.min_budget_usd is None else r.min_budget_usd for r in rows], dtype=float
        ),
        max_budget=np.array(
            [np.nan if r.max_budget_usd is None else r.max_budget_usd for r in rows], dtype=float
        ),
        services_declared=np.zeros(n, dtype=np.int64),
        services_text=np.zeros(n, dtype=np.int64),
        industries_declared=np.zeros(n, dtype=np.int64),
        industries_cases=np.zeros(n, dtype=np.int64),
        industries_text=np.zeros(n, dtype=np.int64),
        trust=np.array([np.nan if r.trust_score is None else r.trust_score for r in rows], dtype=float),
        verified=np.fromiter((r.status == "verified" for r in rows), dtype=bool, count=n),
        open_medium=np.fromiter((mediums[r.id] for r in rows), dtype=np.int64, count=n),
        has_market=np.zeros(n, dtype=bool),
        countries=[],
        languages=[],
        case_counts=[],
        service_words=[],
        industry_words=[],
        stamps=stamps,
    )
    markets: dict[tuple, frozenset[str]] = {}  # most providers share a handful of market lists

    def shared(codes) -> frozenset[str]:
        key = tuple(codes)
        found = markets.get(key)
        if found is None:
            found = markets[key] = frozenset(key)
        return found

    for i, r in enumerate(rows):
        t = tags.get(r.id, {})
        if reuse[i] >= 0:
            old = reuse[i]
            s_words, i_words = previous.service_words[old], previous.industry_words[old]
            counts, price = previous.case_counts[old], previous.text_prices[old]
        else:
            pc = cases.get(r.id, [])
            text = _text_of(texts.get(r.id, ("", None)), pc)
            s_words = lexicon.mentions(text, "services")
            i_words = lexicon.mentions(text, "industries")
            counts = case_industries(pc)
            price = prices.monthly_range(text)
        cat.services_declared[i] = bits(t.get("services", []), SERVICE_BITS)
        cat.services_text[i] = bits(s_words, SERVICE_BITS)
        cat.industries_declared[i] = bits(t.get("industries", []), INDUSTRY_BITS)
        cat.industries_cases[i] = bits(counts, INDUSTRY_BITS)
        cat.industries_text[i] = bits(i_words, INDUSTRY_BITS)
        cat.countries.append(shared(t.get("countries", ())))
        cat.languages.append(shared(t.get("languages", ())))
        cat.has_market[i] = bool(t.get("countries") or t.get("languages"))
        cat.case_counts.append(counts)
        cat.service_words.append(s_words)
        cat.industry_words.append(i_words)
        cat.text_prices.append(price)
    _fill_budgets_from_text(cat)
    return cat


def _fill_budgets_from_text(cat: Catalog) -> None:
    """Where the budget fields are empty, use the monthly prices the provider names in its text."""
    cat.budget_from_text = np.zeros(len(cat.ids), dtype=bool)
    for i, (low, high) in enumerate(cat.text_prices):
        if np.isnan(cat.min_budget[i]) and np.isnan(cat.max_budget[i]) and low is not None:
            cat.min_budget[i] = low
            cat.max_budget[i] = np.nan if high is None else high
            cat.budget_from_text[i] = True


_cache: dict[str, Catalog] = {}
_lock = threading.Lock()
_build_lock = threading.Lock()  # one build at a time: threads that find the catalog stale wait for it


def get_catalog(session: Session) -> Catalog:
    """The catalog for this session's database, reloaded when the signature changed."""
    key = str(session.get_bind().url)
    sig = signature(session)
    with _lock:
        cached = _cache.get(key)
    if cached is not None and cached.signature == sig:
        return cached
    with _build_lock:
        with _lock:
            cached = _cache.get(key)
        if cached is not None and cached.signature == sig:
            return cached
        fresh = build(session, sig, previous=cached)
        with _lock:
            _cache[key] = fresh
    return fresh


def clear_cache() -> None:
    with _lock:
        _cache.clear()
