"""Markets a brief names in its own words: countries ("our customers are in Australia, the UK and the US"),
languages a provider must work in ("a Swedish-speaking team", "content in Spanish"), and whether location
matters at all ("remote is fine")."""

from __future__ import annotations

import re
from functools import lru_cache

# Everyday names that ISO does not use.
ALIASES = {
    "US": [
        "usa",
        "u.s.",
        "u.s.a.",
        "united states",
        "america",
        "us market",
        "the us",
        "the states",
    ],
    "GB": ["uk", "u.k.", "britain", "great britain", "england", "scotland", "wales"],
    "DE": ["germany", "deutschland", "dach"],
    "AT": ["austria", "dach"],
    "CH": ["switzerland", "dach"],
    "AE": ["uae", "dubai"],
    "NL": ["netherlands", "holland"],
    "FR": ["france"],
    "ES": ["spain"],
    "KR": ["south korea", "korea"],
}
# An adjective names a market only before a word for one ("the German market", "British customers"); "German
# cars", "Dutch ovens" and "Latin American restaurant" name products.
ADJECTIVES = {"american": "US", "british": "GB", "german": "DE", "swiss": "CH", "dutch": "NL", "french": "FR",
              "spanish": "ES", "italian": "IT", "swedish": "SE", "australian": "AU", "canadian": "CA",
              "irish": "IE", "portuguese": "PT", "mexican": "MX", "brazilian": "BR", "indian": "IN"}
_ADJECTIVE_MARKET = re.compile(
    r"(?<![\w-])(?<!latin )(" + "|".join(ADJECTIVES) + r")[- ]"
    r"(?:markets?|customers|clients|audiences?|consumers|"
    r"shoppers|users|buyers|businesses|companies|brands|sites|search(?:es)?|google|sme?s|startups?|public|"
    r"visitors|patients|market share)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and len(value) > 3:
                names[value.lower()] = country.alpha_2
    for code, words in ALIASES.items():
        for word in words:
            names.setdefault(word, code)
    alternation = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    # Case-sensitive for the short upper-case forms ("US", "UK") so the pronoun "us" is not read as a country.
    return re.compile(r"(?<![\w.])(?:" + alternation + r")(?![\w])", re.IGNORECASE), names


_UPPER_SHORT = re.compile(r"\b(?:US|UK|USA|UAE|DACH)\b")
# Country names that are more often something else in a brief: US states and places ("Atlanta, Georgia",
# "New Jersey", "New Mexico", "New South Wales") and first names.
_AMBIGUOUS = frozenset({"jersey", "mexico", "wales", "guinea"})
_AMBIGUOUS_BEFORE = re.compile(r"(?:\bnew(?: south)?|\bequatorial)\s*$", re.IGNORECASE)
_ALWAYS_AMBIGUOUS = frozenset({"georgia", "jordan", "chad"})
# Country names that are also common nouns count only as proper nouns ("fine china", "a turkey farm").
_PROPER_ONLY = frozenset({"china", "turkey", "guinea", "jersey", "niger", "chile", "cuba", "iran", "oman",
                          "peru", "togo", "mali", "malta", "monaco"})

# Languages a buyer may ask a provider to work in, by the English word for them (and the language's own).
LANGUAGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("english", "inglés", "englisch", "anglais"),
    "es": ("spanish", "español", "castellano", "spanisch", "espagnol"),
    "de": ("german", "deutsch", "alemán", "allemand"),
    "fr": ("french", "français", "francés", "französisch"),
    "it": ("italian", "italiano"),
    "pt": ("portuguese", "português", "portugués"),
    "nl": ("dutch", "flemish", "nederlands"),
    "sv": ("swedish", "svenska"),
    "da": ("danish", "dansk"),
    "no": ("norwegian", "norsk"),
    "fi": ("finnish", "suomi"),
    "pl": ("polish", "polski"),
    "cs": ("czech",),
    "ro": ("romanian",),
    "hu": ("hungarian",),
    "el": ("greek",),
    "tr": ("turkish",),
    "ru": ("russian",),
    "uk": ("ukrainian",),
    "ar": ("arabic",),
    "he": ("hebrew",),
    "hi": ("hindi",),
    "zh": ("chinese", "mandarin", "cantonese"),
    "ja": ("japanese",),
    "ko": ("korean",),
    "th": ("thai",),
    "vi": ("vietnamese",),
    "id": ("indonesian", "bahasa"),
    "ms": ("malay",),
}
_LANG_BY_WORD = {w: code for code, words in LANGUAGE_WORDS.items() for w in words}

