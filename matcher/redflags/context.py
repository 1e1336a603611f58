"""Scope checks: is a matched claim asserted by the writer, or negated, attributed, asked, hypothetical,
hedged, told as a past result, or a problem the writer cleans up?

Every check looks at the sentence that holds the match and mostly at the clause before it, so it works
for any wording the pattern or the semantic stage found, not for a list of known sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

from matcher.redflags.lexicon import (
    DONT_MARK,
    LOST,
    MARKED,
    PAID_MARK,
    PRICE,
    READERS_WISH,
    REMEDY,
    UNDELIVERED,
)
from matcher.redflags.registry import KIND
from matcher.redflags.sentences import clause_bounds, clause_marks

# Every function here reads the lower-cased copy of the text (prefilter.lower_same_length), so the
# patterns are lower case and compiled without IGNORECASE (which is several times slower).

# Words that negate what follows them in their clause.
_NEGATOR = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|zero|cannot|nope|no-one|refuses?|refused|"
    r"refusing|rejects?|declines?|declined|avoids?|avoided|avoiding|against|bans?|banned|prohibits?|"
    r"prohibited|forbids?|forbidden|(?:do|does|did|is|are|was|were|have|has|had|wo|ca|could|would|should|"
    r"must|need)n'?t|dont|cant|wont|doesnt|didnt|isnt|arent)\b|n't\b|\b(?:instead of|rather than|stay(?:s|"
    r"ing)? away from|steer(?:s|ing)? clear of|free of|far from|turn(?:s|ed|ing)? down|say(?:s|ing)? no to|"
    r"said no to|walk(?:s|ed)? away from|no longer|anything but|rarely|seldom|sparingly|hardly|barely|"
    r"only a (?:small )?(?:fraction|handful|minority)|a small (?:fraction|minority|share))\b",
)
# Negative words that do not negate the claim after them ("not only", "no less than 50 links") or that
# negate a risk rather than the practice ("no footprint", "Google will never know").
_NOT_NEGATING = re.compile(
    r"\b(?:no (?:[\w-]+ )?(?:cost|charge|fee)s?|not (?:only|just|merely|simply)|"
    r"no (?:matter|doubt|less|fewer|more|later|sooner|ifs|buts|questions|exceptions?|fail|catch|problem|"
    r"worries|risk|footprints?|traces?|penalt(?:y|ies)|limit)|without (?:fail|exception|any (?:risk|"
    r"footprints?|trace)|risk|footprints?|a trace|lifting|anyone (?:noticing|knowing))|never (?:fails?|"
    r"miss(?:es)?|(?:be )?(?:detected|caught|found|know|knows|notice|notices|traced))|zero (?:risk|"
    r"footprints?|traces?|penalt(?:y|ies))|(?:do|does|did|wo|ca)n'?t (?:pay|have to pay)|"
    r"no (?:\w+ ){0,2}no (?:pay|fee|charge)|(?:or|if) (?:you|we) (?:do|does)n'?t|if not|no-?follow|"
    r"nobody ever|not (?:a|one) single|"
    # hiding the practice is no refusal of it: "built without leaving a footprint Google can detect"
    r"(?:without|never|not|no) (?:leav\w*|creat\w*|build\w*|mak\w*|rais\w*|trigger\w*|sett\w* off|"
    r"giv\w* away) (?:any |a |an |the |one )?(?:single )?(?:\w+ )?(?:footprints?|traces?|red flags?|"
    r"pattern)|without (?:google|search engines|anyone|anybody) (?:ever )?(?:noticing|knowing|detecting|"
    r"finding out|catching)|without (?:getting |being )?(?:caught|detected|noticed|penalised|penalized|"
    r"flagged))\b",
)
# Third parties whose claims a writer reports or warns about.
_THIRD = (
    r"agenc(?:y|ies)|vendors?|providers?|compan(?:y|ies)|firms?|freelancers?|seos|sellers?|scammers?|"
    r"spammers?|people|others?|someone|somebody|anyone|anybody|whoever|those|they|they're|they'll|they've|"
    r"competitors?|rivals?|gurus?|marketers?|consultants?|outfits?|cowboys?|he|she|folks|guys|shops|"
    r"affiliates|webmasters|bloggers|black ?hats|link builders|site owners"
)
_FIRST = r"we|we're|we'll|we've|we'd|i|i'm|i'll|i've|i'd|our team|my team|our agency"
_AGENT = re.compile(rf"\b(?:(?P<third>{_THIRD})|(?P<first>{_FIRST}))\b")
_MODIFIER = re.compile(
    r"(?:'s?|s')|\s(?:suppression|analysis|research|audits?|sites?|pages?|backlinks?|links|rankings?|"
    r"keywords?|profiles?|listings?|data|gaps?|benchmark\w*|comparison|domains?|content|reviews?|names?)\b",
)
_BY_THIRD = re.compile(
    r"^\W*(?:\w+\W+){0,4}?by (?:a |an |the |your |their |some |other |another )?(?:previous |former |old |"
    r"other |cheap |shady )?(?:agenc|vendor|provider|compan|freelancer|seo|developer|contractor|team|"
    r"competitor|someone)",
)
# A warning about the practice: calling it risky, penalised, a scam, against the rules, or cleaning it up.
_WARNING = re.compile(
    r"\b(?:bewares?|be (?:wary|careful|sceptical|skeptical|cautious)|wary of|watch out|red flags?|"
    r"warning signs?|scams?|scammy|lying|lie|lies|myths?|snake oil|penali[sz]\w*|penalt(?:y|ies)|"
    # ...or calling it worthless, as a predicate ("such guarantees are worth nothing"), not an epithet for
    # others ("unlike the bogus agencies out there")
    r"(?:is|are|'re|'s)\s(?:\w+\s){0,2}?(?:worthless|meaningless|worth (?:absolutely |exactly )?nothing|"
    r"bogus|unethical|fraudulent)|"
    r"manual actions?|de-?index\w*|violat\w*|against (?:google'?s? |the )?(?:\w+ )?(?:guidelines|policies|"
    r"rules|terms)|breaks? (?:google'?s? |the )?(?:\w+ )?(?:policies|guidelines|rules)|at risk|risky|"
    r"dangerous|harm\w*|hurt\w*|detriment\w*|toxic|clean-?ups?|clean(?:ed|ing)? (?:it |them )?up|disavow\w*|"
    r"recover\w*|"
    r"reconsideration|selling you risk|get you (?:banned|penali[sz]ed|a manual action)|punish\w*|banned|"
    r"(?:is|are|produces?|creates?|generates?) (?:\w+ ){0,2}spam|(?:google|search engines)\s(?:\w+\s)?"
    r"(?:hates?|frowns? (?:up)?on|dislikes?|cracks? down on|devalues?|discounts?|ignores?))\b",
)
# "penalty-free", "no risk of penalties", or a penalty the writer aims at a rival: not a warning.
_WARNING_UNDONE = re.compile(
    r"(?:\b(?:no|not|isn'?t|aren'?t|zero|without|never|safe from|free from|immune to|avoid|proof against|"
    r"risk of|never hit)\W+(?:\w+\W+){0,2}$)|\b(?:competitors?|rivals?|rival sites?)\b\W+(?:\w+\W+){0,5}$",
)
_WARNING_UNDONE_AFTER = re.compile(
    r"^(?:-?free|-?proof|\W+(?:never|won't|will never|can't|cannot|don't|do not|doesn't|does not)\b)"
)
# A placement marked as paid for, in words (discloses_payment).
_MARKED_PAID_WORDS = (
    rf"rel=?\W?sponsored|(?:{MARKED}|presented|published) (?:as )?(?:an? )?"
    r"(?:ads?|sponsored(?: content| posts?)?|advertising|paid|branded content|partner content|advertorials?)"
)
_MARKED_PAID = re.compile(rf"\b(?:{_MARKED_PAID_WORDS})")
# ...or with a nofollow, which is how a pattern's match of paid links is read as disclosed.
_COMPLIANT = re.compile(
    rf"\b(?:{_MARKED_PAID_WORDS}|rel=?\W?nofollow|no-?follow|clearly (?:labell?ed|disclosed|marked))"
)
# The words that set up a supposition to reason with: a condition in a clause, and a sentence opened by one
# (_SUPPOSES) is not asserted.
_SUPPOSING = r"suppose|supposing|assuming|let'?s say|let us say"
_CONDITION = re.compile(rf"\b(?:if|unless|whether|in case|imagine|{_SUPPOSING})\b")
_REMEDY = re.compile(REMEDY)
_LOST = re.compile(rf"\b{LOST}\b")
_OWN_NEGATOR = re.compile(
    r"(?:do(?:es)?n'?t|do(?:es)? not|will not|won'?t|shall not|cannot|can'?t|must not|mustn'?t|may not|"
    r"should not|never|not)\b"
)
# "and" starts a predicate of its own ("...shall not be entitled to a refund and does not guarantee...");
# after "or" a negator still governs ("we do not accept payment or publish posts not marked as paid"),
# and "but" already ends a clause (sentences._CLAUSE).
_COORDINATED = re.compile(r"\sand\s")
_DONT_MARK = re.compile(DONT_MARK + r"[^.;!?]{0,50}$")
_UNDELIVERED = re.compile(UNDELIVERED)
_HEDGE = re.compile(
    r"\b(?:may|might|could|maybe|perhaps|possibly|hopefully|hope|aims?|aimed|aiming|strives?|striving|try|"
    r"tries|trying|attempts?|typical|typically|usually|often|on average|generally|normally|sometimes|"
    r"in most cases|depends?|depending|likely|unlikely|helps?|helping|goal|targets?|targeting|work(?:s|"
    r"ing)? towards?|estimate\w*|potential\w*|possible|can't say|cannot say|ideally|where possible|chance|"
    r"(?:'d|would) rather)\b",
)
# Hedges between a promise's trigger and its cue: "results fast: quick wins usually show within weeks".
# Adverbs and modals only: the nouns of _HEDGE ("targets", "goal") name what a promise is for.
_HEDGE_INSIDE = re.compile(
    r"\b(?:may|might|could|usually|typically|often|generally|normally|sometimes|likely|on average|"
    r"in most cases)\b"
)
# Hedges that qualify the claim just before them: "10 to 25 links a month, depending on the niche".
_HEDGE_AFTER = re.compile(
    r"^[^:;]*?\b(?:depending on|depends on|on average|varies|may vary|if all goes well|give or take|or so|"
    # "8-12 backlinks per month for most clients": what is typical, not what each client is promised
    r"for most (?:clients|campaigns|sites|customers|projects|businesses)|in most cases|for a typical)\b"
)
# The same words anywhere in a sentence: its figure is an estimate ("8 to 12 links a month, depending on
# your niche").
_VARIES = re.compile(_HEDGE_AFTER.pattern.removeprefix(r"^[^:;]*?"))
# A clause after the claim that says its figure varies.
_FIGURE_HEDGED = re.compile(
    r"\W*(?:but |and )?(?:the (?:exact |final |actual )?(?:number|count|total|amount|figure|timing|pace)|"
    r"this|that|it|results?)\b[^.;:!?]{0,40}?\b(?:depends?|depending|varies|vary|differs?)\b"
)


def _figure_hedged(text: str, ce: int, se: int) -> bool:
    """The clause after the claim says its figure varies ("...; the number depends on what editors
    accept"), and does not deny it ("the number never varies")."""
    m = _FIGURE_HEDGED.match(text, ce, se)
    return bool(m) and not _negated_in(m.group())


# An estimate: "around 10", "~10".
_APPROX = re.compile(r"(?:\b(?:around|roughly|approximately|approx\.?|circa|about)\s*|~\s*)\d")
# A publisher's guidelines grant a contributor room for its own link ("you can insert 1 backlink", "allow
# you to include 2 links").
_PERMISSION_WORDS = (
    r"allow(?:s|ed)?(?: you)? to (?:include|insert|add|place|have|use|put)|(?:is|are) allowed|permitted|"
    r"you (?:can|may) (?:include|insert)"
)
# A most, not a promise: "a maximum of 2 do-follow links per post", "no more than 3 links" (not "max
# package:" or "maximum exposure").
_CAP = re.compile(r"\b(?:max(?:imum)?\.?\s(?:of\s)?(?:\d|one|two|three|four|five)|no more than|not more than|"
                  r"at most|up to a max(?:imum)?|limit(?:ed)? (?:of|to) (?:\d|one|two|three|four|five)|"
                  # a permission is a cap on contributors too
                  + _PERMISSION_WORDS + r")")
_EXPLICIT = re.compile(r"\b(?:guarantee\w*|promise\w*|assure\w*|commit\w*|contract\w*|in writing)\b")
_PAST_VERB = re.compile(
    r"\b(?:earned|landed|won|gained|achieved|reached|grew|drove|saw|helped|got|took|moved|climbed|brought|"
    r"doubled|tripled|went|jumped|rose|turned|was|were|had|did|came|became|ended up|(?:have|has|"
    r"'ve) (?:been |now )?\w+(?:ed|en|wn|lt|ght)|"
    # a past participle is often an adjective ("links placed monthly"); after a subject it is a past verb
    r"(?:we|i|they|he|she|our team|the client|the campaign)\s(?:\w+\s)?(?:bought|sold|built|placed|secured|"
    r"published|delivered|created|launched|ranked|generated|increased|improved|acquired|obtained))\b",
)
_PAST_TIME = re.compile(
    r"\b(?:last (?:year|month|quarter|week|spring|summer|autumn|fall|winter|season)|(?:in|since|by|from|"
    r"between|across|during|throughout|over) (?:\w+ )?(?:19|20)\d\d|ago|previously|so far|to date|"
    r"over the (?:past|last)|back in|in the past|case stud(?:y|ies)|track record|went from|from page \d+|"
    r"historically)\b",
)
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|going to|guarantee\w*|promise\w*|assure\w*|ensure\w*|always|every time|or (?:your|"
    r"you get your) money|get you)\b",
)
_RESULT_HEADER = re.compile(
    # a case study's own words before the header ("Overnight SEO results – ..." heads a promise)
    r"\W*(?:(?:campaign|project|client|case[- ]study|key|final|the|our|actual|measured)\s){0,2}"
    r"(?:outcomes?|results?|impact|achievements?|achieved|delivered|wins)\s?(?::|[–—-]\s)"
)
_RECURRING = re.compile(
    r"\b(?:per|a|each|every) (?:month|week|year|quarter)\b|\b(?:monthly|weekly)\b|/\s?(?:mo|month|week)\b"
)


def reports_results(sentence_low: str) -> bool:
    """The sentence is a result line under its header ("Outcome: 120 new backlinks and a 64% increase in
    organic traffic"), promising nothing for the future and nothing recurring."""
    return bool(_RESULT_HEADER.match(sentence_low)) and not (_FUTURE.search(sentence_low)
                                                              or _RECURRING.search(sentence_low))


# Rankings as what the provider measures and reports ("ranking results will be performed once per month",
# "positions are checked weekly", "we track your rankings every month"): a reporting term, which the
# sentence heads read as a ranking promise for its future tense and its subject.
_MEASURED = re.compile(
    r"\b(?:rankings?|positions?|ranking (?:results|reports?|checks?)|keyword positions?)\s(?:[\w,]+\s){0,4}?"
    r"(?:are|is|will be|shall be|get|gets|to be)\s(?:\w+\s)?(?:performed|checked|tracked|measured|monitored|"
    r"reported|recorded|sent|provided|run|taken|pulled|reviewed|updated)\b|"
    r"\b(?:check|track|measure|monitor|report|review|record)\w*\s(?:[\w']+\s){0,3}?(?:rankings?|"
    r"positions?)\b[^.;]{0,40}?\b(?:daily|weekly|monthly|fortnightly|quarterly|"
    r"(?:once |twice )?(?:a|per|every|each) (?:day|week|month|fortnight|quarter))\b"
)
_GUARANTEE_WORD = re.compile(r"\b(?:guarantee\w*|promise\w*|assure\w*|warrant\w*|ensure\w*|or your money)\b")


def measures_rankings(sentence_low: str) -> bool:
    """The sentence says how rankings are measured or reported, and guarantees nothing."""
    return bool(_MEASURED.search(sentence_low)) and not _GUARANTEE_WORD.search(sentence_low)


# "A keyword counts as delivered once it has reached page one": a perfect tense in a clause of time sets a
# term, it reports no past result.
_TERM_CLAUSE = re.compile(
    r"\b(?:once|as soon as|until|till|by the time)\s(?:\w+\s){0,3}?(?:has|have|'s|'ve)\s"
)
_DISCONTINUED = re.compile(
    r"\b(?:used to|no longer|stopped|quit|gave up|moved away from|abandoned|phased out|dropped|ditched|"
    r"retired)\b|"
    # a memory of one's own past: "I also remember creating 1000 links one day"
    r"\b(?:i|we)\s(?:also\s|still\s|clearly\s)?(?:remember|recall)\b",
)
_REMEDIATION = re.compile(
    r"\b(?:audit\w*|identif\w*|detect\w*|spot(?:s|ted|ting)?|teach\w*|train\w*|flag(?:s|ged|ging)?|remov\w*|"
    r"disavow\w*|clean(?:s|ed|ing)?|recover\w*|protect\w*|monitor\w*|fix(?:es|ed|ing)?|warn\w*|guard\w*|"
    r"defend\w*|check(?:s|ed|ing)?|screen(?:s|ed|ing)?\b|vet|vets|vetted|vetting|look(?:s|ing)? for|"
    r"signs (?:of|that)|"
    r"evidence of|traces of|inherit\w*|replac\w*|undo\w*|revers\w*|dismantl\w*|report(?:s|ed|ing)? (?:on|to)|"
    r"analy[sz]\w*|review\w* (?:for|your)|investigat\w*|uncover\w*|educat(?:e|es|ed|ing)|"
    r"(?:get|gets|getting|got) rid of)\b",
)
_ACQUIRED = re.compile(
    r"\b(?:we|i|and|then|to)\s(?:\w+\s)?(?:buy|buys|bought|purchas\w*|sell|sells|sold|build|builds|built|"
    r"register\w*|acquir\w*|rent|rents|rented|order|orders|ordered)\b"
)


def _remedied(prefix: str, rest: str) -> bool:
    """A remedy word governs what follows it (`rest`: from the match to the clause's end), unless the writer
    then acquires the thing: "we spot the best expired domains and buy them for our network" spots to buy."""
    ends = [m.end() for m in _REMEDIATION.finditer(prefix)]
    return bool(ends) and not _ACQUIRED.search(prefix, ends[-1]) and not _ACQUIRED.search(rest)


# Words that start a predicate: used to see whether a match sits in the subject of its clause.
_AUX = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|'s|"
    r"'re|play|plays|belong|belongs|make|makes)\b",
)
_RELATIVE = re.compile(r"\W*(?:that |which |who )?(?:we|i|you|they|he|she)\b")


