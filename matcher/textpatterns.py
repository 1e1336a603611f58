"""Our regular expressions read as a tree, with public code.

Two things read pattern source: the red-flag prefilter (`redflags/prefilter.py`: the literal heads every
match starts with) and the ranking lexicon (`ranking/literals.py`: the words every match holds). Both need
the tree the standard library's parser builds, so `parse` builds it the same way: non-capturing groups
spliced into their sequence, a prefix common to every branch of an alternation moved out of it, branches
of one character each made a class, a class of one character made a literal.

Nodes are tuples:
    ("lit", char)                     a literal character
    ("in", entries), ("notin", ...)   a character class, negated for "notin"; an entry is a character,
                                      a category ("\\d", "\\w", "\\s", "\\D", ...) or a (low, high) range
    ("at", where)                     zero width: "\\b", "\\B", "^", "$", "\\A", "\\Z"
    ("look", kind, seq)               a lookaround, kind "=", "!", "<=" or "<!" (zero width)
    ("any",)                          `.`
    ("group", seq, kind)              a capturing ("capture") or atomic ("atomic") group
    ("branch", [seq, ...])            an alternation
    ("repeat", min, max, seq, mode)   max None when unbounded; mode "greedy", "lazy" or "possessive"

Back-references, conditionals, inline flags and numeric escapes (\\x, \\u, \\N, octal) raise
`Unreadable`. With `plain=True` only the lexicon's subset is read (literals, escaped punctuation, `\\b`,
`\\w`, classes of single characters, `(?:…)`, `|`, and `?`, `*`, `+`, greedy, lazy or possessive);
anything else raises.
"""

from __future__ import annotations

WORD_BOUNDARY = ("at", "\\b")
_CATEGORIES = "dDsSwW"
_POSITIONS = {"b": "\\b", "B": "\\B", "A": "\\A", "Z": "\\Z"}
_CONTROLS = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_LOOKS = ("=", "!", "<=", "<!")
_DIGITS = "0123456789"
# The standard parser compares these by identity when it looks for a common prefix: never the same.
_NEVER_SAME = ("look", "group", "branch", "repeat")


class Unreadable(ValueError):
    """The pattern uses syntax outside what this reader knows."""


def parse(source: str, *, plain: bool = False) -> list:
    """The tree of `source` (a sequence of nodes); Unreadable for syntax not read here."""
    reader = _Reader(source, plain)
    tree = reader.alternation()
    if reader.peek() is not None:  # an unbalanced ')'
        raise Unreadable(")")
    return tree


def _is_char(entry) -> bool:
    return isinstance(entry, str) and len(entry) == 1


