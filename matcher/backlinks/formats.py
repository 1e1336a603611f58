"""Which export a header row belongs to, and which canonical field each of its columns is.

One table of column aliases serves every vendor: a header cell is compared in its normalised form
(lower case, letters and digits only), so "Referring page URL", "referring_page_url" and
"ReferringPageURL" are one name, and Majestic's "Flag No Follow" meets its API name "FlagNoFollow".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# canonical field -> normalised header names. A header maps to the first field that lists it.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "source_url": (
        "referringpageurl", "sourceurl", "linkingpage", "url", "source", "from", "referringurl",
        "referringpage", "backlinkurl", "backlink", "linkfrom", "urlfrom", "fromurl", "sourcepage",
        "sourcepageurl", "pageurl", "referrer", "linkingurl", "linkingpageurl", "backlinkpage",
    ),
    # domain-level rows (Search Console's "Top linking sites"): one row per site with a link count
    "site": (
        "site", "linkingsite", "domain", "referringdomain", "sourcedomain", "linkingdomain", "domainfrom",
        "refdomain", "rootdomain",
    ),
    "link_count": (
        "linkingpages", "links", "backlinks", "linkstotarget", "numberoflinks", "linkcount", "totallinks",
    ),
    "target_url": (
        "targeturl", "target", "to", "urlto", "tourl", "linkto", "targetpage", "destination",
        "destinationurl", "linkedpage", "targetlink",
    ),
    "anchor": ("anchor", "anchortext", "linktext", "anchors"),
    "title": (
        "referringpagetitle", "sourcetitle", "title", "pagetitle", "sourcepagetitle", "linkingpagetitle",
    ),
    "nofollow": ("nofollow", "flagnofollow", "isnofollow", "nofollowlink", "relnofollow"),
    "dofollow": ("dofollow", "isdofollow", "follow", "followed"),
    "sponsored": ("sponsored", "issponsored", "flagsponsored", "relsponsored"),
    "ugc": ("ugc", "isugc", "flagugc", "relugc"),
    # a rel value ("nofollow sponsored") or a link type; values that are no rel token are ignored
    "rel": ("rel", "linkrel", "relattribute", "linkattributes", "attributes", "linktype", "type"),
    "sitewide": ("sitewide", "issitewide", "flagsitewide"),
    "first_seen": (
        "firstseen", "firstindexeddate", "firstindexed", "sourcefirstfounddate", "firstfound",
        "firstfounddate", "datefound", "discovered", "discovereddate", "firstseendate", "datefirstseen",
        "founddate", "dateadded",
    ),
    "last_seen": (
        "lastseen", "lastseendate", "lastcrawled", "lastcrawl", "sourcecrawldate", "lastchecked",
        "lastcrawleddate", "datelastseen", "lastvisited",
    ),
    # a yes/no or a date (Ahrefs writes the date a link was lost into "Lost")
    "lost": ("lost", "lostlink", "flagdeleted", "deleted", "islost"),
    "lost_date": ("datelost", "lostdate", "lostsince", "loston"),
}

# Columns the vendors write that we know and do not use: listed apart from the ones we do not know.
KNOWN_UNUSED = frozenset({
    # Ahrefs
    "language", "platform", "referringpagehttpcode", "domainrating", "ur", "urlrating", "dr",
    "domaintraffic", "referringdomains", "linkeddomains", "externallinks", "pagetraffic", "keywords",
    "leftcontext", "rightcontext", "content", "rendered", "raw", "loststatus", "dropreason",
    "discoveredstatus", "author", "pagetype", "isspam", "httpcode",
    # Semrush
    "pageascore", "ascore", "internallinks", "text", "frame", "form", "image", "newlink",
    # Majestic
    "flagimage", "flagimages", "flagimagelink", "flagredirect", "flagframe", "flagalttext", "flagmention",
    "flagoldcrawl", "sourcetrustflow", "sourcecitationflow", "targettrustflow", "targetcitationflow",
    "linksubtype", "reasonlost", "sourcecrawldate",
    # Search Console
    "targetpages",
})
KNOWN_UNUSED_PATTERN = re.compile(r"(source|target)topicaltrustflow(topic|value)\d*")

_ALIAS_TO_FIELD = {alias: name for name, aliases in FIELD_ALIASES.items() for alias in aliases}
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise_header(cell: str) -> str:
    return _NON_ALNUM.sub("", cell.strip().strip("\ufeff").lower())


@dataclass(frozen=True)
class Format:
    name: str
    label: str
    markers: frozenset[str]  # normalised headers that must all be present


# Most specific first: the first format whose markers are all in the header is the export's.
FORMATS = (
    Format("gsc_top_linking_sites", "Google Search Console: Top linking sites",
           frozenset({"site", "linkingpages"})),
    Format("gsc_latest_links", "Google Search Console: Latest links",
           frozenset({"linkingpage", "lastcrawled"})),
    Format("gsc_sample_links", "Google Search Console: More sample links", frozenset({"linkingpage"})),
    Format("ahrefs", "Ahrefs backlinks", frozenset({"referringpageurl"})),
    Format("semrush", "Semrush backlinks", frozenset({"sourceurl", "pageascore"})),
    Format("semrush", "Semrush backlinks", frozenset({"sourceurl", "sourcetitle"})),
    Format("majestic", "Majestic backlinks", frozenset({"sourceurl", "flagnofollow"})),
    Format("majestic", "Majestic backlinks", frozenset({"sourceurl", "sourcetrustflow"})),
)
PLAIN = Format("csv", "CSV with a source URL column", frozenset())
PLAIN_SITES = Format("csv_sites", "CSV of linking sites", frozenset())


@dataclass
class Columns:
    """What a header row means: canonical field -> column index, and what was not used."""

    fields: dict[str, int] = field(default_factory=dict)
    understood: dict[str, str] = field(default_factory=dict)  # header as written -> field
    unused: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    @property
    def link_rows(self) -> bool:
        return "source_url" in self.fields

    @property
    def usable(self) -> bool:
        return "source_url" in self.fields or "site" in self.fields


def map_columns(header: list[str]) -> Columns:
    cols = Columns()
    for index, cell in enumerate(header):
        name = cell.strip().strip("\ufeff")
        key = normalise_header(name)
        if not key:
            continue
        canonical = _ALIAS_TO_FIELD.get(key)
        if canonical and canonical not in cols.fields:
            cols.fields[canonical] = index
            cols.understood[name] = canonical
        elif key in KNOWN_UNUSED or KNOWN_UNUSED_PATTERN.fullmatch(key) or canonical:
            cols.unused.append(name)  # a second column for a field already read counts as unused
        else:
            cols.unknown.append(name)
    return cols


def recognise(header: list[str], cols: Columns) -> Format:
    keys = {normalise_header(c) for c in header}
    for fmt in FORMATS:
        if fmt.markers <= keys:
            return fmt
    return PLAIN if cols.link_rows else PLAIN_SITES


def source_aliases_hint() -> str:
    return "'Referring page URL', 'Source url', 'Linking page', 'url', 'source', 'from' or 'Site'"
