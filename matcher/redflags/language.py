"""Which texts the engine can read: it is trained on English, so other languages go to a person.

langid.py (a bundled model, no download) names the language; short texts and mixed ones are read as
English unless langid is clear and few English function words are present, so a Spanish client name in an
English profile does not send the provider to review.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

READS = frozenset({"en"})
MIN_WORDS = 6  # fewer words than this are too little to tell a language by (names, keywords)
# Share of English function words above which a text is English without asking langid. English prose
# sits near 0.35; Dutch ("is", "in", "we") reached 0.13, and the 0.12 used before read a Dutch page as
# English. At 0.2 no row of the English corpus goes to langid and comes back another language.
ENGLISH_SHARE = 0.2
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset(
    "the a an and or of to in for with on at by from is are was were be we our you your it this that "
    "they their have has do does not no will can as".split()
)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifier():
    from langid.langid import LanguageIdentifier, model  # loads its bundled model (about 0.3 s): on first use

    return LanguageIdentifier.from_modelstring(model, norm_probs=True)


def warm_up() -> None:
    """Load the identifier's model now (a process start), not on the first text long enough to need it."""
    _identifier()


def language_of(text: str) -> str | None:
    """The text's ISO 639-1 language, or None where there is too little text to tell."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    english_share = sum(w in _ENGLISH for w in words) / len(words)
    if english_share >= ENGLISH_SHARE:
        return "en"
    with _lock:  # the identifier keeps per-call state
        lang, probability = _identifier().classify(text)
    return lang if probability >= 0.9 else None


def unreadable(text: str) -> str | None:
    """The language of a text the engine cannot vet, or None when it can (or cannot tell)."""
    lang = language_of(text)
    return lang if lang is not None and lang not in READS else None