def _last_words(s: str, n: int) -> str:
    words = s.split()
    return " ".join(words[-n:]) if n else ""


# Every negator contains one of these: a cheap scan that rules out most windows before the full check.
_NEG_QUICK = re.compile(
    r"no|n't|nt\b|tur|wal|nev|nei|wit|zer|can|ref|rej|dec|avo|aga|ban|pro|for|ins|rat|sta|ste|fre|far|any|"
    r"rar|sel|spa|har|bar|fra|han|min|sma"
)


def _negated_in(s: str, before: int | None = None) -> bool:
    """Any negator in s (starting before offset `before`, where given) that is not part of a non-negating
    phrase; text after `before` still completes such a phrase ("no hidden fees")."""
    if not _NEG_QUICK.search(s):
        return False
    blocked = [m.span() for m in _NOT_NEGATING.finditer(s)]
    return any((before is None or m.start() < before) and not any(a <= m.start() < b for a, b in blocked)
               for m in _NEGATOR.finditer(s))


def _negated_before(prefix: str, window: int = 12) -> bool:
    """A negator within `window` words before the match."""
    return _negated_in(_last_words(prefix, window))


def _negated_predicate(prefix: str, after: str) -> bool:
    """'Paid links are not part of our process': the match is the subject and its predicate is negated."""
    if _AGENT.search(prefix) or _AUX.search(prefix):
        return False  # the match is not the subject of its clause
    if _RELATIVE.match(after):
        return False  # "a loophole we can't talk about": a new clause about the match, not its predicate
    aux = _AUX.search(after)
    if not aux or len(after[: aux.start()].split()) > 6:
        return False
    return _negated_in(after[aux.start() : aux.end() + 40])


_DENIAL = re.compile(
    r"\W*(?:no|never|nope|none|nah|not (?:at all|ever|a chance)|absolutely not|zero|nothing)\b",
)


def _denied_label(sentence: str, rel_end: int) -> bool:
    """'Paid links? Never.': a label followed by a one-word denial."""
    q = sentence.find("?", rel_end)
    if q == -1 or any(c.isalnum() for c in sentence[rel_end:q]):
        return False
    return bool(_DENIAL.match(sentence, q + 1))


# "we are consultants who ...", "we are the only agency that ...", "we are a performance-driven company
# that ...": after an article, up to three words describe the writer between its "we are" and the noun
# ("we are tired of agencies that ...", "i'm constantly seeing freelancers who ..." are no such
# description).
_SELF = re.compile(
    r"\b(?:we are|we're|i am|i'm|as)\s(?:(?:the |an? |one of the |one )"
    r"(?:(?!(?:of|with|about|against|than|like|to|from|by|for|not|never|unlike|tired|sick|wary)\b)"
    r"[\w-]+ ){0,3})?$"
)


# Terms and conditions name their parties in quotes ("“Client” agrees to pay “Company” …"): the quoted
# agency, company or provider is the writer itself, not a third party it warns about.
# The names a writer gives itself as a party to its terms, quoted as a defined term or not.
_PARTY = r"(?:agency|company|provider|service provider|consultant|contractor|seller|supplier|vendor)"
_DEFINED_TERM = re.compile(rf"[\"“‘']{_PARTY}[\"”’']")


# A third party bound by an obligation ("publishers must not mark the post as sponsored", "sellers are
# required to keep links live for a year"): the writer's own terms for that party, not its practice told.
_OBLIGED = re.compile(
    r"\s(?:\w+\s)?(?:must|mustn'?t|shall|shan'?t|may not|(?:are|is) (?:not )?(?:required|allowed|permitted|"
    r"obliged|expected) to|agrees? to|undertakes? to)\b"
)


# The writer serving a third party: "we help people ...", "I let bloggers ...", "our platform allows
# affiliates to ...".
_SERVED = re.compile(
    r"\b(?:we|i|our (?:\w+ )?(?:team|agency|service|platform|tool|network))\s(?:\w+\s)?"
    r"(?:help|helps|let|lets|allow|allows|enable|enables|assist|assists|get|gets|show|shows|teach|teaches|"
    r"support|supports)\s"
    r"(?:(?:the|all|our|your|many|more)\s)?$"
)
_WRITER = re.compile(r"\b(?:us|our|me|my)\b")  # the writer as object or owner: "owes us", "our clients"


# Sites or vendors right before the practice's verb are its agent ("the websites selling links", "sites that
# sell links"), unless the writer offers them ("our publishers selling links", "we connect you with 5,000
# publishers selling links", "we are a marketplace that sells links").
_THING_AGENT = re.compile(
    r"\b(?:(?:web)?sites|blogs|publishers|platforms|marketplaces|networks|services|tools|vendors|shops)"
    r"(?: (?:that|which|who))? $"
)
_OFFERED_THINGS = re.compile(
    r"\b(?:our|my|we are|we're|i am|i'm|connect\w*|access|choose|pick|catalog\w*|list|inventory|database|"
    r"network|range|thousands|hundreds|dozens)\b|\d"
)


