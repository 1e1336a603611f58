"""A provider's own statements against the links it shared: "we never buy links" beside an export full
of paid placements without rel=sponsored is a finding with those rows as evidence.

Statements come from the questionnaire's choices (deterministic) and from a few plain denials in its
texts; the evidence from the signals of each client's export (signals.py) and the cross-client
footprint (footprint.py)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from matcher.backlinks.footprint import Footprint

# Questionnaire choices that state a practice is not used.
NO_PAID = {"paid_placements": ("never", "disclosed_sponsored_only")}
NO_NETWORK = {"site_networks": ("no", "own_sites_no_client_links")}
# Denials in a provider's own words. Tight on purpose: a sentence must deny the practice itself.
_NEG = r"\b(?:never|not|don't|do not|no|without|zero)\b[^.;\n]{0,40}?"
DENIES_PAID = re.compile(
    _NEG + r"\b(?:buy|buying|pay(?:ing)? for|paid|purchas\w*|sponsored)\b[^.;\n]{0,25}?\blinks?\b",
    re.IGNORECASE)
DENIES_NETWORK = re.compile(_NEG + r"\b(?:pbns?|private (?:blog )?networks?|link networks?|blog networks?)\b",
                            re.IGNORECASE)
# An anchor policy that says editors or natural language choose the words.
NATURAL_ANCHORS = re.compile(
    r"\b(?:editors?|publishers?|journalists?) (?:choose|chooses|pick|picks|decide|decides|write|writes)\b"
    r"|\bnatural(?:ly)? (?:anchors?|language|wording)\b|\bbrand(?:ed)? (?:name )?anchors?\b"
    r"|\b(?:never|don't|do not) (?:choose|pick|dictate|specify|request) (?:the )?anchor",
    re.IGNORECASE)

PAID_SIGNALS = ("unmarked_paid_placements",)
NETWORK_SIGNALS = ("domain_network",)
ANCHOR_SIGNALS = ("over_optimised_anchors",)


@dataclass(frozen=True)
class Statement:
    field: str  # the questionnaire key or the profile field it is in
    text: str


@dataclass(frozen=True)
class Contradiction:
    category: str
    severity: str
    statement: Statement
    client: str | None  # the client export that shows it (None: the footprint across clients)
    reason: str
    lines: tuple[int, ...] = ()

    @property
    def evidence(self) -> str:
        rows = ", ".join(map(str, self.lines[:15])) + (" …" if len(self.lines) > 15 else "")
        where = f"the export for {self.client}" if self.client else "the exports across clients"
        return (f'Says "{self.statement.text[:160]}" ({self.statement.field}); {where} shows otherwise'
                + (f" (rows {rows})" if rows else "") + ".")


def statements(answers: Mapping[str, object], texts: Mapping[str, str], labels: Mapping[tuple[str, str], str]
               ) -> dict[str, list[Statement]]:
    """What the provider says it does not do, by practice ("paid", "network", "anchors"). `labels` gives a
    choice's words: (question key, value) -> label."""
    out: dict[str, list[Statement]] = {"paid": [], "network": [], "anchors": []}
    for practice, choices in (("paid", NO_PAID), ("network", NO_NETWORK)):
        for key, values in choices.items():
            chosen = answers.get(key)
            if chosen in values:
                label = labels.get((key, str(chosen)), str(chosen))
                out[practice].append(Statement(f"questionnaire.{key}", label))
    for field, text in texts.items():
        for practice, rx in (("paid", DENIES_PAID), ("network", DENIES_NETWORK)):
            m = rx.search(text or "")
            if m:
                out[practice].append(Statement(field, _sentence(text, m.start(), m.end())))
    policy = str(answers.get("anchor_text_policy") or "")
    m = NATURAL_ANCHORS.search(policy)
    if m:
        quoted = _sentence(policy, m.start(), m.end())
        out["anchors"].append(Statement("questionnaire.anchor_text_policy", quoted))
    return out


def contradictions(said: Mapping[str, list[Statement]], signals: Mapping[str, list[dict]],
                   prints: Footprint) -> list[Contradiction]:
    """`signals`: client domain -> its export's signals (AuditReport.as_dict()["signals"])."""
    out: list[Contradiction] = []
    rules = (("paid", "paid_links", "high", PAID_SIGNALS), ("network", "pbn", "high", NETWORK_SIGNALS),
             ("anchors", "anchor_manipulation", "medium", ANCHOR_SIGNALS))
    for practice, category, severity, codes in rules:
        if not said.get(practice):
            continue
        statement = said[practice][0]
        for client, found in signals.items():
            for signal in found:
                if signal["code"] in codes:
                    out.append(Contradiction(category, severity, statement, client, signal["reason"],
                                             tuple(signal.get("evidence") or ())))
        if practice == "network" and prints.is_network:
            out.append(Contradiction(category, severity, statement, None, prints.reason()))
    return out


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a match, as the statement quoted back to the provider."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    right = min(rights) + 1 if rights else len(text)
    return " ".join(text[left:right].split())
