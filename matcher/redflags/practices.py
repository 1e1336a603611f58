"""Stage-1 rules for the practice categories: paid links, PBNs, automation, anchors, secrecy, deception.

A rule is a trigger phrase and, optionally, a cue that must occur near it in the same sentence. Whether
the writer asserts the claim (not negated, attributed, asked, cleaned up ...) is decided in context.py.
"""

from __future__ import annotations

from matcher.redflags.lexicon import GOOGLE, LINKS, NUM, PRICE, SITES, VAGUE_MANY, Rule, gap

# --- paid links --------------------------------------------------------------------------------------
_TRADE = (
    r"\b(?:buy|buys|buying|bought|purchas\w*|sell|sells|selling|sold|rent|rents|renting|rented|trade|trades|"
    r"trading|swap|swaps|swapping|exchange|exchanges|exchanging|resell\w*)\b"
)
_LINKS_NOT_BUILDING = LINKS + (
    r"(?![- ](?:building|earning|reclamation|audits?|prospect\w*|profiles?|outreach|acquisition|strategy|"
    r"opportunit\w*|campaigns?|velocity|gap))"
)
_PAYEES = (
    r"(?:bloggers|webmasters|site owners|publishers|editors|journalists|contributors|writers|owners|"
    r"influencers|admins)"
)
PAID_LINKS = [
    Rule(_TRADE + gap(4) + r"(?:" + LINKS + r")"),
    Rule(r"(?:" + LINKS + r")" + gap(2) + r"for sale\b"),
    Rule(r"(?:" + PRICE + r")" + gap(2) + r"(?:per|a|each|/)\s?(?:do-?follow )?(?:link|backlink|placement|post|"
         r"url|article|insertion|edit|guest post|domain)s?\b"),
    Rule(r"(?:" + PRICE + r")\s?each\b", needs=LINKS, reach=200, prev=True),
    Rule(r"\b(?:price|cost|rate|fee)s? (?:per|for each|of a) (?:do-?follow |dofollow )?(?:link|backlink|placement|"
         r"guest post)\b"),
    Rule(r"(?:" + _LINKS_NOT_BUILDING + r")" + gap(7) + r"(?:" + PRICE + r")"),
    Rule(r"\blink (?:exchanges?|swaps?|trades?|trading|rentals?|buying|selling|sales|insertions?|schemes?)\b"
         r"|\breciprocal (?:links?|linking|link partners?|deals?)\b|\bthree-way link\w*|\b(?:link|backlink) budget\b"
         r"|\bpaid (?:guest )?(?:links?|backlinks?|placements?|posts?)\b|\b(?:link|backlink|guest post|pbn) "
         r"packages?\b|\bniche edits?\b"),
    Rule(r"\b(?:pay|pays|paying|paid|compensat\w*|reimburs\w*|tip|tips)\b" + gap(3) + _PAYEES + r"\b", needs=r"\b(?:links?|mention|publish|place|"
         r"slip|insert|placements?)\b"),
    Rule(r"\b" + _PAYEES + r" (?:that |who )?(?:we|i) pay\b"),
    Rule(r"\bpay(?:s|ing)? (?:for|to get)" + gap(2) + r"(?:links?|placements?|backlinks?|mentions?|guest posts?)\b"
         r"|\bpay(?:s|ing)?[- ]per[- ](?:link|backlink|article|post|placement)\b|\bpay(?:s|ing)? (?:to|for) (?:have|get) "
         r"(?:your |a )?(?:link|backlink|article|post|placement)s?\b"),
    Rule(r"(?:" + LINKS + r")\s(?:[\w-]+\s){0,5}?(?:can |could |may )?be (?:bought|purchased|rented|ordered|booked)\b"),
    Rule(r"\b(?:for|at) a (?:one-time |fixed |small |monthly |flat )?fee\b", needs=LINKS),
    Rule(r"\bfor (?:just |only )?(?:" + PRICE + r")", needs=r"\b(?:place|put|get|give|sell|buy|order|build)\w*\s"
         r"(?:[\w-]+\s){0,4}?(?:" + LINKS + r")", reach=80),
    Rule(r"\b(?:buy|buys|buying|purchase|sell|sells|rent)\s(?:them|these|those|it)\b", needs=LINKS, reach=200,
         prev=True),
    Rule(r"\bprice (?:list|sheet)s?\b", needs=LINKS),
]

