"""Make the rules cheap to run on ordinary text.

Scanning a text with ~100 large alternations costs about a microsecond per character per rule in
Python's regex engine (a leading `\\b` or a nested alternation defeats its first-character skip). So
`first_literals` reads each pattern's tree (`matcher/textpatterns.py`) for the literal heads every match
starts with, and `HeadIndex.scan` walks the text's word starts once, looking the next few characters up
in a dict; each regex then runs only where one of its heads occurs. `fast_pattern` drops a pattern's
leading `\\b`, since the scan proposes word starts only. The result is the same as a full scan (up to
MAX_POSITIONS candidates per pattern and text, which only junk input reaches). Patterns are written in
lower case and run on a lower-cased copy of the text (`lower_same_length`).
"""

from __future__ import annotations

import re

from matcher.textpatterns import parse

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


def lower_same_length(text: str) -> str:
    """A lower-cased copy with the same offsets (a few characters grow when lower-cased: kept as they are),
    and typographic apostrophes made plain so "don’t" reads like "don't"."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'")


_MAX_HEAD = 4  # longer literal heads are hardly more selective
_MEMO_SIZE = 50_000
# Candidate positions kept per pattern and text. A 100k-character profile has a few hundred of even the
# commonest head ("a", "we"); only junk ("#1 #1 #1 ...") reaches this, and it must not cost seconds.
MAX_POSITIONS = 5_000
_SMALL_CLASS = 12


def _class_chars(entries: tuple) -> set[str] | None:
    """The characters a small character class matches, or None if it is large (\\w, \\s, a wide range)."""
    out: set[str] = set()
    for entry in entries:
        if isinstance(entry, tuple) and ord(entry[1]) - ord(entry[0]) < _SMALL_CLASS:
            out.update(chr(x) for x in range(ord(entry[0]), ord(entry[1]) + 1))
        elif entry == "\\d":
            out.update("0123456789")
        elif isinstance(entry, str) and len(entry) == 1:
            out.add(entry)
        else:
            return None
    return out if len(out) <= _SMALL_CLASS else None


def _heads(items: list, i: int, prefix: str) -> set[str] | None:
    """Literal strings (up to _MAX_HEAD long) that every match of items[i:] starts with, after `prefix`."""
    while i < len(items) and len(prefix) < _MAX_HEAD:
        item = items[i]
        kind = item[0]
        if kind == "lit":
            prefix += item[1]
            i += 1
        elif kind in ("at", "look"):
            i += 1  # zero width: the match at a candidate position still checks it
        elif kind == "group":
            return _heads([*item[1], *items[i + 1 :]], 0, prefix)
        elif kind == "branch":
            out: set[str] = set()
            for alt in item[1]:
                h = _heads([*alt, *items[i + 1 :]], 0, prefix)
                if h is None:
                    return None
                out |= h
            return out
        elif kind == "repeat":
            lo, body = item[1], item[3]
            h = _heads(body, 0, prefix) if lo >= 1 else None
            if lo >= 1:
                return h if h is not None else ({prefix} if prefix else None)
            inner = _heads(body, 0, prefix)
            rest = _heads(items, i + 1, prefix)
            if inner is None or rest is None:
                return {prefix} if prefix else None
            return inner | rest
        elif kind == "in":
            chars = _class_chars(item[1])
            if chars is None:
                return {prefix} if prefix else None
            return {prefix + c for c in chars}
        else:
            return {prefix} if prefix else None
    return {prefix} if prefix else None


def first_literals(p: str) -> frozenset[str] | None:
    """Literal strings one of which starts every match of `p`, or None if the pattern can start anywhere.

    Raises textpatterns.Unreadable for syntax the tree reader does not know."""
    heads = _heads(parse(p), 0, "")
    return frozenset(heads) if heads and "" not in heads else None


class HeadIndex:
    """One pass over a text's word starts finds every place any registered pattern can begin.

    Patterns are registered once (per process) with the literal heads their matches start with
    (`first_literals`); `scan` then lists, per pattern, where it may match in one text, so a rule's
    regex runs only at a handful of positions instead of at every character.
    """

    def __init__(self) -> None:
        self.patterns: list[re.Pattern] = []
        self.heads: dict[str, list[int]] = {}
        self._starts = re.compile(r"\w+")
        self._memo: dict[str, tuple[int, ...]] = {}
        self._ids: dict[str, int] = {}

    def register(self, pattern: str) -> int:
        """The id of `pattern`; a pattern used by several rules is registered (and matched) once."""
        fast = fast_pattern(pattern)
        if fast in self._ids:
            return self._ids[fast]
        pid = self._ids[fast] = len(self.patterns)
        self.patterns.append(re.compile(fast))
        heads = first_literals(fast)
        if heads is None:
            raise ValueError(f"pattern can start anywhere, give it a literal head: {pattern[:80]}")
        for h in heads:
            self.heads.setdefault(h, []).append(pid)
        symbols = sorted({h[0] for h in self.heads if not h[0].isalnum() and h[0] != "_"})
        extra = "|[" + re.escape("".join(symbols)) + "]" if symbols else ""
        self._starts = re.compile(r"\w+" + extra)
        self._memo.clear()
        return pid

    def _ids_at(self, window: str) -> tuple[int, ...]:
        """Ids of the patterns with a head that `window` (the next few characters) starts with."""
        ids = self._memo.get(window)
        if ids is None:
            found: list[int] = []
            for n in range(1, _MAX_HEAD + 1):
                found.extend(self.heads.get(window[:n], ()))
            ids = tuple(dict.fromkeys(found))
            if len(self._memo) < _MEMO_SIZE:  # bounded: distinct word starts repeat across texts
                self._memo[window] = ids
        return ids

    def scan(self, low: str) -> dict[int, list[int]]:
        """pattern id -> sorted positions in `low` where one of its heads starts a word (or a symbol)."""
        found: dict[int, list[int]] = {}
        ids_at = self._ids_at
        for m in self._starts.finditer(low):
            p = m.start()
            for pid in ids_at(low[p : p + _MAX_HEAD]):
                lst = found.get(pid)
                if lst is None:
                    found[pid] = [p]
                elif len(lst) < MAX_POSITIONS:
                    lst.append(p)
        return found
