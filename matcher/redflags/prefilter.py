"""Make the rules cheap to run on ordinary text.

Two tricks, both exact (they never change what a rule matches):
- A leading word boundary `\\b` stops Python's regex engine from skipping ahead with a first-character
  scan, which made each rule cost about a microsecond per character. `fast_pattern` drops the leading
  `\\b` of every alternative that starts a match; the caller checks the word boundary instead.
- `required_literals` reads a pattern's parse tree and returns literal strings of which at least one
  must occur in any match. A rule whose literals are all absent from a text is not run on it.
Patterns are written in lower case and matched against a lower-cased copy of the text.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  (the parser's op codes)
from re import _parser as sre_parse

_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


def _class_end(p: str, i: int) -> int:
    """Index just past the character class that starts at p[i] == '['."""
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _group_end(p: str, i: int) -> int:
    """Index just past the group that opens at p[i] == '('."""
    depth, j = 0, i
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(p, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return j


def fast_pattern(p: str) -> str:
    """`p` without the `\\b` at the start of each alternative that can begin a match."""
    out: list[str] = []
    starts = [True]  # per open group: whether its alternatives begin where a match begins
    at_start = True
    i = 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            if p[i + 1] == "b" and at_start:
                i += 2
                continue
            out.append(p[i : i + 2])
            i += 2
            at_start = False
        elif c == "[":
            j = _class_end(p, i)
            out.append(p[i:j])
            i, at_start = j, False
        elif c == "(" and p.startswith(_LOOKAROUND, i):
            j = _group_end(p, i)  # zero-width: copied as is, the position is still a match start
            out.append(p[i:j])
            i = j
        elif c == "(":
            j = i + 1
            if p.startswith("?:", j) or p.startswith("?>", j):
                j += 2
            elif p.startswith("?P<", j):
                j = p.index(">", j) + 1
            starts.append(at_start)
            out.append(p[i:j])
            i = j
        elif c == "|":
            at_start = starts[-1]
            out.append(c)
            i += 1
        elif c == ")":
            starts.pop()
            out.append(c)
            i, at_start = i + 1, False
        else:
            out.append(c)
            i += 1
            at_start = at_start and c in "^"
    return "".join(out)


def _best(cands: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: longest shortest-literal, then fewest literals."""
    if not cands:
        return None
    return max(cands, key=lambda s: (min(len(x) for x in s), -len(s)))


def _required(items) -> frozenset[str] | None:
    cands: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 2:
            cands.append(frozenset(["".join(run)]))
        run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is C.SUBPATTERN:
            sub = _required(av[3])
        elif op is C.ATOMIC_GROUP:
            sub = _required(av)
        elif op is C.BRANCH:
            alts = [_required(a) for a in av[1]]
            sub = None if any(a is None for a in alts) else frozenset().union(*alts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            sub = _required(av[2]) if av[0] >= 1 else None
        else:
            sub = None
        if sub:
            cands.append(sub)
    flush()
    return _best(cands)


def required_literals(p: str) -> frozenset[str] | None:
    """Literal strings one of which occurs in every match of `p`, or None if no such set is known."""
    return _required(sre_parse.parse(p))


def lower_same_length(text: str) -> str:
    """A lower-cased copy with the same offsets (a few characters grow when lower-cased: kept as they are),
    and typographic apostrophes made plain so "don’t" reads like "don't"."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'")


_WORDCHAR = re.compile(r"\w")


def starts_word(low: str, pos: int) -> bool:
    """Whether a match at `pos` starts at a word boundary (what the dropped `\\b` checked)."""
    return pos == 0 or not (_WORDCHAR.match(low, pos) and _WORDCHAR.match(low, pos - 1))
