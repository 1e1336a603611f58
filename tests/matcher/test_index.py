"""The semantic index: right through add/update/remove, persisted, reloaded, rebuilt from the database."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from sqlalchemy import delete, select, update

from matcher import index as idx
from matcher import runtime as runtime_mod
from matcher.index import ProviderIndex, get_index, provider_document, rebuild, sync_provider
from matcher.index import searcher as searcher_mod
from matcher.index.store import IndexStore
from matcher.models import Base, Provider
from matcher.usecases.providers import create_provider, update_provider
from tests.conftest import make_settings

PROFILES = {
    "dental": {
        "name": "Smile Local",
        "description": "Local SEO for dental clinics and orthodontists: Google Business Profile, reviews, "
        "citations and location pages that bring patients through the door.",
        "services": ["local_seo"],
        "industries": ["healthcare"],
    },
    "crypto": {
        "name": "Chain Reach",
        "description": "Digital PR and link building for crypto exchanges, DeFi protocols and blockchain "
        "wallets, with coverage in fintech and web3 media.",
        "services": ["digital_pr", "link_building"],
        "industries": ["crypto"],
    },
    "saas": {
        "name": "Crawlwise",
        "description": "Technical SEO audits for B2B SaaS: crawl budget, JavaScript rendering, site speed "
        "and internationalisation of product documentation.",
        "services": ["technical_seo", "seo_audit"],
        "industries": ["saas"],
    },
    "hotel": {
        "name": "Stayfound",
        "description": "Content marketing for boutique hotels and travel brands: destination guides, "
        "itineraries and booking-page copy in several languages.",
        "services": ["content_marketing"],
        "industries": ["hospitality", "travel"],
    },
    "legal": {
        "name": "Counsel Rank",
        "description": "SEO for law firms: practice-area pages, legal directories and local visibility for "
        "personal injury and family lawyers.",
        "services": ["local_seo", "on_page_seo"],
        "industries": ["legal"],
    },
}


def add_providers(rt, *keys: str) -> dict[str, int]:
    with rt.db.session() as s:
        made = {k: create_provider(s, dict(PROFILES[k], external_id=k)) for k in keys}
        s.flush()
        return {k: p.id for k, p in made.items()}


def top_id(rt, query: str) -> int:
    hits = get_index(rt).search(idx.embed_query(query), 1)
    return hits[0][0]


def found_ids(rt, query: str, k: int = 10) -> set[int]:
    return {pid for pid, _ in get_index(rt).search(idx.embed_query(query), k)}


def test_document_has_words_not_codes(rt):
    with rt.db.session() as s:
        p = create_provider(s, dict(PROFILES["crypto"], methodology="We pitch journalists.",
                                    case_studies=[{"title": "Exchange launch", "industry": "fintech",
                                                   "summary": "Coverage in 40 outlets."}]))
        doc = provider_document(p)
    assert "digital PR and link building" in doc and "crypto" in doc
    assert "Methodology:\nWe pitch journalists." in doc
    assert "Case study (fintech):\nExchange launch\nCoverage in 40 outlets." in doc
    assert "link_building" not in doc


def test_indexing_a_vetted_profile_embeds_only_its_headings(rt):
    """Vetting embeds each field's sentences; the index's document is the mean of its sentences, so
    indexing the same profile afterwards embeds only what vetting never reads (name, service and
    industry lines, section headings), not a field's sentences again under a heading."""
    from matcher.embedding_cache import _key, document_cache, sentence_cache, stored
    from matcher.redflags.sentences import split_sentences
    from matcher.usecases.vetting import provider_texts

    with rt.db.session() as s:
        methodology = "We pitch journalists. Then we follow up."
        p = create_provider(s, dict(PROFILES["crypto"], methodology=methodology,
                                    case_studies=[{"title": "Exchange launch", "industry": "fintech",
                                                   "summary": "Coverage in 40 outlets. Two were podcasts."}]))
        texts = provider_texts(p)
        doc = provider_document(p)
    field_sentences = [t[a:b] for t in texts.values() for a, b in split_sentences(t)]
    sentence_cache(rt.db).encode(field_sentences)
    before = set(stored(rt.db)[0])
    document_cache(rt.db).encode([doc])
    new = set(stored(rt.db)[0]) - before
    headings = ["Chain Reach.", "Services: digital PR and link building.", "Industries: crypto.",
                "Methodology:", "Case study (fintech):"]
    assert new == {_key("sentence", h) for h in headings} | {_key("document-by-sentence", doc)}


