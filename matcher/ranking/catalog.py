"""An in-memory, column-wise view of every provider's matchable facts, rebuilt when the database changes.

Ranking 100,000 providers within milliseconds needs arrays, not ORM rows. The database stays the source of
truth: a cheap signature query (counts and newest timestamps, one round trip) tells when to reload. After
edits and additions a reload patches only the providers whose stamp moved into a copy (`_patch`); a full
load re-reads the columns but re-derives the facts read from free text (the slow part: regular
expressions over every profile) only for providers whose updated_at or content_version moved.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import timedelta

import numpy as np
from sqlalchemy import String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from matcher import taxonomy
from matcher.db import in_lists
from matcher.models import CaseStudy, Finding, Provider, ProviderTag
from matcher.ranking import lexicon, prices

SERVICE_BITS = {code: 1 << i for i, code in enumerate(taxonomy.SERVICES)}
INDUSTRY_BITS = {code: 1 << i for i, code in enumerate(taxonomy.INDUSTRIES)}
MATCHABLE_STATUSES = ("submitted", "verified")
UNREAD = "needs_human_reading"


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
    # The top of the monthly amounts its text describes as usual work ("most retainers are low four
    # figures"): with a stated maximum, what tells a provider too small for a brief. nan = not described.
    usual_top: np.ndarray = field(default_factory=lambda: np.zeros(0))
    # An open finding says no one has read its text yet (a language the checks do not read).
    unread: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    # Clients whose backlink exports back its work (Provider.evidence_clients).
    evidence: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # Sample data (matcher seed): verified by the automatic checks alone, which its reasons must say.
    sample: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    # (updated_at, content_version) of each provider when its text was read: unchanged ones are reused.
    stamps: list[tuple] = field(default_factory=list)
    full_load_at: float = 0.0  # time.monotonic() of the last full load; patches carry it over
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


def _by_ids(session: Session, stmt, column, ids: list[int], everyone: bool):
    """Rows of `stmt` for the providers in `ids` (all rows when `everyone`), in chunks of IN lists."""
    if everyone:
        yield from session.execute(stmt)
        return
    for chunk in in_lists(ids):
        yield from session.execute(stmt.where(column.in_(chunk)))


# A patch re-reads providers stamped this long before the newest it knew: updated_at is set when a change
# is flushed, and a transaction can commit after a later one (a long import, SQLite's busy wait, clock skew
# between hosts). Later still, the next full load takes it: at the first change an hour after the last one.
LATE_COMMIT = timedelta(minutes=10)
FULL_RELOAD_S = 3600

# updated_at as the driver returns it: stamps are only compared for equality, and parsing 100,000
# SQLite timestamps into datetimes would cost a patch a second.
_UPDATED = type_coerce(Provider.updated_at, String).label("updated_at")
_COLUMNS = (Provider.id, Provider.external_id, Provider.name, Provider.status, Provider.min_budget_usd,
            Provider.max_budget_usd, Provider.trust_score, _UPDATED, Provider.content_version,
            Provider.evidence_clients, Provider.is_sample)
_TAG_ROWS = select(ProviderTag.provider_id, ProviderTag.kind, ProviderTag.value).order_by(ProviderTag.id)


def build(session: Session, sig: tuple | None = None, previous: Catalog | None = None) -> Catalog:
    """Load the catalog; facts read from text are taken from `previous` for providers unchanged since.

    When `previous` is given and providers were only edited or added since, only those rows are read and
    patched into a copy of it: after one profile edit at 100,000 providers the next match pays about
    0.2 s (0.7 s while every row is younger than LATE_COMMIT), not the 4 s of a full load.
    """
    sig = sig or signature(session)
    if previous is not None:
        patched = _patch(session, sig, previous)
        if patched is not None:
            return patched
    rows = session.execute(select(*_COLUMNS).order_by(Provider.id)).all()
    old_rows = {} if previous is None else {pid: pos for pos, pid in enumerate(previous.ids.tolist())}
    reuse = []  # position in `previous` whose text facts still hold, or -1
    for r in rows:
        pos = old_rows.get(r.id, -1)
        reuse.append(pos if pos >= 0 and previous.stamps[pos] == (r.updated_at, r.content_version) else -1)
    fresh = [r.id for r, pos in zip(rows, reuse, strict=True) if pos < 0]
    everyone = len(fresh) > len(rows) // 4  # one scan beats many IN lists
    texts, cases = _texts(session, fresh, everyone)
    tags = _tags(session.execute(_TAG_ROWS))
    cat = _empty(sig, len(rows))
    markets: dict[tuple, frozenset[str]] = {}  # most providers share a handful of market lists
    for i, r in enumerate(rows):
        if reuse[i] >= 0:
            facts = _facts_of(previous, reuse[i])
        else:
            facts = _read_facts(texts.get(r.id, ("", None)), cases.get(r.id, []))
        _set_row(cat, i, r, tags.get(r.id, {}), facts, markets)
    _set_findings(session, cat)
    cat.full_load_at = time.monotonic()
    return cat


def _patch(session: Session, sig: tuple, previous: Catalog) -> Catalog | None:
    """`previous` with the providers edited or added since patched in; None when a full load is due
    (providers deleted, so many changed that one scan is cheaper, or the last full load is old)."""
    (count, _newest, _top_id), _findings = sig
    old_newest = previous.signature[0][1]
    if not len(previous) or old_newest is None or time.monotonic() - previous.full_load_at > FULL_RELOAD_S:
        return None
    # The catalog itself, not its signature (read just before its rows), says what it holds.
    top_id = int(previous.ids[-1])
    stamps = session.execute(
        select(Provider.id, _UPDATED, Provider.content_version)
        .where(or_(Provider.updated_at >= old_newest - LATE_COMMIT, Provider.id > top_id))
        .order_by(Provider.id)
    ).all()
    added = [r.id for r in stamps if r.id > top_id]
    if len(previous) + len(added) != count:
        return None  # something was deleted
    edited = [r for r in stamps if r.id <= top_id]
    positions = np.searchsorted(previous.ids, [r.id for r in edited]).tolist()
    pairs = list(zip(positions, edited, strict=True))
    if not all(pos < len(previous) and previous.ids[pos] == r.id for pos, r in pairs):
        return None  # an edited id that `previous` never held: something was deleted too
    # Every write to a provider row moves its stamp; rows re-read for late commits mostly have not moved.
    where = {r.id: pos for pos, r in pairs if previous.stamps[pos] != (r.updated_at, r.content_version)}
    where.update((pid, len(previous) + k) for k, pid in enumerate(added))
    if len(where) > max(len(previous) // 4, 64):
        return None
    ids = sorted(where)
    rows = list(_by_ids(session, select(*_COLUMNS).order_by(Provider.id), Provider.id, ids, everyone=False))
    if len(rows) != len(ids):
        return None  # deleted since the stamps were read
    # Text facts are re-read only where the content changed (a status or trust change keeps them).
    fresh = {r.id for r in rows
             if where[r.id] >= len(previous) or previous.stamps[where[r.id]][1] != r.content_version}
    texts, cases = _texts(session, sorted(fresh), everyone=False)
    tags = _tags(_by_ids(session, _TAG_ROWS, ProviderTag.provider_id, ids, everyone=False))
    cat = _grown_copy(previous, sig, len(added))
    cat.full_load_at = previous.full_load_at
    markets: dict[tuple, frozenset[str]] = {}
    for r in rows:
        pos = where[r.id]
        if r.id in fresh:
            facts = _read_facts(texts.get(r.id, ("", None)), cases.get(r.id, []))
        else:
            facts = _facts_of(previous, pos)
        _set_row(cat, pos, r, tags.get(r.id, {}), facts, markets)
    _set_findings(session, cat)
    return cat


def _texts(session: Session, ids: list[int], everyone: bool) -> tuple[dict, dict]:
    """Description and methodology, and case studies, of the providers in `ids` (of all, if `everyone`)."""
    text_rows = select(Provider.id, Provider.description, Provider.methodology)
    texts = {pid: (d, m) for pid, d, m in _by_ids(session, text_rows, Provider.id, ids, everyone)}
    cases: dict[int, list[tuple]] = {}
    case_rows = select(
        CaseStudy.provider_id, CaseStudy.title, CaseStudy.industry, CaseStudy.summary
    ).order_by(CaseStudy.provider_id, CaseStudy.position)
    for pid, title, industry, summary in _by_ids(session, case_rows, CaseStudy.provider_id, ids, everyone):
        cases.setdefault(pid, []).append((title, industry, summary))
    return texts, cases


def _tags(rows) -> dict[int, dict[str, list[str]]]:
    tags: dict[int, dict[str, list[str]]] = {}
    for pid, kind, value in rows:
        tags.setdefault(pid, {}).setdefault(kind, []).append(value)
    return tags


def _read_facts(texts: tuple, cases: list[tuple]) -> tuple:
    """What the ranking reads from a provider's free text: the slow part of a load (regular expressions)."""
    text = _text_of(texts, cases)
    return (lexicon.mentions(text, "services"), lexicon.mentions(text, "industries"),
            case_industries(cases), prices.monthly_range(text), prices.usual_scale(text))