# --- private blog networks ------------------------------------------------------------------------------
_OWN_VERB = r"(?:own|control|run|operate|bought|host|revived|rebuilt|acquired|registered|maintain)"
_PLURAL_SITES = r"(?:sites|blogs|websites|domains|properties|expired domains|network)"
PBN = [
    Rule(r"\b(?:our|my) (?:own |private )?(?:blog|site|domain|website) (?:collection|portfolio|stable|farm|pool|family|"
         r"group)s?\b"),
    Rule(r"\bpbns?\b|\bprivate (?:blog |link |site )?networks?\b|\b(?:blog|link|site|domain|website|in-house) "
         r"networks?\b|\bnetwork (?:sites|blogs|domains|links)\b"),
    Rule(r"\b(?:our|my)\s(?:own\s)?(?:\w+\s){0,2}?(?:network|collection|portfolio|stable|group|bunch|family|stack|"
         r"pool|farm|set)\sof\s(?:\d[\d,]*\+?\s)?(?:[\w-]+\s){0,3}?" + _PLURAL_SITES + r"\b"),
    Rule(r"\b(?:we|i)(?:'ve| have)?\s(?:own|run|operate|control|maintain|host|built|build|created|assembled|bought|"
         r"acquired)\s(?:a |an |our )?(?:[\w-]+\s){0,2}?(?:network|collection|portfolio|stable|group|bunch|family|"
         r"set)\sof\s(?:\d[\d,]*\+?\s)?(?:[\w-]+\s){0,3}?" + _PLURAL_SITES + r"\b"),
    Rule(r"\b(?:sites?|blogs?|websites?|domains?|network)\s(?:that\s)?(?:(?:we|i)(?:'ve| have)?\s" + _OWN_VERB
         + r"|(?:are\s)?(?:owned|controlled|run|operated)\sby\s(?:us|me|our|my))\b"),
    Rule(r"\b(?:we|i)\s(?:own|run|operate|control|maintain|host|have built)\s(?:[\w-]+\s){0,5}?"
         r"(?:sites|blogs|websites|domains)\b"),
    Rule(r"\b(?:sites?|websites?|blogs?|domains?|network)\sof\s(?:our|my)\sown\b|\b(?:our|my)\sown\s(?:[\w-]+\s){0,2}?"
         r"(?:sites|blogs|websites|domains|networks?)\b"),
    Rule(r"\b(?:expired|aged|dropped|auction(?:ed)?|deleted)(?:,?\s[\w-]+){0,2}?[- ](?:domains?|sites?)\b",
         needs=r"\b(?:our|my|(?:we|i)(?:'ve)? (?:own|bought|buy|use|acquire|acquired|purchase|register|registered|"
         r"revive|rebuild)|built on|uses?|using|links? (?:from|on)|comes? from|point\w*|put your|network|pbn|rebuilt|"
         r"revived|with history|high da|301|redirect\w*|(?:websites|sites|blogs) (?:built |hosted |running )?on|"
         r"(?:we|i) maintain|for linking|to link|link(?:ing)? (?:out )?to (?:you|clients|your))\b",
         reach=40),
    Rule(r"\b(?:we|i)\s(?:control|own)\s(?:every|all|each|the)\s(?:\w+\s){0,2}?(?:sites?|blogs?|domains?)\b"),
    Rule(r"\b(?:sites?|websites?|blogs?|domains?)\s(?:that\s)?(?:our|my)\s(?:agency|company|team|firm|business)\s"
         r"(?:owns?|controls?|runs?|operates?|built)\b"),
]

