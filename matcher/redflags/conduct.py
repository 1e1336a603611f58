"""Stage-1 rules for the conduct categories: undisclosed methods and deceptive tactics.

A rule is a trigger phrase and, optionally, a cue that must occur near it in the same sentence. Whether
the writer asserts the claim (not negated, attributed, asked, cleaned up ...) is decided in context.py.
"""

from __future__ import annotations

from matcher.redflags.lexicon import Rule, gap

# --- undisclosed methods ----------------------------------------------------------------------------------
_CONCEAL = (
    r"(?:\b(?:can'?t|cannot|won'?t|will not|don'?t|do not|never|not allowed to|unable to|refuse to|"
    r"not at liberty to)\s(?:\w+\s){0,2}?(?:reveal|disclose|share|explain|tell|show|discuss|list|divulge|"
    r"give away|publish|go into|get into|talk about|elaborate on|describe)\b|\b(?:not|never|"
    r"nothing)\s(?:\w+\s){0,3}?(?:we|i)\s(?:can|will|would|are allowed to)\s(?:share|reveal|disclose|explain|"
    r"discuss)\b)"
)
_CONCEALED = (
    # "we don't tell it" (a lie named before) keeps nothing secret
    r"(?:how|where|which|what|publicly|(?<!tell )it|(?<!tell )them|the list|(?:our|the|any|its|their|"
    r"my)\s(?:[\w-]+\s)?(?:methods?|process|sources?|sites|domains|urls|network|techniques?|tactics|strategy|"
    r"secrets?|list|details|tools?|formula|approach))\b(?!\s(?:many|much|long|soon|quickly|fast|in advance))"
)
_GOOGLE_NOT_ADS = (
    r"\bgoogle\b(?!\s(?:ads|adwords|analytics|cloud|workspace|my business|business profile|partners?))"
)
# What a secret is kept of: "secret sauce", "our secret weapon", "secret link building techniques".
_SECRET_THINGS = (
    r"(?:methods?|sauce|formula|techniques?|strateg(?:y|ies)|systems?|network|recipe|weapon|process|tricks?|"
    r"approach|tactics?|tools?|ingredient)"
)
UNDISCLOSED_METHODS = [
    # someone on a Google team working for us: "someone on Google's spam team owes us a favour"
    Rule(
        r"\bgoogle'?s?\s(?:[\w-]+\s)?(?:spam|webspam|search|quality|search quality|ranking|algorithm|"
        r"indexing) team\b",
        # working for us now, not a founder's old job
        needs=r"\b(?:helps?|owes?|tells?|tips?|gives?|looks? after|favou?rs?|in our pocket|on our (?:side|"
        r"payroll)|works? (?:with|for) us)\b",
        reach=60,
    ),
    Rule(
        r"(?:\b(?:our|my) secret(?:\s(?:\w+\s)?" + _SECRET_THINGS + r")?+\b|\bsecret\s(?:\w+\s)?"
        + _SECRET_THINGS + r"\b)"
        # ...unless the secret is told at once: "Our secret? Great content and patience", "our secret sauce
        # is simple: ..." (one kept back says so: "we'll never tell")
        r"(?!\W{0,3}(?:\?|:|is\b|was\b|lies in\b|comes down to\b|has always been\b)(?![^.!]{0,60}\b(?:never|"
        r"won'?t|can'?t|cannot|don'?t|not)\s(?:\w+\s)?(?:tell|share|reveal|disclose|say)))"
    ),
    Rule(
        r"\bhow (?:we|i) (?:\w+\s){0,3}?(?:is|are|remains|stays)\s(?:[\w-]+\s){0,4}?(?:secret|private|"
        r"confidential|proprietary|classified|hidden|our business|need-to-know)\b|\bdon'?t ask (?:how|where|"
        r"which|what)\b|\b(?:clients|you|customers) (?:only|just) (?:see|get) (?:the )?(?:results|"
        r"rankings)\b|\b(?:methods?|process|techniques?|sources?|approach)\W{1,3}(?:proprietary|confidential|"
        r"secret|classified)\b"
    ),
    Rule(
        r"\btrade secrets?\b|\bblack[- ]box\b|\bundisclosed\b|\bunder wraps\b|\bloophole\w*|"
        r"\bclosely[- ]guarded\b|\bguarded secret\b"
    ),
    Rule(
        r"\b(?:methods?|process(?:es)?|techniques?|approach|link sources?|sources|network|strateg(?:y|ies)|"
        r"system|formula|recipe|tactics|sites|domains|publishers|partners|vendors|"
        r"urls)\s(?:\w+\s){0,2}?(?:is|are|remains?|stays?)\s(?:(?!no\s|not\s|never\s|hardly\s)[\w-]+\s){0,3}?"
        r"(?:proprietary|confidential|"
        r"secret|classified|under wraps|a trade secret|need-to-know)\b"
    ),
    Rule(
        r"\bproprietary\s(?:\w+\s){0,2}?(?:methods?|process(?:es)?|systems?|techniques?|approach|formula|"
        r"strateg(?:y|ies)|algorithm|network|sources)\b",
        needs=_CONCEAL,
        reach=120,
    ),
    # (what is kept back is the object, not a place: "we never publish posts on our own sites" hides nothing)
    Rule(_CONCEAL + r"\s(?:(?!(?:on|in|at|to|onto|into|with|for|from|across)\s)[\w-]+\s){0,2}?" + _CONCEALED),
    # ...or the refusal ends the sentence, a secret named before it: "our secret is something we can't share"
    Rule(_CONCEAL + r"(?=\s*[.!?]|\s*$)", needs=r"\b(?:secrets?|proprietary|confidential)\b", reach=80,
         prev=True),
    Rule(
        r"\b(?:methods?|techniques?|tactics|tricks|sources?|sites|domains|process(?:es)?|strateg(?:y|"
        r"ies))\s(?:that\s)?(?:we|i)\s(?:don'?t|do not|never|won'?t|can'?t|cannot)\s(?:\w+\s)?(?:list|"
        r"disclose|reveal|share|explain|mention|talk about|discuss)\b|"
        # "a method we keep private"
        r"\b(?:methods?|techniques?|tactics|tricks|sources?|process(?:es)?|strateg(?:y|ies)|formula|"
        r"recipe)\s(?:that\s|which\s)?(?:we|i)\s(?:keep|hold)\s(?:\w+\s)?(?:private|secret|confidential|"
        r"hidden|to (?:ourselves|myself)|under wraps|close to (?:our|my) chest)\b"
    ),
    Rule(
        r"\byou (?:won'?t|will not|can'?t|never) (?:ever )?(?:get to )?(?:see|know|find out) (?:the|which|"
        r"where|how|our)\b|\bkeep\s(?:\w+\s){0,3}?(?:to ourselves|under wraps|secret)\b|"
        r"\bkeep how (?:it|we|this|they|our \w+)\s(?:\w+\s){0,3}?(?:confidential|private|hidden)\b|"
        r"\bkeep (?:our|the|"
        r"all|its|their) (?:[\w-]+ )?(?:sources?|sites|domains|urls|methods?|techniques?|process|network|"
        r"tactics|formula) (?:private|secret|confidential|hidden)\b"
    ),
    Rule(
        r"\b(?:insiders?|contacts?|friends?|mates?|connections?|engineers?|employees?|staff|people|someone|"
        r"guys?|person|buddy|pal|sources?|direct line|partnership|relationship|arrangement|ties|"
        r"ex-googlers?)\s(?:\w+\s){0,2}?(?:at|inside|in|with|within|to|from)\s(?:the\s)?" + _GOOGLE_NOT_ADS
    ),
    Rule(
        _GOOGLE_NOT_ADS + r"(?:'s)?\s(?:\w+\s)?(?:engineers?|employees?|insiders?|contacts?|staffers?)\b",
        needs=r"\b(?:we|us|our|i|my|me)\b",
        reach=60,
    ),
    Rule(
        r"\b(?:special|exclusive|direct|privileged|insider|private|backdoor|back-door|"
        r"unique)\s(?:[\w-]+\s){0,2}?(?:relationship|partnership|arrangement|access|line|deal|connection|"
        r"contacts?|influence|channel)\b",
        needs=_GOOGLE_NOT_ADS,
        reach=60,
    ),
    Rule(r"\bwhitelist\w*", needs=_GOOGLE_NOT_ADS + r"|\bpenalt\w*|\balgorithm", reach=80),
    # people inside Google on the writer's side: "we have insiders there", "with our Google insiders"
    Rule(
        r"\b(?:have|has|our|my|with)\s(?:an?\s|some\s|several\s|a few\s)?(?:[\w-]+\s)?insiders?\b",
        needs=_GOOGLE_NOT_ADS,
        reach=80,
        prev=True,
    ),
    # a queue at Google no one else joins: "as a Google Partner we get priority indexing" (Google's own
    # warning names the "priority submit"); an indexing tool's queue names no Google
    Rule(
        r"\bpriority\s(?:google\s)?(?:index\w*|submi\w*|crawl\w*|inclusion|review)\b"
        # (not a request anyone can make in Search Console)
        r"(?![^.;!?]{0,60}\b(?:search console|url inspection|indexing api)\b)",
        needs=r"\bgoogle\b",
        reach=80,
    ),
    Rule(
        r"\b(?:partnership|arrangement|relationship|deal|access)\s(?:that\s)?no other (?:agency|provider|"
        r"company|seo)"
    ),
    Rule(
        r"\b(?:friends|contacts|people|someone|a mate)\s(?:there|inside)\s(?:who|that)\s(?:\w+\s)?(?:help|"
        r"tell|tip|give|speed|push|review)"
    ),
]

