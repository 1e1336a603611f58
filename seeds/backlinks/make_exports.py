"""Sample backlink exports for a fictional practice, Acme Dental (acme-dental.co.uk), in each format the
audit reads, with the vendors' own column names, encodings and ways of writing dates and flags.

    .venv/bin/python seeds/backlinks/make_exports.py                 # rewrites the samples next to this file
    .venv/bin/python seeds/backlinks/make_exports.py --format ahrefs --rows 100000 --out /tmp/big.csv

Deterministic: one seed gives the same bytes on every run (dates are relative to a fixed day, not today).

The profile is mostly ordinary links (local press and blogs, directories, forums, a few properly marked
sponsored posts) with problems planted in the problem samples, one each of what the audit looks for:
  - a burst: 60 links from 45 throwaway domains first seen in one week of November 2024, most lost
    within weeks, with keyword anchors;
  - a network of numbered domains (dental-health-hub1.com ... dental-health-hub7.site);
  - a page-template network: 6 unrelated-looking domains with /2024/03/the-ultimate-guide-to-* pages;
  - 10 paid placements (sponsored-post, guest-post, advertorial pages) with followed links, not marked
    rel=sponsored;
  - a sitewide footer link from 30 pages of one local site with a keyword anchor;
  - together, commercial anchors far above a natural share.
The clean sample (`clean_semrush_backlinks.csv`) is the same ordinary profile without them.

Files written: gsc_top_linking_sites.csv, gsc_latest_links.csv (Search Console), ahrefs_backlinks.csv
(UTF-16 LE with BOM, tab-separated, as Ahrefs writes it), semrush_backlinks.csv, majestic_backlinks.csv,
plain_backlinks.csv (semicolons, day/month/year dates, a column the audit does not know),
clean_semrush_backlinks.csv.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import io
import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITE = "acme-dental.co.uk"
BRAND = "Acme Dental"
MONEY = ["dental implants", "teeth whitening", "emergency dentist", "invisalign"]
TODAY = date(2025, 6, 30)
START = date(2023, 7, 1)
BURST_START = date(2024, 11, 4)

# Name parts: no two second words share their first four letters, so no two names share a long prefix.
W1 = ("london camden family happy urban little modern local bright green city north daily smart simple "
      "clever fresh savvy busy cosy").split()
W2 = ("mums living journal times guide review notes digest post weekly kitchen diaries life matters parents "
      "health wellness chatter gazette herald tribune corner insider planner").split()
CONSONANTS = "bcdfghjklmnprstvz"
JUNK1 = "article blogpost webdir linkhub seofeed postbox pressnet newsfeed webfeed infobox".split()
JUNK2 = "spot zone base land mart city world press direct planet".split()
TLDS = ["com", "co.uk", "org", "net", "org.uk", "blog", "info", "uk"]
JUNK_TLDS = ["xyz", "info", "online", "site", "top"]
SLUG_WORDS = ("smile teeth gums brushing flossing children family tips guide local clinic dentist visit "
              "check healthy habits sugar diet school holiday parents review best friendly nervous patients "
              "care braces kids winter summer spring autumn money saving week news street market open new "
              "community health advice questions answers").split()
TARGET_PATHS = ["", "", "", "dental-implants/", "teeth-whitening/", "emergency-dentist/", "invisalign/",
                "about/", "blog/how-to-floss/", "contact/", "team/"]
OTHER_ANCHOR = ["a friendly {w} practice in {a}", "their {w} team", "the clinic on {a} high street",
                "Dr {n}", "{n}'s surgery", "this {w} guide to {t}", "{a} family practice",
                "what {n} says about {t}", "the practice we use in {a}", "an article on {t}"]
AREAS = ["Camden", "Islington", "Kentish Town", "Hampstead", "Holloway", "Belsize Park", "Chalk Farm"]
NAMES = ["Patel", "Okafor", "Nowak", "Hughes", "Rossi", "Khan", "Murphy", "Silva"]
TOPICS = ["flossing", "children's teeth", "nervous patients", "gum health", "brushing", "school holidays"]
MONEY_ANCHORS = ["dental implants london", "best dental implants", "cheap teeth whitening",
                 "emergency dentist london", "teeth whitening london", "invisalign london",
                 "affordable dental implants"]


@dataclass
class SampleLink:
    source_url: str
    title: str
    target_url: str
    anchor: str
    nofollow: bool = False
    sponsored: bool = False
    ugc: bool = False
    sitewide: bool = False
    image: bool = False
    first_seen: date = START
    last_seen: date = TODAY
    lost_on: date | None = None
    rating: int = 20  # domain rating / trust flow, roughly
    kind: str = "normal"


class Names:
    """Unique made-up domain names: a name is never used twice, so no accidental network appears."""

    def __init__(self, rng: random.Random):
        self.rng, self.used = rng, {SITE}

    def ordinary(self) -> str:
        for _ in range(10_000):
            w1, w2 = self.rng.choice(W1), self.rng.choice(W2)
            if len(self.used) > 300:  # large exports need more names than the pairs give: made-up words
                w1 = "".join(self.rng.choice(CONSONANTS) + self.rng.choice("aeiou") for _ in range(3)) + w1
            key = w1 + w2
            if key in self.used:
                continue
            self.used.add(key)
            sep = "-" if self.rng.random() < 0.25 else ""
            return f"{w1}{sep}{w2}.{self.rng.choice(TLDS)}"
        raise RuntimeError("ran out of names")

    def junk(self) -> str:
        while True:
            key = f"{self.rng.choice(JUNK1)}{self.rng.choice(JUNK2)}"
            if key not in self.used:
                self.used.add(key)
                return f"{key}.{self.rng.choice(JUNK_TLDS)}"


def _slug(rng: random.Random, words: int | None = None) -> str:
    return "-".join(rng.sample(SLUG_WORDS, words or rng.randint(2, 6)))


def _page(rng: random.Random, domain: str) -> tuple[str, str]:
    www = "www." if rng.random() < 0.5 else ""
    section = rng.choice(["blog", "news", "articles", "guides", "2024/03", "2023/11", "local", "community"])
    slug = _slug(rng)
    title = slug.replace("-", " ").capitalize() + f" | {domain.split('.')[0].replace('-', ' ').title()}"
    return f"https://{www}{domain}/{section}/{slug}/", title


def _target(rng: random.Random, path: str | None = None) -> str:
    return f"https://www.{SITE}/{rng.choice(TARGET_PATHS) if path is None else path}"


def _natural_anchor(rng: random.Random) -> tuple[str, bool]:
    roll = rng.random()
    if roll < 0.34:
        branded = [BRAND, "Acme Dental Clinic", "Acme Dental, Camden", "acme dental", "AcmeDental"]
        return rng.choice(branded), False
    if roll < 0.52:
        return rng.choice([SITE, f"www.{SITE}", f"https://www.{SITE}/", f"https://{SITE}"]), False
    if roll < 0.66:
        return rng.choice(["click here", "website", "here", "read more", "their website", "this site",
                           "visit website", "more info"]), False
    if roll < 0.73:
        return rng.choice(["dental implants", "teeth whitening", "an emergency dentist", "Invisalign"]), False
    if roll < 0.95:
        tpl = rng.choice(OTHER_ANCHOR)
        return tpl.format(w=rng.choice(["dental", "local", "family", "lovely"]), a=rng.choice(AREAS),
                          n=rng.choice(NAMES), t=rng.choice(TOPICS)), False
    return "", True  # an image link


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def normal_links(rng: random.Random, names: Names, n: int) -> list[SampleLink]:
    domains = [names.ordinary() for _ in range(max(10, int(n * 0.55)))]
    domains += ["yell.com", "yelp.co.uk", "reddit.com", "mumsnet.com", "nextdoor.co.uk", "bbc.co.uk"]
    links = []
    weights = [1 / (rank + 1) ** 0.5 for rank in range(len(domains))]  # a few domains link often
    for domain in rng.choices(domains, weights=weights, k=n):
        source, title = _page(rng, domain)
        anchor, image = _natural_anchor(rng)
        ugc = domain in ("reddit.com", "mumsnet.com", "nextdoor.co.uk") or rng.random() < 0.02
        first = _day(rng, START, TODAY - timedelta(days=14))
        lost = first + timedelta(days=rng.randint(120, 500)) if rng.random() < 0.07 else None
        lost = lost if lost and lost < TODAY else None
        links.append(SampleLink(source, title, _target(rng), anchor, nofollow=ugc or rng.random() < 0.22,
                                ugc=ugc, image=image, first_seen=first,
                                last_seen=lost or TODAY - timedelta(days=rng.randint(0, 20)), lost_on=lost,
                                rating=rng.randint(5, 70)))
    for _ in range(3):  # paid posts done right: rel=sponsored, never flagged
        domain = names.ordinary()
        source = f"https://{domain}/sponsored/{_slug(rng, 4)}/"
        links.append(SampleLink(source, "Sponsored: a visit to Acme Dental", _target(rng, ""), BRAND,
                                sponsored=True, first_seen=_day(rng, START, TODAY), rating=30))
    return links


def problem_links(rng: random.Random, names: Names) -> list[SampleLink]:
    links = []
    burst_domains = [names.junk() for _ in range(45)]
    for i in range(60):
        domain = burst_domains[i % len(burst_domains)]
        first = BURST_START + timedelta(days=rng.randint(0, 5))
        lost = first + timedelta(days=rng.randint(20, 45)) if rng.random() < 0.6 else None
        links.append(SampleLink(f"http://{domain}/{_slug(rng, 3)}.html", _slug(rng, 3).title(), _target(rng),
                                rng.choice(MONEY_ANCHORS), first_seen=first, last_seen=lost or TODAY,
                                lost_on=lost, rating=rng.randint(0, 8), kind="burst"))
    tlds = ["com", "net", "org", "info", "co.uk", "online", "site"]
    for i in range(7):
        domain = f"dental-health-hub{i + 1}.{tlds[i]}"
        for _ in range(2):
            first = _day(rng, date(2024, 2, 1), date(2025, 3, 1))
            lost = first + timedelta(days=rng.randint(20, 40)) if rng.random() < 0.5 else None
            links.append(SampleLink(f"https://{domain}/{_slug(rng, 5)}/", "Dental health hub",
                                    _target(rng, "dental-implants/"), rng.choice(MONEY_ANCHORS),
                                    first_seen=first, last_seen=lost or TODAY, lost_on=lost, rating=12,
                                    kind="network"))
    topics = ["dental-implants-in-london", "teeth-whitening-at-home", "choosing-an-emergency-dentist",
              "invisalign-for-adults", "dental-implant-costs", "a-brighter-smile"]
    for topic in topics:
        domain = names.ordinary()
        for _ in range(rng.randint(1, 2)):
            links.append(SampleLink(f"https://{domain}/2024/03/the-ultimate-guide-to-{topic}/",
                                    f"The ultimate guide to {topic.replace('-', ' ')}", _target(rng),
                                    rng.choice(MONEY_ANCHORS), first_seen=_day(rng, date(2024, 3, 1),
                                                                               date(2024, 4, 30)),
                                    rating=15, kind="template"))
    for i in range(10):
        domain = names.ordinary()
        path = ["sponsored-post", "guest-post", "advertorial", "partner-content"][i % 4]
        links.append(SampleLink(f"https://www.{domain}/{path}/{_slug(rng, 4)}/",
                                f"Sponsored: {_slug(rng, 3).replace('-', ' ')}", _target(rng),
                                rng.choice(MONEY_ANCHORS), first_seen=_day(rng, date(2024, 1, 1), TODAY),
                                rating=rng.randint(20, 45), kind="paid"))
    footer_first = date(2024, 5, 1)
    for _ in range(30):
        section = rng.choice(["events", "news", "whats-on", "shops", "eat"])
        links.append(SampleLink(f"https://camden-community-news.co.uk/{section}/{_slug(rng, 3)}/",
                                "Camden Community News", _target(rng, ""), "emergency dentist camden",
                                sitewide=True, first_seen=footer_first + timedelta(days=rng.randint(0, 70)),
                                rating=35, kind="sitewide"))
    return links


def generate(seed: int = 7, problems: bool = True, normal: int = 250) -> list[SampleLink]:
    rng = random.Random(seed)
    names = Names(rng)
    links = normal_links(rng, names, normal)
    if problems:
        links += problem_links(rng, names)
    rng.shuffle(links)
    return links


# ---- one writer per format: the vendors' columns and their way of writing values ------------------------

def _domain(url: str) -> str:
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return host[4:] if host.startswith("www.") else host


def _csv(rows: list[list[object]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _stamp(d: date | None, rng: random.Random) -> str:
    if d is None:
        return ""
    return (datetime(d.year, d.month, d.day) + timedelta(seconds=rng.randint(0, 86399))).strftime(
        "%Y-%m-%d %H:%M:%S")


def gsc_top_linking_sites(links: list[SampleLink]) -> bytes:
    pages, targets = Counter(), defaultdict(set)
    for link in links:
        pages[_domain(link.source_url)] += 1
        targets[_domain(link.source_url)].add(link.target_url)
    pages["camden-community-news.co.uk"] = 1250 if pages["camden-community-news.co.uk"] else 0
    rows = [["Site", "Linking pages", "Target pages"]]
    rows += [[d, f"{n:,}", len(targets[d])] for d, n in pages.most_common() if n]
    return _csv(rows).encode("utf-8")


def gsc_latest_links(links: list[SampleLink]) -> bytes:
    live = sorted((ln for ln in links if ln.lost_on is None), key=lambda ln: ln.last_seen, reverse=True)
    rows = [["Linking page", "Last crawled"]]
    rows += [[ln.source_url, f"{ln.last_seen:%b} {ln.last_seen.day}, {ln.last_seen.year}"] for ln in live]
    return _csv(rows).encode("utf-8")


AHREFS_COLUMNS = ("Referring page title|Referring page URL|Language|Platform|Referring page HTTP code|"
                  "Domain rating|UR|Domain traffic|Referring domains|Linked domains|External links|"
                  "Page traffic|Keywords|Target URL|Left context|Anchor|Right context|Type|Content|Nofollow|"
                  "UGC|Sponsored|Rendered|Raw|Lost status|Drop reason|Discovered status|Author|Page type|"
                  "First seen|Last seen|Lost").split("|")


def seen_by(links: list[SampleLink], share: float, seed: int) -> list[SampleLink]:
    """The part of the profile one vendor's crawler found: every planted link, `share` of the others."""
    rng = random.Random(seed)
    return [ln for ln in links if ln.kind != "normal" or rng.random() < share]