# --- automated links ----------------------------------------------------------------------------------
_TOOLS = (
    r"\b(?:gsa(?: ser| search engine ranker)?|xrumer|scrapebox|senuke|money ?robot|rankerx|fcs networker|"
    r"zennoposter|gscraper|seo autopilot|magic submitter|ultimate demon)\b"
)
_LINKISH = (
    r"\b(?:links?|back-?links?|submissions?|submit\w*|comments?|profiles?|posting|bookmark\w*|directories|"
    r"directory|web ?2\.0s?|forums?|accounts|urls?|link wheels?|spam)\b"
)
_SPAM_TYPES = (
    r"\b(?:blog )?comment (?:links|backlinks|spam\w*|blasts?)\b|\bforum (?:links|backlinks|posting|profiles?|spam)\b"
    r"|\bprofile (?:links|backlinks|creation)\b|\bsocial bookmark\w*|\bbookmarking\b|\bdirectory (?:submissions?|"
    r"backlinks|links|blasts?)\b|\barticle (?:directories|spinning|submissions?)\b|\bspun (?:articles|content)\b"
    r"|\bspin(?:s|ning)? (?:your |the )?(?:articles?|content)\b|\blink wheels?\b|\brss submissions?\b"
    r"|\bweb ?2\.0 (?:links|backlinks|blogs|sites|properties|platforms|profiles)\b|\bweb ?2\.0s\b"
    r"|\btiered link building\b|\bsocial signals\b"
)
_NOT_BUILDING = (
    r"\b(?:track\w*|monitor\w*|report\w*|alert\w*|audit\w*|crawl\w*|check\w*|notif\w*|remind\w*|schedul\w*|"
    r"emails?|outreach|invoic\w*|analytics|flag\w*|broken|detect\w*|find\w*|fix\w*|scan\w*|identif\w*)\b"
)
AUTOMATED_LINKS = [
    Rule(_TOOLS),
    Rule(_SPAM_TYPES),
    Rule(r"\b(?:automat\w*|auto-?(?:post\w*|submit\w*|generat\w*|creat\w*|publish\w*|build\w*|blast\w*|pilot)|"
         r"autopilot|one[- ]click|single click|set[- ]and[- ]forget|link machine|bots?|robots?|blast\w*|in bulk|"
         r"mass)\b", needs=_LINKISH, reach=60),
    Rule(r"\b(?:software|tools?|scripts?|programs?)\b" + gap(4) + r"(?:builds?|creates?|generates?|submits?|"
         r"posts?|drops?|blasts?|spins?|registers?|churns?|pumps?)\b", needs=_LINKISH, reach=60),
    Rule(r"\b(?:made|created|generated|built|posted|submitted)\s(?:with|by|using)\s(?:\w+\s){0,2}?(?:software|"
         r"tools?|bots?|scripts?)\b"),
    Rule(r"\b(?:submit\w*|listed|list|register\w*)\b" + gap(3) + r"(?:to|in|on|across)\s(?:" + NUM + "|"
         + VAGUE_MANY + r")(?:\sof)?" + gap(2) + r"(?:directories|forums|bookmarking sites|article directories|"
         r"search engines|profiles)\b"),
]
AUTOMATED_UNLESS = _NOT_BUILDING