# One text reused page after page with a place name changed: the doorway pattern in a seller's words.
_SAME_PAGE_NEW_NAME = (
    r"\bsame (?:content|text|copy|article|template)\b|\b(?:city|town|location|place|suburb|area) names?\s"
    r"(?:(?:is|are)\s)?(?:swapped|changed|changes|replaced|switched|differs)\b|"
    r"\b(?:swap|chang|replac|switch)\w*\s(?:only\s)?(?:the\s)?"
    r"(?:city|town|location|place|suburb|area) names?\b"
)

# --- deceptive tactics ---------------------------------------------------------------------------------
_HUMANS = r"(?:visitors|users|humans|customers|people|readers|human visitors)"
# Reviews that customers write, or honest ones, are not fake reviews.
DECEPTIVE_UNLESS = (
    r"\b(?:customers?|clients?|buyers|patients|guests|users|people|diners|"
    r"shoppers)\s(?:to\s)?(?:\w+\s)?(?:leave|write|post)|\b(?:honest|genuine|real|authentic|"
    r"verified)\s(?:\w+\s)?(?:reviews|feedback|testimonials)\b|"
    # ...nor is getting fake ones taken down: "we report fake reviews so Google removes them"
    r"\b(?:report|remov|flag|fight|combat|spot|detect|disput|challeng|delet|tackl|replac)\w*\s"
    r"(?:\w+\s){0,2}?"
    r"(?:fake|false|fraudulent|spam|bogus)\s(?:\w+\s)?(?:reviews?|ratings?)\b"
)
_NOT_A_GENRE = r"(?!(?:guides?|articles?|comparisons?|tutorials?|how-?tos?|content|copy|blog)\b)"
DECEPTIVE_TACTICS = [
    Rule(
        r"\bcloak\w*|\bdoorway\s(?:pages?|sites?|domains?)\b|\bhidden\s(?:text|links?|keywords?|content|"
        r"divs?)\b|\binvisible\s(?:text|links?|keywords?)\b|\bwhite text on (?:a )?white\b|"
        r"\bkeyword[- ]stuff\w*|"
        r"\bstuff(?:s|ed|ing)?\b" + gap(5) + r"(?:with|keywords?)\b|\bnegative seo\b|\bsneaky redirects?\b"
        r"|\bfake\s(?:\w+\s)?(?:reviews?|dmca|complaints?|accounts?|testimonials?|ratings?)\b|"
        # ...or written to pass for real ones: "real-looking reviews", "authentic-looking 5-star ratings"
        r"\b(?:real|genuine|authentic|natural|human|organic)[- ]looking\s(?:[\w-]+\s)?(?:reviews?|ratings?|"
        r"testimonials?)\b|"
        r"\bspam reports?\b|\b(?:1|one|0|zero)\s?px font\b|\bscraped content\b|\bbounce visitors\b|\b(?:tiny|"
        r"microscopic|0px|1px|invisible|transparent)\s(?:\w+\s)?(?:font|text)\b|\bwhite (?:font|text)\b"
        # links injected into sites the seller has broken into ("web shells" is also a security scanner's
        # word, so it is not enough)
        r"|\bhack-?links?\b|\b(?:links?|backlinks?)\s(?:[\w-]+\s){0,2}?(?:on|in|into)\s(?:\d[\d,]*\+?\s)?"
        r"(?:hacked|compromised)\s(?:[\w-]+\s)?(?:sites|websites|domains|pages|blogs)\b|\b(?:hacked|"
        r"compromised)[- ](?:site|domain|website)\s(?:links?|backlinks?)\b"
    ),
    # Reviews written as content beside guides and articles ("we write buying guides and reviews") are
    # editorial, not reviews posing as customers'.
    Rule(
        r"\b(?:post|write|leave|publish|generate|add|create)\w*\s(?:" + _NOT_A_GENRE
        + r"[\w-]+\s){0,5}?reviews\b(?!\s(?:pages?|sites?|of|about|on (?:our|the|my) blog))"
    ),
    Rule(
        r"\b(?:fill|fills|filled|pack|packs|packed|load|loads|loaded|cram|crams|"
        r"crammed)\s(?:\w+\s){0,3}?(?:with|full of)\s(?:\w+\s){0,3}?keywords?\b",
        needs=r"\b(?:times|repeated\w*|over and over|dozens|"
        r"densit\w*|\d+\s?%|every)\b",
        reach=60,
    ),
    Rule(r"\bkeywords?\s(?:\w+\s){0,3}?(?:dozens of|\d+\+?|\w+ty) times\b"),
    Rule(
        r"\b(?:keywords?|text|links?)\s(?:are\s|is\s)?(?:\w+\s)?hidden\b|\bsame colou?r as the background\b"
    ),
    Rule(r"\breviews\s(?:\w+\s)?(?:written|posted|created)\sby\s(?:our|us|me|my|the team)\b"),
    # reviews sold as goods: "buy 5-star Google reviews", "we sell verified Amazon reviews"
    Rule(r"\b(?:buy|buying|sell|sells|selling|purchase|purchasing)\s(?:" + _NOT_A_GENRE + r"[\w-]+\s){0,3}?"
         r"reviews\b"),
    # Reviews kept up by the seller: "a 90-day warranty: if a review is removed by Trustpilot we refill it",
    # "non-drop Google reviews", "we resubmit them using new accounts". Only one who posts the reviews
    # can keep them up where the platform takes them down.
    Rule(
        r"\b(?:non-drop|refill\w*|re-?submit\w*|warrant\w*)\s(?:[\w-]+\s){0,6}?reviews?\b|"
        r"\breviews?\s(?:[\w-]+\s){0,10}?(?:non-drop|refill\w*|re-?submit\w*|warranty)\b"
    ),
    Rule(
        r"\b(?:replac\w*|re-?post\w*)\s(?:[\w-]+\s){0,6}?reviews?\b|"
        r"\breviews?\s(?:[\w-]+\s){0,10}?(?:replac\w*|re-?post\w*)\b",
        needs=r"\b(?:remov(?:es|ed|ing)|delet(?:es|ed|ing)|drop\w*|disappear\w*|filter(?:s|ed)|taken down|"
              r"missing|lost)\b",
        reach=120,
    ),
    Rule(
        r"\b(?:removed|deleted|drop\w*|disappear\w*|filtered|taken down|(?:do not|don't|doesn't|does not) "
        r"(?:appear|show|stick)|not (?:published|live))\b[^.;!?]{0,60}?\b(?:we|i)(?:'ll| will)?\s(?:\w+\s)?"
        r"(?:replac\w*|re-?post\w*|refill\w*|re-?submit\w*)\b",
        needs=r"\breviews?\b",
        reach=200,
        prev=True,
    ),
    Rule(
        r"\b(?:using|from|with|via|through|under)\s(?:[\w-]+\s)?(?:new|fresh|different|multiple|separate|aged)\s"
        r"(?:user\s|customer\s)?accounts\b",
        needs=r"\breviews?\b",
        reach=200,
        prev=True,
    ),
    Rule(
        r"\b(?:competitors?|rivals?|rival sites?|competition)(?:'s?)?\s(?:\w+\s){0,4}?(?:gone|penali[sz]\w*|"
        r"hit with|taken down|tanked|de-?indexed|buried|knocked|sabotag\w*|off (?:page|the first page|google|"
        r"the map)|drops? (?:out|off)|disappear\w*|vanish\w*|loses? (?:its |their )?rankings?)"
    ),
    # toxic links aimed at a rival: "we can send thousands of toxic links to your competitor's site"
    Rule(
        r"\b(?:toxic|spammy|spam|junk|poison\w*|harmful|bad|low[- ]quality|porn|adult)\s(?:back-?)?links?\s"
        r"(?:\w+\s){0,3}?(?:to|at|towards?|on|against|pointing (?:to|at))\s(?:your\s|their\s|the\s)?"
        r"(?:competitors?|rivals?|rival sites?|competition)\b"
    ),
    # "Competitors in the way? We can bury them": the rival named in the sentence before
    Rule(
        r"\b(?:bury|tank|sabotage|attack|hurt|knock out|take down|flood|spam|bombard|sink|destroy)\s(?:them|"
        r"their (?:sites?|rankings|listings?))\b|\bmake\s(?:them|their (?:sites?|rankings|listings?|"
        r"positions?))\s(?:drop|fall|sink|tank|disappear|vanish|crash)\b|"
        r"\b(?:knock|push|drive|kick|bump)\s(?:them|their (?:sites?|rankings|listings?))\s(?:off|out|down)\b",
        needs=r"\b(?:competitors?|rivals?|competition)\b",
        reach=200,
        prev=True,
    ),
    Rule(r"\bhid(?:e|es|ing)\s(?:[\w-]+\s){0,3}?(?:links?|text|keywords?|content)\b"),
    Rule(
        r"\b(?:take down|tank|sabotage|attack|hurt|bury|knock out|hit|flood|spam|bombard|blast|"
        r"report)\w*\s(?:\w+\s){0,3}?(?:competitors?|rivals?|rival sites?)(?:'s?)?\b|"
        r"\bon (?:your )?(?:competitors?|rivals?)'?s?'? (?:profiles?|listings?|sites?)\b"
    ),
    Rule(
        r"\b(?:googlebot|search engines?|crawlers?|google)\s(?:\w+\s){0,2}?(?:gets?|sees?|reads?|is shown|"
        r"are shown|is served|are served|receives?)\b",
        needs=r"\b(?:while|but|whereas)\s(?:\w+\s){0,3}?" + _HUMANS,
        reach=120,
    ),
    Rule(
        r"\b(?:serve|show|give|present|feed)s?\s(?:\w+\s){0,5}?(?:to|for) (?:search engines|google(?:bot)?|"
        r"crawlers|bots|spiders)\b",
        needs=r"\b(?:another|different|other|visitors|users|humans|people|customers)\b",
        reach=60,
    ),
    Rule(
        r"\bonly (?:search engines|google|googlebot|crawlers|bots) (?:can )?(?:see|read)\b|\b(?:so|"
        r"where) (?:that )?" + _HUMANS + r" (?:never|don'?t|won'?t|can'?t) (?:see|notice)\b"
    ),
    Rule(
        r"\bredirect\w*\s(?:\w+\s){0,4}?(?:visitors|users|mobile)\b|\b(?:visitors|"
        r"users)\s(?:are\s)?(?:\w+\s)?redirected\b"
    ),
    Rule(
        r"\bpages?\b(?:\W+\w+){0,5}?\W+(?:for|per|one for|targeting) (?:each|every) (?:city|town|suburb|"
        r"neighbou?rhood|area|location|postcode|zip code|region|county)\b",
        needs=r"\b(?:funnel\w*|send\w*|redirect\w*|"
        r"point\w*|thin|identical|near-identical|templates?|doorway|auto-?generated|spun|bounce\w*)\b",
        reach=80,
    ),
    # doorway pages at scale: "800 city landing pages", "hundreds of location pages"; not a count of pages
    # the writer reports having built, one per real location ("we built 120 location pages for a franchise")
    Rule(
        r"(?<!built )(?<!created )(?<!wrote )(?<!written )(?<!launched )(?<!published )(?<!developed )"
        r"(?<!delivered )(?:[5-9]\d\+?|\d{3,}[\d,]{0,8}+\+?|\d{1,3},\d{3}|hundreds of|thousands of|"
        r"dozens of)\s(?:[\w-]+\s){0,2}?(?:city|location|suburb|town|area|geo|"
        r"neighbou?rhood)\s(?:landing\s)?pages\b"
    ),
    # doorway sites: a site or microsite of its own for each town ("10 of these sites optimised for specialist
    # searches in each of 250 local towns", "microsites for every city we target"); Google's spam policies
    # name them beside doorway pages
    Rule(
        r"(?:\bmicro-?sites|\b(?:\d[\d,]*|dozens|hundreds|thousands)\s+(?:of\s+(?:these|our|those)\s+)?"
        r"(?:[\w-]+\s+)?(?:micro-?sites|sites|websites|domains))\b(?:\W+\w+){0,8}?\W+(?:for|in|per|targeting|"
        r"covering)\s+(?:each|every)\b(?:\W+\w+){0,4}?\W+(?:cit(?:y|ies)|towns?|suburbs?|boroughs?|"
        r"neighbou?rhoods?|locations?|regions?|count(?:y|ies)|postcodes?)\b",
        # ...built for search, not a web designer's client sites ("40 websites for councils in every region")
        needs=r"\b(?:optimi[sz]\w*|rank\w*|search(?:es)?|point\w*|link\w*|funnel\w*|redirect\w*|traffic|leads)\b",
        reach=120,
    ),
    Rule(
        r"\b(?:show|shows|serve|serves|give|gives|feed|feeds)\s(?:google(?:bot)?|search engines|crawlers|"
        r"bots)\s",
        needs=r"\b(?:another|different|other|visitors|users|humans|people|customers)\b",
        reach=80,
    ),
    Rule(
        r"\b(?:city|location|suburb|town|area|geo)\s(?:landing\s)?pages?\b",
        needs=r"\b(?:auto-?generated|"
        r"templates?|spun|doorway|funnel\w*|identical|near-identical)\b|" + _SAME_PAGE_NEW_NAME,
        reach=80,
    ),
    # ...or one page copied per town with its name changed: "location pages for every town you serve, each
    # with the same content and the city name swapped"
    Rule(
        r"\bpages?\b(?:\W+\w+){0,3}?\W+(?:for|per|in|targeting|covering) (?:each|every|all)\b"
        r"(?:\W+\w+){0,3}?\W+(?:cit(?:y|ies)|towns?|suburbs?|areas?|locations?|regions?|count(?:y|ies)|"
        r"postcodes?)\b",
        needs=_SAME_PAGE_NEW_NAME,
        reach=100,
    ),
    # Engagement faked for rankings: clicks and searches sent to a listing ("our CTR manipulation service",
    # "we send real users to search your keyword and click your listing", "autocomplete clicks", app
    # "keyword installs"); the critique ("CTR manipulation is a myth") is a warning.
    Rule(
        r"\b(?:ctr|click[- ]through(?: rate)?|click|search|engagement)\s(?:manipulation|bots?)\b|"
        r"\b(?:autocomplete|auto-?suggest|search suggestion)\s(?:clicks?|searches|manipulation|campaigns?)\b|"
        r"\bkeyword installs?\b|"
        r"\b(?:send|sends|sending|drive|drives|driving|generate|generates)\s(?:[\w-]+\s){0,3}?"
        r"(?:users|searchers|people|visitors|bots|devices)\s(?:to\s)?(?:search|google|look up)\w*\s"
        r"(?:[\w-]+\s){0,4}?(?:and\s)?click\w*"
    ),
    # Listings at addresses a business does not hold, one per city it wants to rank in ("creating verified
    # listings for all of our target cities", "verified Google Business Profiles for every city you want to
    # rank in, using virtual offices"); verifying the listings of the locations a client runs is not.
    Rule(
        r"\b(?:verified|verify|verifying|verification of)\s(?:[\w-]+\s){0,3}?"
        r"(?:listings?|addresses|profiles?|"
        r"locations?)\s(?:[\w-]+\s){0,4}?(?:for|in)\s(?:each|every|all)\s(?:[\w-]+\s){0,3}?(?:cit(?:y|ies)|"
        r"towns?|suburbs?|areas?)\b",
        needs=r"\b(?:target\w*|rank\w*|want to|wish to|would like to|virtual offices?|mailbox\w*)\b",
        reach=80,
    ),
    # reviews ordered on a platform: "we complete most Google Review orders within 7 business days"
    Rule(
        r"\b(?:google|trustpilot|yelp|amazon|facebook|tripadvisor|g2|capterra|app ?store|play ?store)\s"
        r"(?:business\s)?reviews?\s(?:orders?|packages?)\b"
    ),
]