def ahrefs(links: list[SampleLink], seed: int = 7, share: float = 0.8) -> bytes:
    rng = random.Random(seed + 1)
    rows: list[list[object]] = [AHREFS_COLUMNS]
    for ln in seen_by(links, share, seed):
        tf = lambda flag: "true" if flag else "false"  # noqa: E731 - Ahrefs writes lower-case booleans
        rows.append([ln.title, ln.source_url, "en", rng.choice(["Blogs", "CMS", "Forums", "eCommerce"]), 200,
                     ln.rating, rng.randint(0, 30), rng.randint(0, 50000), rng.randint(1, 2000),
                     rng.randint(5, 400), rng.randint(1, 120), rng.randint(0, 900), rng.randint(0, 300),
                     ln.target_url, "", ln.anchor, "", "image" if ln.image else "text", "true",
                     tf(ln.nofollow), tf(ln.ugc), tf(ln.sponsored), "false", "true",
                     "removed" if ln.lost_on else "", "", "",
                     "", "article", _stamp(ln.first_seen, rng), _stamp(ln.last_seen, rng),
                     _stamp(ln.lost_on, rng)])
    return codecs.BOM_UTF16_LE + _csv(rows, "\t").encode("utf-16-le")


SEMRUSH_COLUMNS = ("Page ascore|Source title|Source url|Target url|Anchor|External links|Internal links|"
                   "Nofollow|Sponsored|Ugc|Text|Frame|Form|Image|Sitewide|First seen|Last seen|New link|"
                   "Lost link").split("|")


