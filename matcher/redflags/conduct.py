"""Stage-1 rules for the conduct categories: undisclosed methods and deceptive tactics.

A rule is a trigger phrase and, optionally, a cue that must occur near it in the same sentence. Whether
the writer asserts the claim (not negated, attributed, asked, cleaned up ...) is decided in context.py.
"""

from __future__ import annotations

from matcher.redflags.lexicon import Rule, gap

# --- undisclosed methods ----------------------------------------------------------------------------------
_CONCEAL = (
    r"(?:\b(?:can'?t|cannot|won'?t|will not|don'?t|do not|never|not allowed to|unable to|refuse to|"
    r"not at liberty to)"
    r"\s(?:\w+\s){0,2}?(?:reveal|disclose|share|explain|tell|show|discuss|list|divulge|give away|publish)\b"
    r"|\b(?:not|never|nothing)\s(?:\w+\s){0,3}?(?:we|i)\s(?:can|will|would|are allowed to)\s(?:share|reveal|"
    r"disclose|"
    r"explain|discuss)\b)"
)
_CONCEALED = (
    r"(?:how|where|which|what|publicly|it|them|the list|(?:our|the|any|its|their|"
    r"my)\s(?:[\w-]+\s)?(?:methods?|"
    r"process|sources?|sites|domains|urls|network|techniques?|tactics|strategy|secrets?|list|details|tools?|"
    r"formula|approach))\b(?!\s(?:many|much|long|soon|quickly|fast|in advance))"
)
_GOOGLE_NOT_ADS = (
    r"\bgoogle\b(?!\s(?:ads|adwords|analytics|cloud|workspace|my business|business profile|partners?))"
)
UNDISCLOSED_METHODS = [
    Rule(
        r"\bsecret\s(?:\w+\s)?(?:methods?|sauce|formula|techniques?|strateg(?:y|ies)|systems?|network|"
        r"recipe|"
        r"weapon|process|tricks?|approach|tactics?|tools?|ingredient)\b|\b(?:our|my) secret\b"
    ),
    Rule(
        r"\bhow (?:we|i) (?:\w+\s){0,3}?(?:is|are|remains|stays)\s(?:[\w-]+\s){0,4}?(?:secret|private|"
        r"confidential|"
        r"proprietary|classified|hidden|our business|need-to-know)\b|\bdon'?t ask (?:how|where|which|what)\b"
        r"|\b(?:clients|you|customers) (?:only|just) (?:see|get) (?:the )?(?:results|rankings)\b"
        r"|\b(?:methods?|process|techniques?|sources?|approach)\W{1,3}(?:proprietary|confidential|secret|"
        r"classified)\b"
    ),
    Rule(
        r"\btrade secrets?\b|\bblack[- ]box\b|\bundisclosed\b|\bunder wraps\b|\bloophole\w*|"
        r"\bclosely[- ]guarded\b"
        r"|\bguarded secret\b"
    ),
    Rule(
        r"\b(?:methods?|process(?:es)?|techniques?|approach|link sources?|sources|network|strateg(?:y|ies)|"
        r"system|"
        r"formula|recipe|tactics|sites|domains|publishers|partners|vendors|urls)\s(?:\w+\s){0,2}?(?:is|are|"
        r"remains?|stays?)\s(?:[\w-]+\s){0,3}?(?:proprietary|confidential|"
        r"secret|classified|under wraps|a trade secret|need-to-know)\b"
    ),
    Rule(
        r"\bproprietary\s(?:\w+\s){0,2}?(?:methods?|process(?:es)?|systems?|techniques?|approach|formula|"
        r"strateg(?:y|ies)|algorithm|network|sources)\b",
        needs=_CONCEAL,
        reach=120,
    ),
    Rule(_CONCEAL + r"\s(?:[\w-]+\s){0,2}?" + _CONCEALED),
    Rule(
        r"\b(?:methods?|techniques?|tactics|tricks|sources?|sites|domains|process(?:es)?|strateg(?:y|"
        r"ies))\s(?:that\s)?"
        r"(?:we|i)\s(?:don'?t|do not|never|won'?t|can'?t|cannot)\s(?:\w+\s)?(?:list|disclose|reveal|share|"
        r"explain|"
        r"mention|talk about|discuss)\b"
    ),
    Rule(
        r"\byou (?:won'?t|will not|can'?t|never) (?:ever )?(?:get to )?(?:see|know|find out) (?:the|which|"
        r"where|"
        r"how|our)\b|\bkeep\s(?:\w+\s){0,3}?(?:to ourselves|under wraps|secret)\b"
    ),
    Rule(
        r"\b(?:insiders?|contacts?|friends?|mates?|connections?|engineers?|employees?|staff|people|someone|"
        r"guys?|"
        r"person|buddy|pal|sources?|"
        r"direct line|partnership|relationship|arrangement|ties|ex-googlers?)\s(?:\w+\s){0,2}?(?:at|inside|"
        r"in|"
        r"with|within|to|from)\s(?:the\s)?" + _GOOGLE_NOT_ADS
    ),
    Rule(
        _GOOGLE_NOT_ADS + r"(?:'s)?\s(?:\w+\s)?(?:engineers?|employees?|insiders?|contacts?|staffers?)\b",
        needs=r"\b(?:we|us|our|i|my|me)\b",
        reach=60,
    ),
    Rule(
        r"\b(?:special|exclusive|direct|privileged|insider|private|backdoor|back-door|"
        r"unique)\s(?:[\w-]+\s){0,2}?"
        r"(?:relationship|partnership|arrangement|access|line|deal|connection|contacts?|influence|channel)\b",
        needs=_GOOGLE_NOT_ADS,
        reach=60,
    ),
    Rule(r"\bwhitelist\w*", needs=_GOOGLE_NOT_ADS + r"|\bpenalt\w*|\balgorithm", reach=80),
    Rule(
        r"\b(?:partnership|arrangement|relationship|deal|access)\s(?:that\s)?no other (?:agency|provider|"
        r"company|seo)"
    ),
    Rule(
        r"\b(?:friends|contacts|people|someone|a mate)\s(?:there|inside)\s(?:who|that)\s(?:\w+\s)?(?:help|"
        r"tell|"
        r"tip|give|speed|push|review)"
    ),
]

