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


def _number(raw: str, mult: str | None) -> float:
    """"2,500", "2.500" and "2 500" group thousands; "2,5" and "2.5" are decimals; k multiplies."""
    value = float(_GROUP_SEP.sub("", raw)) if _GROUPS.fullmatch(raw) else float(raw.replace(",", "."))
    return value * 1000 if mult and mult.lower() == "k" else value


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
    out: list[float] = []
    spending = bool(_SPEND.search(sentence))
    for m in _AMOUNTS.finditer(sentence):
        currency = m.group("pre") or m.group("pre2") or m.group("post")
        if not currency or (m.group("post") and not m.group("pre") and _WORD_CURRENCY.match(currency)
                            and not spending):
            continue
        m1, m2 = m.group("m1"), m.group("m2")
        if any(x and x.lower() != "k" for x in (m1, m2)):
            continue  # millions: revenue, not a monthly budget
        rate = _rate(currency)
        if m.group("b") is None:
            out.append(_number(m.group("a"), m1) * rate)
            continue
        first, second = _number(m.group("a"), m1), _number(m.group("b"), m2)
        if m2 and not m1 and first < 1000:  # "$3-5k": the k belongs to both
            first *= 1000
        out += [first * rate, second * rate]
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
    """"$2,000–$5,000", "up to €5,000" or "from £2,000"."""
    if lo is not None and hi is not None:
        return f"{money(lo, currency)}–{money(hi, currency)}"
    return f"up to {money(hi, currency)}" if hi is not None else f"from {money(lo, currency)}"


def in_currency(low: float | None, high: float | None, currency: str = "USD", usd_rate: float = 1.0) -> str:
    """A range of US-dollar amounts in another currency at `usd_rate` (dollars per unit)."""
    def converted(usd: float | None) -> float | None:
        return None if usd is None else usd / usd_rate

    return money_range(converted(low), converted(high), currency)
