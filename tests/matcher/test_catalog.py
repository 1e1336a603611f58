"""The ranking catalog patched after edits must be exactly what a full load from the database gives."""

from dataclasses import fields
from datetime import timedelta

import numpy as np
import pytest

from matcher.jobs import process_providers
from matcher.models import Finding, Provider
from matcher.ranking import catalog as catalog_module
from matcher.ranking.catalog import Catalog, build, get_catalog, signature
from matcher.usecases.providers import create_provider, update_provider
from tests.matcher.test_ranking import PROVIDERS, add_providers


def assert_same(patched: Catalog, full: Catalog) -> None:
    for f in fields(Catalog):
        if f.name in ("_derived", "_market_masks", "full_load_at"):
            continue
        mine, theirs = getattr(patched, f.name), getattr(full, f.name)
        if isinstance(theirs, np.ndarray):
            np.testing.assert_array_equal(mine, theirs, err_msg=f.name)
        else:
            assert mine == theirs, f.name


@pytest.fixture
def rt(any_runtime):
    """SQLite and the real PostgreSQL: stamps are compared as each driver returns them."""
    catalog_module.clear_cache()  # the cache is keyed by database URL, which PostgreSQL runs share
    yield any_runtime
    catalog_module.clear_cache()


@pytest.fixture
def loaded(rt):
    ids = add_providers(rt)
    with rt.db.session() as s:
        get_catalog(s)
    return ids


def patched_equals_full(rt) -> Catalog:
    with rt.db.session() as s:
        previous = catalog_module._cache[str(s.get_bind().url)]
        patched = catalog_module._patch(s, signature(s), previous)
        assert patched is not None, "an edit or an addition is patched in, not loaded in full"
        assert_same(patched, build(s))
        assert get_catalog(s).signature == patched.signature
    return patched


def test_edits_additions_status_changes_and_findings_are_patched_in(rt, loaded):
    with rt.db.session() as s:
        provider = s.get(Provider, loaded["saas"])
        update_provider(s, provider, {"description": "Link building for fintech apps, from $2,500/month.",
                                      "min_budget_usd": None, "max_budget_usd": None, "countries": ["FR"]})
    process_providers(rt, [loaded["saas"]])
    cat = patched_equals_full(rt)
    pos = int(np.searchsorted(cat.ids, loaded["saas"]))
    assert cat.min_budget[pos] == 2500 and cat.budget_from_text[pos] and "FR" in cat.countries[pos]

    with rt.db.session() as s:
        added = create_provider(s, dict(PROVIDERS["dental"], external_id="new", name="New Dental")).id
        s.get(Provider, loaded["german"]).status = "suspended"
    process_providers(rt, [added])
    cat = patched_equals_full(rt)
    assert cat.ids[-1] == added and not cat.matchable[int(np.searchsorted(cat.ids, loaded["german"]))]

    with rt.db.session() as s:
        s.add(Finding(provider_id=loaded["dental"], category="pbn", severity="high", field="description",
                      span_start=0, span_end=5, evidence="Local", reason="r", fingerprint="h"))
    cat = patched_equals_full(rt)
    assert not cat.matchable[int(np.searchsorted(cat.ids, loaded["dental"]))]


def test_a_deleted_provider_means_a_full_load(rt, loaded):
    with rt.db.session() as s:
        s.delete(s.get(Provider, loaded["pricey"]))
    with rt.db.session() as s:
        previous = catalog_module._cache[str(s.get_bind().url)]
        assert catalog_module._patch(s, signature(s), previous) is None
        cat = get_catalog(s)
        assert_same(cat, build(s))
        assert loaded["pricey"] not in cat.ids.tolist()


def test_an_edit_that_commits_after_a_newer_one_is_still_patched_in(rt, loaded):
    """updated_at is stamped at flush: a long transaction can commit after a change stamped later."""
    with rt.db.session() as s:
        newest = catalog_module._cache[str(s.get_bind().url)].signature[0][1]
        provider = s.get(Provider, loaded["dental"])
        update_provider(s, provider, {"description": "Local SEO for veterinary clinics in Ohio."})
        provider.updated_at = newest - timedelta(seconds=1)
        create_provider(s, dict(PROVIDERS["saas"], external_id="later"))
    cat = patched_equals_full(rt)
    words = cat.industry_words[int(np.searchsorted(cat.ids, loaded["dental"]))]
    assert any("veterinary" in found for found in words.values())


def test_a_provider_added_between_signature_and_rows_is_not_counted_twice(rt, loaded):
    with rt.db.session() as s:
        old_signature = signature(s)
        create_provider(s, dict(PROVIDERS["saas"], external_id="racing"))
    with rt.db.session() as s:
        # The catalog read its signature just before this provider committed and its rows just after.
        catalog_module._cache[str(s.get_bind().url)] = build(s, sig=old_signature)
        create_provider(s, dict(PROVIDERS["dental"], external_id="next"))
    cat = patched_equals_full(rt)
    assert len(set(cat.ids.tolist())) == len(cat.ids)
