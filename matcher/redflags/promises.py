"""Stage-1 rules for the promise categories: guaranteed rankings, guaranteed link counts, timelines.

A rule is a trigger phrase and, optionally, a cue that must occur near it in the same sentence. Whether
the writer asserts the claim (not negated, attributed, asked, hedged, past ...) is decided in context.py.
"""

from __future__ import annotations

from matcher.redflags.lexicon import BIG_NUM, LINK_NOUNS, NUM, QUALITY, REMEDY, SITES, Rule, gap

# --- short deadlines (unrealistic timeline; a ranking promised by one) ---------------------------------
# Days up to three weeks, hours, minutes; "30 days" or "90 days" is ambitious but not days-long.
_FEW = (
    r"(?:[1-9]|1\d|2[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|a|"
    r"a few)"
)
SHORT_TIME = (
    r"\b(?:(?:in|within|under|inside|after|in just|in only|in under|in less than|less than)\s(?:just |only |"
    r"a mere |mere )?)?(?:(?:\d{1,3}|one|two|three|four|five|six|ten|twelve|a|an|a few|"
    r"a couple of)\s?-?\s?(?:hours?|hrs?|h|minutes?|mins?|"
    r"seconds?|secs?)\b|" + _FEW + r"\s(?:working |business )?days?\b"
    r"|(?:a|one|1|two|2|three|3|a couple of)\s?-?\s?weeks?\b)|\bwithin (?:a few |just )?(?:days|weeks|hours|"
    r"minutes)\b|\bin (?:mere |just |only )?(?:seconds|minutes|hours)\b|\bin days\b|\bdays,? not months\b|"
    r"\bovernight\b|\b(?:instant(?:ly)?|immediate(?:ly)?)\b(?!\s(?:redirect\w*|forwarded|sent to))|"
    r"\bsame[- ]day\b|\bnext[- ]day\b|\b(?:by )?tomorrow\b|\bthe moment (?:they|it|you)\b|"
    r"\bby (?:the )?(?:weekend|next week|end of (?:the|this|next) week|next (?:monday|tuesday|wednesday|"
    r"thursday|friday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|day (?:one|two|three|four|"
    r"five|six|seven|\d))\b|\b(?:24|48|72)\s?h(?:ours?|rs?)?\b|\b(?:24|48|72)-hour\b"
)