def _facts_of(cat: Catalog, pos: int) -> tuple:
    top = cat.usual_top[pos]
    return (cat.service_words[pos], cat.industry_words[pos], cat.case_counts[pos], cat.text_prices[pos],
            None if np.isnan(top) else float(top))


def _empty(sig: tuple, n: int) -> Catalog:
    def floats() -> np.ndarray:
        return np.full(n, np.nan)

    def ints() -> np.ndarray:
        return np.zeros(n, dtype=np.int64)

    def flags() -> np.ndarray:
        return np.zeros(n, dtype=bool)

    return Catalog(
        signature=sig, ids=ints(), external_ids=[None] * n, names=[""] * n, statuses=[""] * n,
        matchable=flags(), min_budget=floats(), max_budget=floats(), services_declared=ints(),
        services_text=ints(), industries_declared=ints(), industries_cases=ints(), industries_text=ints(),
        trust=floats(), verified=flags(), open_medium=ints(), has_market=flags(), countries=[frozenset()] * n,
        languages=[frozenset()] * n, case_counts=[Counter()] * n, service_words=[{}] * n,
        industry_words=[{}] * n, text_prices=[(None, None)] * n, budget_from_text=flags(), usual_top=floats(),
        unread=flags(), stamps=[()] * n, evidence=ints(), sample=flags(),
    )


