"""Monthly amounts stated in free text: a provider's prices ("Retainers usually start around $2,000 a
month", "most retainers are low four figures") for providers that left the budget fields empty or whose
usual scale is far from a brief's, and a brief's budget stated only in its scope ("$2,000-5,000/month",
"an annual budget of £60k")."""

from __future__ import annotations

import re

# Rough conversions to US dollars: enough to tell a $500 shop from a $20,000 one, not for invoicing.
TO_USD = {"$": 1.0, "usd": 1.0, "us$": 1.0, "£": 1.27, "gbp": 1.27, "€": 1.08, "eur": 1.08}

_AMOUNT = (
    r"(?P<cur>us\$|\$|£|€|usd\s?|gbp\s?|eur\s?)"
    r"(?P<num>\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s?(?P<k>k\b)?"
)
_MONEY = re.compile(_AMOUNT, re.IGNORECASE)
_MONTHLY = re.compile(
    r"\b(?:month|monthly|months|/\s?mo\b|retainers?|p/?m\b|pcm|al mes|mensual(?:es)?|pro monat|monatlich|"
    r"par mois|mensuel(?:le)?|per månad|i månaden|per maand|al mese|mensile|por mês|mensal)",
    re.IGNORECASE,
)
# Prices per unit are not budgets.
_PER_UNIT = re.compile(r"\bper\s+(?:link|post|article|placement|hour|page|backlink)\b", re.IGNORECASE)
# Sentence ends are a stop followed by a space, so "£1.5k" and "$2.500" stay whole.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_GROUPED = re.compile(r"\d{1,3}(?:[,.]\d{3})+")


def _usd(match: re.Match) -> float:
    raw = match.group("num")
    if match.group("k"):  # "2.5k" is a decimal with a multiplier
        value = float(raw.replace(",", "")) * 1000
    elif _GROUPED.fullmatch(raw):  # "2,500" and "2.500" both group thousands
        value = float(re.sub(r"[,.]", "", raw))
    else:
        value = float(raw)
    return value * TO_USD[match.group("cur").strip().lower()]


# "$2,000-5,000" and "£2k to £5k": the second amount of a range may leave out its currency.
_RANGE = re.compile(
    _AMOUNT + r"\s?(?:-|–|—|to|and)\s?(?P<cur2>us\$|\$|£|€|usd\s?|gbp\s?|eur\s?)?"
    r"(?P<num2>\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s?(?P<k2>k\b)?",
    re.IGNORECASE,
)
_YEARLY = re.compile(
    r"\b(?:year|yearly|annual|annually|per annum|p\.?a\.?|/\s?y(?:ea)?r|al año|anual|pro jahr|jährlich|"
    r"par an|annuel(?:le)?|per år|per jaar|all'anno|annuale)\b",
    re.IGNORECASE,
)
# "Low four figures" a month: the scale words people use instead of numbers.
_FIGURES = re.compile(
    r"\b(?P<pos>low|mid|middle|high|upper)?[- ]?(?P<n>three|four|five|six)[- ]figures?\b", re.IGNORECASE
)
_DIGITS = {"three": 100, "four": 1_000, "five": 10_000, "six": 100_000}
_POSITION = {None: (1, 9.99), "low": (1, 3), "mid": (3, 6), "middle": (3, 6), "high": (6, 9.99),
             "upper": (6, 9.99)}


# "3.000 €", "5k EUR", "2,000 euros a month": the currency after the number, as many languages write it.
_POSTFIX = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s?(?P<k>k\b)?"
    r"(?:\s?(?:-|–|to)\s?(?P<num2>\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s?(?P<k2>k\b)?)?"
    r"\s?(?P<cur>€|£|\$|eur(?:os?)?\b|usd\b|gbp\b|dollars?\b|pounds?\b)",
    re.IGNORECASE,
)
_POSTFIX_RATE = {"€": 1.08, "eur": 1.08, "euro": 1.08, "euros": 1.08, "£": 1.27, "gbp": 1.27, "pound": 1.27,
                 "pounds": 1.27, "$": 1.0, "usd": 1.0, "dollar": 1.0, "dollars": 1.0}


def _number(raw: str, k: str | None) -> float:
    value = float(re.sub(r"[,.]", "", raw)) if _GROUPED.fullmatch(raw) else float(raw)
    return value * 1000 if k else value