# --- guaranteed rankings -------------------------------------------------------------------------------
_TOP_N = (
    r"\btop[- ]?(?:3|5|10|three|five|ten)\b(?![- ]?(?:keywords?|clients?|tips|reasons|tools|agencies|things|"
    r"ways|mistakes|factors|questions|competitors|pages|sites|websites|brands|priorities|issues|"
    r"opportunities|tactics|metrics)\b)"
)
# "The first result" is a position; "first results" are early ones ("expect first results in 3 months").
RANK_TARGET = (
    r"\b(?:higher|better|improved|top|increased|first[- ]page|page[- ]one|guaranteed|#1|"
    r"number one) (?:google |search |organic |seo |keyword )?rankings?\b|\b(?:appear|show up|come up|"
    r"be listed|sit|be)\s(?:\w+\s)?(?:first|on top|at the top)\b|\b(?:rank\w* |find you |appear )?(?:above|"
    r"ahead of|before) (?:all |every |any |your )?(?:\w+ )?(?:competitors?|rivals?|everyone|everybody)\b|"
    r"(?:#\s?1|\bno\.?\s?1|\bnumber[- ](?:one|1))\b|\b(?:first|1st)[- ](?:(?:page|position|place|spot)s?|"
    r"result(?:s page)?)\b|\bvery first result\b|"
    r"\bpage[- ](?:one|1)\b|" + _TOP_N + r"|\btop (?:spots?|positions?|places?|rankings?|"
    r"results?)\b|\btop of (?:google|the (?:serps?|search results|rankings|results|first page|page|"
    r"map pack))\b|\bat the (?:very )?top\b|\bposition (?:one|1|zero)\b|\b(?:1|one)(?:st)? position\b|"
    r"\b(?:(?:map|local) |(?:3|three)[- ])pack\b|"
    r"\brank(?:ing|s|ed)? (?:higher|first|on top|at the top|#1|number one|no\.?\s?1)|"
    r"\boutrank\w*|\bdominate (?:google|the serps?|page one|the first page|search results)\b|"
    r"\bown (?:the )?(?:whole |entire |very )?(?:first page|page one|top spot|first result|"
    r"local search(?:es)?)\b|\bin front of every\b"
)
# Third-party authority scores of the client's own site: a promised rise is a ranking promise (RUBRIC.md,
# settled point 3), though no search engine uses them.
_AUTHORITY = (
    r"(?:domain authority|domain rating|authority score|trust flow|citation flow|page authority|"
    r"(?<![\w-])(?:da|dr|tf|pa)(?![\w-]))"
)
_METRIC = (
    r"(?:traffic|visitors|visits|leads|calls|sales|revenue|sessions|clicks|enquiries|inquiries|customers|"
    + _AUTHORITY
    + r")"
)
TRAFFIC_TARGET = (
    r"\b(?:double|doubles|doubling|triple|triples|tripling|quadruple|\d+x|twice|three times) (?:the |"
    r"your )?(?:\w+ ){0,3}?" + _METRIC + r"\b"
    r"|\b\d[\d,.]{0,15}+\s?%\s(?:more |extra |increase in |growth in |boost in )?(?:\w+ ){0,3}?"
    + _METRIC
    + r"\b|(?<![$£€\w.,])\d[\d,.]{0,15}+\+?k?\s(?:new |extra |more |additional )?(?:\w+ ){0,2}?(?:visitors|"
    r"visits|leads|sessions|"
    r"clicks|calls|"
    r"enquiries)\b|\b" + _METRIC + r" (?:will )?(?:grow|increase|rise|double|triple|jump|go up)s? by\b"
    r"|\b" + _METRIC + r" will (?:grow|increase|rise|double|triple|jump|go up)\b"
    r"|\b(?:increas|grow|boost|rais|lift|multipl)\w*\s(?:your |the )?(?:\w+ ){0,2}?"
    + _METRIC
    + r"\s(?:\w+\s)?by (?:at least |over |more than )?\d|\b(?:\d+x|three times|twice|\d+ times) (?:more|"
    r"as many)\b"
    r"|\b" + _METRIC + r" (?:increase|boost|rise|growth|jump|gain|improvement)s? of (?:at least |over |more "
    r"than |up to )?\d"
)
# A third-party authority score taken to a value ("we will increase your Domain Authority to 50", "we'll get
# your DR to 60+"): the same promise as a rise by some points (RUBRIC.md, settled point 3).
AUTHORITY_TARGET = (
    r"\b(?:increas|rais|boost|grow|lift|push|get|bring|take)\w*\s(?:your |the )?(?:\w+'?s? ){0,2}?"
    + _AUTHORITY
    # "from 20 to 40": where the score starts may be said first
    + r"(?:\s(?:score|rating))?(?:\sfrom\s\d{1,3})?\s(?:to|up to|above|over|past|beyond)\s(?:at least |a )?"
    r"(?:da |dr )?\d{1,3}\+?"
    # the client's site made one of a score: "we guarantee you a DA 50 site", "make yours a DR 40 domain"
    r"|\b(?:you an?|make (?:it|yours|your (?:site|website|domain)) an?) (?:da|dr|domain authority|"
    r"domain rating)[ -]?\d{1,3}\+? (?:site|website|domain)\b"
)
PROMISE = (
    r"\b(?:guarantee[sd]?|guaranteeing|guarenteed?|garantee[sd]?|gauranteed|promise[sd]?|promising|assured?|"
    r"assures|we sure|makes? sure|ensures?|commit(?:s|ted)? to|commitment|certain(?:ly|ty)?|definitely|"
    r"count on|rely on|bank on|(?:money|cent|penny|fee|payment)s? back|back in full|reimburs\w*|in writing|"
    r"written into|in (?:the|our|your) contract|into (?:our|the) (?:agreement|contract|sla)|money[- ]back|"
    r"refund|for free|on us|stand behind|full stop|every time|always|no matter|without fail|you have my word|"
    r"or you don'?t pay|no (?:\w+ ){0,2}no pay)\b"
    # "100% guaranteed" vouches; "100% more organic leads" is the figure, which is no promise word too
    r"|\b100\s?%(?! exact)(?!\s(?:more|extra|increase|growth|boost|rise|uplift|jump|higher|up)\b)"
)
FUTURE = (
    r"\b(?:we|i)(?:'ll| will| can| shall)?(?: just| simply)? (?:get|put|take|bring|push|place|move|land|rank|"
    r"deliver|have)\b|\byou(?:'ll| will| are going to)\b|\byou're (?:assured|guaranteed)|"
    r"\byour (?:\w+ ){0,2}will\b|\bgets? (?:you|your)\b|\bwill (?:be|sit|appear|show up|rank|reach)\b|"
    r"\b(?:will|'ll|shall) (?:get|put|take|bring|push|place|move|land|rank|deliver|make|have)\b"
)
IMPERATIVE_RANK = (
    r"\b(?:rank|reach|hit|land|climb|skyrocket|dominate|own|claim|grab|secure|get (?:to|on|onto|into|"
    r"ranked))\b"
    + gap(3)
    + r"(?:"
    + RANK_TARGET
    + r")|\brank (?:higher|first|#1|number one|on top|at the top|top)\b"
    r"|\b(?:expect|see|watch|enjoy)\b" + gap(6) + r"(?:" + RANK_TARGET + r"|" + TRAFFIC_TARGET + r")"
)