def semrush(links: list[SampleLink], seed: int = 7) -> bytes:
    rng = random.Random(seed + 2)
    tf = {True: "TRUE", False: "FALSE"}
    rows: list[list[object]] = [SEMRUSH_COLUMNS]
    for ln in links:
        rows.append([max(0, ln.rating - rng.randint(0, 10)), ln.title, ln.source_url, ln.target_url,
                     ln.anchor, rng.randint(1, 150), rng.randint(10, 300), tf[ln.nofollow], tf[ln.sponsored],
                     tf[ln.ugc],
                     tf[not ln.image], "FALSE", "FALSE", tf[ln.image], tf[ln.sitewide],
                     ln.first_seen.isoformat(), ln.last_seen.isoformat(),
                     tf[(TODAY - ln.first_seen).days <= 30], tf[ln.lost_on is not None]])
    return _csv(rows).encode("utf-8")


MAJESTIC_COLUMNS = ("Source URL|Target URL|Anchor Text|Flag No Follow|Flag Image|Flag Redirect|Flag Frame|"
                    "Flag Deleted|First Indexed Date|Last Seen Date|Date Lost|Source Trust Flow|"
                    "Source Citation Flow|Source Topical Trust Flow Topic 0|Source Topical Trust Flow Value 0"
                    ).split("|")


