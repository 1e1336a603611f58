"""Stage-1 rules for the link-scheme categories: paid links, PBNs, automated links, anchor manipulation.

A rule is a trigger phrase and, optionally, a cue that must occur near it in the same sentence. Whether
the writer asserts the claim (not negated, attributed, asked, cleaned up ...) is decided in context.py.
"""

from __future__ import annotations

from matcher.redflags.lexicon import (
    DONT_ADD,
    DONT_LABEL,
    LINKS,
    LOST,
    MARKED,
    MONEY_BACK,
    NUM,
    PAID_MARK,
    PRICE,
    UNDELIVERED,
    VAGUE_MANY,
    Rule,
    gap,
)

# A placement undelivered and refunded (the two rules below) is a sold one unless it is a post for the
# client's own site, which an agency writes and publishes there; and the remedy is money back, not "you are
# free to submit it elsewhere at no cost".
_NOT_FOR_THE_CLIENTS_SITE = r"(?![^.;]{0,40}\b(?:on|to) your (?:own )?(?:site|website|blog)\b)"
_MONEY_BACK_CUE = rf"\b(?:{MONEY_BACK})\b"
# A passive failure: "was not delivered", "isn't live", "has never been published".
_NOT_DONE = (
    r"(?:isn'?t|wasn'?t|aren'?t|weren'?t|(?:is|was|are|were|has|have|had|gets?|got)\s(?:not|never)(?: been)?)"
)

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
# A mark of a paid placement: the attribute, or a label named as one.
_PAID_MARK = r"(?:rel\W{0,3}(?:sponsored|ugc)\b|" + PAID_MARK + r")(?![^.;!?]{0,30}\b(?:unless|except)\b)"
# Link building as the work sold ("selling you HARO link building"), though a package of it is links.
_NOT_THE_WORK = r"(?![- ]building\b(?![- ](?:packages?|bundles?|deals?|credits?)))"
PAID_LINKS = [
    # a paid link passed off as editorial: "so Google can't tell they're paid"
    Rule(
        r"\b(?:google|search engines?|no one|nobody|anyone)\s(?:can'?t|cannot|won'?t|will not|will never|"
        r"never|doesn'?t|does not|can)\s(?:ever\s)?(?:tell|detect|know|see|notice|spot)\s(?:that\s)?"
        r"(?:they'?re|they are|it'?s|it is|these are|the links are|our links are)\s(?:paid|bought|sponsored|"
        r"purchased)\b"
    ),
    Rule(_TRADE + gap(4) + r"(?:" + LINKS + _NOT_THE_WORK + r"|\b(?:submissions|directory listings)\b)"),
    Rule(r"(?:" + LINKS + r")" + gap(2) + r"for sale\b"),
    # an order for a placement is its purchase: "order a guest post on Forbes", "start ordering placements"
    # (not "in order to earn links")
    Rule(r"(?<!\bin )\border(?:s|ed|ing)?\s(?!by\b|of\b)(?:[\w-]+\s){0,3}?(?:guest (?:posts?|articles?)|"
         r"sponsored (?:posts?|articles?)|placements?|back-?links?|links?|niche edits?|link insertions?)\b"
         # ...not a look at links: "order a backlink audit"
         r"(?![- ](?:audits?|checks?|analys[ie]s|reports?|profiles?|monitoring|reviews?|removals?|"
         r"clean-?ups?))"),
    Rule(
        # "$200 per link", "$200 a link", and "$200/link" (the gap's separator takes a bare slash)
        r"(?:" + PRICE + r")(?:" + gap(2) + r"(?:per|a|each|/)\s?|\s?/\s?)(?:do-?follow )?(?:link|backlink|"
        r"placement|post|url|article|insertion|edit|guest post|domain)s?\b"
        # ...not the price of writing ("$150 for each article we write for your blog")
        r"(?![^.;]{0,30}\b(?:we write|written|writing|for your (?:own )?(?:site|website|blog))\b)"
    ),
    Rule(r"(?:" + PRICE + r")\s?each\b", needs=LINKS, reach=200, prev=True),
    # sites priced by their authority or traffic: "Sites with DR 50+ and 5k+ organic traffic, starting at
    # $120" (an outreach list by DR names no price: "we target sites with DR 50+")
    Rule(
        r"\b(?:sites?|blogs?|domains?|websites?|publishers?|placements?)\s(?:with|having|of)\s(?:an?\s)?"
        r"(?:(?:da|dr|pa|tf|domain rating|domain authority|authority score)\s?(?:of\s)?\d{1,3}\+?|"
        r"\d[\d,.]*k?\+?\s(?:(?:monthly|organic|real|daily)\s){0,2}(?:traffic|visitors|visits))",
        needs=PRICE,
        reach=80,
    ),
    # a marketplace's share of each order paid to the site that publishes it: "Publishers receive 80% of
    # the order value once the article is live" (not an ad network's share of ad revenue)
    Rule(
        r"\b(?:publishers?|bloggers?|site owners?|webmasters?|sellers?)\s(?:\w+\s)?(?:receive|earn|get|keep|"
        r"are paid|make)\s(?:up to\s)?\d{1,3}\s?%\s(?:of\s)?(?:the\s|every\s|each\s)?(?:order|sale|price|"
        r"payment)s?\b"
    ),
    Rule(
        r"\b(?:price|cost|rate|fee)s? (?:per|for each|of a) (?:do-?follow |dofollow )?(?:link|backlink|"
        r"placement|guest post)\b"
    ),
    Rule(r"(?:" + _LINKS_NOT_BUILDING + r")" + gap(7) + r"(?:" + PRICE + r")"),
    Rule(
        r"\blink (?:exchanges?|swaps?|trades?|trading|rentals?|buying|selling|sales|insertions?|schemes?)\b|"
        r"\breciprocal (?:links?|linking|link partners?|deals?)\b|\bthree-way link\w*|\b(?:link|"
        r"backlink) budget\b|\bpaid[- ](?:guest )?(?:links?|backlinks?|placements?|posts?)\b|\b(?:link|"
        r"backlink|guest post|pbn) packages?\b|\bniche edits?\b"
    ),
    Rule(
        r"\b(?:pay|pays|paying|paid|compensat\w*|reimburs\w*|tip|tips)\b" + gap(3) + _PAYEES + r"\b",
        needs=r"\b(?:links?|mentions?|publish|place|slip|insert|placements?)\b",
    ),
    Rule(r"\b" + _PAYEES + r" (?:that |who )?(?:we|i) pay\b"),
    Rule(
        r"\b(?:fees?|budget|money|payments?|cash)\s(?:\w+\s){0,4}?(?:to|for)\s(?:the\s)?" + _PAYEES + r"\b",
        needs=LINKS,
    ),
    Rule(
        r"\bpay(?:s|ing)? (?:for|to get)" + gap(2) + r"(?:links?|placements?|backlinks?|mentions?|"
        r"guest posts?)\b|\bpay(?:s|ing)?[- ]per[- ](?:link|backlink|article|post|placement)\b|\bpay(?:s|"
        r"ing)? (?:to|for) (?:have|get) (?:your |a )?(?:link|backlink|article|post|placement)s?\b"
    ),
    Rule(
        r"(?:" + LINKS + r")\s(?:[\w-]+\s){0,5}?(?:can |could |may )?be (?:bought|purchased|rented|ordered|"
        r"booked)\b"
    ),
    Rule(
        r"\b(?:for|at) (?:a |the )?(?:one-time |one-off |fixed |set |small |monthly |flat )?(?:fee|price|"
        r"charge)\b",
        needs=LINKS,
    ),
    Rule(
        r"\bfor (?:just |only )?(?:" + PRICE + r")",
        needs=r"\b(?:place|put|get|give|sell|buy|order|build)\w*\s"
        r"(?:[\w-]+\s){0,4}?(?:" + LINKS + r")",
        reach=80,
    ),
    Rule(
        r"\b(?:buy|buys|buying|purchase|sell|sells|rent)\s(?:them|these|those|it)\b(?!\s+in\b)",
        needs=LINKS,
        reach=200,
        prev=True,
    ),
    Rule(r"\bprice (?:list|sheet)s?\b", needs=LINKS),
    # a text link ad is a link sold as an ad: "placing text link ads on our sites, contact me for rates"
    # a publisher's price for what it publishes: "set how much you wish to charge per publication", "decide
    # how much to charge for each guest post on your blog" (not the price of writing one)
    Rule(
        r"\bcharg(?:e|es|ed|ing)\s(?:\w+\s){0,2}?(?:per|for (?:each|every|a|one|the))\s(?:[\w-]+\s)?"
        r"(?:publications?|guest posts?|sponsored (?:posts?|articles?)|placements?|insertions?)\b"
        r"(?![^.;]{0,30}\b(?:we write|written|writing|secured?|earned|through outreach)\b)"
    ),
    # a marketplace's rule that sold links stay: "the partners should never delete the articles or links",
    # "publishers who delete links from their sites are banned"
    Rule(
        r"\b(?:never|not|no)\s(?:\w+\s)?(?:delet|remov|alter|chang|edit|nofollow)\w*\s(?:the\s|any\s|my\s|"
        r"our\s|their\s|your\s)?(?:articles?\s(?:or|and)\s)?(?:back-?)?links\b",
        needs=r"\b(?:publishers?|partners?|bloggers?|webmasters?|site owners?|blogs)\b",
        reach=80,
    ),
    Rule(
        r"\b(?:publishers?|partners?|bloggers?|webmasters?|site owners?)\s(?:who|that)\s(?:\w+\s)?(?:delet|"
        r"remov|alter|nofollow)\w*\s(?:[\w-]+\s){0,2}?(?:back-?)?links\b",
        needs=r"\b(?:banned|blocked|suspended|penali[sz]ed|removed from|excluded|fined|lose|forfeit\w*)\b",
    ),
    # (sold or priced: a site's history with the ad network of that name is no offer)
    Rule(
        r"\btext[- ]links? (?:ads?|advertis\w*|sales?|sponsorships?)\b",
        needs=r"\b(?:rates?|prices?|pricing|sell\w*|buy\w*|purchas\w*|available|plac(?:e|es|ing)|offer\w*|"
        r"order\w*|book\w*|per month|a month|monthly)\b|[$£€]",
        reach=100,
    ),
    # a fee for the placement itself: "a $20 fee to post your guest article", "an editorial fee of $75
    # applies to every guest post" (not a fee for articles written, for link building work, or for posts on
    # the client's own site)
    Rule(
        r"(?:(?:" + PRICE + r")\s(?:[\w-]+\s){0,2}?(?:fee|charge)|\b(?:fee|charge|price) of\s(?:" + PRICE
        + r"))\s(?:[\w-]+\s){0,2}?(?:to|for|per|on)\s(?:\w+\s){0,2}?(?:(?:post|publish|place|includ|insert|"
        r"add)\w*\s(?:\w+\s){0,2}?(?:guest posts?|guest articles?|sponsored posts?|articles?|posts?|links?|"
        r"backlinks?)|guest (?:posts?|articles?)|sponsored (?:posts?|articles?)|"
        r"(?:back)?links?(?![- ]building))\b"
        r"(?![^.;]{0,40}\bon your (?:own )?(?:site|website|blog)\b)"
    ),
    # a paid placement passed off as editorial: "published without any sponsored label", "no 'sponsored' tag"
    Rule(
        r"\b(?:without|no|never (?:a|an|any))\s(?:a |an |any |the )?[\"“'‘]?(?:sponsored|ad|advertisement|"
        r"advertorial|paid|promoted|partner)[\"”'’]?\s(?:labels?|tags?|marks?|markings?|disclosures?|"
        r"attributes?|mentions?|notices?|badges?)\b|\bnot " + MARKED + r"(?: or " + MARKED + r")? "
        r"(?:as )?(?:an? )?[\"“'‘]?(?:sponsored|paid|ad|advertisement|advertorial|promoted)\b",
        needs=r"\b(?:paid|pay\w*|guest posts?|placements?|advertis\w*|advertorials?|price\w*|orders?|buy\w*|"
              r"purchas\w*|dofollow|do-follow|sponsored (?:posts?|articles?|content))\b|[$£€]",
        reach=80,
    ),
    # ...or a sponsored post published as the site's own ("sponsored posts are published as regular
    # articles with no disclosure"); a guest post published as a normal article is what guest posts are
    Rule(
        r"\b(?:with no|without(?: any)?|no)\s(?:disclosure|labell?ing)\b|"
        r"\b(?:publish(?:es|ed)?|posted|appear\w*|go(?:es)? live|look\w*|runs?)\s(?:[\w-]+\s){0,3}?"
        r"(?:as|like)\s(?:an?\s|our\s|their\s)?(?:regular|normal|editorial|organic|natural|ordinary|genuine|"
        r"native|own)\s(?:posts?|articles?|content|editorial)\b",
        needs=r"\b(?:paid (?:posts?|articles?|placements?|links?)|sponsored (?:posts?|articles?|content)|"
              r"advertis\w*|advertorials?)\b",
        reach=80,
    ),
    # ...or the publisher told not to mark it: "don't add rel="sponsored" to the embedded links", "never
    # label our posts as advertising". What is not to be marked sponsored is paid for; "nofollow" alone is
    # an editor's own choice ("do not nofollow internal links"), so it is not enough; and the mark must be
    # the object ("do not include promotional links, as paid placements are not accepted" refuses them).
    Rule(
        r"(?:" + DONT_ADD + r"|" + DONT_LABEL + r")[^.;!?]{0,50}?" + _PAID_MARK
        + r"|" + DONT_LABEL + r"[^.;!?]{0,50}?\bas\s(?:an?\s)?[\"“'‘]?(?:sponsored|paid|advertis\w*|"
        r"advertorial|promoted|ad)\b(?![^.;!?]{0,30}\b(?:unless|except)\b)",
    ),
    # an inventory of other people's sites the seller publishes on: "publishing it on portals from the
    # agency's database", "your article goes live on one of the 2,000 blogs in our database" (not a PR
    # firm's media list, a citation list of directories, or an ad network's inventory)
    Rule(
        r"\b(?:publish\w*|plac(?:e|es|ed|ing)|post(?:s|ed|ing)?|go(?:es)? live|live)\s(?:[\w'’-]+\s){0,4}?"
        r"(?:on|in|at)\s(?:[\w,'’-]+\s){0,4}?(?:portals?|sites?|websites?|blogs?|domains?)\s(?:from|in|of|on)\s"
        r"(?:our|the agency'?s?|its|my)\s(?:(?!phishing|citation|media|press|ad|ads|advertising|programmatic|"
        r"display|banner|spam|malware|block)\w+\s){0,2}?(?:database|inventory|catalogu?e|catalog|pool|roster)\b"
    ),
    # ...or said the other way round: "a large inventory of high-authority sites where we can publish your
    # content" (a web designer's portfolio of sites publishes nothing)
    Rule(
        r"\b(?:inventory|database|catalogu?e|catalog|pool|roster) of (?:[\w,-]+\s){0,4}?(?:sites|websites|"
        r"blogs|domains|publishers|portals)\b",
        needs=r"\b(?:publish\w*|plac(?:e|es|ed|ing)|post(?:s|ed|ing)?|go(?:es)? live)\b",
        reach=80,
    ),
    # ...or counted: "you can publish content on over 15,000 websites", "get your article published on
    # 500+ blogs" (present: "we've placed clients in 200 publications" is digital PR's past result, and a
    # PR firm's "publications" and "outlets" are not sites whose placements it sells)
    Rule(
        r"\b(?:(?:publish|place|post)(?:es|s|ing)?\s(?:(?:your|the|an?|our|sponsored|guest)\s)?|"
        r"(?:get|have)\s(?:your\s)?)(?:[\w-]+\s)?(?:content|articles?|posts?|press releases?|stor(?:y|ies))\s"
        r"(?:(?:published|placed|posted)\s)?(?:on|across|to)\s"
        r"(?:over\s|more than\s|up to\s|any of\s(?:the\s)?)?"
        r"\d[\d,.]*\+?k?\s(?:[\w-]+\s){0,3}?(?:websites|sites|blogs|portals|domains)\b"
    ),
    # links kept only while paid for: "so you never lose your links when you forget to add funds"
    Rule(
        r"\b(?:lose|loses|losing|lost)\s(?:the\s|your\s|their\s|any\s)?(?:[\w-]+\s)?(?:back-?)?links\b",
        needs=r"\b(?:funds|balance|top[- ]?up|renew\w*|subscription|stop paying|payments?|(?:monthly|annual) "
              r"fees?)\b",
        reach=80,
    ),
    # link slots on a site offered as stock: "10 home page text links available on each website"
    Rule(
        r"\b(?:home ?page|sidebar|footer|sitewide|site-wide|blogroll|text)\s(?:(?:only|text)\s){0,2}links?\s"
        r"(?:are\s|is\s)?available\s(?:on|for|at|across|in)\s(?:each|every|all|any|our|my|[$£€]|\d)"
    ),
    # a sale closed on a placement: "Your brand on Forbes with a dofollow link - order now"
    Rule(
        r"\b(?:order|buy|purchase|book) (?:it |yours |one |them )?(?:now|today)\b|\badd to (?:cart|basket)\b",
        needs=r"\bdo-?follow\b|\b(?:guest posts?|sponsored (?:posts?|articles?)|placements?|niche edits?|"
              r"link insertions?)\b",
        reach=120,
        prev=True,
    ),
    # a marketplace of placements is a shop for them
    Rule(r"\b(?:guest[- ]post(?:ing)?|links?|back-?links?|sponsored[- ]posts?|niche[- ]edits?|"
         r"link[- ]insertions?|placements?|seo[- ]articles?) (?:market ?place|market)s?\b"),
    # A seller answers for how long a placement stays up; an editor's link is the editor's to remove, so
    # a guarantee of its life ("a one-year placement guarantee", "permanent dofollow links") is the term of
    # a sold link.
    Rule(
        r"\b(?:placement|backlink|link|post|article|non-?drop|replacement|lifetime|permanen\w*)\s"
        r"(?:guarantee|warranty)\b|\b(?:permanent|lifetime|life-?long)\s(?:do-?follow\s)?(?:links?|"
        r"backlinks?|placements?|guest posts?)\b"
    ),
    # "if an article/link is deleted within 30 days, we refund you", "protection against link deletion for
    # 3 months", "guaranteed to stay live for a year": the same term in other words.
    Rule(
        r"\b(?:links?|backlinks?|articles?|posts?|placements?|guest posts?)(?:/[\w-]+)?\s(?:is |are |gets? |"
        r"was |were |be )?" + LOST + r"\b",
        # replaced or refunded, not "recovered for free": an earned link lost is reported, not made good
        needs=r"\b(?:refund\w*|replac\w*|re-?plac\w*|reimburs\w*|(?:money|payments?) back|compensat\w*|"
              r"re-?publish\w*)\b",
        reach=90,
    ),
    Rule(r"\bprotection against (?:link|article|post|placement|backlink) (?:deletion|removal|loss)\b"),
    # "if we are unable to publish your article on the promised website, you get a full refund": the
    # remedy for a placement sold on a site and not delivered.
    Rule(
        UNDELIVERED + r"\s(?:\w+\s)?(?:publish|place|reinstate|restore|insert)\s(?:\w+\s){0,2}?(?:articles?|"
        r"posts?|links?|backlinks?|placements?|guest posts?)\b"
        + _NOT_FOR_THE_CLIENTS_SITE,
        needs=_MONEY_BACK_CUE,
        # the remedy often follows a list of such failures ("if the publisher is unresponsive, can't
        # reinstate the link, or the site has changed, we'll issue a full refund")
        reach=140,
    ),
    # ...the same failure told of the placement itself: "refunds may be offered only if the guest post
    # service was not delivered within the promised time frame", "if the link is not live within 7 days".
    # A post or an article is delivered by a writer too: for those only its publication counts.
    Rule(
        r"\b(?:(?:guest posts?|sponsored posts?|links?|backlinks?|placements?)(?: service| order)?\s"
        + _NOT_DONE + r"\s(?:delivered|published|placed|live|indexed|posted|approved)|"
        r"(?:articles?|posts?)\s" + _NOT_DONE + r"\s(?:published|placed|live|posted))\b"
        + _NOT_FOR_THE_CLIENTS_SITE,
        needs=_MONEY_BACK_CUE,
        reach=140,
    ),
    Rule(
        r"\b(?:stays?|remains?|kept|keeps?) (?:live|online|up|indexed|published|in place)\s"
        r"(?:for (?:at least |a minimum of |a full )?(?:\d+|one|two|three|five|a|an) (?:years?|months?)|"
        r"forever|permanently)\b",
        # or backs it with a replacement: "...for a minimum of 12 months; if it is removed earlier, we
        # publish a replacement for free"
        needs=r"\b(?:guarantee\w*|warrant\w*|promise\w*|replace(?:s|d|ment)?|re-?publish\w*)\b",
        reach=80,
    ),
]

