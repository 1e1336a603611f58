"""Monthly amounts stated in free text: a provider's prices ("Retainers usually start around $2,000 a
month", "most retainers are low four figures") for providers that left the budget fields empty or whose
usual scale is far from a brief's, and a brief's budget stated only in its scope ("$2,000-5,000/month",
"an annual budget of £60k")."""

from __future__ import annotations

import re

# Rough conversions to US dollars: enough to tell a $500 shop from a $20,000 one, not for invoicing. For
# amounts read from text; a brief's budget fields use the admin's rate table (usecases/rates.py), which
# starts from these.
TO_USD = {"$": 1.0, "usd": 1.0, "us$": 1.0, "£": 1.27, "gbp": 1.27, "€": 1.08, "eur": 1.08}
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}

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


# One amount: a currency before or after a number ("$2,500", "£1.5k", "3.000 €", "3 000 €", "€2,5k",
# "5k EUR", "2,000 euros"), and a range's second number, which may leave out the currency ("$2,000-5,000",
# "$3-5k", "3k-5k EUR"). Amounts in millions ("$2M in revenue") are not budgets and are skipped.
_CUR = r"us\$|\$|£|€|usd|gbp|eur(?:os?)?|dollars?|pounds?"
_NUM = r"\d{1,3}(?:(?:[,.]|\s|\u00a0|\u202f)\d{3})+(?!\d)|\d+(?:[.,]\d+)?"
_MULT = r"(?:\s?(?P<m{n}>k|m|mn|bn|million|billion)\b)?"
_AMOUNTS = re.compile(
    rf"(?:(?P<pre>{_CUR})\s?)?(?P<a>{_NUM}){_MULT.format(n=1)}"
    rf"(?:\s?(?:-|–|—|to)\s?(?:(?P<pre2>{_CUR})\s?)?(?P<b>{_NUM}){_MULT.format(n=2)})?"
    r"(?:\s?(?P<post>€|£|\$|(?:usd|gbp|eur(?:os?)?|dollars?|pounds?)\b))?",
    re.IGNORECASE,
)
# A currency word after a number is money only where the sentence talks about spending: "2,000 pounds of
# coffee" is a weight.
_SPEND = re.compile(r"\b(?:budget\w*|spend\w*|retainer|fees?|pay\w*|invest\w*|cost\w*|price\w*|presupuesto|"
                    r"etat|prix|precio|kosten)\b", re.IGNORECASE)
_WORD_CURRENCY = re.compile(r"^(?:dollars?|pounds?|euros?)$", re.IGNORECASE)
_GROUP_SEP = re.compile(r"[,.\s\u00a0\u202f]")
_GROUPS = re.compile(r"\d{1,3}(?:(?:[,.]|\s|\u00a0|\u202f)\d{3})+")


_MULTIPLIERS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "million": 1_000_000}


def _number(raw: str, mult: str | None) -> float:
    """"2,500", "2.500" and "2 500" group thousands; "2,5" and "2.5" are decimals; k and m multiply."""
    value = float(_GROUP_SEP.sub("", raw)) if _GROUPS.fullmatch(raw) else float(raw.replace(",", "."))
    return value * _MULTIPLIERS.get((mult or "").lower(), 1)


def _rate(currency: str | None) -> float | None:
    if not currency:
        return None
    c = currency.lower()
    if c in ("$", "us$", "usd") or c.startswith("dollar"):
        return 1.0
    if c in ("£", "gbp") or c.startswith("pound"):
        return TO_USD["£"]
    return TO_USD["€"]


def _usd(match: re.Match) -> float:
    """An amount of `_MONEY` (a currency before the number), in US dollars."""
    return _number(match.group("num"), match.group("k")) * TO_USD[match.group("cur").strip().lower()]


def _amounts(sentence: str) -> list[float]:
    """Dollar amounts of a sentence (a range gives two), in order."""
    return [a for group in _stated(sentence, millions=False) for a in group]


def _stated(sentence: str, millions: bool) -> list[tuple[float, ...]]:
    """Each amount of a sentence in dollars, a range as its two ends; amounts in millions only where
    `millions` (a contract's total, not a monthly budget: there they are revenue)."""
    out: list[tuple[float, ...]] = []
    spending = bool(_SPEND.search(sentence))
    allowed = ("k", *(("m", "mn", "million") if millions else ()))
    for m in _AMOUNTS.finditer(sentence):
        currency = m.group("pre") or m.group("pre2") or m.group("post")
        if not currency or (m.group("post") and not m.group("pre") and _WORD_CURRENCY.match(currency)
                            and not spending):
            continue
        m1, m2 = m.group("m1"), m.group("m2")
        if any(x and x.lower() not in allowed for x in (m1, m2)):
            continue
        rate = _rate(currency)
        if m.group("b") is None:
            out.append((_number(m.group("a"), m1) * rate,))
            continue
        first, second = _number(m.group("a"), m1), _number(m.group("b"), m2)
        if m2 and not m1 and first < 1000:  # "$3-5k": the multiplier belongs to both
            first *= _MULTIPLIERS[m2.lower()]
        out.append((first * rate, second * rate))
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
        if len(amounts) == 1 and _AT_LEAST.search(sentence):
            continue  # "retainers start at $2,000 a month" says where its work begins, not where it ends
        if amounts:
            tops.append(max(amounts))
    return max(tops) if tops else None


# A monthly budget read from a brief below this is a misreading (a quantity, a unit price), not a budget.
MIN_MONTHLY_BUDGET = 50