# The languages most business in a country is done in: a provider based in or serving Germany works in
# German even when its page is in English. Only for telling whether a provider may work in a language a
# brief asks for; never shown as a language it lists.
COUNTRY_LANGUAGES: dict[str, tuple[str, ...]] = {
    "GB": ("en",), "US": ("en",), "IE": ("en",), "AU": ("en",), "NZ": ("en",), "CA": ("en", "fr"),
    "ZA": ("en",), "SG": ("en",), "IN": ("en", "hi"), "PH": ("en",), "MT": ("en",),
    "ES": ("es",), "MX": ("es",), "AR": ("es",), "CO": ("es",), "CL": ("es",), "PE": ("es",), "UY": ("es",),
    "EC": ("es",), "VE": ("es",), "CR": ("es",), "DE": ("de",), "AT": ("de",), "CH": ("de", "fr", "it"),
    "LI": ("de",), "LU": ("fr", "de"), "FR": ("fr",), "BE": ("nl", "fr"), "NL": ("nl",), "IT": ("it",),
    "PT": ("pt",), "BR": ("pt",), "SE": ("sv",), "DK": ("da",), "NO": ("no", "nb"), "FI": ("fi", "sv"),
    "PL": ("pl",), "CZ": ("cs",), "SK": ("sk",), "HU": ("hu",), "RO": ("ro",), "GR": ("el",), "TR": ("tr",),
    "RU": ("ru",), "UA": ("uk",), "IL": ("he",), "AE": ("ar", "en"), "SA": ("ar",), "EG": ("ar",),
    "JP": ("ja",), "KR": ("ko",), "CN": ("zh",), "TW": ("zh",), "HK": ("zh", "en"), "TH": ("th",),
    "VN": ("vi",), "ID": ("id",), "MY": ("ms", "en"),
}
_LANG_ALT = "|".join(sorted(map(re.escape, _LANG_BY_WORD), key=len, reverse=True))
# Only phrases that ask for work in a language: "Swedish-speaking", "Spanish speakers", "fluent in German",
# "content in French", "Dutch-language content", "native English". A bare "French" or "German market" is a
# country (read by countries_in), not a language requirement.
_LANGUAGE_NEED = re.compile(
    rf"\b(?P<a>{_LANG_ALT})[- ](?:speaking|speakers?|language|native|copy(?:writ\w*)?|content|keywords?|"
    rf"versions?|writers?|copywriters?|site|website|pages?)\b"
    rf"|\b(?:speak(?:s|ing)?|fluent(?:ly)?(?: in)?|native(?:ly)?|bilingual(?: in)?|written in)"
    rf" (?P<b>{_LANG_ALT})\b(?![- ](?:market|customers|clients|companies|businesses|brands?)\b)"
    # "content in Spanish", "en español": the language ends the phrase (not "in Italian furniture")
    rf"|\b(?:in|en|auf) (?P<c>{_LANG_ALT})\b(?=\s*(?:[.,;:!?)/]|$|\n|(?:and|or|&|as well|too|only)\b))",
    re.IGNORECASE,
)
# "Remote is fine", "location doesn't matter", "based anywhere": where the provider sits does not matter.
_REMOTE_OK = re.compile(
    r"\bremote(?:ly)? (?:is|are|would be|works?) (?:fine|ok(?:ay)?|great|good|welcome|acceptable)\b"
    r"|\bremote (?:ok|welcome|friendly)\b|\bopen to remote\b|\bfully remote\b"
    r"|\blocation (?:doesn[’']?t|does not|is not|isn[’']?t) (?:matter|important|a (?:requirement|factor))\b"
    r"|\b(?:based|located) anywhere\b|\bno matter where (?:you|they) are\b"
    r"|\b(?:from|in) any (?:country|location)\b",
    re.IGNORECASE,
)


