"""The public entry points: vet one text, several fields of one provider, or many texts.

Per field: a text in a language the engine cannot read gets one `needs_human_reading` finding; otherwise
each candidate sentence (features.py) is read by the sentence heads (model.py) and each passage around it
by the claim gate (gate.py) and, unless those two rule it out, the claim reader (reader.py); decide.py
turns those scores and the rules' matches into findings, with the pattern's span as evidence where a
pattern matched, else the sentence. All candidate sentences of a call are embedded in one batch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from matcher.config import load_settings
from matcher.redflags import (
    features,
    gate,
    language,
    lookalikes,
    names,
    other_languages,
    reader,
    rules,
    stance,
)
from matcher.redflags.decide import OFFER_FLOOR, Thresholds, claims, score_passages
from matcher.redflags.features import Doc
from matcher.redflags.findings import RedFlag
from matcher.redflags.model import shipped
from matcher.redflags.patterns import find
from matcher.redflags.prefilter import lower_same_length
from matcher.redflags.registry import SEVERITY, reason_for
from matcher.redflags.sentences import split_sentences

MAX_CHARS = 100_000
Encoder = Callable[[list[str]], np.ndarray]


class TextTooLong(ValueError):
    """A text is longer than the engine accepts."""


def _check(text: object, field_name: str, max_chars: int) -> str:
    if text is None:
        return ""
    if not isinstance(text, str):
        raise TypeError(f"{field_name}: expected text, got {type(text).__name__}")
    if len(text) > max_chars:
        raise TextTooLong(f"{field_name}: text is {len(text):,} characters; the limit is {max_chars:,}")
    return text


def _flag(doc: Doc, category: str, start: int, end: int, source: str, score: float, seen: str) -> RedFlag:
    evidence = doc.text[start:end]
    return RedFlag(
        category=category,
        severity=SEVERITY[category],
        start=start,
        end=end,
        evidence=evidence,
        reason=reason_for(category, evidence),
        field=doc.field,
        source=source,
        score=round(score, 4),
        stance=seen,
    )


def _route(doc: Doc, lang: str) -> list[RedFlag]:
    """The findings of a text the learned engine cannot vet: the plain claims other_languages reads in it
    (Spanish, German), then the routing finding, whose evidence is the first sentence."""
    found = [_flag(doc, c.category, c.start, c.end, "rule", 1.0, "offer")
             for c in other_languages.claims(doc.text, doc.low, doc.spans, lang)]
    start, end = doc.spans[0] if doc.spans else (0, len(doc.text))
    flag = _flag(doc, "needs_human_reading", start, end, "language", 1.0, "other")
    if lang in other_languages.LEXICONS:
        reason = (f"Written in a language ({lang}) the engine reads only for its plainest red-flag claims; "
                  "a reviewer reads it in full")
    else:
        reason = flag.reason.replace("a language", f"a language ({lang})")
    return [*found, replace(flag, reason=reason)]


def _score(docs: list[Doc], encode: Encoder | None, learned: bool) -> dict[int, list[RedFlag]]:
    rows = features.matrix(docs, encode)
    found: dict[int, list[RedFlag]] = {id(d): [] for d in docs}
    if len(rows) == 0:
        return found
    model = shipped()
    category, offer = model.probabilities(rows)
    if learned:
        # The gate and the sentence heads decide together (decide.py); the rules are evidence.
        t = Thresholds.shipped()
        claim_reader = reader.shipped() if t.uses_reader else None
        scored = score_passages(docs, rows, category, offer, gate.shipped(), claim_reader, t)
        for doc, passages in zip(docs, scored, strict=True):
            found[id(doc)] = [
                _flag(doc, c.category, c.start, c.end, c.source, c.score, _stance(doc, c.sentence))
                for c in claims(doc, rules.rule_hits(doc, rows), category, offer, passages, t)
            ]
        return found
    # "rules": a rule finding stands unless the model reads its sentence as surely not the speaker's own
    # offer (P(offer) < decide.OFFER_FLOOR); the rules' own scope checks read an offer.
    for doc in docs:
        taken: set[tuple[str, int]] = set()
        row_of = dict(zip(doc.candidates, doc.rows, strict=True))
        for category_name, start, end, i in rules.rule_hits(doc, rows):
            # A sentence past the model's reading budget (very long fields) has no P(offer): it stands.
            p = float(offer[row_of[i]]) if i in row_of else 1.0
            if p >= OFFER_FLOOR and (category_name, i) not in taken:
                taken.add((category_name, i))
                found[id(doc)].append(_flag(doc, category_name, start, end, "rule", p, _stance(doc, i)))
    return found


def _stance(doc: Doc, i: int) -> str:
    s, e = doc.spans[i]
    low = doc.low[s:e]
    return stance.claim_stance(doc.cues[i] if doc.cues is not None else stance.cues(low), low)


def _run(docs: list[Doc], encode: Encoder | None = None) -> list[list[RedFlag]]:
    readable: list[Doc] = []
    routed: dict[int, list[RedFlag]] = {}
    learned = load_settings().vetting_engine == "learned"
    for doc in docs:
        features.prepare(doc, rules_only=not learned)
        lang = language.unreadable(doc.text) if doc.spans else None
        if lang:
            routed[id(doc)] = _route(doc, lang)
        else:
            readable.append(doc)
    found = _score(readable, encode, learned)
    out = []
    for doc in docs:
        flags = routed[id(doc)] if id(doc) in routed else found[id(doc)]
        out.append(sorted(flags, key=lambda f: (f.start, f.category)))
    return out


def warm_up() -> None:
    """Load the model, the language identifier and the example banks now (a worker or web process at
    start-up), so the first request does not pay for it."""
    shipped()
    gate.shipped()
    if Thresholds.shipped().uses_reader:
        reader.shipped()
    language.warm_up()
    detect("We guarantee first page rankings.")


def detect_fields(
    fields: dict[str, str], *, max_chars: int = MAX_CHARS, encode: Encoder | None = None
) -> list[RedFlag]:
    """Findings for every field of one provider; all sentences go to the model in one batch."""
    return detect_fields_many([fields], max_chars=max_chars, encode=encode)[0]


def detect_fields_many(
    providers: list[dict[str, str]], *, max_chars: int = MAX_CHARS, encode: Encoder | None = None,
    provider_names: list[str | None] | None = None,
) -> list[list[RedFlag]]:
    """Findings for the fields of each of many providers, with one embedding call for all of them (bulk
    vetting: the model is fastest on large batches). `provider_names`: each provider's own name, which is
    not read as a claim (names.py)."""
    texts = [{name: _check(text, name, max_chars) for name, text in fields.items()} for fields in providers]
    own = [names.forms(n) for n in (provider_names or [None] * len(providers))]
    # Read with look-alike letters folded (lookalikes.py, same offsets); evidence is quoted from the original.
    docs = [[Doc(field, names.mask(lookalikes.fold(text), own[k])) for field, text in fields.items()]
            for k, fields in enumerate(texts)]
    flat = _run([d for group in docs for d in group], encode)
    out, at = [], 0
    for fields, group in zip(texts, docs, strict=True):
        found = flat[at : at + len(group)]
        out.append([_in_original(f, fields[f.field]) for doc, flags in zip(group, found, strict=True)
                    for f in flags])
        at += len(group)
    return out


def _in_original(flag: RedFlag, original: str) -> RedFlag:
    """A finding on a masked text, with its evidence (and the reason quoting it) from the original."""
    evidence = original[flag.start : flag.end]
    if evidence == flag.evidence or flag.source == "language":
        return flag
    return replace(flag, evidence=evidence, reason=reason_for(flag.category, evidence))


def quotes_a_pattern(text: str) -> bool:
    """Whether any red-flag pattern occurs in the text (no model: microseconds). Where a caller only wants
    the claims a pattern can quote (a buyer's brief), this decides whether `detect` is worth its model."""
    low = lower_same_length(text or "")
    spans = split_sentences(text) if (text or "").strip() else []
    return bool(spans) and bool(find(low, spans))


def detect(text: str, field: str = "text", *, max_chars: int = MAX_CHARS) -> list[RedFlag]:
    """Findings in one text; `field` names it in each finding."""
    return detect_fields({field: text}, max_chars=max_chars)


def detect_many(
    texts: list[str],
    *,
    field: str = "text",
    max_chars: int = MAX_CHARS,
    encode: Encoder | None = None,
) -> list[list[RedFlag]]:
    """Findings for each of many texts, with one embedding call for all of them."""
    checked = [_check(text, f"texts[{i}]", max_chars) for i, text in enumerate(texts)]
    found = _run([Doc(field, lookalikes.fold(text)) for text in checked], encode)
    return [[_in_original(f, text) for f in flags] for text, flags in zip(checked, found, strict=True)]