def brief_budget(text: str) -> tuple[int | None, int | None]:
    """A monthly budget (min, max) in US dollars stated in a brief's own words; a yearly one is divided
    by 12. A project total, a price per unit or an amount under MIN_MONTHLY_BUDGET is not a monthly
    budget: (None, None)."""
    lo, hi = _first_monthly_budget(text)
    if any(v is not None and v < MIN_MONTHLY_BUDGET for v in (lo, hi)):
        return None, None
    return lo, hi


def _first_monthly_budget(text: str) -> tuple[int | None, int | None]:
    for sentence in _SENTENCE_END.split(text or ""):
        if _PER_UNIT.search(sentence) or _PROJECT_TOTAL.search(sentence):
            continue
        monthly = _MONTHLY.search(sentence)
        yearly = _YEARLY.search(sentence) and not monthly
        if not (monthly or yearly):
            continue
        if monthly and _YEARLY.search(sentence):
            # "$60k for the year, about $5k a month": only what is said per month
            sentence = " ".join(part for part in re.split(r"[,;]", sentence) if _MONTHLY.search(part))
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


# The longest term a total that names none is taken to cover: public framework agreements run up to four
# years, so "a total value of £700,000" is at least about £14,600 a month and at most all of it in one.
MAX_TERM_MONTHS = 48
_TOTAL = re.compile(
    r"\b(?:in total|total(?: contract)? (?:budget|cost|value|price|amount)|(?:contract|tender|project|"
    r"estimated) value|value of|valued at|worth|funding of|bount(?:y|ies)|budget\b|for the (?:whole|"
    r"entire) (?:project|contract|engagement|job)|one-?off|fixed (?:price|fee))",
    re.IGNORECASE,
)
_TERM = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|nine|twelve|eighteen|twenty-four)[- ]"
    r"(?P<unit>months?|years?)\b|\b(?:for|over|within) (?:a|one) (?P<one>year|month)\b",
    re.IGNORECASE,
)
_TERM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "twelve": 12,
               "eighteen": 18, "twenty-four": 24}


def brief_total(text: str) -> tuple[int | None, int | None]:
    """A budget for the whole work stated in a brief's own words ("the tender had a total value of
    £700,000", "$12,000 for a 6-month project", "a funding of 0.2 ETH (57.87 USD) attached"), in US
    dollars, with the months it covers where the brief says them (else None); (None, None) where it
    states none. A monthly or yearly budget is brief_budget's, read first."""
    for sentence in _SENTENCE_END.split(text or ""):
        if _PER_UNIT.search(sentence) or not (_TOTAL.search(sentence) or _PROJECT_TOTAL.search(sentence)):
            continue
        term = _TERM.search(sentence)
        rest = _TERM.sub(" ", sentence)  # "a 6-month project" is a term, not a monthly amount
        if _MONTHLY.search(rest) or _YEARLY.search(rest):
            continue
        stated = _stated(sentence, millions=True)
        if not stated or stated[0][-1] < MIN_MONTHLY_BUDGET:
            continue
        return int(round(stated[0][-1])), _months(term)
    return None, None


def _months(term: re.Match | None) -> int | None:
    if term is None:
        return None
    if term.group("one"):
        return 12 if term.group("one").lower() == "year" else 1
    n = term.group("n").lower()
    count = int(n) if n.isdigit() else _TERM_WORDS[n]
    return count * (12 if term.group("unit").lower().startswith("year") else 1) or None


def monthly_from_total(total: int, months: int | None) -> tuple[int, int]:
    """The monthly budget (min, max) a total implies: spread over its months, or where the brief names
    none, anything from spread over MAX_TERM_MONTHS to all of it in one month."""
    if months:
        return int(round(total / months)), int(round(total / months))
    return int(round(total / MAX_TERM_MONTHS)), total


# A total over a project ("$12,000 for a 6-month project", "over the next 3 months ... in total").
_PROJECT_TOTAL = re.compile(
    r"\b(?:in total|total (?:budget|cost|of|value)|\d+[- ]months? (?:project|contract|engagement|programme|"
    r"program|campaign)|over (?:the next |a |the )?(?:\d+|two|three|four|six|twelve) months|for the (?:whole|"
    r"entire) (?:project|contract|engagement))\b",
    re.IGNORECASE,
)
_AT_LEAST = re.compile(r"\b(?:from|at least|minimum|min\.?|starting at|starts? at|over|more than|upwards of)"
                       r"\s*(?:of\s*)?"
                       r"(?:us\$|\$|£|€|usd|gbp|eur)?\s?\d", re.IGNORECASE)


def money(value: float | int | None, currency: str | None = None) -> str:
    return f"{SYMBOLS.get((currency or 'USD').upper(), '$')}{int(round(value)):,}"


def money_range(lo: float | int | None, hi: float | int | None, currency: str | None = None) -> str:
    """"$2,000–$5,000", "up to €5,000", "from £2,000", or one amount where both ends are it."""
    if lo is not None and lo == hi:
        return money(lo, currency)
    if lo is not None and hi is not None:
        return f"{money(lo, currency)}–{money(hi, currency)}"
    return f"up to {money(hi, currency)}" if hi is not None else f"from {money(lo, currency)}"


def in_currency(low: float | None, high: float | None, currency: str = "USD", usd_rate: float = 1.0) -> str:
    """A range of US-dollar amounts in another currency at `usd_rate` (dollars per unit)."""
    def converted(usd: float | None) -> float | None:
        return None if usd is None else usd / usd_rate

    return money_range(converted(low), converted(high), currency)