# Terms written between parties name both ("the Client shall ... the Agency will ..."): there "the agency"
# (or company, provider ...) is the writer in its own terms, as a quoted defined term is.
_CLIENT_PARTY = re.compile(r"\bthe (?:client|customer)s?\b")
_WRITER_PARTY = re.compile(rf"\bthe {_PARTY}$")


_TERMS_WORDING = re.compile(
    r"\b(?:shall|hereby|herein\w*|hereinafter|this agreement|these terms|terms and conditions|the parties|"
    r"either party)\b|\bthe (?:client|customer) (?:agrees|acknowledges|accepts|warrants|undertakes|"
    r"understands)\b"
)


def names_parties(text: str) -> bool:
    """The text is terms between a client and the writer: it names the client as a party and is worded as
    terms ("shall", "this agreement", "the Client acknowledges"), so a story about "the agency" a client
    hired is not read as one."""
    return bool(_CLIENT_PARTY.search(text)) and bool(_TERMS_WORDING.search(text))


def _attributed(sentence: str, rel_start: int, rel_end: int, after: str, parties: bool = False) -> bool:
    """The nearest agent before the match is a third party ("agencies that promise ..."), and the writer
    is not part of the same clause ("someone on Google's spam team owes us a favour"). `parties`: the
    text is terms between the client and the writer (names_parties)."""
    if _WRITER.search(after):
        return False
    nearest = None
    for m in _AGENT.finditer(sentence, 0, rel_start):
        if parties and m.group("third") and _WRITER_PARTY.search(sentence, max(0, m.start() - 4), m.end()):
            continue  # "the Agency will refund the fee": the writer, named as a party to its terms
        if m.group("third") and _MODIFIER.match(sentence, m.end()):
            continue  # "competitor analysis", "a competitor's listing": a noun modifier, not who speaks
        if m.group("third") and _SELF.search(sentence, max(0, m.start() - 50), m.start()):
            continue  # "we are the only agency that ...": the writer describing itself
        if m.group("third") and _SERVED.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "we help people buy links": the writer's customers, and the writer's offer
        if m.group("third") and _DEFINED_TERM.match(sentence, max(0, m.start() - 1)):
            continue  # a contract's defined party ("“Company” private network"): the writer in its terms
        if m.group("third") and _OBLIGED.match(sentence, m.end()):
            continue  # "publishers must not mark it as sponsored": the writer's terms for them
        nearest = m
    if nearest is not None and nearest.group("third"):
        return True
    thing = (_THING_AGENT.search(sentence, 0, rel_start)
             if sentence.endswith(("s ", "that ", "which ", "who "), 0, rel_start) else None)
    if (thing and not _OFFERED_THINGS.search(sentence, 0, thing.start())
            and not _OBLIGED.match(sentence, rel_start - 1)):
        return True
    return bool(_BY_THIRD.search(sentence[rel_end:]))


def agent_between(between: str, before: str = "") -> bool:
    """A third party is the subject between a rule's two halves ("for a price they can get you links"):
    the writer describes someone else's offer; not where the writer speaks before them ("we guarantee
    they will hit the first page")."""
    if FIRST_PERSON.search(between) or FIRST_PERSON.search(before):
        return False
    for m in _AGENT.finditer(between):
        if m.group() == "those":
            continue  # a determiner as often as a subject ("for those three keywords")
        if not _MODIFIER.match(between, m.end()) and not _SERVED.search(between, 0, m.start()):
            return True
    return False


# "There are many automated programs that will place your link on hundreds of FFA sites", "One promises
# 'page 1 in 60 days'. Another offers '500 backlinks for $299'": what exists, what others offer, not what
# the writer does.
_EXISTS = re.compile(
    r"\W*(?:(?P<exists>there) (?:are|is|exist|exists) (?:\w+ ){0,3}?(?:compan(?:y|ies)|agenc(?:y|ies)|"
    r"programs?|tools?|"
    r"services|software|apps?|people|sites|websites|vendors|sellers|providers|firms|businesses|networks|"
    r"scripts|bots|plugins|marketplaces|platforms|schemes|ways|methods|tricks)\b|"
    r"(?:one|another|the other)\s(?:promises|offers|claims|says|sells|guarantees|advertises|boasts|"
    r"pitches|touts)\b)"
)


def describes_what_exists(text: str, sent: tuple[int, int]) -> bool:
    ss, se = sent
    m = _EXISTS.match(text, ss, se)
    if m is None or FIRST_PERSON.search(text, ss, se):
        return False
    # "There are three services to choose from, each with guaranteed page 1 rankings": the writer's menu
    return not (m.group("exists") and _SELLS.search(text, ss, se))


# A penalty or toxic links aimed at the rival the sentence names ("...until Google penalises them", "toxic
# links to your competitor's site") are what negative SEO sells, not a warning to the reader.
_RIVAL = re.compile(r"\b(?:competitors?|rivals?|competition)\b")
_AT_THEM = re.compile(
    r"\W+(?:them|their|its?|(?:back-?)?links?\s(?:\w+\s){0,2}?(?:to|at|on|against|towards?)\s(?:your|their|"
    r"the)\s(?:\w+\s)?(?:competitors?|rivals?|competition))\b"
)


def _warned(sentence: str) -> bool:
    rival = None
    for m in _WARNING.finditer(sentence):
        before = sentence[max(0, m.start() - 40) : m.start()]
        after = sentence[m.end() : m.end() + 16]
        if _WARNING_UNDONE.search(before) or _WARNING_UNDONE_AFTER.search(after):
            continue
        if _AT_THEM.match(sentence, m.end(), m.end() + 60):
            rival = bool(_RIVAL.search(sentence)) if rival is None else rival
            if rival:
                continue
        return True
    return False


# Advice to the reader about the reader's own practice: "When you buy links, check the site's traffic first",
# "For your own PBN sites, use different registrars". The practice is the reader's (an opening when/once
# you... clause, "for your own", "domains you control") and the sentence tells the reader what to do; no
# one in it sells it ("When you buy links from us, ..." is an offer).
_WHEN_YOU = re.compile(r"\W*(?:when|whenever|once|before|after|as soon as)\s+you\b")
_YOURS = re.compile(
    r"\bfor\s+your\s+own\b|\b(?:domains?|sites?|websites?|blogs?|networks?)\s+you\s+(?:own|control|run|manage)\b"
)
_ADVICE_VERB = (
    r"(?:then\s+)?(?:always\s+|first\s+)?(?:check|make sure|be sure|ensure|use|avoid|keep|remember|consider|"
    r"verify|ask|look|don'?t|do not|never|try)\b|"
    r"you(?:'ll| will)?\s+(?:should|need to|must|have to|want to)\b"
)
_ADVICE_MAIN = re.compile(r"\s*(?:" + _ADVICE_VERB + ")")
_ADVICE = re.compile(
    r"(?:^|[,;:]\s*)(?:" + _ADVICE_VERB + r")|"
    r"\b(?:nothing beats|the (?:best|fastest|safest) (?:way|route|option))\b"
)
# ...the writer as FIRST_PERSON names them, or as the seller of what is bought "here"
_SELLER_HERE = re.compile(r"\b(?:me|here|this (?:site|platform|service|marketplace))\b")


# Exact-match anchors kept few: "keep exact-match anchors below 2% of your profile", "we limit money anchors
# to a minimum". The rubric's natural anchor mix, not anchors set at scale.
_ANCHORS_KEPT_FEW = re.compile(
    r"\b(?:below|under|less than|no more than|not more than|at most|max(?:imum)?(?: of)?)\s"
    r"(?:about\s|around\s|roughly\s)?\d+(?:\.\d+)?(?:\s?[-–]\s?\d+(?:\.\d+)?)?\s?(?:%|percent)|"
    r"\b(?:to|at) a minimum\b|\bminimal\b|\bminimi[sz]\w*|\bsparingly\b|\bcap(?:ped)? (?:at|to)\b|"
    r"\blimit(?:ed|s)? (?:to|at)\b|\b(?:a )?(?:small|tiny) (?:share|fraction|percentage|portion|minority)\b|"
    # "keep exact-match anchors rare", "use them only occasionally"
    r"\b(?:rare|rarely|seldom|occasional(?:ly)?|few and far between)\b|"
    # ...or varied: "look as natural as possible by using variations of your keywords as anchor text" (not
    # "exact-match anchors with variations of your money keywords on every link")
    r"^(?!.*\bexact[- ]match).*\b(?:variations?|variety|varied|vary(?:ing)?|mix(?:ed)?|diversif\w*) (?:of )?"
    r"(?:your |the )?(?:\w+ )?(?:keywords?|anchors?|anchor texts?|phrases?)\b"
)


def keeps_anchors_few(clause: str) -> bool:
    return bool(_ANCHORS_KEPT_FEW.search(clause))


_STEP_MARK = re.compile(r"(?:^|[\s(])(?:\(\d{1,2}\)|\d{1,2}\)|step \d{1,2}\b|\d{1,2}\.\s)")


def lists_steps(sentence: str) -> bool:
    """The sentence is a numbered list of three steps or more, and guarantees none of them."""
    return len(_STEP_MARK.findall(sentence)) >= 3 and not _EXPLICIT.search(sentence)


# The reader's own goal in advice: "how to ensure your site ranks on page one", "the hacks you'll need to
# ensure you show up in the map pack". The reader ensures it; the writer promises nothing.
_READERS_GOAL = (
    r"\b(?:how to|you(?:'ll| will)? need to|you (?:must|should|have to)|tips (?:to|for)|ways to|hacks? to|"
    r"steps to|learn (?:how )?to)(?:\s\w+){0,2}?"
)
_READERS_GOAL_BEFORE = re.compile(_READERS_GOAL + r"\s*$")
_READERS_GOAL_IN = re.compile(
    _READERS_GOAL + r"\s(?:ensure|guarantee|make sure|secure|get|achieve|rank|reach|land)\b"
)


def readers_goal(sentence_low: str) -> bool:
    """The sentence's ranking is what the reader learns to reach, not what the writer promises."""
    return not FIRST_PERSON.search(sentence_low) and bool(_READERS_GOAL_IN.search(sentence_low))


_INDIRECT_QUESTION = re.compile(
    r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|want to know|wants to know|question is)\s"
    r"(?:\w+\s)?(?:how|whether|if|when|why|what)\b"
)


# A promise granted only to be emptied: "Sure, I can get you to #1 by Friday, but for a keyword nobody
# searches", "of course we could promise 500 links, but they'd be worthless" (a critique in the writer's
# voice). Not a condition of a real offer ("sure, we guarantee page one, but only on a 12-month plan").
_CONCEDED = re.compile(
    r"^\W*(?:sure|of course|yes|yeah|technically|in theory|theoretically|granted)\b[^.;!?]{0,120}?\bbut\b"
    r"[^.;!?]{0,160}?\b(?:nobody|no one|no-one|worthless|useless|meaningless|pointless|"
    r"no (?:traffic|value|one)|irrelevant|never (?:search|type)\w*|"
    r"(?:wouldn'?t|won'?t|doesn'?t|don'?t) (?:matter|help|mean)|"
    r"(?:would|will) (?:be|get) (?:worthless|useless|penali[sz]ed|banned))\b"
)


# Outcomes spread over cases: "some links get indexed within minutes, others in weeks or never": a range
# told, nothing promised.
_SPREAD = re.compile(r"^\W*some\b[^.;!?]{0,100}?,?\s(?:while\s|and\s|but\s)?(?:the\s)?others?\b")