# Results as such, guaranteed or as the condition of payment (RUBRIC.md, settled point 2): "guaranteed
# results or your money back", "you only pay for results", "no results, no fee". A plain satisfaction
# guarantee names no result and is not one.
RESULTS_PROMISE = (
    r"\b(?:guarantee[sd]?|guaranteeing|guarenteed?|promise[sd]?)\s(?:(?:you |the |real |measurable |"
    r"tangible |proven |great |amazing |better |seo |search |ranking |top |fast |quick |positive |concrete |"
    r"solid |excellent |successful |specific |your |our )){0,3}(?:[\w-]+\s)?results\b|"
    r"\bresults\s(?:are\s|is\s)?(?:100\s?%\s)?guaranteed\b|\bresults[- ]guarantee\b|"
    r"\bpay (?:only )?(?:for|when (?:you see|we deliver)|if (?:you see|we deliver))\s"
    r"(?:\w+\s){0,2}?results\b|"
    r"\bno (?:results?|rank|rankings?|first page|page one|top \w+ rankings?),? no (?:pay|fee|charge|payment|"
    r"cost|bill|invoice|retainer)s?\b|"
    # "Results or your money back", "results or you don't pay"
    r"\bresults,? or (?:(?:your|a|the) )?(?:full )?(?:money back|refund|money-back)\b|"
    r"\bresults,? or you (?:don'?t|do not) pay\b"
)

# A result guaranteed through its remedy: "if we don't get you into the map pack within four months, we
# continue at no cost until we do", "if you don't rank, you don't pay". The condition names a result
# that fails to come; the rest of the sentence says what the client gets back (RUBRIC.md, settled point 2).
_NOT = (
    r"(?:not|no|never|cannot|can'?t|don'?t|doesn'?t|didn'?t|won'?t|aren'?t|isn'?t|haven'?t|hasn'?t|"
    r"fail\w*|unable|miss\w*)"
)
_RESULT_WORD = (
    r"(?:rank\w*|page[- ](?:one|1)|first page|(?:3|three)[- ]pack|map pack|top (?:\d+|three|five|ten|spot|"
    r"positions?)|results?|targets?|goals?|growth|traffic|progress|positions?|leads|kpis?|outcomes?|"
    r"improvements?)\b"
)
FAILED_RESULT = (
    # "...applies only if they can't demonstrate ranking improvement": a third party's guarantee, described
    r"\b(?:if|should|in case|in the event)\b(?!\s(?:they|an? (?:agency|seo|company|provider|vendor)|such|"
    r"these|those)\b)" + gap(6) + _NOT + r"\b"
    # what fails is the result, not the client's knowledge or mood ("if you don't know your rankings",
    # "if you're not happy with the results of our audit")
    + r"(?![\s\w']{0,12}\b(?:know|have|like|happy|satisfied|sure|understand|want|need|care|mind|yet)\b)"
    + gap(8) + _RESULT_WORD
    + r"|\bunless\b" + gap(8) + _RESULT_WORD
    # the passive: "if the guaranteed positions are not achieved within six months"
    + r"|\b(?:if|should|in case|in the event)\b(?!\s(?:they|such|these|those)\b)" + gap(4) + _RESULT_WORD
    + r"\s(?:are|is|were|was|have|has)\s(?:been\s)?" + _NOT + r"\s(?:been\s)?(?:achieved|reached|met|"
    r"delivered|attained|obtained)\b"
)
# Payment held back until a position comes: "you don't pay until you rank" ("you only pay when the work is
# done and you approve the results" holds back payment for the work, not for a ranking).
PAY_ON_RESULT = (
    r"\b(?:(?:don'?t|won'?t|do not|will not|never|only|nothing to) (?:have to )?pay|"
    # the seller's side of it: "we only get paid when you rank"
    r"(?:we|i) (?:only )?(?:get|are|'re) paid(?: only)?|"
    r"pay (?:nothing|zero|not a (?:penny|cent))|"
    r"(?:don'?t|won'?t|do not|will not|never|only) (?:charge|bill|invoice) you)\b" + gap(3)
    + r"(?:until|unless|when|once|if|after)\b"
    + gap(8) + r"(?:rank\w*|page[- ](?:one|1)|first page|(?:3|three)[- ]pack|map pack|top (?:\d+|three|five|"
    r"ten|spot|positions?)|positions?|(?:moves?|goes|climbs?) up)\b"
)