def test_add_update_remove_keep_search_right(any_runtime):
    rt = any_runtime
    ids = add_providers(rt, "dental", "crypto", "saas")
    assert rebuild(rt) == 3
    assert top_id(rt, "SEO for a dentist practice") == ids["dental"]
    assert top_id(rt, "backlinks for a bitcoin exchange") == ids["crypto"]

    # add
    ids |= add_providers(rt, "hotel")
    sync_provider(rt, ids["hotel"])
    assert top_id(rt, "travel blog articles for a hotel") == ids["hotel"]

    # update: the dental agency becomes a hotel-content shop; the old vector must not linger
    with rt.db.session() as s:
        update_provider(s, s.get(Provider, ids["dental"]), {
            "description": "Multilingual hotel and resort copywriting, destination guides for travellers.",
            "services": ["content_marketing"], "industries": ["hospitality"]})
    sync_provider(rt, ids["dental"])
    assert top_id(rt, "SEO for a dentist practice") != ids["dental"]
    with rt.db.session() as s:
        p = s.get(Provider, ids["dental"])
        assert p.indexed_version == p.content_version == 2
    assert get_index(rt).version_of(ids["dental"]) == 2

    # remove
    with rt.db.session() as s:
        s.execute(delete(Provider).where(Provider.id == ids["crypto"]))
    sync_provider(rt, ids["crypto"])
    assert ids["crypto"] not in found_ids(rt, "backlinks for a bitcoin exchange")
    assert len(get_index(rt)) == 3
    sims = get_index(rt).similarities(idx.embed_query("bitcoin"), [ids["crypto"], ids["saas"]])
    assert sims[0] == 0.0 and sims[1] != 0.0


def test_deleted_provider_never_comes_back(any_runtime):
    rt = any_runtime
    ids = add_providers(rt, "dental", "crypto")
    rebuild(rt)
    index = get_index(rt)
    stale_vector = index.vector_of(ids["crypto"])
    with rt.db.session() as s:
        s.execute(delete(Provider).where(Provider.id == ids["crypto"]))
    sync_provider(rt, ids["crypto"])
    # A late job that embedded the provider before it was deleted applies its work through the same
    # path: the database check under the lock refuses it.
    from matcher.index import service

    ready = {ids["crypto"]: (1, stale_vector)}
    service._write(rt.db, index, lambda: service._catch_up(
        rt.db, index, service.db_pairs(rt.db, [ids["crypto"]]), ready, only=[ids["crypto"]]))
    sync_provider(rt, ids["crypto"])  # a repeated job is harmless too
    assert ids["crypto"] not in index.ids
    # Another process starting later, and the semantic search API, do not see it either.
    fresh = ProviderIndex.open(rt.settings.index_dir)
    assert ids["crypto"] not in fresh.ids
    with rt.db.session() as s:
        hits = idx.search_providers(s, get_index(rt), "crypto exchange backlinks", limit=10)
    assert [p.id for p, _ in hits] == [ids["dental"]]


def test_search_providers_pages_and_filters(rt):
    ids = add_providers(rt, "dental", "crypto", "saas", "hotel")
    with rt.db.session() as s:
        s.execute(update(Provider).where(Provider.id == ids["saas"]).values(status="verified"))
    rebuild(rt)
    index = get_index(rt)
    with rt.db.session() as s:
        page1 = idx.search_providers(s, index, "technical audit of a software product", limit=2)
        page2 = idx.search_providers(s, index, "technical audit of a software product", limit=2, offset=2)
        only_verified = idx.search_providers(s, index, "dentist", limit=5, statuses=["verified"])
        assert idx.search_providers(s, index, "   ", limit=5) == []
    assert page1[0][0].id == ids["saas"] and page1[0][1] >= page1[1][1]
    assert {p.id for p, _ in page1}.isdisjoint({p.id for p, _ in page2}) and len(page2) == 2
    assert [p.id for p, _ in only_verified] == [ids["saas"]]