# What is kept private is the client's data, not the method: "client data is confidential and we never share
# it", "we never share your personal information".
_PRIVACY = re.compile(
    r"\b(?:clients?|customers?|your|personal|users?|patients?|visitors?)['’]?s?\s(?:\w+\s)?(?:data|information|"
    r"details|records|credentials|passwords?|logins?|account details|contact details)\b|\b(?:privacy|gdpr)\b"
)
# A price someone else paid: "before working with us, one client paid $50 per link to a Fiverr seller" (a
# case study's history, not the writer's sale).
_PAID_BY_OTHERS = re.compile(
    r"\b(?:clients?|customers?|they|he|she|someone|somebody|competitors?|(?:another|previous|former|old|"
    r"their|his|her) (?:agency|agencies|provider|vendor|seo|firm|freelancer))\s(?:had\s|has\s|have\s)?"
    r"(?:\w+\s)?(?:paid|spent|was charged|were charged|had been paying|was paying|were paying)\s$"
)


# A practice or count named as what something else beats: "one Forbes link moves rankings the way 50
# directory submissions don't", "an editorial link is worth more than 100 PBN links". Not "more than 100
# links a month" (a count offered).
_COMPARED = re.compile(
    r"\b(?:(?:better|worse|stronger|weaker|more valuable|less valuable|more powerful|safer|riskier|"
    r"worth more|worth less)\sthan|loses?\sto|beats?|outperforms?|outweighs?|trumps?|versus|vs\.?|"
    r"compared (?:to|with)|the way)\s(?:[\w-]+\s){0,2}$"
)


def advises_the_reader(sentence: str, rel_start: int) -> bool:
    """The practice at `rel_start` (the sentence's end: anywhere) is the reader's own, in advice the
    sentence gives them."""
    if FIRST_PERSON.search(sentence) or _SELLER_HERE.search(sentence):
        return False
    opening = _WHEN_YOU.match(sentence)
    if opening:
        # the practice in the opening clause, and the main clause after it advises
        comma = sentence.find(",", opening.end())
        return 0 <= comma and (rel_start < comma or rel_start >= len(sentence)) and bool(
            _ADVICE_MAIN.match(sentence, comma + 1))
    return bool(_YOURS.search(sentence, 0, rel_start + 1)) and bool(_ADVICE.search(sentence))


def discloses_payment(sentence_low: str) -> bool:
    """The sentence marks a placement as paid for ("published as branded content", "rel=sponsored"): a
    disclosed sponsorship, which the rubric keeps clean. Not a bare "nofollow", which a seller's replacement
    terms name as a fault ("a link switched to nofollow is replaced")."""
    return _said_unnegated(_MARKED_PAID, sentence_low)


def _compliant(sentence: str) -> bool:
    return _said_unnegated(_COMPLIANT, sentence)


def _said_unnegated(rx: re.Pattern, sentence: str) -> bool:
    """`rx` matches somewhere with no negator in the three words before it, nor a publisher told not to
    mark ("don't add rel="nofollow" or rel="sponsored" to the links": the mark is refused)."""
    return any(not _negated_before(sentence[: m.start()], 3) and not _DONT_MARK.search(sentence, 0, m.start())
               for m in rx.finditer(sentence))


_PITCH = re.compile(
    r"\W*(?:ever )?(?:want(?:ed)?|need|looking for|tired of|ready to|wish|fancy|would you like|"
    r"do you (?:want|need)|(?:are you |you )?(?:still )?(?:looking|searching|shopping) for|"
    r"in (?:need|search) of|seeking)\b",
)
_OFFER_REPLY = re.compile(
    r"\W*(?:a\s*[:.)]\s*)?(?:yes\W+)?(?:(?:we|i)(?:'ll|'ve| will| can| do| offer| sell| have| handle| take|"
    r" got)|that'?s (?:one of )?(?:our|what we)|(?:it'?s|this is) (?:one of )?our|"
    # or a call to act on the offer: "Need links? Contact us for pricing", "Order now"
    r"(?:contact|call|email|e-mail|message|hire|text) (?:us|me)|get in touch|order (?:now|today|here)|"
    r"buy (?:now|today|here)|"
    # or tells the reader they have found the seller: "Looking for ...? You've come to the right place",
    # "Look no further", "Our team can help"
    r"you(?:'ve| have) (?:just )?(?:found|come to)|you(?:'re| are) in the right place|look no further|"
    r"(?:our|my) (?:[\w-]+ ){0,2}?(?:team|experts?|agency|specialists?|consultants?|services?|packages?)"
    r" (?:can|will|is|are|offers?|delivers?|provides?|gets?)(?!n?'t\b|not\b| not\b| never\b)|"
    r"we(?:'re| are) here to help|we(?:'ve| have) got you covered|let us)\b",
)
# The pitch offers the writer's own goods: "Need links from our private blog network?"
_OWN_GOODS = re.compile(r"\b(?:our|my)\b")


# Someone else's words introduced by the writer: "the pitch is always the same: page one, guaranteed",
# "this is what the landing page said:", "... launches into his SEO pitch. Guaranteed first page rankings".
# The writer's own frame ("our promise:", "here is what we offer:", "the pitch is simple: we guarantee...")
# introduces its own offer.
_FRAME = re.compile(
    r"\b(?:pitch(?:es)?|said|says|wrote|writes|promised|promises|claimed|claims|told (?:me|us|them|him|her)|"
    r"went like this|goes like this|read like this)\b(?:\s+(?:\w+\s+){0,3}?(?:the same|like this|"
    r"something like|one|simple))?\W*$"
)
_OWN_FRAME = re.compile(r"\b(?:we|i|our|my|us)\b(?:\W+\w+){0,3}\W*$")
FIRST_PERSON = re.compile(r"\b(?:we|we're|we'll|we've|our|ours|us|i|i'm|i'll|i've|my)\b")
# Whose pitch a previous sentence frames: someone else's ("he launches into his pitch.").
_OTHERS = re.compile(r"\b(?:he|she|they|his|her|their|someone|somebody|a stranger|a caller|an? (?:\w+ )?"
                     r"(?:agency|vendor|seller|salesman|salesperson|company|guy|rep|caller|spammer|scammer)|"
                     r"agencies|vendors|sellers|everyone|every agency)\b")
# The writer receiving someone else's offer, in the clause of the match: "I get pitched by sites that sell
# links". Clients contacting an agency is business, not an offer received: only pitches and offers count.
_RECEIVED = re.compile(r"\b(?:we|i)\s(?:\w+\s)?(?:get|gets|got|are|am|were|was|keep getting|receive)\s"
                       r"(?:\w+\s)?(?:pitched|spammed|solicited|offered)\b")


_REQUEST_RECEIVED = re.compile(
    r"\b(?:we|i)\s(?:\w+\s)?(?:get|gets|got|receive|received|keep getting|are getting|am getting)\s"
    r"(?:[\w-]+\s){0,3}?(?:link|backlink|link exchange|link swap|guest post|sponsored post|pbn|paid link)s?\s"
    r"(?:requests?|offers?|pitch(?:es)?|proposals?)\b(?=[^.!?]{0,60}\bfrom\b)"
)
# The writer receiving messages from someone offering something: the whole sentence reports their offer
# ("We regularly get emails from vendors offering 100 backlinks for $50").
_MESSAGES_RECEIVED = re.compile(
    r"\b(?:we|i)\s(?:\w+\s)?(?:get|gets|got|receive|received|keep getting|are getting|am getting)\s"
    r"(?:\w+\s){0,2}(?:e-?mails?|messages?|pitches|offers|spam|dms|calls|requests|proposals|"
    r"solicitations)\s(?:\w+\s){0,2}from\b"
)


# What others ask of the writer is theirs, not its offer: "some clients ask us for a guaranteed number of
# links; we explain why we don't work that way", "we're often asked whether we guarantee rankings". An answer
# that offers it is a clause or a sentence of its own, read on its own.
_REQUESTED = re.compile(
    r"\b(?:clients?|customers?|prospects?|buyers?|people|businesses|business owners|site owners|founders|"
    r"they|everyone|many|some|most)\b(?:\s[\w-]+){0,2}?\s(?:ask|asks|asked|request|requests|requested|"
    r"expect|expects|expected|demand|demands|demanded)\s(?:us\s|me\s|agencies\s|an agency\s)?"
    r"(?:for|about|whether|if)\b"
    r"|\b(?:we|i)(?:'re|'m| are| am| get| were| was)\s(?:\w+\s)?asked\s(?:for|about|whether|if)\b"
)


_OWN_NEXT_CLAUSE = re.compile(r"(?:[,;]|\band\b|\bbut\b)\s+(?:\w+\s)?(?:we|i)\b")


def _received_until(text: str, ss: int, se: int, before: int) -> int | None:
    """Where the report of messages the writer received, starting before `before`, ends: at the next
    clause that speaks as the writer ("..., and we deliver 50 links a month to each"), else at the
    sentence's end `se`; None where the sentence reports no such messages there."""
    m = _MESSAGES_RECEIVED.search(text, ss, before) if "from" in text[ss:before] else None
    if m is None:
        # "I received a link exchange request from someone": the message named after the practice
        m = _REQUEST_RECEIVED.search(text, ss, se)
        if m is None or m.start() >= before:
            return None
    own = _OWN_NEXT_CLAUSE.search(text, m.end(), se)
    return own.start() if own else se


def _framed(before: str) -> bool:
    """`before` (the text up to a colon, or a previous sentence) ends by introducing another's words."""
    m = _FRAME.search(before[-80:])
    return bool(m) and not _OWN_FRAME.search(before[-80:][: m.start()])


# Quotation marks: a curly pair, or a straight " that opens before a word and closes after one ("27"
# screen" is an inch mark, and ’ an apostrophe: neither counts).
_QUOTE_MARK = re.compile(
    r"(?P<open>“|(?:(?<=^)|(?<=[\s(\[]))\"(?=\w))|(?P<close>”|(?<=[\w.,!?…])\"(?=[\s.,;:!?)\]]|$))"
)


@lru_cache(maxsize=8)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each quotation in the text, end = len(text) for one never closed; an unmatched
    closing mark closes nothing. Read once per text (the cache holds the text object's last few)."""
    spans, opened = [], None
    if '"' not in text and "“" not in text and "”" not in text:
        return ()
    for m in _QUOTE_MARK.finditer(text):
        opening = m.group("open") is not None
        if opening and opened is None:
            opened = m.start()
        elif not opening and opened is not None:
            spans.append((opened, m.end()))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return tuple(spans)


def _quoted(text: str, ss: int, se: int) -> bool:
    """The sentence text[ss:se] is wholly inside a quotation that leaves other text outside it (a field
    that is one quotation is the writer's own words in quotes; a quoted label, "“Home page only” links
    ...", closes early and is not one)."""
    body_start = len(text) - len(text.lstrip())
    body_end = len(text.rstrip())
    for qs, qe in _quotations(text):
        if qs > ss:
            break
        if qe >= se - 3 and not (qs <= body_start and qe >= body_end - 2):
            return True
    return False


# A search query, keyword or title in quotes after the words that introduce one ("ranks for searches like
# 'South Island road trip 10 days'", "keywords such as "48 hours in Lisbon""): the figure in it is the
# query's, not a promise. Single quotes count here: an apostrophe ("clients' sites", "it's") neither opens
# before a word nor closes before a space the way a quote does.
_INLINE_QUOTE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[:,]))[\"“‘'](?=\w)[^\"“”‘’'\n]{1,80}?(?<=[\w.!?%)])[\"”’'](?=[\s.,;:!?)\]]|$)"
)
_QUERY_INTRO = re.compile(
    r"\b(?:search(?:es|ed|ing)?|quer(?:y|ies)|keywords?|key ?(?:words?|phrases?|terms?)|search terms?|"
    r"phrases?|titles?|headlines?|topics?|"
    r"(?:rank(?:s|ed|ing)?|target(?:s|ed|ing)?|optimi[sz](?:e|es|ed|ing)) (?:\w+ ){0,2}(?:for|on))"
    r"\W*(?:(?:like|such as|including|e\.g\.|as|for|called|titled)\W*)?$"
)
_LIST_JOIN = re.compile(r"\s*(?:,|;|/|&|\band\b|\bor\b|,\s*(?:and|or)\b)\s*")


