"""What kind of work a brief's scope asks for: search engine optimisation and link building (what the
catalogue's providers do) or work outside it (paid search, paid social, web development...), and whether
there is enough of it to match on.

Terms are matched case-insensitively on word boundaries, in the languages of the market (English,
Spanish, German, French, Dutch, Swedish, Italian, Portuguese): the names of the work, not sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from matcher.ranking import lexicon

# An SEO or link-building need, named as buyers name it.
SEO_TERMS = [
    r"seo",
    r"s\.e\.o\.?",
    r"search engine optimi[sz]\w*",
    r"organic (?:search|traffic|rankings?|visibility|growth|"
    r"results|listings?|leads)",
    r"(?:google|search) rankings?",
    r"rank(?:ing|s)? (?:higher |better |well )?"
    r"(?:on|in) (?:google|search)",
    r"(?:first|top) page (?:of|on) google",
    r"link[- ]building",
    r"backlinks?",
    r"link earning",
    r"digital pr",
    r"search visibility",
    r"visibility (?:on|in) (?:google|search)",
    r"local search",
    r"google (?:business profile|my business|maps)",
    r"keyword research",
    r"technical audit",
    r"search engines?(?! marketing| advertising| ads)",
    r"search(?:es|ing)? (?:on|in) google",
    r"google search",
    r"search results",
    r"(?:first|top|1st) (?:page|position|spot)s?",
    r"rank(?:s|ing|ings)? (?:higher|better|"
    r"well|first|top|#?\d+)",
    r"(?:more|organic|search) traffic",
    r"(?:google|search) visibility",
    r"site audit",
    r"hreflang",
    r"core web vitals",
    r"found on google",
    r"posicionamiento(?: web| seo| orgánico)?",
    r"optimizaci[oó]n (?:para|en) (?:motores|buscadores)",
    r"suchmaschinenoptimierung",
    r"linkaufbau",
    r"r[ée]f[ée]rencement(?: naturel)?",
    r"netlinking",
    r"sökmotoroptimering",
    r"zoekmachineoptimalisatie",
    r"posizionamento",
    r"otimiza[cç][aã]o (?:para|de) (?:motores|sites)",
    r"enlaces",
    r"linkbuilding",
    r"(?:sites|websites|pages|blogs|others|publications) (?:\w+ )?link(?:ing)? (?:back )?to (?:us|our|my)",
    r"inbound links?",
    r"referring domains?",
    r"(?:domain|site) authority",
    r"link profile",
    r"links? (?:to|pointing (?:to|at)) (?:our|my|the) (?:site|website|store|shop|pages?)",
    r"(?:get|be|being|are|is) found (?:on|in|by|online)",
    r"(?:nobody|no one|people|customers) (?:can['’]?t )?"
    r"finds? (?:us|it|our)",
    r"show(?:s|ing)? up (?:on|in) (?:google|search|maps)",
]

# Work outside what we match, by the name a buyer is told it under.
OUTSIDE_TERMS: dict[str, list[str]] = {
    "paid search (PPC)": [
        r"ppc",
        r"pay[- ]per[- ]click",
        r"google ads",
        r"adwords",
        r"paid search",
        r"search engine "
        r"marketing",
        r"bing ads",
        r"microsoft ads",
        r"shopping (?:ads|campaigns)",
        r"performance max",
        r"cost[- ]per[- ]click",
        r"cpc",
        r"sea-kampagnen",
        r"anuncios en google",
        r"publicidad en google",
        r"campañas de google",
        r"google shopping",
    ],
    "paid social advertising": [
        r"paid social",
        r"(?:facebook|meta|instagram|tiktok|linkedin|twitter|x|pinterest|snapchat) ads",
        r"social (?:media )?(?:advertising|ads|ad campaigns)",
        r"publicidad en redes sociales",
        r"anuncios en (?:facebook|instagram|redes sociales)",
        r"social[- ]media[- ]werbung",
    ],
    "social media management": [
        r"social media (?:management|manager|marketing|content|posting|accounts?)",
        r"community management",
        r"influencer (?:marketing|campaigns?)",
        r"gesti[oó]n de redes sociales",
        r"redes sociales",
        r"réseaux sociaux",
        r"soziale medien",
    ],
    "web design and development": [
        r"web ?design",
        r"website (?:design|development|build|redesign|rebuild)",
        r"web development",
        r"web developers?",
        r"(?:build|design|develop|redesign|rebuild) (?:a |an |our |the )?(?:new )?"
        r"(?:website|web ?site|online store|web shop|e-?commerce site|landing pages?)",
        r"wordpress (?:developer|development|theme|site build)",
        r"ui/ux",
        r"ux design",
        r"web application",
        r"diseño web",
        r"desarrollo web",
        r"página web nueva",
        r"webentwicklung",
        r"webdesign",
        r"création de site",
        r"site internet",
        r"développement web",
    ],
    "app development": [
        r"app development",
        r"mobile app",
        r"ios app",
        r"android app",
        r"(?:build|develop) an app",
    ],
    "email marketing": [r"email marketing", r"e-?mail campaigns?", r"marketing automation"],
    "branding and design": [r"brand identity", r"logo design", r"graphic design", r"visual identity"],
    "display advertising": [
        r"display ads",
        r"display advertising",
        r"programmatic (?:ads|advertising|buying)",
        r"banner ads",
        r"retargeting (?:ads|campaigns)",
        r"(?:digital|online) (?:advertising|ads)",
    ],
}


# Marketing as a whole, which may or may not include SEO: such a brief is not off scope, only unclear.
UMBRELLA_TERMS = [
    r"digital marketing",
    r"online marketing",
    r"internet marketing",
    r"web ?marketing",
    r"search marketing",
    r"online (?:presence|visibility)",
    r"digital (?:presence|visibility|strategy)",
    r"marketing digital",
    r"online-marketing",
    r"marketing en ligne",
    r"marketing online",
    r"digitalt? marknadsf[öo]ring",
]

# Words that give the named work to someone else or leave it out ("CCT contracts with separate vendors to
# manage ... SEO strategy", "our SEO is handled in-house", "SEO is out of scope"): such a mention of SEO is
# no SEO need.
_ELSEWHERE = re.compile(
    r"\b(?:separate|other|another|different) (?:\w+ )?(?:vendors?|agenc(?:y|ies)|contractors?|suppliers?|"
    r"partners?|firms?|providers?)\b|\bout(?:side)? (?:of )?(?:the |this )?scope\b|"
    r"\b(?:is|are) not (?:part of|included|in scope|within)\b|\bexclud\w+|"
    r"\b(?:handled|managed|done|covered|run) (?:in-house|internally|separately|elsewhere)\b",
    re.IGNORECASE,
)
# After such words, the buyer turning to its own need ends their reach ("another agency built our links,
# which got us penalised; we need a clean-up").
_OWN_NEED = re.compile(
    r"\b(?:but|while|whereas|we (?:now )?(?:need|want|seek|require)|looking for|seeking)\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_END = re.compile(r"[.!?\n;,]|\b(?:plus|but|while|whereas)\b", re.IGNORECASE)


def _elsewhere(scope: str, start: int) -> bool:
    """The mention at `start` is turned down, or given to someone else earlier in its sentence or in its
    own clause: for SEO no need, for other work nothing the buyer asks us for."""
    if lexicon.turned_down(scope, start):
        return True
    ends = [m.end() for m in _SENTENCE_END.finditer(scope, 0, start)]
    before = scope[ends[-1] if ends else 0 : start]
    cue = next(reversed(list(_ELSEWHERE.finditer(before))), None)
    if cue is not None and not _OWN_NEED.search(before, cue.end()):
        return True
    stop = _CLAUSE_END.search(scope, start + 1)
    return bool(_ELSEWHERE.search(scope, start, stop.start() if stop else len(scope)))


# Fewer words than this (letters only) tell us too little to match well without structured fields.
THIN_WORDS = 8
_WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, dict[str, re.Pattern], re.Pattern]:
    def compile_terms(terms: list[str]) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + "|".join(terms) + r")(?![\w])", re.IGNORECASE)

    return (
        compile_terms(SEO_TERMS),
        {name: compile_terms(t) for name, t in OUTSIDE_TERMS.items()},
        compile_terms(UMBRELLA_TERMS),
    )


@dataclass(frozen=True)
class WorkAsked:
    seo: list[str]  # words that show an SEO need, as written
    outside: dict[str, list[str]]  # kind of work outside what we match -> words that show it
    words: int  # letter words in the scope
    umbrella: list[str] = field(default_factory=list)  # marketing as a whole ("digital marketing")


def work_asked(scope: str) -> WorkAsked:
    seo_pattern, outside, umbrella = _patterns()
    scope = scope or ""

    def asked(pattern: re.Pattern) -> list[str]:
        hits = (m.group(0) for m in pattern.finditer(scope) if not _elsewhere(scope, m.start()))
        return list(dict.fromkeys(hits))

    seo = asked(seo_pattern)
    broad = list(dict.fromkeys(m.group(0) for m in umbrella.finditer(scope)))
    found: dict[str, list[str]] = {}
    for name, pattern in outside.items():
        words = asked(pattern)
        if words:
            found[name] = words
    return WorkAsked(seo=seo, outside=found, words=len(_WORD.findall(scope or "")), umbrella=broad)