def majestic(links: list[SampleLink], seed: int = 7, share: float = 0.9) -> bytes:
    rng = random.Random(seed + 3)
    tf = {True: "True", False: "False"}
    rows: list[list[object]] = [MAJESTIC_COLUMNS]
    for ln in seen_by(links, share, seed + 3):
        rows.append([ln.source_url, ln.target_url, ln.anchor, tf[ln.nofollow or ln.sponsored or ln.ugc],
                     tf[ln.image], "False", "False", tf[ln.lost_on is not None], ln.first_seen.isoformat(),
                     ln.last_seen.isoformat(), ln.lost_on.isoformat() if ln.lost_on else "",
                     max(0, ln.rating // 2), ln.rating, rng.choice(["Health/Dentistry", "Regional/Europe",
                                                                    "Society/People", "Recreation/Food"]),
                     rng.randint(0, 30)])
    return _csv(rows).encode("utf-8")


def plain(links: list[SampleLink]) -> bytes:
    rows: list[list[object]] = [["Source", "Target", "Anchor text", "Rel", "First seen", "Lost on",
                                 "Checked by"]]
    for ln in links:
        flags = (("nofollow", ln.nofollow), ("sponsored", ln.sponsored), ("ugc", ln.ugc))
        rel = " ".join(t for t, on in flags if on) or "follow"
        rows.append([ln.source_url, ln.target_url, ln.anchor, rel, f"{ln.first_seen:%d/%m/%Y}",
                     f"{ln.lost_on:%d/%m/%Y}" if ln.lost_on else "", "JS"])
    return _csv(rows, ";").encode("utf-8")