# --- private blog networks ------------------------------------------------------------------------------
# A network of people, newsletters or offices is no network of sites ("our own network of industry
# newsletters", "our network of journalists").
_NOT_OF_PEOPLE = (
    r"(?!\sof\s(?:[\w-]+\s){0,2}?(?:newsletters?|podcasts?|journalists?|reporters?|contacts?|editors?|"
    r"writers?|experts?|partners?|influencers?|creators?|freelancers?|specialists?|agencies|offices|clients|"
    r"people|professionals|consultants|translators|subscribers|readers|members)\b)"
)
_OWN_VERB = r"(?:own|control|run|operate|bought|host|revived|rebuilt|acquired|registered|maintain)"
_PLURAL_SITES = r"(?:sites|blogs|websites|domains|properties|expired domains|network)"
PBN = [
    # a network's hosting kept apart so search engines do not connect its sites: what only a PBN needs
    Rule(
        r"\b(?:different|unique|separate|diverse|varied|multiple)\s(?:[\w-]+\s)?(?:ips?|ip addresses|"
        r"c-?class(?:es)?(?: ips?)?|hosting(?: accounts| providers| companies)?|hosts|registrars?|"
        r"nameservers)\b",
        needs=r"\b(?:our|my)\s(?:[\w-]+\s){0,2}?(?:network|blogs|sites|domains|websites|pbns?)\b|"
              r"\b(?:blogs?|sites?|domains?) (?:in|of) (?:our|my) (?:[\w-]+ )?network\b",
        reach=80,
    ),
    Rule(
        r"\b(?:blogs|domains|blog sites)\s(?:that\s)?(?:we|i)(?:'ve| have)?\s(?:set up|created|built|"
        r"launched|started|registered)\b"
    ),
    # client links on blogs the writer owns: "sidebar links on our travel blogs"
    Rule(
        r"\blinks?\s(?:[\w-]+\s){0,3}?on (?:our|my) (?:own )?(?:(?!partner|client|customer|"
        r"social)[\w-]+\s){0,2}?(?:sites|blogs|websites|domains|network)\b"
    ),
    # ...or posts there carrying them: "posts on our blogs are hand written and include your link"
    Rule(
        r"\b(?:posts?|articles?|content|reviews?|mentions?)\s(?:[\w-]+\s){0,3}?on (?:our|my) (?:own )?"
        r"(?:(?!partner|client|customer|social)[\w-]+\s){0,2}?(?:sites|blogs|websites|domains|network)\b",
        needs=r"\byour (?:[\w-]+ )?(?:links?|back-?links?|urls?|anchors?)\b",
        reach=90,
    ),
    Rule(
        r"\b(?:our|my) (?:own |private )?(?:blog|site|domain|website) (?:collection|portfolio|stable|farm|"
        r"pool|family|group)s?\b"
    ),
    # "links from our sister sites": sites of the same owner
    Rule(r"\b(?:our|my)\s(?:[\w-]+\s)?sister\s(?:sites|blogs|websites|domains|publications|properties)\b"),
    Rule(
        r"\bpbns?\b|\bprivate (?:blog |link |site )?networks?\b|\b(?:blog|link|site|domain|website|"
        r"in-house) networks?\b|\bnetwork (?:sites|blogs|domains|links)\b"
    ),
    Rule(
        r"\b(?:our|my)\s(?:own\s)?(?:\w+\s){0,2}?(?:network|collection|portfolio|stable|group|bunch|family|"
        r"cluster|stack|pool|farm|set)\sof\s(?:\d[\d,]{0,15}+\+?\s)?"
        r"(?:[\w-]+\s){0,3}?" + _PLURAL_SITES + r"\b"
        # ...not a web designer's portfolio: "our portfolio of 120 websites we've designed"
        r"(?!\s(?:(?:that\s)?(?:we|i)(?:'ve| have)?\s)?(?:designed|developed|redesigned|launched for|"
        r"built for)\b)"
    ),
    Rule(
        r"\b(?:we|i)(?:'ve| have)?\s(?:own|run|operate|control|maintain|host|built|build|created|assembled|"
        r"bought|acquired)\s(?:a |an |our )?(?:[\w-]+\s){0,2}?(?:network|collection|portfolio|stable|group|"
        r"bunch|family|set)\sof\s(?:\d[\d,]{0,15}+\+?\s)?(?:[\w-]+\s){0,3}?" + _PLURAL_SITES + r"\b"
    ),
    Rule(
        r"\b(?:sites?|blogs?|websites?|domains?|network)\s(?:that\s)?(?:(?:we|i)(?:'ve| have)?\s"
        + _OWN_VERB
        + r"|(?:are\s)?(?:owned|controlled|run|operated)\sby\s(?:us|me|our|my))\b"
    ),
    Rule(
        # "we own no sites": a negating determiner before the object negates the practice
        r"\b(?:we|i)\s(?:already\s|also\s|still\s)?(?:own|run|operate|control|maintain|host|have built)\s"
        r"(?:(?!(?:are|is|was|were|for|to|"
        # ...nor sites named as the clients' ("we host client staging sites", "we maintain your sites")
        r"with|today|no|zero|none|clients?'?|customers?'?|your|their|staging)\s)[\w-]+\s){0,5}?"
        r"(?:sites|blogs|websites|domains)\b"
        # sites built or hosted for clients are a web agency's work, not its own network
        r"(?!\s(?:for|with)\s(?:our\s|your\s|local\s|small\s)?(?:clients?|customers?|businesses|brands|companies|"
        r"organi[sz]ations|councils|charities|you)\b)"
    ),
    Rule(
        r"\b(?:sites?|websites?|blogs?|domains?|network)\sof\s(?:our|my)\sown\b|\b(?:our|"
        r"my)\sown\s(?:[\w-]+\s){0,2}?(?:sites|blogs|websites|domains|networks?)\b" + _NOT_OF_PEOPLE
    ),
    Rule(
        r"\b(?:expired|aged|dropped|auction(?:ed)?|deleted)(?:,?\s[\w-]+){0,2}?[- ](?:domains?|sites?)\b",
        needs=r"\b(?:our|my|(?:we|i)(?:'ve)? (?:own|bought|buy|use|acquire|acquired|purchase|register|"
        r"registered|revive|rebuild)|built on|uses?|using|links? (?:from|on)|comes? from|point\w*|put your|"
        r"network|pbn|rebuilt|revived|with history|high da|301|redirect\w*|(?:websites|sites|"
        r"blogs) (?:built |hosted |running )?on|(?:we|i) maintain|for linking|to link|"
        r"link(?:ing)? (?:out )?to (?:you|clients|your))\b",
        reach=40,
    ),
    Rule(
        r"\b(?:we|i)\s(?:control|own)\s(?:every|all|each|the)\s(?:\w+\s){0,2}?(?:sites?|blogs?|domains?)\b|"
        r"\b(?:sites?|blogs?|domains?|websites?) in (?:our|my) (?:own )?(?:portfolio|network|stable|"
        r"collection)\b"
    ),
    Rule(
        r"\b(?:sites?|websites?|blogs?|domains?)\s(?:that\s)?(?:our|my)\s(?:agency|company|team|firm|"
        r"business)\s(?:owns?|controls?|runs?|operates?|built)\b"
    ),
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
    r"\b(?:blog )?comment (?:links|backlinks|spam\w*|blasts?)\b|\bforum (?:links|backlinks|posting|profiles?|"
    r"spam)\b|\bprofile (?:links|backlinks|creation)\b|\bsocial bookmark\w*|\bbookmarking\b|"
    r"\bdirectory (?:backlinks|links|blasts?)\b|\barticle (?:directories|spinning|"
    r"submissions?)\b|\bspun (?:articles|content)\b|\bspin(?:s|ning)? (?:your |the )?(?:articles?|content)\b|"
    r"\blink wheels?\b|\brss submissions?\b|\bweb ?2\.0 (?:links|backlinks|blogs|sites|properties|platforms|"
    r"profiles)\b|\bweb ?2\.0s\b|\btiered link building\b|\bsocial signals\b|\blink pyramids?\b|"
    r"\btiered (?:links|backlinks|linking|link (?:campaigns?|packages?|structures?))\b"
)
_NOT_BUILDING = (
    r"\b(?:track\w*|monitor\w*|report\w*|alert\w*|audit\w*|crawl\w*|check\w*|notif\w*|remind\w*|schedul\w*|"
    r"emails?|outreach|invoic\w*|analytics|flag\w*|broken|detect\w*|find\w*|fix\w*|scan\w*|identif\w*|"
    # what a visitor's click does ("when the link was clicked, the user would be automatically redirected")
    r"clicked|redirected)\b"
)
AUTOMATED_LINKS = [
    Rule(_TOOLS),
    Rule(_SPAM_TYPES),
    # directory submission in bulk ("500 directory submissions"), not a hand-made listing in a few curated
    # directories ("we can help with your directory submission process")
    Rule(r"\bdirectory submissions?\b", needs=r"\d|\b(?:hundreds|thousands|bulk|mass|automat\w*|software|"
         r"tools?|instant\w*)\b", reach=60),
    Rule(
        r"\b(?:automat\w*|auto-?(?:post\w*|submit\w*|generat\w*|creat\w*|publish\w*|build\w*|blast\w*|pilot)|"
        r"autopilot|one[- ]click|single click|set[- ]and[- ]forget|link machine|bots?|robots?|blast\w*|"
        r"in bulk|mass)\b",
        needs=_LINKISH,
        reach=60,
    ),
    Rule(
        r"\b(?:software|tools?|scripts?|programs?)\b" + gap(4) + r"(?:builds?|creates?|generates?|submits?|"
        r"posts?|drops?|blasts?|spins?|registers?|churns?|pumps?)\b",
        needs=_LINKISH,
        reach=60,
    ),
    Rule(
        r"\b(?:made|created|generated|built|posted|submitted)\s(?:with|by|using)\s(?:\w+\s){0,2}?(?:software|"
        r"tools?|bots?|scripts?)\b"
    ),
    # links built with the seller's own software: "we build thousands of links with our in-house software"
    # (not research tools: "we build links using tools like Ahrefs to find prospects")
    Rule(
        r"\b(?:build|create|generate|make|post|submit|blast|drop)\w*\s(?:[\w,-]+\s){0,4}?(?:links?|"
        r"back-?links?|profiles?|comments?)\s(?:[\w-]+\s){0,2}?(?:with|using|via|through|by)\s(?:our|my|an?|"
        r"the)\s(?:own\s|in-house\s|proprietary\s|custom\s|special\s|private\s)?(?:software|tools?|bots?|"
        r"scripts?|programs?)\b(?!\s(?:like|such as|including|to (?:find|research|track|monitor)))"
    ),
    Rule(
        r"\b(?:submit\w*|listed|list|register\w*)\b"
        + gap(3)
        + r"(?:to|in|on|across)\s(?:"
        + NUM
        + "|"
        + VAGUE_MANY
        + r")(?:\sof)?"
        + gap(2)
        + r"(?:directories|forums|bookmarking sites|article directories|search engines|profiles)\b"
    ),
]
AUTOMATED_UNLESS = _NOT_BUILDING