def languages_in(text: str) -> list[str]:
    """ISO 639-1 codes of the languages a text asks a provider to work in, in order of first mention."""
    found: list[str] = []
    for m in _LANGUAGE_NEED.finditer(text or ""):
        code = _LANG_BY_WORD.get((m.group("a") or m.group("b") or m.group("c")).lower())
        if code and code not in found:
            found.append(code)
    return found


# "Remote is fine for calls, but the agency must be based in the UK": location does matter.
_MUST_BE_BASED = re.compile(
    r"\b(?:must|should|has to|have to|needs? to) be (?:based|located)\b|\bonly\b[^.\n]{0,40}\bbased\b"
    r"|\bbased in\b[^.\n]{0,30}\bonly\b",
    re.IGNORECASE,
)


def remote_ok_in(text: str) -> bool:
    """The text says the provider's location does not matter (and nowhere that it must be somewhere)."""
    return bool(_REMOTE_OK.search(text or "")) and not _MUST_BE_BASED.search(text or "")


def countries_in(text: str) -> list[str]:
    """ISO codes of the countries a text names, in order of first mention (a language asked for by name,
    "German-speaking", is not a country; an adjective counts only before a market word)."""
    pattern, names = _pattern()
    text = text or ""
    taken = bytearray(len(text) + 1)  # positions inside a language need: one lookup per match
    for m in _LANGUAGE_NEED.finditer(text):
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    hits: list[tuple[int, str]] = []
    for m in pattern.finditer(text):
        word = m.group(0)
        lowered = word.lower()
        if lowered in ("us", "uk", "usa", "uae", "dach") and not _UPPER_SHORT.fullmatch(word):
            continue
        if taken[m.start()] or (lowered in _PROPER_ONLY and not word[:1].isupper()):
            continue
        if lowered in _ALWAYS_AMBIGUOUS or (
            lowered in _AMBIGUOUS and _AMBIGUOUS_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
        ):
            continue
        code = names.get(lowered)  # a letter IGNORECASE folds ("İ", "ſ") may give no key: not a country
        if code:
            hits.append((m.start(), code))
    for m in _ADJECTIVE_MARKET.finditer(text):
        if not taken[m.start()]:
            hits.append((m.start(), ADJECTIVES[m.group(1).lower()]))
    found: list[str] = []
    for _at, code in sorted(hits):
        if code not in found:
            found.append(code)
    return found


def country_code(name: str) -> str:
    """The ISO code of a country typed by name ("United Kingdom", "UK", "Deutschland", "GBR"); what was
    typed, unchanged, when it names none (a validator then says so)."""
    import pycountry

    from matcher.taxonomy import country_codes

    typed = (name or "").strip()
    if len(typed) == 2 and typed.upper() in country_codes():
        return typed
    _pattern_, names = _pattern()
    code = names.get(typed.lower()) or ADJECTIVES.get(typed.lower())
    if code:
        return code
    try:
        return pycountry.countries.lookup(typed).alpha_2
    except LookupError:
        return typed


def language_code(name: str) -> str:
    """The ISO 639-1 code of a language typed by name ("English", "español"); what was typed otherwise."""
    import pycountry

    typed = (name or "").strip()
    if len(typed) == 2:
        return typed
    code = _LANG_BY_WORD.get(typed.lower())
    if code:
        return code
    try:
        return getattr(pycountry.languages.lookup(typed), "alpha_2", typed)
    except LookupError:
        return typed



@lru_cache(maxsize=2)
def name_choices(kind: str) -> list[dict]:
    """Every country (kind "countries") or language ("languages") as a person picks it in a form: its
    name, its code and the other names it is typed by ("UK", "Deutschland", "español"), by name. What a
    form sends back is read by country_code / language_code, which know the same names."""
    from matcher import taxonomy

    if kind == "countries":
        codes, name_of = taxonomy.country_codes(), taxonomy.country_name
        also: dict[str, set[str]] = {}
        for word, code in _pattern()[1].items():
            also.setdefault(code, set()).add(word)
    else:
        codes, name_of = taxonomy.language_codes(), taxonomy.language_name
        also = {}
        for word, code in _LANG_BY_WORD.items():
            also.setdefault(code, set()).add(word)
    choices = []
    for code in codes:
        name = name_of(code)
        choices.append({"code": code, "name": name,
                        "also": sorted(w for w in also.get(code, ()) if w != name.lower())})
    return sorted(choices, key=lambda c: c["name"])