def quoted_query(text: str, sent: tuple[int, int], start: int, end: int) -> bool:
    """The claim text[start:end] begins or ends inside a quoted search query, keyword or title."""
    ss, se = sent
    query, last = False, ss
    for m in _INLINE_QUOTE.finditer(text, ss, se):
        # A list of them ("such as "48 hours in Lisbon" and "Rome in 3 days"") shares its introduction.
        query = bool(query and _LIST_JOIN.fullmatch(text, last, m.start())
                     or _QUERY_INTRO.search(text, max(ss, m.start() - 40), m.start()))
        last = m.end()
        if query and (m.start() < start < m.end() or m.start() < end <= m.end()):
            return True
    return False


# A sentence that only extends the one before ("I do not run ads on this site. This includes paid links"):
# it inherits that sentence's denial of a practice.
_EXTENDS = re.compile(
    r"\W*(?:this|that|which|it)\s(?:also\s|even\s)?(?:includes?|covers?|applies to|goes for|means)\b|"
    r"\W*(?:including|nor|or even)\b"
)
_SENTENCE_END = re.compile(r"[.!?…]\s+(?=\S)")


def _previous_sentence(text: str, ss: int) -> str:
    before = text[max(0, ss - 300) : ss].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    return before[ends[-1] if ends else 0 :]


# What a denial the next sentence extends may be about besides a practice's own name: advertising on the
# writer's site ("I run no ads here. This includes paid links").
_ADVERTISING = re.compile(r"\b(?:advertis\w*|ads|adverts?|sponsor\w*|paid|links?|placements?)\b")


def extends_a_denial(text: str, sent: tuple[int, int]) -> bool:
    """The sentence only extends the previous one, and that one denies a practice ("we never buy links",
    "I do not put advertisements on this site"). "We don't do half measures. This includes 100 PBN links"
    denies nothing the next sentence lists."""
    ss, se = sent
    if not _EXTENDS.match(text, ss, se):
        return False
    previous = _previous_sentence(text, ss)
    return denies_a_practice(previous) or (_negated_in(previous) and bool(_ADVERTISING.search(previous)))


# A paid placement's disclosure mark: "without the sponsored tag" or "not marked as sponsored" withholds
# the mark, which hides the practice rather than denying it.
_DISCLOSURE_MARK = re.compile(PAID_MARK + r"|(?<=as )(?:paid|sponsored|an? (?:ad|advertisement))\b")


def _practice_mentions(sentence_low: str) -> list[re.Match]:
    """Where the sentence names a red-flag subject (the example banks' anchors), not where it names the
    mark that would disclose a paid placement."""
    from matcher.redflags.semantic import ANCHORS  # semantic reads its scope through this module

    marks = [m.span() for m in _DISCLOSURE_MARK.finditer(sentence_low)]
    return [m for rx in ANCHORS.values() for m in rx.finditer(sentence_low)
            if not any(a <= m.start() < b for a, b in marks)]


# What "instead of" and "rather than" set aside: up to the end of their clause ("Instead of guaranteeing a
# specific rank, we guarantee the quality of the work" names no ranking the writer offers).
_CONTRASTED = re.compile(r"\b(?:instead of|rather than)\b[^,;:.!?()]*")


def contrasted(sentence_low: str) -> str:
    """What "instead of" and "rather than" set aside in the sentence ("instead of guaranteeing a rank")."""
    return " ".join(m.group() for m in _CONTRASTED.finditer(sentence_low))


def without_contrasted(sentence_low: str) -> str:
    """The sentence with what "instead of" and "rather than" set aside blanked (the same length)."""
    return _CONTRASTED.sub(lambda m: " " * len(m.group()), sentence_low)


@lru_cache(maxsize=4096)
def denies_a_practice(sentence_low: str) -> bool:
    """Some red-flag subject in the sentence is negated right before it ("we don't sell links, buy PBNs
    or promise rankings"): a denial lists practices, and the sentence heads read each one as named, not as
    denied (checking only a finding's own category missed the rest of the list). Also a practice the editor
    decides "not us", and one named only to be avoided ("... so we can avoid them")."""
    if (_EDITORS_NOT_OURS.search(sentence_low) or _AVOIDED_AFTER.search(sentence_low)
            or any(_OVER_AFTER.match(sentence_low, m.end()) for m in _practice_mentions(sentence_low))):
        return True
    return any(
        negated_right_before(sentence_low[: m.start()], sentence_low[m.start() :])
        for m in _practice_mentions(sentence_low))


# What the editor decides, not the writer: "anchor text is chosen by the publisher, not us".
_EDITORS_NOT_OURS = re.compile(
    r"\b(?:chosen|decided|set|picked|selected|written|controlled|determined|placed|added)\s"
    r"(?:solely |entirely |only )?by (?:the )?(?:[\w-]+ ){0,2}?(?:publishers?|editors?|journalists?|"
    r"site owners?|webmasters?|writers?|authors?|bloggers?)\b,? (?:and )?not (?:by )?(?:us|me|our)\b"
)


# A list's items are read under its header ("SEO services include:", "What we never do:"): a bullet is a
# fragment that states nothing by itself.
_ITEM_BREAK = re.compile(r"(\n|[•▪◦●])")
_BULLET = re.compile(r"[ \t]*(?:[-*–—>]|\d{1,2}[.)]|[a-z][.)])[ \t]")
_OFFER_HEADER = re.compile(
    r"\b(?:we|i|our|my|you(?:'ll| will)? get|you receive|include[sd]?|including|offer\w*|provide\w*|"
    r"deliver\w*|what (?:we|you) (?:do|get)|services?|packages?|plans?|features?)\b"
)
MAX_LIST_ITEMS = 40


def list_header(text: str, start: int) -> str | None:
    """The header ("... include:") of the list whose item begins at text[start], or None where the text
    there is not an item of a list under a header. An item follows a bullet character, or starts its line
    with a dash, an asterisk or a number; the list runs up to its header over items and blank lines only
    (a line of prose between them ends it)."""
    before = text[max(0, start - 3000) : start]
    pieces = _ITEM_BREAK.split(before)  # text, separator, text, separator, ..., text
    if len(pieces) < 3:
        return None

    def is_item(k: int) -> bool:
        """Whether piece k (a text piece) begins an item: after a bullet character, or a marked line."""
        return pieces[k - 1] != "\n" or bool(_BULLET.match(pieces[k]))

    own = len(pieces) - 1
    if pieces[own].strip(" \t-*–—>0123456789.)") or not is_item(own):
        return None  # the match's sentence does not begin an item
    items = 0
    for k in range(own - 2, -1, -2):
        line = pieces[k].strip()
        if line.endswith(":"):
            cut = [m.end() for m in _SENTENCE_END.finditer(line)]
            return line[cut[-1] if cut else 0 :].strip()
        if not line:
            continue
        if k == 0 or not is_item(k) or len(line) > 200:
            return None
        items += 1
        if items > MAX_LIST_ITEMS:
            return None
    return None


# A header that denies the practices listed under it: the writer (or "what we ...") with a negator, or a
# list of don'ts. "No setup fees:", "Risk-free packages:" and "Nothing left to chance:" deny nothing listed.
_LIST_DENIAL = re.compile(
    r"\b(?:we|i|our (?:team|agency))\b(?:\W+\w+){0,3}?\W+(?:never|don'?t|do not|won'?t|will not|refuse|"
    r"avoid|no longer|stay away|steer clear)\b|\bdon'?ts\b|\bthings (?:we|i) (?:never|don'?t|won'?t|avoid)\b|"
    # what the reader will not get from the writer: "What you won't get from us:", "You'll never see:"
    r"\b(?:you|clients)(?:'ll| will)? (?:never|won'?t|will not|don'?t|do not) (?:\w+ )?(?:get|see|find|"
    r"receive|pay for)\b"
)
# Warning and reporting headers beyond the sentence warnings of _WARNING.
_LIST_WARNING = re.compile(
    r"\b(?:watch (?:out )?for|look out for|avoid\w*|steer clear|signs? of|warning signs?|myths?|mistakes?|"
    r"dangers?|scams?|tactics to avoid|what not to|empty promises|examples of (?!our|my)|"
    r"(?:claims?|promises?|lines?|pitches) (?:like|such as)|(?:typical|common|usual|classic) (?:sales )?"
    r"(?:pitches|promises|claims|lines)|you (?:may|might) (?:have )?(?:seen|heard)|"
    r"(?:from|by) (?:an? |some |other )?(?:seo )?(?:vendors?|agenc(?:y|ies)|compan(?:y|ies)|sellers?|"
    r"spammers?|scammers?))\b"
)


def offered_in_list(text: str, start: int) -> bool:
    """The item at text[start] lists what the writer offers: its header says so and denies nothing."""
    header = list_header(text, start)
    return header is not None and bool(_OFFER_HEADER.search(header)) and not _header_denies(header)


def denied_in_list(text: str, start: int) -> bool:
    """The item at text[start] is in a list whose header denies or warns ("What we never do:", "Red flags
    to watch for:", "Typical pitches you may have heard:")."""
    header = list_header(text, start)
    return header is not None and _header_denies(header)


def _header_denies(header: str) -> bool:
    return bool(_LIST_DENIAL.search(header) or _LIST_WARNING.search(header)) or _warned(header)


def reported(text: str, sent: tuple[int, int], start: int | None = None, end: int | None = None,
             clause_start: int | None = None) -> bool:
    """The sentence (or, with `start` and `end`, the claim text[start:end]) is someone else's words the
    writer quotes or introduces: a whole-sentence quotation; a previous sentence that frames another's
    pitch ("he launches into his pitch."); a clause before a colon that frames one ("the pitch is always
    the same:"), unless what follows speaks as the writer ("the pitch is simple: we guarantee ..."); or,
    in the match's clause, the writer receiving an offer ("we get pitched by sites selling links")."""
    return _reported_sentence(text, sent) or _reported_claim(text, sent, start, end, clause_start)


def _reported_sentence(text: str, sent: tuple[int, int]) -> bool:
    """The parts of `reported` that hold for the whole sentence."""
    ss, se = sent
    if _quoted(text, ss, se) or _received_until(text, ss, se, se) == se:
        return True
    # A message received, quoted to the sentence's end: 'We got an offer from a vendor: "100 PBN links"'
    if any(ss <= qs and qe >= se - 3 and _MESSAGE_FRAME.search(text, max(ss, qs - 80), qs)
           for qs, qe in _quotations(text)):
        return True
    tail = text[max(0, ss - 80) : ss].rstrip()
    if not tail.endswith((".", ":")) or not _framed(tail):
        return False
    return bool(_OTHERS.search(_previous_sentence(text, ss))) and not FIRST_PERSON.search(text, ss, se)


def _reported_claim(text: str, sent: tuple[int, int], start: int | None, end: int | None,
                    clause_start: int | None) -> bool:
    """The parts of `reported` that depend on where the claim is."""
    ss, se = sent
    lo = clause_start if clause_start is not None else ss
    # The request may open the match's evidence ("We get asked about guaranteed rankings": "we get" is a
    # promise's cue): it must end before the claim does.
    if start is not None and (_RECEIVED.search(text, lo, start) or _requested(text, lo, start, end)):
        return True
    if start is not None and (until := _received_until(text, ss, se, start)) is not None and start < until:
        return True  # the match is in what the messages offered, before the writer speaks again
    # A match inside a quotation that someone else is said to have written: '"We guarantee page one," the
    # email said', 'I got an email today: "We sell DA 50 links for $10"'.
    if start is not None:
        for qs, qe in _quotations(text):
            if qs < start < qe and (_SAID_AFTER.match(text, qe)
                                    or _MESSAGE_FRAME.search(text, max(ss, qs - 80), qs)):
                return True
    # A match may take in the frame's last words ("always the same: page one"): a colon inside it counts.
    colon = text.rfind(":", ss, end if end is not None else se)
    return colon > ss and _framed(text[ss:colon]) and not FIRST_PERSON.search(text, colon, se)