def _amounts(sentence: str) -> list[float]:
    """Dollar amounts of a sentence, ranges read whole, in order."""
    out: list[float] = []
    taken_until = -1
    for m in _POSTFIX.finditer(sentence):
        rate = _POSTFIX_RATE[m.group("cur").lower()]
        out.append(_number(m.group("num"), m.group("k") or m.group("k2")) * rate)
        if m.group("num2"):
            out.append(_number(m.group("num2"), m.group("k2")) * rate)
    if out:
        return out
    for m in _RANGE.finditer(sentence):
        first = _usd(m)
        rate = TO_USD[m.group("cur").strip().lower()]
        second = float(re.sub(r"[,.]", "", m.group("num2")) if _GROUPED.fullmatch(m.group("num2"))
                       else m.group("num2"))
        if m.group("k2") or (m.group("k") and second < 1000):
            second *= 1000
        out += [first, second * rate]
        taken_until = m.end()
    for m in _MONEY.finditer(sentence):
        if m.start() >= taken_until:
            out.append(_usd(m))
    return out


def _figures(sentence: str) -> tuple[float, float] | None:
    m = _FIGURES.search(sentence)
    if m is None:
        return None
    unit = _DIGITS[m.group("n").lower()]
    lo, hi = _POSITION[m.group("pos").lower() if m.group("pos") else None]
    return lo * unit, hi * unit


def monthly_range(text: str) -> tuple[float | None, float | None]:
    """(min, max) US dollars a month named in the text, or (None, None)."""
    for sentence in _SENTENCE_END.split(text or ""):
        if not _MONTHLY.search(sentence) or _PER_UNIT.search(sentence):
            continue
        amounts = [_usd(m) for m in _MONEY.finditer(sentence)]
        if not amounts:
            continue
        if len(amounts) >= 2:
            return min(amounts[:2]), max(amounts[:2])
        return amounts[0], None
    return None, None


def usual_scale(text: str) -> float | None:
    """The top of the monthly amounts a provider's text describes as its usual work ("most retainers
    are low four figures", "typically $1,500-3,000 a month"), in US dollars; None when it names none."""
    tops: list[float] = []
    for sentence in _SENTENCE_END.split(text or ""):
        if not _MONTHLY.search(sentence) or _PER_UNIT.search(sentence):
            continue
        figures = _figures(sentence)
        if figures:
            tops.append(figures[1])
        amounts = _amounts(sentence)
        if amounts:
            tops.append(max(amounts))
    return max(tops) if tops else None


def brief_budget(text: str) -> tuple[int | None, int | None]:
    """A monthly budget (min, max) in US dollars stated in a brief's own words; a yearly one is divided
    by 12. A project total or a price per unit is not a monthly budget: (None, None)."""
    for sentence in _SENTENCE_END.split(text or ""):
        if _PER_UNIT.search(sentence):
            continue
        yearly = _YEARLY.search(sentence) and not _MONTHLY.search(sentence)
        if not (_MONTHLY.search(sentence) or yearly):
            continue
        amounts = _amounts(sentence)
        if not amounts:
            continue
        amounts = [a / 12 for a in amounts] if yearly else amounts
        if len(amounts) >= 2:
            return int(round(min(amounts[:2]))), int(round(max(amounts[:2])))
        if _AT_LEAST.search(sentence):
            return int(round(amounts[0])), None
        return None, int(round(amounts[0]))  # "a budget of $3,000 a month" is what they can spend at most
    return None, None


_AT_LEAST = re.compile(r"\b(?:from|at least|minimum|min\.?|starting at|over|more than|upwards of)\s*(?:of\s*)?"
                       r"(?:us\$|\$|£|€|usd|gbp|eur)?\s?\d", re.IGNORECASE)


def money(value: float | int | None) -> str:
    return f"${int(value):,}"


def money_range(lo: float | int | None, hi: float | int | None) -> str:
    """"$2,000–$5,000", "up to $5,000" or "from $2,000"."""
    if lo is not None and hi is not None:
        return f"{money(lo)}–{money(hi)}"
    return f"up to {money(hi)}" if hi is not None else f"from {money(lo)}"