# --- anchor manipulation --------------------------------------------------------------------------------
_ANCHORISH = r"\b(?:anchor\w*|link text|clickable text|every link|all (?:your |the )?links|point everything)\b"
ANCHOR_MANIPULATION = [
    Rule(r"\b(?:\d+\s?%\s)?(?:commercial|money|keyword|exact[- ]match|keyword[- ]rich|target[- ]keyword)\sanchors?\b"),
    Rule(r"\banchor(?: text)? (?:on|for|in|of) (?:every|all|each)\b"),
    Rule(r"\bexact[- ]match\w*\b", needs=_ANCHORISH + r"|\d+\s?%", reach=60),
    Rule(r"\bmoney[- ](?:keywords?|terms?|phrases?|anchors?)\b", needs=_ANCHORISH, reach=80),
    Rule(r"\b(?:commercial|target|main|exact|money|primary)\s(?:keyword|term|phrase)s?\b", needs=_ANCHORISH,
         reach=60),
    Rule(r"\b(?:every|each|all(?: the)?|all your) (?:link|backlink|anchor)s? (?:will )?(?:says?|reads?|carry|carries|"
         r"uses?|contains?)\s(?:exactly |precisely |only )?(?:the|your)\s(?:[\w-]+\s)?(?:phrase|keyword|term|words)\b"),
    Rule(r"\b(?:keywords?|phrases?|terms?|words) (?:that |which )?you (?:want|wish|hope) to rank for\b",
         needs=_ANCHORISH + r"|\b(?:says?|reads?|every link|each link)\b", reach=80),
    Rule(r"\b(?:keywords?|phrases?|terms?)\s(?:[\w-]+\s){0,3}?as (?:the )?(?:anchor|anchor text|link text|"
         r"clickable text)\b"),
    Rule(r"\bas (?:the )?(?:anchor(?: text)?|link text|clickable text)\b"),
    Rule(r"\banchors?\s(?:text\s)?(?:\w+\s){0,3}?(?:is|are|will be|=)\s(?:always\s|all\s)?(?:your\s|the\s)?"
         r"(?:exact|target|money|main|commercial)\b"),
    Rule(r"\bkeyword[- ]rich anchors?\b|\b(?:over-?optimi[sz]ed|aggressive) anchors?\b"),
]
ANCHOR_UNLESS = (
    r"\b(?:brand\w*|url|naked|company name|business name|natural\w*|varied|vary|mix\w*|diverse|descri\w*|list|"
    r"lists|report\w*|spreadsheet|dashboard|track\w*)\b"
)