class _Reader:
    def __init__(self, source: str, plain: bool):
        self.source = source
        self.pos = 0
        self.plain = plain

    def peek(self) -> str | None:
        return self.source[self.pos] if self.pos < len(self.source) else None

    def take(self, what: str) -> str:
        """The next character; Unreadable at the end of the source (`what` names the unfinished part)."""
        if self.pos >= len(self.source):
            raise Unreadable(what)
        char = self.source[self.pos]
        self.pos += 1
        return char

    def match(self, text: str) -> bool:
        if self.source.startswith(text, self.pos):
            self.pos += len(text)
            return True
        return False

    def alternation(self) -> list:
        """a|b|c up to a ')' or the end."""
        branches = [self.sequence()]
        while self.match("|"):
            branches.append(self.sequence())
        return _merge_branches(branches)

    def sequence(self) -> list:
        seq: list = []
        while (char := self.peek()) is not None and char not in "|)":
            self.pos += 1
            if char == "\\":
                seq.append(self.escape())
            elif char == "[":
                seq.append(self.char_class())
            elif char == "(":
                group = self.group()
                if group is not None:
                    seq.append(group)
            elif char in "?*+{":
                self.repeat(char, seq)
            elif char in ".^$":
                if self.plain:
                    raise Unreadable(char)
                seq.append(("any",) if char == "." else ("at", char))
            else:
                seq.append(("lit", char))
        # Non-capturing groups become part of the sequence (as the standard parser does).
        spliced: list = []
        for item in seq:
            spliced.extend(item[1] if item[0] == "splice" else [item])
        return spliced

    def escape(self) -> tuple:
        char = self.take("\\")
        if char == "b":
            return WORD_BOUNDARY
        if char == "w":
            return ("in", ("\\w",))
        if self.plain:
            if char.isalnum() or char.isspace():
                raise Unreadable("\\" + char)
            return ("lit", char)
        if char in _POSITIONS:
            return ("at", _POSITIONS[char])
        if char in _CATEGORIES:
            return ("in", ("\\" + char,))
        return ("lit", self.escaped_char(char))

    def escaped_char(self, char: str) -> str:
        if char in _CONTROLS:
            return _CONTROLS[char]
        if char.isascii() and char.isalnum():  # \x, \u, \N, octal, back-references, unknown letters
            raise Unreadable("\\" + char)
        return char

    def class_escape(self) -> str:
        char = self.take("[")
        if char == "b":
            return "\b"
        if char in _CATEGORIES:
            return "\\" + char
        return self.escaped_char(char)

    def char_class(self) -> tuple:
        negate = self.match("^")
        if negate and self.plain:
            raise Unreadable("[^")
        entries: list = []
        while True:
            char = self.take("[")
            if char == "]" and entries:
                break
            if self.plain and char in "\\^[]":
                raise Unreadable("[")
            entry = self.class_escape() if char == "\\" else char
            if not self.match("-"):
                entries.append(entry)
                continue
            end = self.take("[")
            if end == "]":
                entries += [entry, "-"]
                break
            end = self.class_escape() if end == "\\" else end
            if self.plain or not (_is_char(entry) and _is_char(end)) or end < entry:
                raise Unreadable(f"[{entry}-{end}]")
            entries.append((entry, end))
        unique = tuple(dict.fromkeys(entries))
        if len(unique) == 1 and _is_char(unique[0]):
            return ("notin", unique) if negate else ("lit", unique[0])
        return ("notin" if negate else "in", unique)

    def group(self) -> tuple | None:
        """The group after its '(' (None for a comment)."""
        look = next((k for k in _LOOKS if self.source.startswith("?" + k, self.pos)), None)
        if self.match("?:"):
            kind = "splice"
        elif self.plain:
            raise Unreadable("(")
        elif self.match("?>"):
            kind = "atomic"
        elif look is not None:
            self.pos += 1 + len(look)
            kind = "look"
        elif self.match("?P<"):
            end = self.source.find(">", self.pos)
            if end < 0 or not self.source[self.pos : end].isidentifier():
                raise Unreadable("(?P<")
            self.pos = end + 1
            kind = "capture"
        elif self.match("?#"):
            end = self.source.find(")", self.pos)
            if end < 0:
                raise Unreadable("(?#")
            self.pos = end + 1
            return None
        elif self.peek() == "?":  # inline flags, back-references, conditionals
            raise Unreadable("(?")
        else:
            kind = "capture"
        inner = self.alternation()
        if not self.match(")"):
            raise Unreadable("(")
        if kind == "splice":
            return ("splice", inner)
        if kind == "look":
            return ("look", look, inner)
        return ("group", inner, kind)

    def bounds(self) -> tuple[int, int | None] | None:
        """{m,n} after its '{'; None, with nothing read, where the brace is a plain character."""
        start = self.pos
        if self.peek() == "}":
            return None
        low = self.digits()
        high = self.digits() if self.match(",") else low
        if not self.match("}"):
            self.pos = start
            return None
        least, most = int(low or 0), (int(high) if high else None)
        if most is not None and most < least:
            raise Unreadable("{m,n} with n < m")
        return least, most

    def digits(self) -> str:
        start = self.pos
        while (char := self.peek()) is not None and char in _DIGITS:
            self.pos += 1
        return self.source[start : self.pos]

    def repeat(self, char: str, seq: list) -> None:
        if char == "{":
            if self.plain:
                raise Unreadable("{")
            bounds = self.bounds()
            if bounds is None:
                seq.append(("lit", "{"))
                return
            least, most = bounds
        else:
            least, most = (1 if char == "+" else 0), (1 if char == "?" else None)
        if not seq or seq[-1][0] in ("at", "repeat"):
            raise Unreadable("nothing to repeat")
        item = seq[-1]
        body = item[1] if item[0] == "splice" else [item]
        mode = "lazy" if self.match("?") else "possessive" if self.match("+") else "greedy"
        seq[-1] = ("repeat", least, most, body, mode)


def _same(a: tuple, b: tuple) -> bool:
    return a[0] not in _NEVER_SAME and a == b


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
