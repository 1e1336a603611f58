"""Reading one cell: yes/no flags, counts with thousands separators, and dates as vendors and locales write
them. Each returns None for a cell it cannot read, so an odd cell costs that value, never the row."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

_TRUE = frozenset({"true", "yes", "y", "1", "t", "x", "nofollow", "sponsored", "ugc", "sitewide", "lost",
                   "deleted", "wahr", "ja", "oui", "si", "sí", "vrai"})
_FALSE = frozenset({"false", "no", "n", "0", "f", "-", "dofollow", "follow", "live", "falsch", "nein", "non",
                    "faux"})


_BOOLS = {**dict.fromkeys(_TRUE, True), **dict.fromkeys(_FALSE, False)}


def parse_bool(cell: str) -> bool | None:
    return _BOOLS.get(cell.strip().lower())


_GROUPED = re.compile(r"\d{1,3}(?:([.,' \u00a0\u202f])\d{3})+")


def parse_count(cell: str) -> int | None:
    """'1,234', '1.234', '1 234' and '1234' are 1234; '12.5' rounds down; '' is None."""
    text = cell.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if _GROUPED.fullmatch(text):
        return int(re.sub(r"\D", "", text))
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return int(value) if value >= 0 else None


REL_TOKENS = frozenset({"nofollow", "sponsored", "ugc", "dofollow", "follow"})


def parse_rel(cell: str) -> frozenset[str] | None:
    """The rel tokens of a 'rel' or link-type cell ('nofollow, ugc'); None when it names none of them
    (Ahrefs' 'Type' holds 'text' or 'image', which says nothing about rel)."""
    tokens = frozenset(re.split(r"[\s,;/|]+", cell.strip().lower())) & REL_TOKENS
    return tokens or None


MONTHS = {
    # English, then the common abbreviations of German, French, Spanish, Italian, Dutch, Portuguese
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "mär": 3, "mrz": 3, "mai": 5, "okt": 10, "dez": 12, "janv": 1, "févr": 2, "fev": 2, "fév": 2, "mars": 3,
    "avr": 4, "juin": 6, "juil": 7, "aoû": 8, "aout": 8, "août": 8, "déc": 12, "ene": 1, "abr": 4, "ago": 8,
    "dic": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "set": 9, "ott": 10, "mei": 5, "out": 10,
}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[ T])")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?:$|[ ,T])")
_NAMED_MDY = re.compile(r"([^\W\d]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_NAMED_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+([^\W\d]+)\.?,?\s+(\d{4})")


def _safe_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTHS.get(word[:3]) or MONTHS.get(word[:4])


def numeric_order(cells: Iterable[str]) -> str:
    """'dmy' or 'mdy' for a column's day/month/year dates ('05/03/2024'): whichever its values prove (a
    first number above 12 is a day), else day first, as most of the world writes it."""
    for cell in cells:
        m = _NUMERIC.match(cell.strip())
        if not m:
            continue
        first, second = int(m.group(1)), int(m.group(2))
        if first > 12 >= second:
            return "dmy"
        if second > 12 >= first:
            return "mdy"
    return "dmy"


def parse_date(cell: str, order: str = "dmy") -> date | None:
    """ISO ('2024-03-05', with a time, 'T' or 'Z'), numeric in `order` ('05/03/2024', '05.03.2024'), and
    with a month name ('Mar 5, 2024', '5 Mar 2024', '5. März 2024')."""
    text = cell.strip()
    if not text:
        return None
    m = _ISO.match(text)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC.match(text)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return _safe_date(year, b, a) if order == "dmy" else _safe_date(year, a, b)
    m = _NAMED_MDY.match(text)
    if m and _month(m.group(1)):
        return _safe_date(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
    m = _NAMED_DMY.match(text)
    if m and _month(m.group(2)):
        return _safe_date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
    return None