@pytest.mark.parametrize("damage", ["garbage", "truncate", "delete_dir", "wrong_dimension", "count"])
def test_missing_or_corrupt_index_is_rebuilt(rt, damage):
    ids = add_providers(rt, "dental", "crypto", "saas")
    rebuild(rt)
    directory = rt.settings.index_dir
    manifest = json.loads((directory / "manifest.json").read_text())
    base = directory / manifest["base"]["file"]
    if damage == "garbage":
        base.write_bytes(b"not an index")
    elif damage == "truncate":
        base.write_bytes(base.read_bytes()[:1000])
    elif damage == "delete_dir":
        for path in directory.iterdir():
            path.unlink()
    elif damage in ("wrong_dimension", "count"):
        key, value = ("dimension", 512) if damage == "wrong_dimension" else ("count", 7)
        manifest[key] = value
        (directory / "manifest.json").write_text(json.dumps(manifest))

    # A new process (fresh runtime on the same database and directory) finds it unusable and rebuilds.
    fresh_rt = runtime_mod.install(runtime_mod.Runtime(settings=rt.settings, db=rt.db))
    index = get_index(fresh_rt)
    assert fresh_rt.extras["provider_index"] is index
    assert sorted(index.ids.tolist()) == sorted(ids.values())
    assert top_id(fresh_rt, "dentist") == ids["dental"]
    assert ProviderIndex.open(directory).manifest.count == 3  # and the files on disk are good again


def test_process_already_running_notices_damage_and_rebuilds(rt):
    ids = add_providers(rt, "dental", "saas")
    rebuild(rt)
    index = get_index(rt)
    (rt.settings.index_dir / "manifest.json").write_text("{")
    assert get_index(rt) is index
    assert sorted(index.ids.tolist()) == sorted(ids.values())
    assert ProviderIndex.open(rt.settings.index_dir).manifest.count == 2


def test_stale_index_is_repaired_on_load(any_runtime):
    rt = any_runtime
    ids = add_providers(rt, "dental", "crypto", "saas")
    rebuild(rt)
    # The database changes behind the index's back (a crash between commit and indexing, a manual edit).
    with rt.db.session() as s:
        s.execute(delete(Provider).where(Provider.id == ids["crypto"]))
        update_provider(s, s.get(Provider, ids["saas"]), {"description": "Boutique hotel copywriting."})
    ids |= add_providers(rt, "hotel")
    rt = runtime_mod.install(runtime_mod.Runtime(settings=rt.settings, db=rt.db))
    index = get_index(rt)
    assert sorted(index.ids.tolist()) == sorted([ids["dental"], ids["saas"], ids["hotel"]])
    assert index.version_of(ids["saas"]) == 2
    manifest = index.manifest
    with rt.db.session() as s:
        pairs = s.execute(select(Provider.id, Provider.content_version)).all()
    from matcher.index.store import pairs_checksum

    db_ids, db_versions = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    assert manifest.db_state == {"count": 3, "checksum": pairs_checksum(db_ids, db_versions)}


def test_newer_index_on_disk_is_noticed(rt):
    ids = add_providers(rt, "dental", "crypto")
    rebuild(rt)
    other = ProviderIndex.open(rt.settings.index_dir)  # as another web worker would hold it
    generation = other.generation
    ids |= add_providers(rt, "hotel")
    sync_provider(rt, ids["hotel"])
    hits = other.search(idx.embed_query("hotel destination guides"), 1)  # one stat, then a reload
    assert hits[0][0] == ids["hotel"] and other.generation > generation
    assert len(other.manifest.segments) == 1  # only the new segment was read


def test_approximate_past_threshold(tmp_path):
    rt = runtime_mod.install(runtime_mod.build(make_settings(tmp_path, ann_threshold=3)))
    Base.metadata.create_all(rt.db.engine)
    try:
        ids = add_providers(rt, "dental", "crypto", "saas")
        rebuild(rt)
        assert get_index(rt).kind == "exact"
        ids |= add_providers(rt, "hotel", "legal")
        sync_provider(rt, ids["hotel"])
        sync_provider(rt, ids["legal"])
        index = get_index(rt)
        assert index.kind == "approximate" and index.manifest.kind == "approximate"
        assert top_id(rt, "hotel destination guides") == ids["hotel"]
        # Changes after the graph was built: an updated provider answers with its new vector, a removed one
        # not at all (dead in the graph, filtered at search time).
        with rt.db.session() as s:
            update_provider(s, s.get(Provider, ids["saas"]), {
                "description": "Orthodontist and dentist local SEO, patient reviews.", "industries": []})
            s.execute(delete(Provider).where(Provider.id == ids["dental"]))
        sync_provider(rt, ids["saas"])
        sync_provider(rt, ids["dental"])
        assert top_id(rt, "dentist") == ids["saas"]
        assert ids["dental"] not in found_ids(rt, "dentist")
        reopened = ProviderIndex.open(rt.settings.index_dir, ann_threshold=3)
        assert reopened.kind == "approximate" and reopened.searcher.dead == {ids["saas"], ids["dental"]}
        assert reopened.search(idx.embed_query("dentist"), 1)[0][0] == ids["saas"]
    finally:
        runtime_mod._current = None
        rt.db.dispose()