# The terms of a ranking guarantee, which only a seller of one writes: what it covers ("a guarantee on 20
# of the 35 keywords"), when it applies or is void, what the client gets when the guaranteed positions do
# not come, when a keyword counts as delivered, and its exceptions ("does not guarantee top rankings in
# the following cases"). A critique names the guarantee too, but not its terms.
_TOP = r"top[- ](?:\d+|three|five|ten)"
_RANKED_THING = (
    rf"(?:rankings?|positions?|placements?|keywords?|key ?phrases?|search terms|page[- ](?:one|1)"
    rf"|first[- ]page|{_TOP}|#1|number one)"
)
# A guarantee set aside is not sold ("everything except a ranking guarantee", "unlike a ranking guarantee").
_SET_ASIDE = "".join(
    f"(?<!{word} {article})"
    for word in ("except", "unlike", "without", "instead of", "rather than", "than", "no", "not")
    for article in ("", "a ", "an ", "any ", "the ")
)
GUARANTEE_NAMED = (
    rf"\b{_SET_ASIDE}(?:(?:ranking|rankings|keyword|position|page[- ](?:one|1)|first[- ]page|{_TOP})"
    rf" guarantee|guaranteed (?:(?:first[- ]page|{_TOP}|google) )?(?:positions?|keywords?|rankings?|"
    r"placements? (?:on|in) (?:google|page|the first)))\b"
)
# A guarantee counted in keywords is a ranking guarantee's own term ("with a guarantee on 20 keywords");
# a bare "guarantee" is the writer's where it has an article, not a tool's "data freshness guarantee".
GUARANTEE_ON_KEYWORDS = (
    r"\b(?:our|the|this|a) guarantee\s(?:is valid for|is limited to|on|for|covers?|covering|applies to)\s"
    r"(?:\w+\s){0,3}?\d+\s(?:\w+\s)?(?:keywords?|key ?phrases?|search terms)\b"
)
# ...or what it covers is a position itself ("this guarantee applies to keyword rankings on Google.com only",
# "our guarantee is limited to the keywords in the proposal"); what it covers instead ("applies to the
# services we deliver, not to rankings") names none of them first.
GUARANTEE_SCOPE = (
    r"(?<!such )\b(?:our|the|this|that|a) (?:[\w-]+ )?guarantee\s(?:only\s)?"
    r"(?:is (?:only\s)?(?:valid for|limited to|restricted to)|covers?|covering|appl(?:y|ies) (?:only\s)?to)"
    # up to three words before it ("documented ranking progress"), none of them a denial
    r"\s(?:(?!(?:not|no|never|nor|but|except)\b)[\w+-]+\s){0,3}?"
    r"(?:rankings?|positions?|keywords?|key ?phrases?|search terms|search results?|serps?)\b"
)
# What only the terms of a sold guarantee say of it (not "plans", "contract" or "includes": a plan that
# includes everything but a guarantee names one too).
GUARANTEE_TERMS = (
    r"\b(?:appl(?:y|ies)|eligib\w*|qualif\w*|covers?|covered|void|credit\w*|refund\w*|deliver(?:ed|y)|"
    r"exclu\w*|conditions|circumstances|listed|valid)\b"
)
# ...and the cases it lists, in the same clause: not "in any of the following plans", "in these cases or
# any other", or a denial followed by ", and in such cases no agency can": those are plain denials.
GUARANTEE_EXCEPTION = (
    r"\b(?:do(?:es)?n'?t|do(?:es)? not|will not|won'?t|shall not|cannot|can'?t)\s(?:\w+\s)?guarantee\w*\s"
    r"(?:[\w-]+\s){0,4}?" + _RANKED_THING + r"(?:\s[\w-]+){0,4}?\s(?:under|in) (?:the following|these|those|"
    r"such) (?:cases|circumstances|conditions|situations|events)\b(?!,? (?:or|and|nor) (?:in )?any other)"
)
KEYWORD_DELIVERED = (
    r"\bkeywords?\b(?:\s[\w,'-]+){0,6}?\s(?:is|are|counts?|considered|deemed|treated)\s(?:as\s)?(?:\w+\s)?"
    r"(?:delivered|achieved|successful|completed?)\b"
)