WRITERS = {
    "gsc_top_linking_sites": (gsc_top_linking_sites, "gsc_top_linking_sites.csv"),
    "gsc_latest_links": (gsc_latest_links, "gsc_latest_links.csv"),
    "ahrefs": (ahrefs, "ahrefs_backlinks.csv"),
    "semrush": (semrush, "semrush_backlinks.csv"),
    "majestic": (majestic, "majestic_backlinks.csv"),
    "csv": (plain, "plain_backlinks.csv"),
}


def export_bytes(fmt: str, links: list[SampleLink], *, complete: bool = False) -> bytes:
    """The export of `links` in `fmt`; Ahrefs and Majestic see part of the ordinary links unless
    `complete` (a file of an exact size)."""
    if complete and fmt in ("ahrefs", "majestic"):
        return WRITERS[fmt][0](links, share=1.0)
    return WRITERS[fmt][0](links)


def write_samples(folder: Path = HERE, seed: int = 7) -> list[Path]:
    links = generate(seed)
    written = []
    for fmt, (_, name) in WRITERS.items():
        (folder / name).write_bytes(export_bytes(fmt, links))
        written.append(folder / name)
    clean = folder / "clean_semrush_backlinks.csv"
    clean.write_bytes(semrush(generate(seed, problems=False)))
    return [*written, clean]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--format", choices=sorted(WRITERS), help="write one export of this format")
    parser.add_argument("--rows", type=int, default=None, help="about this many rows (with --format)")
    parser.add_argument("--clean", action="store_true", help="no planted problems (with --format)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="the file to write (with --format)")
    args = parser.parse_args(argv)
    if args.format:
        normal = max(10, (args.rows or 373) - (0 if args.clean else 123))
        links = generate(args.seed, problems=not args.clean, normal=normal)[: args.rows]
        data = export_bytes(args.format, links, complete=args.rows is not None)
        (args.out or HERE / WRITERS[args.format][1]).write_bytes(data)
        return 0
    for path in write_samples(seed=args.seed):
        print(f"{path.relative_to(HERE.parents[1])}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