# Who wrote the quotation just closed: '..., the email said', '..." he wrote'.
_SAID_AFTER = re.compile(
    r"\W{0,3}\s*(?:(?:the|an?|his|her|their|this|that|one|every|each)\s(?:[\w-]+\s){0,2}?|"
    r"(?:he|she|they|someone|somebody|it)\s)(?:said|says|wrote|writes|read|reads|claimed|claims|promised|"
    r"promises|stated|states|boasted|boasts|went on|continued|added)\b"
)
# A message the writer received, introducing the quotation after it: "I got an email today:".
_MESSAGE_FRAME = re.compile(
    r"\b(?:got|received|get|receive|getting|receiving)\s(?:an?\s|this\s|the\s|another\s|one\s)?(?:[\w-]+\s)?"
    r"(?:emails?|e-mails?|messages?|pitch(?:es)?|offers?|dms?|calls?|letters?|texts?|voicemails?|comments?)\b"
    r"[^.!?\"“]{0,40}$"
)


def _requested(text: str, lo: int, start: int, end: int | None) -> bool:
    """Someone asks the writer for the claim: a request that starts by the claim's start and ends before
    its end (it may open the claim's evidence)."""
    m = _REQUESTED.search(text, lo, start if end is None else end)
    return m is not None and m.start() <= start + 1


_SOLD = re.compile(
    r"[$£€₹]|\b(?:price\w*|package\w*|(?<!in )order(?:s|ed|ing)?|buy|purchase|for (?:just|only)|per order)\b"
)


# An aim or a typical outcome (a narrower hedge than _HEDGE: "may occur", "we target the top three" and
# "helps" sit inside real guarantees' terms).
_AIM = re.compile(
    r"\b(?:goal|goals|aims?|aimed|aiming|strives?|striving|hope|hopefully|work(?:s|ing)? towards?|ideally|"
    r"typical|typically|usually|on average|in most cases|"
    # ...or says that results take time ("top 3 rankings for competitive keywords take time")
    r"takes? (?:time|a while|patience)|(?:won'?t|don'?t|doesn'?t|does not|do not|will not) happen overnight|"
    r"(?:is|it'?s) a long[- ](?:game|term (?:game|investment|process)))\b"
)


# Cleaning links up, or studying them, is honest work whatever it names ("We review your existing link
# profile, flag toxic domains and prepare disavow files"): a model reading of a practice there misreads the
# remedy or the research for it.
_CLEANUP = re.compile(
    # ...and so is winning back links the client already earned ("our link reclamation service recovers
    # links you've lost from broken pages", "we reclaim unlinked brand mentions")
    r"\blink reclamation\b|\breclaim\w* (?:\w+ ){0,2}?(?:links?|backlinks?|mentions?)\b|"
    r"\b(?:disavow\w*|toxic|clean(?:ed|ing|s)? (?:\w+ )?up|clean-?ups?|link (?:audits?|detox)|"
    r"penalty recovery|recover(?:y|ing)? from (?:a |the )?(?:\w+ )?penalt\w*)\b"
)
# ...and so is studying links ("we monitor your competitors' backlinks to find link opportunities"), where
# no link in the sentence is bought or sold ("we track every backlink we buy for you")
_RESEARCH = re.compile(
    r"\b(?:monitor|analy[sz]|audit|track|research|review|study|studie|check|examin|spy|spie|"
    r"reverse[- ]engineer|benchmark|map|mapp)(?:s|es|ed|ing|e|ies|ied|y)?\s(?:on\s|for\s)?"
    r"(?:(?:your|our|their|the|every|each|all|its|any|competitors?['’]?s?|rivals?['’]?s?|clients?['’]?s?)\s)"
    r"{0,2}(?:[\w-]+\s)?(?:(?:back-?)?links?|link profiles?|link gaps?|referring domains?)\b|"
    r"\b(?:backlink|link|competitor) (?:analysis|gaps?|research|monitoring|tracking|audits?)\b"
)
# (a seller's warranty or placements too: "we monitor every link we place and replace any that drop")
_TRADED = re.compile(
    r"\b(?:buy\w*|bought|sell\w*|sold|paid|pay\w*|rent\w*|swap\w*|exchang\w*|purchas\w*|replac\w*|refund\w*|"
    r"placements?|publishers?)\b"
)


# ...unless the sentence also builds or sells links ("we remove toxic backlinks and replace them with paid
# links from our network").
_BUILDS_LINKS = re.compile(
    r"\b(?:replac\w*|rebuild\w*|build\w*|plac\w*|sell\w*|buy\w*|add\w*)\b(?:\s[\w-]+){0,6}?\s"
    r"(?:links?|backlinks?|placements?|posts?|network|blogs)\b"
)


def cleans_up(sentence: str) -> bool:
    studies = bool(_RESEARCH.search(sentence)) and not _TRADED.search(sentence)
    return (studies or bool(_CLEANUP.search(sentence))) and not _BUILDS_LINKS.search(sentence)


def hedged(sentence: str) -> bool:
    """The sentence gives its result as an aim or a typical outcome ("our goal is to increase your traffic
    by 50%", "results typically take 4-6 months") and guarantees nothing outright: the rubric keeps it
    clean."""
    return bool(_AIM.search(sentence)) and not _EXPLICIT.search(sentence)


# A permission is neither a sale nor anchors set at scale ("you can insert 1 backlink with the anchor text of
# your choosing") unless the sentence names a price, a sale, or a seller's metrics ("our DA60 blogs allow
# you to add two dofollow links to your money site"). decide._reading_stands reads it for the claims no
# pattern made; a pattern's match (a price per link) is precise enough to stand.
_PERMISSION = re.compile(
    rf"\b(?:{_PERMISSION_WORDS}|(?:we|they) allow|(?:contributors|authors|writers|guest authors) (?:can|may) "
    r"(?:include|insert|add|place|put|use|have)|(?:may|can) (?:contain|carry))\b"
)
_SALE = re.compile(
    rf"{PRICE}|\b(?:pay\w*|paid|buy\w*|bought|sell\w*|sold|purchas\w*|price\w*|fee|fees|charge\w*|sponsored|"
    r"(?<!in )orders?|ordered|money sites?|(?:da|dr|pa|tf|cf|pr)\s?\d+\+?)\b"
)


def permits_a_contributor(sentence: str) -> bool:
    return bool(_PERMISSION.search(sentence)) and not _SALE.search(sentence)


def capped(sentence: str) -> bool:
    """The sentence caps a count ("a limit of 3000 links per month", "max 2 links per post") and does not
    guarantee it: a rule for contributors or a plan's quota, not a promised number of links."""
    return bool(_CAP.search(sentence)) and not _EXPLICIT.search(sentence)


# A sentence that opens in the past ("Before the first Penguin update, ...", "Back in 2009 ...", "In the
# early days ...") tells history; so does the next one where it goes on in the past's modals ("You could
# use 100% exact-match anchors and you would rank").
_HISTORY_FRAME = re.compile(
    r"\W*(?:back in (?:the day|those days|\d{4})|back then|in the (?:early |old |good old )?days|"
    r"(?:many |a few |some )?years ago|a decade ago|once upon a time|"
    r"(?:before|prior to|until) (?:the )?(?!next |coming |upcoming )(?:\w+ ){0,2}(?:update|updates|"
    r"algorithm|rollout)s?\b|"
    r"until (?:(?:last|this) (?:year|month|spring|summer|autumn|fall|winter)|recently|(?:19|20)\d\d)\b|"
    # a client's past before the writer's work: "Before working with us, one client had bought 2,000 links"
    r"before (?:(?:they|he|she|the client|you) )?(?:work(?:ed|ing)?|c(?:ame|oming)|start(?:ed|ing)|"
    r"partner(?:ed|ing)|sign(?:ed|ing) (?:up )?|hir(?:ed|ing)) (?:with |to )?us\b|"
    r"pre-(?:penguin|panda))"
)
_PAST_MODAL = re.compile(r"\b(?:could|would|used to)\b")
# ...unless it comes back to today ("Back in 2012 we bought links; now we earn them").
_TODAY = re.compile(r"\b(?:will|'ll|now|today|currently|these days|nowadays|anymore)\b")
_CONTINUES = re.compile(r"\b(?:still|continue\w*|to this day|ever since|since then)\b")
# A guarantee or a price speaks for today whatever frames it ("Before the update, grab 100 links for $49").
_SELLS = re.compile(r"\b(?:guarantee\w*|promise\w*)\b|[$£€₹]\s?\d|\b\d+\s?(?:usd|eur|gbp)\b")


# A figure offered as an illustration ("when an advertiser purchases for example 100 links", "give say 200
# pages", "For instance, if I want to buy links ...") is no one's offer.
_EXAMPLE = re.compile(r"\b(?:for example|for instance|e\.g\.|let'?s say|say,?(?= \d))\b|"
                      r"^\W*(?:example|imagine)\b")


def illustrates(sentence: str, end: int | None = None) -> bool:
    """A figure introduced as an example, in its sentence up to `end` (the whole sentence by default).
    For promises only: "links on sites such as Forbes" is an offer all the same."""
    end = len(sentence) if end is None else end
    return (bool(_EXAMPLE.search(sentence, 0, end)) and not FIRST_PERSON.search(sentence)
            and not _SELLS.search(sentence))


# "I get requests for us to sell links from Search Engine Land all the time. We don't do that.": a refusal
# in the next sentence takes back what the sentence described.
_REFUSAL = re.compile(
    r"\s*(?:but |and )?(?:we|i)(?: simply| just)? (?:don'?t|do not|never|won'?t|will not|refuse to|"
    r"decline(?:d)? to)(?: ever)? (?:do|offer|sell|provide|accept|go there|do any of)(?: (?:that|this|it|"
    r"those|these|them|any of (?:that|this|those|these|them)))?\s*[.!]"
)


# A purpose that turns the practice away: "a database of sites that sell links so we can avoid them".
_AVOIDED_AFTER = re.compile(
    r"\b(?:so (?:that )?(?:we|you|our clients|clients) (?:can |could |will )?|in order to |to )"
    r"(?:avoid|exclude|filter out|blacklist|block|steer clear of|stay away from|skip|reject|disavow|remove) "
    r"(?:them|it|those|these|such \w+)\b"
)
# ...or, as a gerund, the subject of a judgement: "buying thousands of backlinks for 5 USD sounds like a good
# deal" (and then "but..."), "using a PBN may seem tempting": the practice weighed, not offered.
_GERUND_OPENS = re.compile(r"\W*(?:(?:sure|well|yes|ok|okay|now|so),?\s+)?[a-z]+ing\b")
_APPRAISED_AFTER = re.compile(
    r"(?:\s[\w$€£.,'-]+){0,6}?\s(?:sounds?|seems?|(?:may|might|can|could|will) (?:seem|sound|be tempting)|"
    r"is (?:tempting|appealing|attractive))\b"
)


def _appraised(text: str, cs: int, start: int, end: int, se: int) -> bool:
    """The clause opens with a gerund whose phrase holds the match, and a judgement follows it."""
    m = _GERUND_OPENS.match(text, cs, end)
    # (the writer's own after it takes it up: "...sounds crazy, but that's what our package costs")
    return bool(m and len(text[m.end() : start].split()) <= 4 and _APPRAISED_AFTER.match(text, end, se)
                and not FIRST_PERSON.search(text, end, se))