# What a ranking promise commits to, one of which a sentence the model reads as one must name: a promise or
# future word, a position, a figure, a deadline (decide.py).
COMMITMENT = "|".join((PROMISE, FUTURE, RANK_TARGET, TRAFFIC_TARGET, SHORT_TIME, RESULTS_PROMISE, r"\d"))

GUARANTEED_RANKINGS = [
    Rule(RESULTS_PROMISE),
    Rule(RANK_TARGET, needs=PROMISE),
    Rule(RANK_TARGET, needs=FUTURE, reach=40),
    Rule(TRAFFIC_TARGET, needs=PROMISE + "|" + FUTURE),
    Rule(IMPERATIVE_RANK, clause_start=True),
    Rule(RANK_TARGET, needs=SHORT_TIME, reach=40),  # a position by a deadline is a promise
    Rule(FAILED_RESULT, needs=REMEDY, reach=120),
    Rule(AUTHORITY_TARGET, needs=PROMISE + r"|\b(?:we|i)(?:'ll| will| shall)\b", reach=40),
    Rule(PAY_ON_RESULT),
    # ...or as the alternative to a position: "our clients get to page one, or they don't pay"
    Rule(r",? or (?:else )?(?:you|they|the client|clients) (?:don'?t|do not|won'?t|will not|never) "
         r"(?:have to )?(?:pay|get (?:charged|billed))\b", needs=RANK_TARGET, reach=60),
    Rule(GUARANTEE_NAMED, needs=GUARANTEE_TERMS, reach=120),
    Rule(GUARANTEE_ON_KEYWORDS),
    Rule(GUARANTEE_SCOPE),
    Rule(GUARANTEE_EXCEPTION),
    # the position made "your reality": "We make that top spot your reality"
    Rule(
        r"\b(?:make|makes|making|turn|turns)\s(?:that\s|the\s|this\s)?(?:top[- ](?:spot|position|\d+|three|"
        r"five|ten)|#1|number one|first page|page (?:one|1)|first place|no\.?\s?1)\s"
        r"(?:(?:ranking|position|spot)s?\s)?(?:your|a)\s(?:\w+\s)?reality\b"
    ),
    Rule(KEYWORD_DELIVERED, needs=RANK_TARGET, reach=80),
    # "Guaranteed SEO" is the trade's name for a ranking guarantee; sold, it is one.
    Rule(r"\bguaranteed (?:seo|search engine optimi[sz]ation|local seo|google rankings?)\b",
         needs=r"\b(?:we (?:offer|provide|deliver|sell)|we(?:'re| are) (?:offering|providing|delivering)|"
               r"(?:providing|offering|delivering) (?:our |you\b|clients)|offered on this|provided by)\b",
         reach=60),
]