def _grown_copy(previous: Catalog, sig: tuple, extra: int) -> Catalog:
    """A copy of `previous` with room for `extra` more providers; derived columns are recomputed."""
    grown = _empty(sig, len(previous) + extra)
    n = len(previous)
    for f in fields(Catalog):
        old, new = getattr(previous, f.name), getattr(grown, f.name)
        if isinstance(new, np.ndarray | list):
            new[:n] = old
    return grown


def _set_row(cat: Catalog, i: int, r, tags: dict[str, list[str]], facts: tuple, markets: dict) -> None:
    s_words, i_words, counts, price, usual = facts
    cat.ids[i] = r.id
    cat.external_ids[i], cat.names[i], cat.statuses[i] = r.external_id, r.name, r.status
    cat.stamps[i] = (r.updated_at, r.content_version)
    cat.trust[i] = np.nan if r.trust_score is None else r.trust_score
    cat.evidence[i] = r.evidence_clients or 0
    cat.verified[i] = r.status == "verified"
    cat.sample[i] = bool(r.is_sample)
    cat.services_declared[i] = bits(tags.get("services", []), SERVICE_BITS)
    cat.services_text[i] = bits(s_words, SERVICE_BITS)
    cat.industries_declared[i] = bits(tags.get("industries", []), INDUSTRY_BITS)
    cat.industries_cases[i] = bits(counts, INDUSTRY_BITS)
    cat.industries_text[i] = bits(i_words, INDUSTRY_BITS)
    for kind in ("countries", "languages"):
        key = tuple(tags.get(kind, ()))
        getattr(cat, kind)[i] = markets.setdefault(key, frozenset(key))
    cat.has_market[i] = bool(tags.get("countries") or tags.get("languages"))
    cat.case_counts[i], cat.service_words[i], cat.industry_words[i], cat.text_prices[i] = (
        counts, s_words, i_words, price)
    # Where the budget fields are empty, the monthly prices the provider names in its text stand in.
    from_text = r.min_budget_usd is None and r.max_budget_usd is None and price[0] is not None
    low, high = price if from_text else (r.min_budget_usd, r.max_budget_usd)
    cat.min_budget[i] = np.nan if low is None else low
    cat.max_budget[i] = np.nan if high is None else high
    cat.budget_from_text[i] = from_text
    cat.usual_top[i] = np.nan if usual is None else usual


def _set_findings(session: Session, cat: Catalog) -> None:
    """Open findings decide who is matchable (no open high) and the medium-finding penalty, for everyone."""
    highs: set[int] = set()
    mediums: Counter = Counter()
    unread: set[int] = set()
    for pid, severity, category in session.execute(
        select(Finding.provider_id, Finding.severity, Finding.category).where(Finding.state == "open")
    ):
        if severity == "high":
            highs.add(pid)
        elif severity == "medium":
            mediums[pid] += 1
        if category == UNREAD:
            unread.add(pid)
    n = len(cat)
    pairs = zip(cat.statuses, cat.ids.tolist(), strict=True)
    cat.matchable = np.fromiter(
        (status in MATCHABLE_STATUSES and pid not in highs for status, pid in pairs), dtype=bool, count=n
    )
    cat.open_medium = np.fromiter((mediums.get(pid, 0) for pid in cat.ids.tolist()), dtype=np.int64, count=n)
    cat.unread = np.fromiter((pid in unread for pid in cat.ids.tolist()), dtype=bool, count=n)


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
