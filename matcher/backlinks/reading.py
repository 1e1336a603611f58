"""Reading an uploaded export into links: encoding, delimiter, header, one `Link` per row.

Whatever the vendor, the result is one shape: `Export` with its format, the columns it understood and
the rows it skipped (1-based line numbers of the file, with a plain reason). A file that is no export
raises `NotAnExport`; one over `MAX_ROWS` rows raises `TooManyRows`: both are `ExportRejected`, whose
message is written for the person who uploaded it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from matcher.backlinks.decoding import decode_export
from matcher.backlinks.domains import host_of, registrable_domain
from matcher.backlinks.errors import NotAnExport, TooManyRows
from matcher.backlinks.formats import Columns, Format, map_columns, recognise, source_aliases_hint
from matcher.backlinks.values import numeric_order, parse_bool, parse_count, parse_date, parse_rel

MAX_ROWS = 100_000
DELIMITERS = (",", ";", "\t", "|")
HEADER_SEARCH_LINES = 10  # some exports put a title or a blank line above the header
DATE_FIELDS = ("first_seen", "last_seen", "lost_date", "lost")


@dataclass(slots=True)
class Link:
    """One row of the export: a link, or (domain rows) a linking site with its number of links."""

    line: int
    source: str  # the linking page's URL, or the site for a domain row
    host: str
    domain: str
    count: int = 1
    target: str | None = None
    anchor: str | None = None
    title: str | None = None
    nofollow: bool | None = None
    sponsored: bool | None = None
    ugc: bool | None = None
    sitewide: bool | None = None
    first_seen: date | None = None
    last_seen: date | None = None
    lost: bool | None = None
    lost_on: date | None = None


@dataclass
class Skipped:
    line: int
    reason: str

    def as_dict(self) -> dict:
        return {"line": self.line, "reason": self.reason}


@dataclass
class Export:
    format: Format
    columns: Columns
    links: list[Link] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    header_line: int = 1

    @property
    def domain_rows(self) -> bool:
        return not self.columns.link_rows

    def has(self, name: str) -> bool:
        return name in self.columns.fields


def read_export(data: bytes | str, *, max_rows: int = MAX_ROWS) -> Export:
    """The links of an export (bytes as uploaded, or text), or NotAnExport / TooManyRows."""
    text = decode_export(data) if isinstance(data, bytes) else data
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter, header_index, header = _find_header(text)
    cols = map_columns(header)
    export = Export(format=recognise(header, cols), columns=cols, header_line=header_index + 1)
    body = text.split("\n", header_index + 1)[-1] if header_index + 1 <= text.count("\n") else ""
    rows = _read_rows(body, delimiter, first_line=header_index + 2, max_rows=max_rows)
    build = _link_builder(cols, rows)
    for line, cells in rows:
        link_or_reason = build(line, cells)
        if isinstance(link_or_reason, str):
            export.skipped.append(Skipped(line, link_or_reason))
        else:
            export.links.append(link_or_reason)
    if not export.links and not export.skipped:
        raise NotAnExport("The export has a header but no rows of links.")
    return export


def _find_header(text: str) -> tuple[str, int, list[str]]:
    """(delimiter, 0-based line, cells) of the first line that reads as a header with a source column,
    trying each delimiter; the one that understands the most columns wins."""
    lines = text.split("\n", HEADER_SEARCH_LINES)[:HEADER_SEARCH_LINES]
    best: tuple[int, str, int, list[str]] | None = None
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        for delimiter in DELIMITERS:
            if delimiter not in line and delimiter != ",":
                continue
            try:
                cells = next(csv.reader([line], delimiter=delimiter))
            except (csv.Error, StopIteration):
                continue
            cols = map_columns(cells)
            if cols.usable and (best is None or len(cols.fields) > best[0]):
                best = (len(cols.fields), delimiter, index, cells)
        if best is not None:
            break
    if best is None:
        first = next((ln.strip() for ln in lines if ln.strip()), "")[:120]
        raise NotAnExport(
            "This does not look like a backlink export: no column holds the linking page or site (looked "
            f"for {source_aliases_hint()}). Its first line reads: \"{first}\"."
        )
    return best[1], best[2], best[3]


def _read_rows(body: str, delimiter: str, *, first_line: int, max_rows: int) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(body), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = first_line
    try:
        for cells in reader:
            line, start = start, first_line + reader.line_num
            if not "".join(cells).strip():
                continue
            if len(rows) >= max_rows:
                raise TooManyRows(
                    f"The export has more than {max_rows:,} rows of links; audit it in parts of up to "
                    f"{max_rows:,} rows (for example one export per year or per section of the site)."
                )
            rows.append((line, cells))
    except csv.Error as exc:
        raise NotAnExport(f"Line {start} cannot be read as CSV ({exc}).") from None
    return rows


def _link_builder(cols: Columns, rows: list[tuple[int, list[str]]]) -> Callable[[int, list[str]], Link | str]:
    """A function from (line, cells) to a Link or the reason the row is skipped. Column indices are
    resolved once and rows padded to the header's width: this runs once per row of files of 100,000.
    Date columns read day and month in the order their own values show."""
    f = cols.fields
    width = max(f.values()) + 1
    orders = {
        name: numeric_order({cells[f[name]].strip()[:10] for _, cells in rows if len(cells) > f[name]})
        for name in DATE_FIELDS if name in f
    }
    date_cache: dict[tuple[str, str], date | None] = {}

    def when(name: str, raw: str) -> date | None:
        # '2024-03-05 10:22:31' and '2024-03-05 17:01:09' are one day: cache by the ISO date alone
        key = (name, raw[:10] if len(raw) > 10 and raw[4:5] == "-" and raw[7:8] == "-" else raw)
        if key not in date_cache:
            date_cache[key] = parse_date(raw, orders.get(name, "dmy"))
        return date_cache[key]

    i_source = f.get("source_url", f.get("site"))
    i_count = f.get("link_count")
    text_fields = [(name, f[name]) for name in ("target_url", "anchor", "title") if name in f]
    flag_fields = [(name, f[name]) for name in ("nofollow", "sponsored", "ugc", "sitewide") if name in f]
    date_fields = [(name, attr, f[name]) for name, attr in (("first_seen", "first_seen"),
                   ("last_seen", "last_seen"), ("lost_date", "lost_on")) if name in f]
    i_dofollow, i_rel, i_lost = f.get("dofollow"), f.get("rel"), f.get("lost")
    has_lost_date = "lost_date" in f
    link_rows = cols.link_rows

    def build(line: int, cells: list[str]) -> Link | str:
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        source = cells[i_source].strip()
        if not source:
            return "no source URL" if link_rows else "no linking site"
        host = host_of(source)
        if host is None:
            return "source URL is not a web address" if link_rows else "linking site is not a domain name"
        link = Link(line=line, source=source, host=host, domain=registrable_domain(host))
        if i_count is not None and not link_rows:
            count = parse_count(cells[i_count])
            if count is None:
                return "the number of links is not a number"
            link.count = count
        for name, index in text_fields:
            setattr(link, name if name != "target_url" else "target", cells[index].strip() or None)
        for name, index in flag_fields:
            setattr(link, name, parse_bool(cells[index]))
        if link.nofollow is None and i_dofollow is not None:
            follow = parse_bool(cells[i_dofollow])
            link.nofollow = None if follow is None else not follow
        if i_rel is not None:
            tokens = parse_rel(cells[i_rel])
            if tokens is not None:  # a rel value lists every attribute the link has
                link.nofollow = "nofollow" in tokens if link.nofollow is None else link.nofollow
                link.sponsored = "sponsored" in tokens if link.sponsored is None else link.sponsored
                link.ugc = "ugc" in tokens if link.ugc is None else link.ugc
        for name, attr, index in date_fields:
            raw = cells[index].strip()
            if raw:
                setattr(link, attr, when(name, raw))
        if i_lost is not None:
            raw = cells[i_lost].strip()
            lost_day = when("lost", raw) if raw else None
            if lost_day is not None:
                link.lost, link.lost_on = True, link.lost_on or lost_day
            else:
                # Ahrefs leaves "Lost" empty for a live link: empty is "not lost" where the column exists
                link.lost = parse_bool(raw) if raw else False
        if link.lost_on is not None:
            link.lost = True
        elif link.lost and link.last_seen:
            link.lost_on = link.last_seen  # Semrush says only that a link is lost: it went after last seen
        elif has_lost_date and link.lost is None:
            link.lost = False
        return link

    return build