# --- deceptive tactics ---------------------------------------------------------------------------------
_HUMANS = r"(?:visitors|users|humans|customers|people|readers|human visitors)"
# Reviews that customers write, or honest ones, are not fake reviews.
DECEPTIVE_UNLESS = (
    r"\b(?:customers?|clients?|buyers|patients|guests|users|people|diners|shoppers)\s(?:to\s)?(?:\w+\s)?"
    r"(?:leave|write|post)|\b(?:honest|genuine|real|authentic|verified)\s(?:\w+\s)?reviews\b"
)
DECEPTIVE_TACTICS = [
    Rule(
        r"\bcloak\w*|\bdoorway\s(?:pages?|sites?|domains?)\b|\bhidden\s(?:text|links?|keywords?|content|"
        r"divs?)\b"
        r"|\binvisible\s(?:text|links?|keywords?)\b|\bwhite text on (?:a )?white\b|\bkeyword[- ]stuff\w*"
        r"|\bstuff(?:s|ed|ing)?\b" + gap(5) + r"(?:with|keywords?)\b|\bnegative seo\b|\bsneaky redirects?\b"
        r"|\bfake\s(?:\w+\s)?(?:reviews?|dmca|complaints?|accounts?|testimonials?|ratings?)\b|"
        r"\bspam reports?\b"
        r"|\b(?:1|one|0|zero)\s?px font\b|\bscraped content\b|\bbounce visitors\b"
        r"|\b(?:tiny|microscopic|0px|1px|invisible|transparent)\s(?:\w+\s)?(?:font|text)\b|\bwhite (?:font|"
        r"text)\b"
    ),
    Rule(
        r"\b(?:post|write|leave|publish|generate|add|create)\w*\s(?:[\w-]+\s){0,5}?reviews\b"
        r"(?!\s(?:pages?|sites?|of|about|on (?:our|the|my) blog))"
    ),
    Rule(
        r"\b(?:fill|fills|filled|pack|packs|packed|load|loads|loaded|cram|crams|crammed)\s(?:\w+\s){0,3}?"
        r"(?:with|full of)\s(?:\w+\s){0,3}?keywords?\b",
        needs=r"\b(?:times|repeated\w*|over and over|"
        r"dozens|"
        r"densit\w*|\d+\s?%|every)\b",
        reach=60,
    ),
    Rule(r"\bkeywords?\s(?:\w+\s){0,3}?(?:dozens of|\d+\+?|\w+ty) times\b"),
    Rule(
        r"\b(?:keywords?|text|links?)\s(?:are\s|is\s)?(?:\w+\s)?hidden\b"
        r"|\bsame colou?r as the background\b"
    ),
    Rule(r"\breviews\s(?:\w+\s)?(?:written|posted|created)\sby\s(?:our|us|me|my|the team)\b"),
    Rule(
        r"\b(?:competitors?|rivals?|rival sites?|competition)(?:'s?)?\s(?:\w+\s){0,4}?(?:gone|penali[sz]\w*|"
        r"hit with|"
        r"taken down|tanked|de-?indexed|buried|knocked|sabotag\w*|off (?:page|the first page|google|"
        r"the map)|drops? "
        r"(?:out|off)|disappear\w*|vanish\w*|loses? (?:its |their )?rankings?)"
    ),
    Rule(
        r"\b(?:take down|tank|sabotage|attack|hurt|bury|knock out|hit|flood|spam|bombard|blast|report)\w*\s"
        r"(?:\w+\s){0,3}?(?:competitors?|rivals?|rival sites?)(?:'s?)?\b|\bon (?:your )?(?:competitors?|"
        r"rivals?)'?s?'? (?:profiles?|listings?|sites?)\b"
    ),
    Rule(
        r"\b(?:googlebot|search engines?|crawlers?|google)\s(?:\w+\s){0,2}?(?:gets?|sees?|reads?|is shown|"
        r"are shown|"
        r"is served|are served|receives?)\b",
        needs=r"\b(?:while|but|whereas)\s(?:\w+\s){0,3}?" + _HUMANS,
        reach=120,
    ),
    Rule(
        r"\b(?:serve|show|give|present|feed)s?\s(?:\w+\s){0,5}?(?:to|for) (?:search engines|google(?:bot)?|"
        r"crawlers|"
        r"bots|spiders)\b",
        needs=r"\b(?:another|different|other|visitors|users|humans|people|customers)\b",
        reach=60,
    ),
    Rule(
        r"\bonly (?:search engines|google|googlebot|crawlers|bots) (?:can )?(?:see|read)\b|\bso (?:that )?"
        + _HUMANS
        + r" (?:never|don'?t|won'?t|can'?t) (?:see|notice)\b"
    ),
    Rule(
        r"\bredirect\w*\s(?:\w+\s){0,4}?(?:visitors|users|mobile)\b|\b(?:visitors|"
        r"users)\s(?:are\s)?(?:\w+\s)?"
        r"redirected\b"
    ),
    Rule(
        r"\bpages?\b(?:\W+\w+){0,5}?\W+(?:for|per|one for|targeting) (?:each|every) (?:city|town|suburb|"
        r"neighbou?rhood|area|location|postcode|zip code|region|county)\b",
        needs=r"\b(?:funnel\w*|send\w*|"
        r"redirect\w*|"
        r"point\w*|thin|identical|near-identical|templates?|doorway|auto-?generated|spun|bounce\w*)\b",
        reach=80,
    ),
    Rule(
        r"\b(?:city|location|suburb|town|area|geo)\s(?:landing\s)?pages?\b",
        needs=r"\b(?:auto-?generated|"
        r"templates?|spun|doorway|funnel\w*|identical|near-identical)\b",
        reach=80,
    ),
]
