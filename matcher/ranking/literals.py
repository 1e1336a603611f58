"""The words a text must hold for a lexicon pattern to match it, read from the pattern's source.

A small reader of the regular-expression subset the lexicon is written in: literal characters, escaped
punctuation, `\\b`, `\\w`, character classes without ranges, non-capturing groups `(?:…)`, `|`, and the
quantifiers `?`, `*`, `+` (greedy or lazy). It builds the pattern's tree the way the standard library's
parser does (non-capturing groups spliced into their sequence, a prefix common to every branch moved out,
branches of one character each made a class), so it finds the same words. Anything else makes it give up:
`required_words` then answers None and the caller always runs the pattern, which is never wrong, only
slower.
"""

from __future__ import annotations

import re

_NON_WORD = re.compile(r"\W")
_WORD_CLASS = "\\w"  # the class entry of \w (every other entry is one character)


class Unreadable(ValueError):
    """The pattern uses syntax outside the subset this reader knows."""


# Tree nodes, as tuples: ("lit", char), ("in", entries), ("at",) for \b, ("branch", [seq, ...]),
# ("repeat", min, seq), ("other",) for an item that requires nothing; ("group", seq) only while reading.


class _Reader:
    def __init__(self, source: str):
        self.source = source
        self.pos = 0

    def peek(self) -> str | None:
        return self.source[self.pos] if self.pos < len(self.source) else None

    def take(self) -> str:
        char = self.source[self.pos]
        self.pos += 1
        return char

    def alternation(self) -> list:
        """a|b|c up to a ')' or the end."""
        branches = [self.sequence()]
        while self.peek() == "|":
            self.take()
            branches.append(self.sequence())
        return _merge_branches(branches)

    def sequence(self) -> list:
        seq: list = []
        while (char := self.peek()) is not None and char not in "|)":
            self.take()
            if char == "\\":
                seq.append(self.escape())
            elif char == "[":
                seq.append(self.char_class())
            elif char == "(":
                seq.append(self.group())
            elif char in "?*+":
                self.repeat(1 if char == "+" else 0, seq)
            elif char in ".^${":
                raise Unreadable(char)
            else:
                seq.append(("lit", char))
        # Non-capturing groups become part of the sequence (as the standard parser does).
        spliced: list = []
        for item in seq:
            spliced.extend(item[1] if item[0] == "group" else [item])
        return spliced

    def escape(self) -> tuple:
        if self.peek() is None:
            raise Unreadable("\\")
        char = self.take()
        if char == "b":
            return ("at",)
        if char == "w":
            return ("in", (_WORD_CLASS,))
        if char.isalnum() or char.isspace():
            raise Unreadable("\\" + char)
        return ("lit", char)

    def char_class(self) -> tuple:
        entries: list[str] = []
        while (char := self.peek()) != "]":
            if char is None or char in "\\^[" or (char == "-" and entries and self._next_is_not("]")):
                raise Unreadable("[")
            entries.append(self.take())
        self.take()
        if not entries:
            raise Unreadable("[]")
        unique = tuple(dict.fromkeys(entries))
        return ("lit", unique[0]) if len(unique) == 1 else ("in", unique)

    def _next_is_not(self, char: str) -> bool:
        return self.pos + 1 >= len(self.source) or self.source[self.pos + 1] != char

    def group(self) -> tuple:
        if self.source[self.pos : self.pos + 2] != "?:":
            raise Unreadable("(")
        self.pos += 2
        inner = self.alternation()
        if self.peek() != ")":
            raise Unreadable("(")
        self.take()
        return ("group", inner)

    def repeat(self, minimum: int, seq: list) -> None:
        if not seq or seq[-1][0] in ("at", "repeat", "other"):
            raise Unreadable("nothing to repeat")
        item = seq[-1]
        body = item[1] if item[0] == "group" else [item]
        if self.peek() == "+":  # possessive: requires nothing the reader vouches for
            self.take()
            seq[-1] = ("other",)
            return
        if self.peek() == "?":  # lazy: matches the same texts
            self.take()
        seq[-1] = ("repeat", minimum, body)


def _same(a: tuple, b: tuple) -> bool:
    # The standard parser keeps repeats and branches as objects compared by identity: never the same.
    return a == b and a[0] not in ("repeat", "branch")


def _merge_branches(branches: list[list]) -> list:
    """The standard parser's shape: a prefix common to all branches moved out, one-character branches
    made a class."""
    if len(branches) == 1:
        return branches[0]
    seq: list = []
    while all(branches) and all(_same(b[0], branches[0][0]) for b in branches):
        seq.append(branches[0][0])
        for b in branches:
            del b[0]
    if all(len(b) == 1 and b[0][0] in ("lit", "in") for b in branches):
        entries = [e for b in branches for e in ((b[0][1],) if b[0][0] == "lit" else b[0][1])]
        seq.append(("in", tuple(dict.fromkeys(entries))))
        return seq
    seq.append(("branch", branches))
    return seq


def _literal(run: str, at_word_start: bool) -> frozenset[str]:
    text = _NON_WORD.sub(" ", run.lower())
    # After a word boundary a word character can only follow a non-word character (a space, once
    # normalised) or the start of the text (the normalised text starts with a space).
    return frozenset({" " + text if at_word_start and text[0] != " " else text})


def _required(items, at_word_start: bool = False) -> frozenset[str] | None:
    """Strings one of which the normalised text (lower case, non-word characters as spaces, a space
    before and after) holds whenever the pattern tree `items` matches the text.

    Every element of a sequence must match: a run of literals must occur as it is, a branch needs one
    of its alternatives. The most selective option (longest shortest string) is kept. None when nothing
    is certain; then the pattern is always run.
    """
    options: list[frozenset[str]] = []
    run, run_at_start = "", False
    for item in [*items, ("end",)]:
        kind = item[0]
        if kind == "lit":
            run_at_start = run_at_start if run else at_word_start
            run += item[1]
            at_word_start = False
            continue
        if run:
            options.append(_literal(run, run_at_start))
            run = ""
        need = None
        if kind == "branch":
            alternatives = [_required(branch, at_word_start) for branch in item[1]]
            need = None if any(a is None for a in alternatives) else frozenset().union(*alternatives)
        elif kind == "repeat" and item[1] >= 1:
            need = _required(item[2], at_word_start)
        if need:
            options.append(need)
        at_word_start = kind == "at"
    return max(options, key=lambda o: min(map(len, o)), default=None)


def required_words(source: str) -> frozenset[str] | None:
    """Strings one of which a normalised text holds whenever `source` matches it (ignoring case); None
    when there is no such certainty or the pattern is outside the subset read here."""
    reader = _Reader(source)
    try:
        tree = reader.alternation()
    except Unreadable:
        return None
    if reader.peek() is not None:  # an unbalanced ')'
        return None
    return _required(tree)