def test_graph_is_rebuilt_when_the_tail_grows(tmp_path, monkeypatch):
    monkeypatch.setattr(searcher_mod, "TAIL_MIN", 2)
    monkeypatch.setattr(searcher_mod, "TAIL_FRACTION", 0.0)
    index = ProviderIndex(dimension=8, store=IndexStore(tmp_path), ann_threshold=4)
    vectors = np.eye(8, dtype=np.float32)
    with index.writer(replace=True):
        index.upsert(range(1, 7), [1] * 6, vectors[:6])
    assert index.kind == "approximate" and not index.searcher.flat_ids
    with index.writer():
        index.upsert([7], [1], vectors[6:7])
        index.remove([1])
    assert index.searcher.flat_ids == {7} and index.searcher.dead == {1}
    with index.writer():
        index.upsert([8], [1], vectors[7:8])  # tail 2 + dead 1 > 2: rebuilt
    assert not index.searcher.flat_ids and not index.searcher.dead
    assert index.search(vectors[7], 1) == [(8, pytest.approx(1.0))]
    with index.writer():
        index.remove([2, 3, 4, 5])  # back under the threshold: exact again
    assert index.kind == "exact" and sorted(index.ids.tolist()) == [6, 7, 8]


WRITER = textwrap.dedent("""
    import sys, numpy as np
    from matcher.index import ProviderIndex
    from matcher.index.store import IndexStore
    directory, first = sys.argv[1], int(sys.argv[2])
    index = ProviderIndex(dimension=8, store=IndexStore(directory))
    rng = np.random.default_rng(first)
    for pid in range(first, first + 25):
        with index.writer():
            index.upsert([pid], [1], rng.standard_normal((1, 8)).astype("float32"))
""")


def test_concurrent_writers_lose_no_update(tmp_path):
    index = ProviderIndex(dimension=8, store=IndexStore(tmp_path))
    with index.writer(replace=True):
        pass
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), str(first)])
             for first in (1, 1001)]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    final = ProviderIndex.open(tmp_path, dimension=8)
    assert sorted(final.ids.tolist()) == [*range(1, 26), *range(1001, 1026)]
    assert final.generation == 51


def test_rebuild_reports_progress_and_records_versions(rt, monkeypatch):
    from matcher.index import service

    monkeypatch.setattr(service, "BATCH", 2)
    add_providers(rt, "dental", "crypto", "saas")
    seen: list[int] = []
    assert rebuild(rt, progress=seen.append) == 3
    assert seen == [2, 1]
    with rt.db.session() as s:
        assert set(s.scalars(select(Provider.indexed_version))) == {1}


def test_web_process_with_a_worker_leaves_big_repairs_to_it(rt, monkeypatch):
    from matcher.index import service

    ids = add_providers(rt, "dental", "crypto")
    rebuild(rt)
    ids |= add_providers(rt, "hotel", "saas")
    with rt.db.session() as s:
        s.execute(delete(Provider).where(Provider.id == ids["crypto"]))
    monkeypatch.setattr(service, "INLINE_REPAIR_MAX", 1)
    # A web process of a deployment with workers (Redis configured) starts: it must not embed 2 providers
    # itself, but a deleted provider is gone from its answers at once.
    rt = runtime_mod.install(runtime_mod.Runtime(
        settings=rt.settings.with_overrides(redis_url="redis://x:1/0"), db=rt.db))
    assert get_index(rt).ids.tolist() == [ids["dental"]]
    assert service.reconcile(rt) == 2  # what the worker's warm-up or repair job does
    assert sorted(get_index(rt).ids.tolist()) == sorted([ids["dental"], ids["hotel"], ids["saas"]])
