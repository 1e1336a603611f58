"""One record per red-flag category, complete, and read by everyone who names categories."""

from __future__ import annotations

import re
from pathlib import Path

from matcher.questionnaire import load_questionnaire
from matcher.redflags import registry
from matcher.redflags.answers import answer_findings
from matcher.redflags.decide import Thresholds
from matcher.redflags.language import unreadable
from matcher.redflags.model import shipped

DESIGN_CATEGORIES = {
    "guaranteed_rankings",
    "guaranteed_link_count",
    "paid_links",
    "pbn",
    "automated_links",
    "anchor_manipulation",
    "undisclosed_methods",
    "unrealistic_timeline",
    "deceptive_tactics",
}


def test_every_category_is_complete():
    assert set(registry.CLAIM_CATEGORIES) == DESIGN_CATEGORIES
    assert "needs_human_reading" in registry.CATEGORIES
    for record in registry.REGISTRY.values():
        assert record.severity in ("high", "medium", "low")
        assert record.kind in ("promise", "practice", "routing")
        assert record.label and record.advice and record.example and record.not_example
        assert "{q}" in record.reason
        assert registry.reason_for(record.key, "x").startswith(record.reason.split("{q}")[0])


def test_the_shipped_model_knows_every_claim_category():
    model = shipped()
    assert model.categories == registry.CLAIM_CATEGORIES
    assert model.weights.shape[1] == len(registry.CLAIM_CATEGORIES)
    decision = Thresholds.shipped()  # the claim gate ships the decision thresholds it was calibrated with
    assert set(decision.rare) <= set(registry.CLAIM_CATEGORIES) and 0 < decision.gate < 1


def test_pages_name_every_category_from_the_registry():
    root = Path(__file__).resolve().parents[2]
    for path in list((root / "web").rglob("*.py")) + list((root / "matcher" / "usecases").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        # a category key written out as a dict key outside the registry is a second home for it
        assert not re.search(r'"guaranteed_link_count"\s*:', source), path


def test_questionnaire_choices_give_findings_with_the_answer_as_evidence():
    q = load_questionnaire()
    flags = answer_findings(
        q,
        {
            "guarantees": "rankings",
            "paid_placements": "regularly",
            "site_networks": "own_network",
            "link_methods": ["directories"],
        },
    )
    got = {(f.field, f.category) for f in flags}
    assert got == {
        ("guarantees", "guaranteed_rankings"),
        ("paid_placements", "paid_links"),
        ("site_networks", "pbn"),
    }
    for f in flags:
        assert (
            f.evidence == f.evidence[f.start : f.end] and f.severity == "high" and f.source == "questionnaire"
        )


def test_honest_choices_give_no_finding():
    q = load_questionnaire()
    honest = {
        "guarantees": "deliverables_only",
        "paid_placements": "disclosed_sponsored_only",
        "site_networks": "own_sites_no_client_links",
        "link_methods": ["directories", "digital_pr"],
    }
    assert answer_findings(q, honest) == []


def test_languages_the_engine_cannot_read_are_routed():
    assert (
        unreadable("Construimos enlaces mediante relaciones públicas digitales para empresas de software.")
        == "es"
    )
    assert (
        unreadable("We build links with digital PR for software companies in Spain, like Telefónica.") is None
    )
    assert unreadable("SEO Madrid") is None
    # Dutch shares "is", "in" and "we" with English: enough of them once read a Dutch page as English.
    assert (
        unreadable("Ons bureau is per direct beschikbaar voor bedrijven die hoger in Google willen staan!")
        == "nl"
    )
    # Hungarian's article is "a": a fifth of a Hungarian sentence's words were English function words.
    assert unreadable("A cég a weboldalak számára a kulcsszavak alapján készít szövegeket, és a megrendelő a "
                      "havi jelentésben látja a munkát.") == "hu"
    # Indonesian and Malay split langid's certainty (0.66 / 0.34): surely not English all the same.
    assert unreadable("Kami akan membantu perniagaan anda mendapat lebih banyak pelanggan melalui carian "
                      "Google dengan kata kunci yang sesuai.") in {"id", "ms"}
    # A short English line langid misreads (Azerbaijani, 0.63) stays English.
    assert unreadable("Put simply, \u201cif you don\u2019t rank, you don\u2019t pay.\u201d") is None
    # A menu of English services (langid: German) is English; a Spanish menu is Spanish.
    assert unreadable("Guest Posts\nNiche Edits\nLink Building Packages\nLocal SEO Audits") is None
    assert unreadable("Servicios:\n- Enlaces de calidad\n- Posicionamiento web\n- Auditoría SEO") == "es"