# --- undisclosed methods ----------------------------------------------------------------------------------
_CONCEAL = (
    r"(?:\b(?:can'?t|cannot|won'?t|will not|don'?t|do not|never|not allowed to|unable to|refuse to|not at liberty to)"
    r"\s(?:\w+\s){0,2}?(?:reveal|disclose|share|explain|tell|show|discuss|list|divulge|give away|publish)\b"
    r"|\b(?:not|never|nothing)\s(?:\w+\s){0,3}?(?:we|i)\s(?:can|will|would|are allowed to)\s(?:share|reveal|disclose|"
    r"explain|discuss)\b)"
)
_CONCEALED = (
    r"(?:how|where|which|what|publicly|it|them|the list|(?:our|the|any|its|their|my)\s(?:[\w-]+\s)?(?:methods?|"
    r"process|sources?|sites|domains|urls|network|techniques?|tactics|strategy|secrets?|list|details|tools?|"
    r"formula|approach))\b(?!\s(?:many|much|long|soon|quickly|fast|in advance))"
)
_GOOGLE_NOT_ADS = r"\bgoogle\b(?!\s(?:ads|adwords|analytics|cloud|workspace|my business|business profile|partners?))"
UNDISCLOSED_METHODS = [
    Rule(r"\bsecret\s(?:\w+\s)?(?:methods?|sauce|formula|techniques?|strateg(?:y|ies)|systems?|network|recipe|"
         r"weapon|process|tricks?|approach|tactics?|tools?|ingredient)\b|\b(?:our|my) secret\b"),
    Rule(r"\bhow (?:we|i) (?:\w+\s){0,3}?(?:is|are|remains|stays)\s(?:[\w-]+\s){0,4}?(?:secret|private|confidential|"
         r"proprietary|classified|hidden|our business|need-to-know)\b|\bdon'?t ask (?:how|where|which|what)\b"
         r"|\b(?:clients|you|customers) (?:only|just) (?:see|get) (?:the )?(?:results|rankings)\b"
         r"|\b(?:methods?|process|techniques?|sources?|approach)\W{1,3}(?:proprietary|confidential|secret|classified)\b"),
    Rule(r"\btrade secrets?\b|\bblack[- ]box\b|\bundisclosed\b|\bunder wraps\b|\bloophole\w*|\bclosely[- ]guarded\b"
         r"|\bguarded secret\b"),
    Rule(r"\b(?:methods?|process(?:es)?|techniques?|approach|link sources?|sources|network|strateg(?:y|ies)|system|"
         r"formula|recipe|tactics)\s(?:\w+\s){0,2}?(?:is|are|remains?|stays?)\s(?:[\w-]+\s){0,3}?(?:proprietary|confidential|"
         r"secret|classified|under wraps|a trade secret|need-to-know)\b"),
    Rule(r"\bproprietary\s(?:\w+\s){0,2}?(?:methods?|process(?:es)?|systems?|techniques?|approach|formula|"
         r"strateg(?:y|ies)|algorithm|network|sources)\b", needs=_CONCEAL, reach=120),
    Rule(_CONCEAL + r"\s(?:[\w-]+\s){0,2}?" + _CONCEALED),
    Rule(r"\b(?:methods?|techniques?|tactics|tricks|sources?|sites|domains|process(?:es)?|strateg(?:y|ies))\s(?:that\s)?"
         r"(?:we|i)\s(?:don'?t|do not|never|won'?t|can'?t|cannot)\s(?:\w+\s)?(?:list|disclose|reveal|share|explain|"
         r"mention|talk about|discuss)\b"),
    Rule(r"\byou (?:won'?t|will not|can'?t|never) (?:ever )?(?:get to )?(?:see|know|find out) (?:the|which|where|"
         r"how|our)\b|\bkeep\s(?:\w+\s){0,3}?(?:to ourselves|under wraps|secret)\b"),
    Rule(r"\b(?:insiders?|contacts?|friends?|mates?|connections?|engineers?|employees?|staff|people|someone|guys?|"
         r"person|buddy|pal|sources?|"
         r"direct line|partnership|relationship|arrangement|ties|ex-googlers?)\s(?:\w+\s){0,2}?(?:at|inside|in|"
         r"with|within|to|from)\s(?:the\s)?" + _GOOGLE_NOT_ADS),
    Rule(_GOOGLE_NOT_ADS + r"(?:'s)?\s(?:\w+\s)?(?:engineers?|employees?|insiders?|contacts?|staffers?)\b",
         needs=r"\b(?:we|us|our|i|my|me)\b", reach=60),
    Rule(r"\b(?:special|exclusive|direct|privileged|insider|private|backdoor|back-door|unique)\s(?:[\w-]+\s){0,2}?"
         r"(?:relationship|partnership|arrangement|access|line|deal|connection|contacts?|influence|channel)\b",
         needs=_GOOGLE_NOT_ADS, reach=60),
    Rule(r"\bwhitelist\w*", needs=_GOOGLE_NOT_ADS + r"|\bpenalt\w*|\balgorithm", reach=80),
    Rule(r"\b(?:partnership|arrangement|relationship|deal|access)\s(?:that\s)?no other (?:agency|provider|company|seo)"),
    Rule(r"\b(?:friends|contacts|people|someone|a mate)\s(?:there|inside)\s(?:who|that)\s(?:\w+\s)?(?:help|tell|"
         r"tip|give|speed|push|review)"),
]