# --- anchor manipulation --------------------------------------------------------------------------------
_ANCHORISH = (
    r"\b(?:anchor\w*|link text|clickable text|every link|all (?:your |the )?links|point everything)\b"
)
ANCHOR_MANIPULATION = [
    Rule(
        r"\b(?:\d+\s?%\s)?(?:commercial|money|keyword|exact[- ]match|keyword[- ]rich|"
        r"target[- ]keyword)\sanchors?\b"
    ),
    Rule(r"\banchor(?: text)? (?:on|for|in|of) (?:every|all|each)\b"),
    Rule(r"\bexact[- ]match\w*\b", needs=_ANCHORISH + r"|\d+\s?%", reach=60),
    Rule(r"\bmoney[- ](?:keywords?|terms?|phrases?|anchors?)\b", needs=_ANCHORISH, reach=80),
    Rule(
        r"\b(?:commercial|target|main|exact|money|primary)\s(?:keyword|term|phrase)s?\b",
        needs=_ANCHORISH,
        reach=60,
    ),
    Rule(
        r"\b(?:every|each|all(?: the)?|all your) (?:link|backlink|anchor)s? (?:will )?(?:says?|reads?|carry|"
        r"carries|uses?|contains?)\s(?:exactly |precisely |only )?(?:the|your)\s(?:[\w-]+\s)?(?:phrase|"
        r"keyword|term|words)\b"
    ),
    Rule(
        r"\b(?:keywords?|phrases?|terms?|words) (?:that |which )?you (?:want|wish|hope) to rank for\b",
        needs=_ANCHORISH + r"|\b(?:says?|reads?|every link|each link)\b",
        reach=80,
    ),
    Rule(
        r"\b(?:keywords?|phrases?|terms?)\s(?:[\w-]+\s){0,3}?(?:as|in) (?:the )?(?:anchor|anchor text|"
        r"link text|clickable text)\b"
    ),
    Rule(r"\bas (?:the )?(?:anchor(?: text)?|link text|clickable text)\b"),
    Rule(
        r"\banchors?\s(?:text\s)?(?:\w+\s){0,3}?(?:is|are|will be|=)\s(?:always\s|all\s)?(?:your\s|"
        r"the\s)?(?:exact|target|money|main|commercial)\b"
    ),
    Rule(r"\bkeyword[- ]rich anchors?\b|\b(?:over-?optimi[sz]ed|aggressive) anchors?\b"),
]
ANCHOR_UNLESS = (
    r"\b(?:brand\w*|url|naked|company name|business name|natural\w*|varied|vary|mix\w*|diverse|descri\w*|"
    r"list|lists|report\w*|spreadsheet|dashboard|track\w*|"
    # the anchors of the client's own internal links are on-page work
    r"internal(?:[- ]link(?:s|ing)?)? anchor)\b"
)
