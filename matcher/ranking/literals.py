"""The words a text must hold for a lexicon pattern to match it, read from the pattern's source.

The pattern is read by `matcher.textpatterns.parse` in its plain subset (literal characters, escaped
punctuation, `\\b`, `\\w`, character classes without ranges, non-capturing groups `(?:…)`, `|`, and the
quantifiers `?`, `*`, `+`), as the tree the standard library's parser builds, so it finds the same words.
Anything else makes it give up: `required_words` then answers None and the caller always runs the
pattern, which is never wrong, only slower.
"""

from __future__ import annotations

import re

from matcher.textpatterns import WORD_BOUNDARY, Unreadable, parse

_NON_WORD = re.compile(r"\W")


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
        elif kind == "repeat" and item[1] >= 1 and item[4] != "possessive":
            need = _required(item[3], at_word_start)  # a possessive repeat: nothing the reader vouches for
        if need:
            options.append(need)
        at_word_start = item == WORD_BOUNDARY
    return max(options, key=lambda o: min(map(len, o)), default=None)


def required_words(source: str) -> frozenset[str] | None:
    """Strings one of which a normalised text holds whenever `source` matches it (ignoring case); None
    when there is no such certainty or the pattern is outside the subset read here."""
    try:
        tree = parse(source, plain=True)
    except Unreadable:
        return None
    return _required(tree)
