"""What only a marketplace sees: footprints across a provider's clients, and its statements against its
exports."""

from __future__ import annotations

from matcher.backlinks.contradictions import contradictions, statements
from matcher.backlinks.footprint import MIN_FOOTPRINT, RECUR_CLIENTS, footprint, shared_across_providers

LABELS = {("paid_placements", "never"): "No, never", ("site_networks", "no"): "No"}


def test_domains_linking_to_several_clients_are_a_footprint():
    network = {f"blog{i}.example": 2 for i in range(MIN_FOOTPRINT)}
    per_client = {
        "acme.example": {**network, "bbc.co.uk": 1, "acme.example": 9},
        "brightdental.example": {**network, "local-news.example": 3},
        "citypaws.example": {**network, "bbc.co.uk": 1},
    }
    prints = footprint(per_client)
    assert prints.is_network and len(prints.strong) == MIN_FOOTPRINT
    assert all(len(r.clients) == RECUR_CLIENTS for r in prints.strong)
    bbc = next(r for r in prints.recurring if r.domain == "bbc.co.uk")
    assert bbc.clients == ("acme.example", "citypaws.example") and bbc not in prints.strong
    assert "acme.example" not in {r.domain for r in prints.recurring}  # its own site is no footprint
    assert "blog0.example" in prints.reason() and "private blog network" in prints.reason()


def test_independent_links_are_no_footprint():
    per_client = {f"client{c}.example": {f"site{c}-{i}.example": 1 for i in range(30)} for c in range(4)}
    prints = footprint(per_client)
    assert prints.recurring == [] and not prints.is_network


def test_domains_shared_with_other_providers_clients():
    own = {"ring1.example", "ring2.example", "guardian.example"}
    others = {2: {"ring1.example", "ring2.example"}, 3: {"ring1.example"}, 4: {"guardian.example"}}
    assert shared_across_providers(own, others) == [("ring1.example", 2)]


def _signals(*codes: str) -> dict[str, list[dict]]:
    return {"acme.example": [{"code": c, "reason": f"{c} reason", "evidence": [4, 9]} for c in codes]}


def test_a_denial_beside_paid_placements_is_a_contradiction_with_its_rows():
    said = statements({"paid_placements": "never"}, {}, LABELS)
    found = contradictions(said, _signals("unmarked_paid_placements"), footprint({}))
    assert [(c.category, c.severity, c.client, c.lines) for c in found] == [
        ("paid_links", "high", "acme.example", (4, 9))]
    assert 'Says "No, never"' in found[0].evidence and "rows 4, 9" in found[0].evidence


def test_the_same_export_without_a_denial_contradicts_nothing():
    said = statements({"paid_placements": "regularly"}, {"description": "We earn links by outreach."}, LABELS)
    assert contradictions(said, _signals("unmarked_paid_placements", "domain_network"), footprint({})) == []


def test_denials_in_the_providers_own_words():
    texts = {"description": "Honest outreach. We never buy links or rent placements on private blog "
                            "networks.",
             "methodology": "Editors choose where to link."}
    said = statements({"anchor_text_policy": "Editors choose the anchor text; we suggest a page."}, texts,
                      LABELS)
    assert said["paid"][0].text.startswith("We never buy links")
    assert said["network"][0].field == "description"
    assert said["anchors"][0].field == "questionnaire.anchor_text_policy"
    found = contradictions(said, _signals("domain_network", "over_optimised_anchors"), footprint({}))
    assert {(c.category, c.severity) for c in found} == {("pbn", "high"), ("anchor_manipulation", "medium")}


def test_a_practice_named_but_not_denied_is_no_statement():
    texts = {"description": "Google penalises sites that buy links, so we earn them by outreach."}
    assert statements({}, texts, LABELS)["paid"] == []