# ...or said to be over: "in our agency, link exchanges are a thing of the past"
_OVER = r"(?:is|are|were|was)\s(?:now\s|long\s)?(?:a thing of the past|history|long gone|behind us)\b"
_OVER_AFTER = re.compile(r"(?:\s[\w-]+){0,3}?\s" + _OVER)


def refused_after(text: str, sent: tuple[int, int]) -> bool:
    _ss, se = sent
    return bool(_REFUSAL.match(text, se, se + 80))


_CLAUSE_BREAK = re.compile(r"[;:]|,\s|\sbut\s")


def _first_clause_end(text: str, sent: tuple[int, int]) -> int:
    m = _CLAUSE_BREAK.search(text, *sent)
    return m.start() if m else sent[1]


# "Until last year we offered guaranteed rankings; we no longer do": a later clause says it stopped.
_STOPPED_AFTER = re.compile(
    r"[;,]\s*(?:but |and )?(?:we|i) (?:no longer|stopped|quit|gave (?:it|that|them) up|"
    r"(?:don'?t|do not) (?:\w+ )?any ?more)\b"
)


def in_history(text: str, sent: tuple[int, int], upto: int | None = None) -> bool:
    """The sentence (or, with `upto`, its text up to the end of a claim's clause) is framed as the past. A
    later clause that comes back to today ("Back in 2015 we sold link packages; today every link is
    earned") leaves the framed one in the past; one that says the practice goes on ("..., and we still
    do") does not."""
    ss, se = sent
    if _CONTINUES.search(text, ss, se) or _TODAY.search(text, ss, se if upto is None else upto) or (
            _SELLS.search(text, ss, se)):
        return False
    if _HISTORY_FRAME.match(text, ss, se):
        return True
    return bool(_PAST_MODAL.search(text, ss, se)) and bool(_HISTORY_FRAME.match(_previous_sentence(text, ss)))


def estimated(sentence: str) -> bool:
    """The sentence gives a count as an estimate ("around 10 links a month") and neither guarantees nor
    sells it ("approximately 100 backlinks for $50" is a package). For link counts only: "page one in
    about 10 days" is a timeline whatever its hedge."""
    approximate = _APPROX.search(sentence) or _VARIES.search(sentence)
    return bool(approximate) and not _EXPLICIT.search(sentence) and not _SOLD.search(sentence)


# A definition: the practice is the subject of its clause, with at most a determiner or two before it,
# and the predicate says what it is ("PBNs are networks of expired domains", "a link wheel is actually a
# network of Web 2.0 pages", "cloaking means..."). A vendor's own pitch in that form speaks as itself ("a
# PBN is a private blog network where we find expired domains") or praises ("the most effective way").
_SUBJECT_ONLY = re.compile(
    # after an opening phrase that places it ("As discussed on the advertising page, link exchange is where")
    r"\W*(?:(?:as|in|within|for|from|on|when it comes to|in terms of)\s[^,.;:!?]{0,60},\s+)?"
    r"(?:(?:a|an|the|these|those|such|many|most|some|all|private|paid|cheap|automated|expired)\s+){0,2}"
    # ...or a gerund that heads the subject: "creating backlinks from Web 2.0 platforms involves..."
    r"(?:[a-z]+ing\s+(?:[\w-]+\s+){0,3})?$"
)
_DEFINING = re.compile(
    # "(PBN)", ", also called an ABC exchange," or a synonym ("a reciprocal link or reciprocated link is")
    # between the practice and its predicate
    r"(?:\s+or\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*(?:\([^)]*\)\s*)?"
    r"(?:,\s*(?:also\s+)?(?:called|known as|referred to as|aka)\b[^,.;]{0,40},\s*)?"
    r"(?:(?:is|are)\s(?:(?:actually|basically|simply|usually|typically|generally|often|"
    r"just|essentially|still)\s)?(?:an?|the|links?|networks?|sites?|websites?|pages?|when|where|used|made|built|"
    r"created|considered|defined|known|groups?|collections?|types?|forms?|kinds?|ways?|methods?|techniques?|"
    r"practices?|schemes?)\b|refers? to|means?\b|consists? of|involves?\b|describes?\b)"
)
_PRAISE = re.compile(r"\b(?:most effective|best|fastest|easiest|cheapest|powerful|proven)\b")
# A word more of a compound subject the practice word heads ("a link wheel is", "link exchange programs
# are"): not a pronoun or the definition's own verb.
_SUBJECT_WORD = re.compile(r"[ -](?!(?:we|i|you|they|is|are)\b)[a-z0-9.]+")


def _defined_after(text: str, end: int, se: int) -> bool:
    """The definition's predicate follows the practice word, or up to two more words of its subject."""
    at = end
    for _ in range(3):
        if _DEFINING.match(text, at, se):
            return True
        word = _SUBJECT_WORD.match(text, at, se)
        if word is None:
            return False
        at = word.end()
    return False


def _defines(text: str, ss: int, se: int, cs: int, start: int, end: int) -> bool:
    """The match is the subject of a clause that defines it, and the sentence neither speaks as the writer
    nor praises the practice."""
    return (bool(_SUBJECT_ONLY.fullmatch(text, cs, start)) and _defined_after(text, end, se)
            and not FIRST_PERSON.search(text, ss, se) and not _PRAISE.search(text, ss, se))


# "Automatic Backlinks is a service that enables webmasters to...", "... after your order completes": a
# product presented, or a seller's terms to its customer, not a practice defined.
_PRODUCT = re.compile(
    r"\b(?:is|are)\s(?:(?:an?|the|our)\s)?(?:[\w-]+\s){0,3}?(?:service|system|platform|tool|software|"
    r"marketplace|program|programme|plugin|app|company|agency)s?\b"
)
_CUSTOMER_TERMS = re.compile(
    r"\byour (?:orders?|purchases?|account|balance|campaigns?|cart|subscription|package)\b"
)


# A kind, not a product: "A link marketplace is a platform where...", "Link farms are services that..."
# (a product has a name: "Automatic Backlinks is a service that...").
_GENERIC_SUBJECT = re.compile(r"\W*(?:an?\s(?:[\w-]+\s){0,3}?is|(?:[\w-]+\s){1,4}?are)\s")


def defines_a_practice(text: str, sent: tuple[int, int]) -> bool:
    """The sentence opens by defining a practice it names ("Paid links are links bought to pass PageRank"),
    not by presenting a product."""
    ss, se = sent
    if _CUSTOMER_TERMS.search(text, ss, se) or (_PRODUCT.search(text, ss, se)
                                                 and not _GENERIC_SUBJECT.match(text, ss, se)):
        return False
    return any(_defines(text, ss, se, ss, ss + m.start(), ss + m.end())
               for m in _practice_mentions(text[ss:se]))


def unasserted(text: str, sent: tuple[int, int]) -> bool:
    """Sentence-wide reasons the writer does not assert what the sentence says: someone else's words, an
    extension of a denial, an item of a list that denies or warns, a definition, a question answered no.
    (`suppression` reads the same for a pattern's match, where the match's own position counts too.)"""
    return (reported(text, sent) or extends_a_denial(text, sent) or denied_in_list(text, sent[0])
            or defines_a_practice(text, sent) or in_history(text, sent, _first_clause_end(text, sent))
            or refused_after(text, sent)
            or describes_what_exists(text, sent) or answered_no(text, sent) or refuses_a_wish(text, sent)
            or bool(_SUPPOSES.match(text, sent[0], sent[1])) or shown_as_a_sample(text, sent))


# The next sentence turns back to it as a sample of others' pitches: "Submit your web site to 4000 search
# engines for $29.95. If you have been online for any time, you've probably seen this type of email ad."
_SAMPLE_AFTER = re.compile(
    r"[^.!?]{0,120}?\b(?:(?:this|that|these|those|such) (?:type|kind|sort)s? of (?:e-?mails?|ads?|adverts?|"
    r"offers?|pitch(?:es)?|messages?|spam|promises?|claims?|sales ?pitch(?:es)?)\b|sounds? familiar\b|"
    r"(?:you'?ve|you have) (?:probably |likely |all |surely )?(?:seen|received|gotten|had) "
    r"(?:this|these|one of these|such|(?:e-?mails?|messages?|offers?) like (?:this|these))\b)"
)


def shown_as_a_sample(text: str, sent: tuple[int, int]) -> bool:
    return bool(_SAMPLE_AFTER.match(text, sent[1]))


# A supposition set up to reason with ("Now let's say the cost per link is $100"), not "imagine your site
# on page one", which is a pitch.
_SUPPOSES = re.compile(
    r"\W*(?:(?:now|so|and|but|ok|okay|then),?\s)?"
    rf"(?:{_SUPPOSING}|assume)\b"
)


# An FAQ's answer: "Do you buy links? No.", "Wondering whether our links are paid? They never are."
_ANSWERED_NO = re.compile(
    r"\s*(?:a\s*[:.)]\s*)?(?:no\b|nope\b|never\b|not (?:at all|ever|once)\b|absolutely not\b|"
    r"(?:they|it|we|i|that|this)(?:'re|'s|'ve| are| is| do| does| did| have| has)?"
    r"(?: (?:simply|just|absolutely))? (?:never|not|don'?t|do not|doesn'?t|does not|won'?t|will not|isn'?t|"
    r"aren'?t|haven'?t|have not|can'?t|cannot|can not|couldn'?t|could not|wouldn'?t|would not)\b)"
)
# ...and yes: "Do you guarantee first page rankings? Yes, in writing." is the writer's claim.
_ANSWERED_YES = re.compile(
    r"\s*(?:a\s*[:.)]\s*)?(?:yes|yep|absolutely|of course|certainly|definitely)\b"
    r"(?!\W+(?:but not|however|not)\b)"
)


def answered_no(text: str, sent: tuple[int, int]) -> bool:
    """The sentence is a question the next sentence answers no to."""
    ss, se = sent
    return text[ss:se].rstrip(" \"'”’)").endswith("?") and bool(_ANSWERED_NO.match(text, se, se + 60))


def _is_question(text: str, sent: tuple[int, int]) -> bool:
    """A question asks, unless the next sentence answers yes, or it is a sales pitch that the next sentence
    answers with an offer or a call to act on it ("Want a rival gone from the rankings? We can take care
    of that", "...? Order now"), or that pitches the writer's own goods ("Need links from our private
    blog network?")."""
    sentence = text[sent[0] : sent[1]]
    s = sentence.rstrip(" \"'”’)")
    if not (s.endswith("?") or re.match(r"\s*q\s*[:.)]", sentence)):
        return False
    if _ANSWERED_YES.match(text, sent[1], sent[1] + 40):
        return False
    pitched = _OFFER_REPLY.match(text, sent[1], sent[1] + 60) or _OWN_GOODS.search(sentence)
    return not (_PITCH.match(sentence) and pitched and not answered_no(text, sent))


# "If you're looking for guaranteed rankings, you've come to the right place": a pitch, not a hypothetical.
_PITCH_IF = re.compile(READERS_WISH)


def _pitched_condition(text: str, clause_prefix: str, end: int, sentence_end: int) -> bool:
    """The condition is the reader's wish and the main clause answers it with the writer's offer."""
    if not _PITCH_IF.search(clause_prefix):
        return False
    comma = text.find(",", end, sentence_end)
    if comma < 0:
        return False
    at = comma + 1
    return bool(_OFFER_REPLY.match(text, at, at + 60)) and not _ANSWERED_NO.match(text, at, at + 60)