# --- guaranteed link count -----------------------------------------------------------------------------
OFFER = (
    r"\b(?:guarantee\w*|guarenteed?|promise\w*|commit\w*|deliver\w*|provide\w*|secure|build|builds|get|gets|"
    r"receive|order|place|create|creates|push|give|offer\w*|includes?|included|land|acquire|will|per month|"
    r"a month|monthly|every (?:single )?month|each month|per week|a week|weekly|per year|a year|minimum|"
    r"at least|exactly|no fewer than|no less than|total|package|plan|sla|retainer|baked)\b|'ll\b|"
    r"/\s?(?:mo|mth|month|wk|week|yr|year)\b"
)
COUNT_LINKS = rf"(?:{NUM}){gap(4)}(?:{LINK_NOUNS})"
GUARANTEED_LINK_COUNT = [
    Rule(COUNT_LINKS, needs=OFFER),
    # an FAQ's answer counts what its question names: "How many links do I get? Exactly 25 per month"
    Rule(
        r"\b(?:exactly |at least |a minimum of |minimum |no fewer than |no less than )?\d{1,4}\+?\s"
        r"(?:(?:new|quality|high[- ]quality|dofollow|contextual)\s)?(?:per|a|each|every)\s(?:month|week)\b",
        needs=r"\bhow many (?:\w+ )?(?:back-?links|links|placements|guest posts)\b",
        reach=120,
        prev=True,
    ),
    Rule(rf"(?:{NUM}){gap(3)}(?:{QUALITY}){gap(2)}(?:{LINK_NOUNS})"),
    Rule(rf"(?<!above )(?<!over )(?<!than )(?<!beyond )(?:{BIG_NUM}){gap(3)}(?:{LINK_NOUNS})"),
    # a mass count of link sources: "2,000 directories", "500 forum profiles"
    Rule(
        rf"(?:{BIG_NUM})\s(?:[\w-]+\s){{0,2}}?(?:directories|directory (?:listings|submissions)|forums|"
        rf"forum profiles|"
        r"bookmarking sites|profiles|web ?2\.0s?)\b"
    ),
    # "your link goes on 25 of our blogs", "sitewide links on 15 niche blogs": one link per site
    Rule(
        r"\b(?:your |the )?(?:links?|back-?links?|anchors?)(?:\s(?:will\s)?(?:go(?:es)?|be|is|are|gets?|"
        r"sits?|appears?|placed|published|live|stays?|remains?)){0,2}\s(?:on|across|in)\s"
        # up to four words of what the sites are: "on 100 high-PR edu and gov sites"
        rf"(?:(?:every one|each|all) of )?(?:(?:our|my|the) )?(?:{NUM})(?:\s(?:of (?:our|my|the)))?{gap(4)}"
        rf"(?:{SITES})"
    ),
    # a brand placed on a number of outlets, promised: "Your brand featured on 10 news sites this month,
    # guaranteed", "We'll feature your business on 50 local news websites with a dofollow link"
    Rule(
        rf"\b(?:featur\w*|publish\w*|mention\w*)\b{gap(3)}(?:on|in|across)\s"
        rf"(?:over |more than |at least |up to )?(?:{NUM}){gap(3)}(?:{SITES}|publications|outlets|media)\b",
        needs=PROMISE + r"|\b(?:we|i)(?:'ll| will)\b|\b(?:this|per|a|each|every) (?:month|week)\b|"
              r"\bdo-?follow\b",
        reach=60,
    ),
    Rule(
        rf"\b(?:listed|submitted|submit|submits|submissions?|added|placed)\b{gap(3)}(?:in|to|on|across)\s"
        rf"(?:over |more than |at least |up to )?(?:{NUM}){gap(2)}"
        rf"(?:{SITES})"
    ),
    Rule(r"\bguaranteed\s(?:[\w+-]+\s){0,2}?(?:back-?links?|links|placements|referring domains)\b"),
    Rule(
        rf"\b(?:set|fixed|guaranteed|minimum|specific|agreed|monthly) (?:number|quota|count|"
        rf"amount) of{gap(2)}"
        rf"(?:{LINK_NOUNS})",
        needs=OFFER,
    ),
]

# --- unrealistic timeline ------------------------------------------------------------------------------
# A result of SEO work; "ranking reports within 48 hours" is a deliverable, not a result.
RESULT = (
    r"(?:\b(?:rank\w*|page[- ](?:one|1)|first page|#1|no\.?\s?1|number one|top \d+|top (?:spot|position|"
    r"three|five|ten)|index\w*|serps?|results|traffic|visitors|calls|leads|show(?:s|ing)? up|outrank\w*|"
    r"position\w*|climb\w*|jumps?|top of google)\b|#1)(?!\s(?:reports?|dashboards?|data|tracking|tracker|"
    r"updates?|checks?|audits?|of (?:the|your|our) (?:audit|analysis|survey)|"
    # ...nor problems fixed ("we fix your indexing issues within 48 hours": the work, not a result)
    r"(?:issues?|problems?|errors?|bugs?|warnings?)\b))"
)
UNREALISTIC_TIMELINE = [Rule(SHORT_TIME, needs=RESULT, reach=90)]

# A traffic figure that describes the linking sites ("sites with 10k visitors") is no promise about yours.
RANKINGS_UNLESS = r"\b(?:sites?|domains?|blogs?|publications?|outlets?|pages?) with\b"
