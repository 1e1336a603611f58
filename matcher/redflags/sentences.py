"""Sentence and clause segmentation that keeps character offsets into the original text."""

from __future__ import annotations

import re

# Longer "sentences" (a wall of text without punctuation) are cut into windows: it bounds the work of
# the scope checks and keeps every piece inside what the embedding model reads (256 word pieces).
MAX_SENTENCE_CHARS = 400

# A candidate end: a run of terminal punctuation (with closing quotes or brackets) before a space,
# a line break, or a bullet character. Each alternative is a single character class: no backtracking. A
# table's row is one sentence, its cells clauses ("| 10 DA50+ guest posts | $499 |" is one offer).
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n|[•▪◦●]")
_ABBREV = frozenset(
    "e.g i.e etc vs mr mrs ms dr st approx incl inc ltd co jr sr fig est dept min max avg no nr approx ca cf "
    "resp u.s u.k".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_LEAD = re.compile(r"[\s\-*–—>#•▪◦●|]*")
# "Our methods? Proprietary." and "PBNs? Never.": a short verbless label with a question mark and a short
# answer is one statement, not a question; kept in one sentence so the answer scopes over the label.
_ASKING = re.compile(
    r"(?:q\s*[:.)]\s*)?(?:what|how|why|when|where|who|whom|which|whose|do|does|did|is|are|was|were|can|could|"
    r"will|would|should|shall|may|might|must|have|has|had|am|isn't|aren't|don't|doesn't|won't|can't)\b",
    re.IGNORECASE,
)


_ANSWER = re.compile(r"\s*((?:[^\s.!?]+\s*){1,4}?)[.!?…]")


def _is_label(text: str, start: int, end: int) -> bool:
    """A head of at most three words, not a question form, answered in at most four words."""
    head = text[start:end].strip(" \t\n?")
    if not 0 < len(head.split()) <= 3 or "\n" in head or _ASKING.match(head):
        return False
    answer = _ANSWER.match(text, end + 1)
    return answer is not None and "\n" not in answer.group(1)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the '.' at `dot` ends an abbreviation rather than a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    nxt = text[dot + 1 : dot + 3].strip()[:1]
    if word == "no":  # "No. 1" is an abbreviation, "No. Every link is earned." is an answer
        return nxt.isdigit()
    return word in _ABBREV or (len(word) == 1 and word.isalpha() and word != "a" and word != "i")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    start = _LEAD.match(text, start, end).end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long span at the last space before the limit."""
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        out.append(_trim(text, start, cut))
        start = cut
    out.append(_trim(text, start, end))
    return [s for s in out if s[1] > s[0]]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, without leading bullets or surrounding space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        ch = m.group()[0]
        if ch == "." and len(m.group()) == 1 and _is_abbreviation(text, m.start()):
            continue
        if ch == "?" and _is_label(text, start, m.start()):
            continue
        if ch in ".!?…":
            nxt = text[m.end() : m.end() + 2].lstrip()[:1]
            if nxt and nxt.islower() and ch == ".":  # "e.g. our", "approx. two": not a new sentence
                continue
            stop = m.end()
        else:
            stop = m.start()
        spans.extend(_windows(text, start, stop))
        start = m.end()
    spans.extend(_windows(text, start, len(text)))
    return [s for s in spans if any(c.isalnum() for c in text[s[0] : s[1]])]


# Clause boundaries inside a sentence: strong punctuation, a spaced dash, or a comma, a colon or a
# conjunction that starts a new subject ("..., but we", "..., and we won't", "No junk links: we sell..").
# Negation and hedging do not reach across them.
_CLAUSE = re.compile(
    r";|\||\s[—–-]+\s|—|–|,?\s+(?:but|whereas|while|although|though|yet|instead|however)\b|[,:]\s*(?:and|so|"
    r"or)?\s*(?=(?:we|we're|we'll|we've|i|i'm|i'll|you|you're|you'll|they|they're|it|it's|our|your|their|"
    r"that's|this|which)\b)",
)


def clause_marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause boundaries inside the sentence text[start:end] (`text` lower-cased)."""
    return [m.span() for m in _CLAUSE.finditer(text, start, end)]


def clause_bounds(
    text: str, start: int, end: int, pos: int, marks: list[tuple[int, int]] | None = None
) -> tuple[int, int]:
    """The clause of the sentence text[start:end] that contains offset `pos` (`text` lower-cased);
    `marks` are the sentence's `clause_marks`, when already known."""
    lo, hi = start, end
    for m_start, m_end in marks if marks is not None else clause_marks(text, start, end):
        if m_end <= pos:
            lo = m_end
        elif m_start >= pos:
            hi = m_start
            break
    return lo, hi
