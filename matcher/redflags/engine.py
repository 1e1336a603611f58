"""The public entry points: run both stages over one text, several fields of one provider, or many texts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from matcher import embeddings
from matcher.redflags import semantic as stage2
from matcher.redflags.categories import SEVERITY, reason_for
from matcher.redflags.findings import RedFlag
from matcher.redflags.patterns import find
from matcher.redflags.prefilter import lower_same_length
from matcher.redflags.sentences import split_sentences

MAX_CHARS = 100_000
# Word pieces (roughly) per field the model reads at most: a normal profile's candidate sentences are
# below it, and it keeps a 100k-character field under a second. Past it the sentences with the most
# risk vocabulary go first; the patterns still read everything.
SEMANTIC_TOKEN_BUDGET = 400
_PIECE = re.compile(r"\w+|[^\w\s]")


class TextTooLong(ValueError):
    """A text is longer than the engine accepts."""


@dataclass
class _Doc:
    field: str
    text: str
    low: str = ""  # lower-cased copy with the same offsets: what the rules and checks read
    spans: list[tuple[int, int]] = field(default_factory=list)
    flags: list[RedFlag] = field(default_factory=list)


def _check(text: object, field_name: str, max_chars: int) -> str:
    if text is None:
        return ""
    if not isinstance(text, str):
        raise TypeError(f"{field_name}: expected text, got {type(text).__name__}")
    if len(text) > max_chars:
        raise TextTooLong(f"{field_name}: text is {len(text):,} characters; the limit is {max_chars:,}")
    return text


def _flag(doc: _Doc, category: str, start: int, end: int, source: str, score: float) -> RedFlag:
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
    )


def _semantic(docs: list[_Doc], seen: list[set[tuple[str, int]]]) -> None:
    """Embed every candidate sentence of every document in one call and add stage-2 findings."""
    candidates: list[tuple[int, int]] = []  # (doc index, sentence index)
    unique: dict[str, int] = {}  # identical sentences are embedded once per call
    rows: list[int] = []
    for di, doc in enumerate(docs):
        # The semantic stage is the fallback for sentences the patterns found nothing in: a sentence
        # with a pattern finding is not embedded (embedding is most of the cost, and the model's best
        # category there is nearly always the one the pattern found).
        flagged = {si for _, si in seen[di]}
        ranked = []
        for si, sent in enumerate(doc.spans):
            if si not in flagged and (anchored := stage2.wants_embedding(doc.low, sent)):
                ranked.append((-anchored, si))
        budget = SEMANTIC_TOKEN_BUDGET
        for _, si in sorted(ranked):
            sent = doc.spans[si]
            budget -= len(_PIECE.findall(doc.text, sent[0], sent[1]))
            if budget < 0:
                break
            candidates.append((di, si))
            rows.append(unique.setdefault(doc.text[sent[0] : sent[1]], len(unique)))
    if not candidates:
        return
    claim_sims, counter_sims = stage2.similarities(embeddings.encode(list(unique)))
    for (di, si), row in zip(candidates, rows, strict=True):
        doc, sent = docs[di], docs[di].spans[si]
        found = stage2.categories_for(
            doc.low, sent, claim_sims[row], float(counter_sims[row]), original=doc.text
        )
        for category, score in found:
            if (category, si) not in seen[di]:
                seen[di].add((category, si))
                doc.flags.append(_flag(doc, category, sent[0], sent[1], "semantic", score))


def _run(docs: list[_Doc], semantic: bool) -> None:
    seen: list[set[tuple[str, int]]] = []
    for doc in docs:
        doc.spans = split_sentences(doc.text) if doc.text.strip() else []
        doc.low = lower_same_length(doc.text)
        hits = find(doc.low, doc.spans) if doc.spans else []
        doc.flags = [_flag(doc, h.category, h.start, h.end, "pattern", 1.0) for h in hits]
        seen.append({(h.category, h.sentence) for h in hits})
    if semantic:
        _semantic(docs, seen)
    for doc in docs:
        doc.flags.sort(key=lambda f: (f.start, f.category))


def warm_up() -> None:
    """Load the model and encode the example banks now (a worker or web process at start-up), so the
    first request does not pay for it."""
    stage2.similarities(stage2.bank_vectors()[0][:1])


def detect_fields(
    fields: dict[str, str], *, semantic: bool = True, max_chars: int = MAX_CHARS
) -> list[RedFlag]:
    """Findings for every field of one provider; all sentences go to the model in one batch."""
    docs = [_Doc(name, _check(text, name, max_chars)) for name, text in fields.items()]
    _run(docs, semantic)
    return [f for doc in docs for f in doc.flags]


def detect(
    text: str, field: str = "text", *, semantic: bool = True, max_chars: int = MAX_CHARS
) -> list[RedFlag]:
    """Findings in one text; `field` names it in each finding."""
    return detect_fields({field: text}, semantic=semantic, max_chars=max_chars)


def detect_many(
    texts: list[str], *, semantic: bool = True, field: str = "text", max_chars: int = MAX_CHARS
) -> list[list[RedFlag]]:
    """Findings for each of many texts, with one embedding call for all of them."""
    docs = [_Doc(field, _check(text, f"texts[{i}]", max_chars)) for i, text in enumerate(texts)]
    _run(docs, semantic)
    return [doc.flags for doc in docs]