# The main clause turns the wish away: "If you want guaranteed rankings, we can't help you", "..., look
# elsewhere", "..., talk to a link farm, not us".
_TURNED_AWAY = re.compile(
    r"\s*(?:then\s+)?(?:look elsewhere|(?:go|look|shop) (?:somewhere|someplace) else|move on|"
    r"(?:we|i)(?:'re| are| am|'m) (?:not|the wrong)\b|"
    r"(?:don'?t|do not) (?:hire|call|contact|choose) (?:us|me)|"
    r"(?:this|we|i)(?:'s| is)? (?:isn'?t|aren'?t|is not|are not) (?:for you|the right)|"
    r"you(?:'ll| will) (?:need|want|have to find) (?:another|a different|someone)|"
    r"[^.;!?]{0,60}\bnot (?:us|me|here)\b)"
)


def refuses_a_wish(text: str, sent: tuple[int, int]) -> bool:
    """The sentence opens with the reader's wish ("If you want 100 links overnight") and its main clause
    refuses it: the practice named is what the writer turns down."""
    ss, se = sent
    m = _PITCH_IF.match(text, ss + len(text[ss:se]) - len(text[ss:se].lstrip(" \"'(-")))
    if not m:
        return False
    comma = text.find(",", m.end(), se)
    if comma < 0:
        return False
    at = comma + 1
    return bool(_ANSWERED_NO.match(text, at, se) or _TURNED_AWAY.match(text, at, se))


def _condition(clause_prefix: str) -> str | None:
    """The text between an if/unless that governs the match and the match, or None."""
    cond = None
    for m in _CONDITION.finditer(clause_prefix):
        cond = m
    if cond is None:
        return None
    between = clause_prefix[cond.end() :]
    return None if "," in between or " then " in between else between


def _refund_backed(clause_prefix: str, sentence: str, rel_start: int, rel_end: int) -> bool:
    """'If you're not in the top 3 after 60 days, you get every cent back' (or 'You get a credit if the
    guaranteed positions are not achieved'): a guarantee, not a hypothesis. A condition governs the match
    or sits in it, and a remedy somewhere in the sentence is given ("we do not offer refunds if rankings
    are not achieved" gives none)."""
    if _condition(clause_prefix) is None and not _CONDITION.search(sentence, rel_start, rel_end):
        return False
    return any(not refused for _, _, refused in remedies(sentence))


# A remedy refused after it ("refunds are not available"), or refused in one word ("non-refundable").
_REFUSED_AFTER = re.compile(
    r"\s(?:\w+\s)?(?:(?:are|is|will be|shall be)\s(?:not|never)|cannot be|can'?t be|won'?t be)\s(?:available|"
    r"given|offered|provided|possible|issued|granted|made|paid)\b"
)
_NON_REFUNDABLE = re.compile(r"\b(?:non-?refundable|not refundable)\b")
_CLAUSE_CUT = re.compile(r"[,;:()]|\s[—–-]+\s")


@lru_cache(maxsize=4096)
def remedies(sentence: str) -> tuple[tuple[int, int, bool], ...]:
    """Each remedy the sentence names (lexicon.REMEDY, and "non-refundable"), with whether it is refused: a
    negator in its own clause before it ("we don't offer credits or refunds", but not "if you don't rank,
    we refund you"), a refusal after it ("refunds are not available"), or the word itself."""
    out = []
    for m in _REMEDY.finditer(sentence):
        own_clause = _CLAUSE_CUT.split(sentence[: m.start()])[-1]
        refused = _negated_before(own_clause, 6) or bool(_REFUSED_AFTER.match(sentence, m.end()))
        out.append((m.start(), m.end(), refused))
    out += [(m.start(), m.end(), True) for m in _NON_REFUNDABLE.finditer(sentence)]
    return tuple(out)


def _memo(memo: dict | None, key: tuple, fn, *args) -> bool:
    """Sentence-wide facts are the same for every match in the sentence: compute them once."""
    if memo is None:
        return fn(*args)
    if key not in memo:
        memo[key] = fn(*args)
    return memo[key]


def suppression(
    text: str, sent: tuple[int, int], start: int, end: int, category: str, memo: dict | None = None
) -> str | None:
    """Why the claim text[start:end] is not asserted by the writer, or None if it is (`text` lower-cased).

    `memo` (a dict kept for one text) caches the facts that hold for a whole sentence."""
    ss, se = sent
    sentence = text[ss:se]
    rel_start, rel_end = start - ss, end - ss
    marks = memo.setdefault(("m", ss), None) if memo is not None else None
    if marks is None:
        marks = clause_marks(text, ss, se)
        if memo is not None:
            memo[("m", ss)] = marks
    cs, ce = clause_bounds(text, ss, se, start, marks)
    clause_prefix = text[cs:start]
    after = text[end:ce]
    kind = KIND[category]

    if _memo(memo, ("q", ss), _is_question, text, sent):
        return "question"
    # "Clients always ask how long it will take to rank #1": a question reported, not a claim made
    if kind == "promise" and _INDIRECT_QUESTION.search(text, max(cs, start - 40), end):
        return "question"
    if kind == "promise" and (_CONCEDED.search(sentence) or _SPREAD.search(sentence)):
        return "conceded"
    if (_memo(memo, ("r", ss), _reported_sentence, text, sent) or _reported_claim(text, sent, start, end, cs)
            or shown_as_a_sample(text, sent)):
        return "reported"
    if kind == "promise" and quoted_query(text, sent, start, end):
        return "quoted query"
    if _memo(memo, ("x", ss), extends_a_denial, text, sent) or _memo(memo, ("l", ss), denied_in_list, text,
                                                                      ss):
        return "negated"
    if category == "guaranteed_link_count" and _CAP.search(text, max(cs, start - 30), end) and not (
            _EXPLICIT.search(text, cs, ce)):
        return "capped"
    if in_history(text, sent, ce):
        return "history"
    if _STOPPED_AFTER.search(text, end, se):
        return "discontinued"
    if _memo(memo, ("n", ss), refused_after, text, sent):
        return "negated"
    if _memo(memo, ("t", ss), describes_what_exists, text, sent):
        return "attributed"
    if kind == "promise" and illustrates(sentence, rel_end):
        return "example"
    # "If an article is deleted within 30 days, we refund you" ("...if we are unable to publish it"): a sold
    # link's term, as a promise's is.
    failed = _LOST.search(text, start, end) or _UNDELIVERED.search(text, start, end)
    if (kind == "promise" or failed) and _refund_backed(clause_prefix, sentence, rel_start, rel_end):
        return None
    if _OWN_NEGATOR.match(text, start):
        # A match that carries its own negation ("does not guarantee top ranking in the following cases") is
        # undone by a negator of its own predicate ("we never publish posts that are not marked as paid"),
        # not by another predicate's before a coordinator ("shall not be entitled to a refund and does
        # not guarantee...").
        negated = _negated_before(_COORDINATED.split(clause_prefix)[-1])
    else:
        negated = _negated_before(clause_prefix) or _negated_predicate(clause_prefix, after)
    if negated or _denied_label(sentence, rel_end):
        return "negated"
    if _DISCONTINUED.search(_last_words(clause_prefix, 6)):
        return "discontinued"
    if _COMPARED.search(clause_prefix[-80:]):
        return "compared"
    if kind == "practice" and _PAID_BY_OTHERS.search(clause_prefix[-80:]):
        return "attributed"
    if category == "undisclosed_methods" and _PRIVACY.search(text, cs, ce):
        return "privacy"
    if kind == "practice" and (_AVOIDED_AFTER.search(text, end, se) or _OVER_AFTER.match(text, end, se)):
        return "negated"
    if kind == "practice" and _appraised(text, cs, start, end, se):
        return "appraised"
    if _attributed(sentence, rel_start, rel_end, after, _memo(memo, ("k", 0), names_parties, text)):
        return "attributed"
    if _memo(memo, ("w", ss), _warned, sentence):
        return "warning"
    if kind == "practice" and advises_the_reader(sentence, rel_start):
        return "advice"
    if category == "anchor_manipulation" and keeps_anchors_few(text[cs:ce]):
        return "capped"
    if _condition(clause_prefix) is not None and not _pitched_condition(text, clause_prefix, end, se):
        return "hypothetical"
    if category == "paid_links" and _memo(memo, ("c", ss), _compliant, sentence):
        return "disclosed"
    # The match defines the practice, or sits in a sentence that opens by defining one ("a link wheel is
    # a network of pages on Web 2.0 sites"): what the definition names is part of it.
    if kind == "practice" and (_defines(text, ss, se, cs, start, end)
                               or _memo(memo, ("d", ss), defines_a_practice, text, sent)):
        return "definition"
    if kind == "practice" and _remedied(_last_words(clause_prefix, 14), text[start:ce]):
        return "remediation"
    if kind == "promise":
        if _HEDGE.search(_last_words(clause_prefix, 10)) or _HEDGE_INSIDE.search(text, start, end):
            return "hedged"
        # "(1) technical foundations, ..., (3) local SEO: dominate the map pack, ...": a ranking as a step of
        # the work described, in a numbered list of steps that guarantees nothing (a count of links there
        # is still a deliverable).
        if category == "guaranteed_rankings" and lists_steps(sentence):
            return "hedged"
        if _READERS_GOAL_BEFORE.search(_last_words(clause_prefix, 6)) and not FIRST_PERSON.search(sentence):
            return "advice"
        # "around 10 backlinks per month": an estimate, unless the clause guarantees or sells it.
        if category == "guaranteed_link_count" and _APPROX.search(text, max(cs, start - 16), end) and (
                estimated(text[cs:ce])):
            return "hedged"
        # "... 10 to 25 links a month, depending on the niche": a hedge after the claim counts too,
        # unless the clause says outright that it is guaranteed.
        if _HEDGE_AFTER.search(after) and not _EXPLICIT.search(text[cs:ce]):
            return "hedged"
        # "...; the number depends on what editors accept": the next clause hedges the figure itself.
        if _figure_hedged(text, ce, se) and not _EXPLICIT.search(text[cs:ce]):
            return "hedged"
        # "Outcome: 120 new backlinks and a 64% increase in organic traffic": a case study's result line
        # (not "Delivered: 40 links every month", nor a guarantee under any header).
        if reports_results(sentence):
            return "past"
        clause = text[cs:ce]
        # "If no ranking progress is achieved within 90 days": a condition's verb is no past result.
        if (_PAST_VERB.search(clause) or _PAST_TIME.search(clause)) and not (
                _FUTURE.search(clause) or _CONDITION.search(clause) or _TERM_CLAUSE.search(clause)):
            return "past"
    return None


_UNDONE_AFTER = re.compile(
    r"\b(?:removed|removing|fixed|cleaned|disavowed|deleted|stripped|got rid of|took down|taken down|undid|"
    r"reversed|dismantled)\b"
    # ...by the writer: "if a review is removed by Trustpilot, we refill it" is the platform's takedown
    r"(?!\s+by\s+(?!(?:us|our|me|my|the team|hand)\b))",
)


def after_remediation(text: str, sent: tuple[int, int], end: int, category: str) -> bool:
    """'Keyword stuffing in the titles was the first thing we removed': the practice is being undone."""
    return KIND[category] == "practice" and bool(_UNDONE_AFTER.search(text, end, sent[1]))


def negated_anywhere(sentence: str) -> bool:
    return _negated_in(sentence)


def negated_right_before(prefix: str, after: str = "") -> bool:
    """A negator among the three words before a word ("we don't sell", "we will never buy"). With the
    text from the word on (`after`), a phrase that only starts with a negator ("no hidden fees", "no
    extra cost") is read whole and negates nothing."""
    if not after:
        return _negated_before(prefix, window=3)
    window = _last_words(prefix, 3) + " "
    return _negated_in(window + after[:40], before=len(window))


def skip_sentence(text: str, sent: tuple[int, int]) -> bool:
    """Sentence-wide reasons no claim in it can be asserted: a real question, or a warning."""
    return _is_question(text, sent) or _warned(text[sent[0] : sent[1]])