# --- deceptive tactics ---------------------------------------------------------------------------------
_HUMANS = r"(?:visitors|users|humans|customers|people|readers|human visitors)"
# Reviews that customers write, or honest ones, are not fake reviews.
DECEPTIVE_UNLESS = (
    r"\b(?:customers?|clients?|buyers|patients|guests|users|people|diners|shoppers)\s(?:to\s)?(?:\w+\s)?"
    r"(?:leave|write|post)|\b(?:honest|genuine|real|authentic|verified)\s(?:\w+\s)?reviews\b"
)
DECEPTIVE_TACTICS = [
    Rule(r"\bcloak\w*|\bdoorway\s(?:pages?|sites?|domains?)\b|\bhidden\s(?:text|links?|keywords?|content|divs?)\b"
         r"|\binvisible\s(?:text|links?|keywords?)\b|\bwhite text on (?:a )?white\b|\bkeyword[- ]stuff\w*"
         r"|\bstuff(?:s|ed|ing)?\b" + gap(5) + r"(?:with|keywords?)\b|\bnegative seo\b|\bsneaky redirects?\b"
         r"|\bfake\s(?:\w+\s)?(?:reviews?|dmca|complaints?|accounts?|testimonials?|ratings?)\b|\bspam reports?\b"
         r"|\b(?:1|one|0|zero)\s?px font\b|\bscraped content\b|\bbounce visitors\b"
         r"|\b(?:tiny|microscopic|0px|1px|invisible|transparent)\s(?:\w+\s)?(?:font|text)\b|\bwhite (?:font|text)\b"),
    Rule(r"\b(?:post|write|leave|publish|generate|add|create)\w*\s(?:[\w-]+\s){0,5}?reviews\b"
         r"(?!\s(?:pages?|sites?|of|about|on (?:our|the|my) blog))"),
    Rule(r"\b(?:fill|fills|filled|pack|packs|packed|load|loads|loaded|cram|crams|crammed)\s(?:\w+\s){0,3}?"
         r"(?:with|full of)\s(?:\w+\s){0,3}?keywords?\b", needs=r"\b(?:times|repeated\w*|over and over|dozens|"
         r"densit\w*|\d+\s?%|every)\b", reach=60),
    Rule(r"\bkeywords?\s(?:\w+\s){0,3}?(?:dozens of|\d+\+?|\w+ty) times\b"),
    Rule(r"\b(?:keywords?|text|links?)\s(?:are\s|is\s)?(?:\w+\s)?hidden\b|\bsame colou?r as the background\b"),
    Rule(r"\breviews\s(?:\w+\s)?(?:written|posted|created)\sby\s(?:our|us|me|my|the team)\b"),
    Rule(r"\b(?:competitors?|rivals?|rival sites?|competition)(?:'s?)?\s(?:\w+\s){0,4}?(?:gone|penali[sz]\w*|hit with|"
         r"taken down|tanked|de-?indexed|buried|knocked|sabotag\w*|off (?:page|the first page|google|the map))"),
    Rule(r"\b(?:take down|tank|sabotage|attack|hurt|bury|knock out|hit|flood|spam|bombard|blast|report)\w*\s"
         r"(?:\w+\s){0,3}?(?:competitors?|rivals?|rival sites?)(?:'s?)?\b|\bon (?:your )?(?:competitors?|rivals?)'?s?'? (?:profiles?|listings?|sites?)\b"),
    Rule(r"\b(?:googlebot|search engines?|crawlers?|google)\s(?:\w+\s){0,2}?(?:gets?|sees?|reads?|is shown|are shown|"
         r"is served|are served|receives?)\b", needs=r"\b(?:while|but|whereas)\s(?:\w+\s){0,3}?" + _HUMANS, reach=120),
    Rule(r"\b(?:serve|show|give|present|feed)s?\s(?:\w+\s){0,5}?(?:to|for) (?:search engines|google(?:bot)?|crawlers|"
         r"bots|spiders)\b", needs=r"\b(?:another|different|other|visitors|users|humans|people|customers)\b", reach=60),
    Rule(r"\bonly (?:search engines|google|googlebot|crawlers|bots) (?:can )?(?:see|read)\b|\bso (?:that )?"
         + _HUMANS + r" (?:never|don'?t|won'?t|can'?t) (?:see|notice)\b"),
    Rule(r"\bredirect\w*\s(?:\w+\s){0,4}?(?:visitors|users|mobile)\b|\b(?:visitors|users)\s(?:are\s)?(?:\w+\s)?"
         r"redirected\b"),
    Rule(r"\bpages?\b(?:\W+\w+){0,5}?\W+(?:for|per|one for|targeting) (?:each|every) (?:city|town|suburb|"
         r"neighbou?rhood|area|location|postcode|zip code|region|county)\b", needs=r"\b(?:funnel\w*|send\w*|redirect\w*|"
         r"point\w*|thin|identical|near-identical|templates?|doorway|auto-?generated|spun|bounce\w*)\b", reach=80),
    Rule(r"\b(?:city|location|suburb|town|area|geo)\s(?:landing\s)?pages?\b", needs=r"\b(?:auto-?generated|"
         r"templates?|spun|doorway|funnel\w*|identical|near-identical)\b", reach=80),
]
