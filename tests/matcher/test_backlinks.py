"""Reading backlink exports as users upload them: every vendor's sample, the ways files differ in the wild,
and files that are no export at all."""

import codecs
from datetime import date

import pytest

from matcher.backlinks import MAX_ROWS, NotAnExport, TooManyRows, audit_export, read_export
from matcher.backlinks.domains import host_of, registrable_domain
from matcher.backlinks.values import parse_bool, parse_count, parse_date
from matcher.config import PROJECT_ROOT
from seeds.backlinks import make_exports

SAMPLES = PROJECT_ROOT / "seeds" / "backlinks"
MONEY = make_exports.MONEY


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def audited(data, **kwargs):
    return audit_export(data, **kwargs).as_dict()


@pytest.mark.parametrize(
    "name, fmt, rows, anchors, attributes",
    [
        ("gsc_top_linking_sites.csv", "gsc_top_linking_sites", 179, False, False),
        ("gsc_latest_links.csv", "gsc_latest_links", 327, False, False),
        ("ahrefs_backlinks.csv", "ahrefs", 320, True, True),
        ("semrush_backlinks.csv", "semrush", 374, True, True),
        ("majestic_backlinks.csv", "majestic", 349, True, True),
        ("plain_backlinks.csv", "csv", 374, True, True),
        ("clean_semrush_backlinks.csv", "semrush", 253, True, True),
    ],
)
def test_each_sample_is_recognised_and_read_whole(name, fmt, rows, anchors, attributes):
    out = audited(sample(name), brand="Acme Dental", money=MONEY)
    assert (out["format"], out["rows"], out["skipped"]) == (fmt, rows, [])
    assert out["referring_domains"] > 100
    assert (out["anchor_mix"] is not None) is anchors
    assert (out["follow_mix"] is not None) is attributes
    for mix in (out["anchor_mix"], out["follow_mix"]):
        if mix:
            assert sum(v for v in mix.values() if v is not None) == pytest.approx(1.0, abs=0.001)


def test_the_samples_are_what_the_generator_writes(tmp_path):
    for path in make_exports.write_samples(tmp_path):
        assert path.read_bytes() == sample(path.name), f"{path.name} differs: re-run make_exports.py"
        assert path.stat().st_size < 200_000


def test_ahrefs_sample_is_utf16_with_tabs_and_its_columns_are_understood():
    data = sample("ahrefs_backlinks.csv")
    assert data.startswith(codecs.BOM_UTF16_LE) and "\t".encode("utf-16-le") in data[:400]
    out = audited(data)
    assert out["understood"]["Referring page URL"] == "source_url"
    assert out["understood"]["Anchor"] == "anchor"
    assert out["understood"]["Lost"] == "lost"
    assert "Domain rating" in out["unused_columns"] and out["unknown_columns"] == []
    assert out["lost"]["lost"] > 0 and out["lost"]["median_days_to_lost"] is not None


def test_majestic_lacks_sponsored_and_ugc_so_those_shares_are_null():
    mix = audited(sample("majestic_backlinks.csv"))["follow_mix"]
    assert mix["sponsored"] is None and mix["ugc"] is None
    assert mix["follow"] + mix["nofollow"] + mix["unknown"] == pytest.approx(1.0, abs=0.001)


def test_gsc_top_linking_sites_rows_are_sites_with_their_link_counts():
    out = audited(sample("gsc_top_linking_sites.csv"))
    assert out["rows"] == out["referring_domains"] == 179
    top = out["top_domains"][0]
    assert top == {"domain": "camden-community-news.co.uk", "links": 1250, "share": top["share"],
                   "signals": top["signals"]}
    assert out["links"] > 1250 and out["anchor_mix"] is None and out["timeline"] == []


def test_unknown_columns_are_reported_and_the_known_ones_named():
    out = audited(sample("plain_backlinks.csv"))
    assert out["unknown_columns"] == ["Checked by"]
    assert out["understood"] == {"Source": "source_url", "Target": "target_url", "Anchor text": "anchor",
                                 "Rel": "rel", "First seen": "first_seen", "Lost on": "lost_date"}


def test_gsc_more_sample_links_has_only_the_linking_page():
    out = audited(b"Linking page\nhttps://a-site.com/x\nhttps://www.b-site.org/y\n")
    assert (out["format"], out["rows"], out["referring_domains"]) == ("gsc_sample_links", 2, 2)


@pytest.mark.parametrize("encode", [
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    lambda t: t.encode("utf-16-le"),
    lambda t: t.encode("cp1252"),
], ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "cp1252"])
def test_encodings_read_the_same(encode):
    text = "url,anchor\r\nhttps://café-blog.com/a,Café Acme\r\nhttps://news.example.co.uk/b,aquí\r\n"
    export = read_export(encode(text))
    assert [ln.anchor for ln in export.links] == ["Café Acme", "aquí"]
    assert export.links[1].domain == "example.co.uk"


def test_quoted_commas_and_line_breaks_stay_in_their_cell_and_lines_count_in_the_file():
    text = ('Source url,Source title,Anchor\n'
            'https://a-site.com/x,"Smiles, teeth, and more","Acme Dental, Camden"\n'
            'https://b-site.com/y,"A title\nover two lines",here\n'
            ',no url here,x\n')
    out = audited(text.encode())
    assert out["rows"] == 2
    assert out["skipped"] == [{"line": 5, "reason": "no source URL"}]
    export = read_export(text.encode())
    assert export.links[0].title == "Smiles, teeth, and more"
    assert export.links[0].anchor == "Acme Dental, Camden"


def test_rows_without_a_usable_url_are_skipped_with_line_and_reason():
    text = ("url,anchor\nhttps://ok.com/1,a\n\nmailto:someone@x.com,b\njavascript:void(0),c\nnot a url,d\n"
            "https://ok.com/2,e\n")
    out = audited(text.encode())
    assert out["rows"] == 2
    assert out["skipped"] == [
        {"line": 4, "reason": "source URL is not a web address"},
        {"line": 5, "reason": "source URL is not a web address"},
        {"line": 6, "reason": "source URL is not a web address"},
    ]


def test_a_title_line_above_the_header_is_passed_over():
    text = "Backlinks report for acme-dental.co.uk\n\nurl;anchor\nhttps://a.com/x;here\n"
    out = audited(text.encode())
    assert (out["header_line"], out["rows"]) == (3, 1)


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(delimiter):
    text = delimiter.join(["url", "anchor", "first seen"]) + "\n" + delimiter.join(
        ["https://a.com/x", "click here", "2024-03-05"]) + "\n"
    export = read_export(text.encode())
    assert export.links[0].anchor == "click here" and export.links[0].first_seen == date(2024, 3, 5)


def test_thousands_separators_in_link_counts():
    comma = b'Site,Linking pages,Target pages\nbig.com,"1,234",3\nsmall.org,7,1\n'
    dot = b"Site;Linking pages;Target pages\nbig.com;1.234;3\nsmall.org;7;1\n"
    for data in (comma, dot):
        assert [ln.count for ln in read_export(data).links] == [1234, 7]
    assert audited(comma)["links"] == 1241


def test_localized_dates_in_one_column_are_read_in_the_order_the_column_shows():
    day_first = b"url,first seen\nhttps://a.com/1,05/03/2024\nhttps://a.com/2,25/03/2024\n"
    month_first = b"url,first seen\nhttps://a.com/1,03/05/2024\nhttps://a.com/2,03/25/2024\n"
    assert read_export(day_first).links[0].first_seen == date(2024, 3, 5)
    assert read_export(month_first).links[0].first_seen == date(2024, 3, 5)


@pytest.mark.parametrize("cell", [
    "2024-03-05", "2024-03-05 10:00:00", "2024-03-05T10:00:00Z", "2024-03-05T10:00:00+01:00", "05/03/2024",
    "05.03.2024", "Mar 5, 2024", "March 5th, 2024", "5 Mar 2024", "5. März 2024", "5 mars 2024", "2024/03/05",
])
def test_date_forms(cell):
    assert parse_date(cell) == date(2024, 3, 5)


def test_cells_that_are_no_date_or_flag_or_count_are_none_not_errors():
    assert parse_date("soon") is None and parse_date("31/02/2024") is None
    assert [parse_bool(v) for v in ["TRUE", "true", "1", "yes", "nofollow", "FALSE", "0", "", "maybe"]] == [
        True, True, True, True, True, False, False, None, None]
    assert [parse_count(v) for v in ["1,234", "1.234", "1 234", "12", "", "many"]] == [1234, 1234, 1234, 12,
                                                                                      None, None]


def test_registrable_domains_group_subdomains_and_two_part_suffixes():
    assert registrable_domain("www.blog.acme-dental.co.uk") == "acme-dental.co.uk"
    assert registrable_domain("shop.example.com.au") == "example.com.au"
    assert registrable_domain("news.example.com") == "example.com"
    assert registrable_domain("someone.blogspot.com") == "someone.blogspot.com"
    assert host_of("Example.COM/page") == "example.com"
    assert host_of("ftp://example.com/x") is None


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"  \n\n ", "empty"),
    (b"<!DOCTYPE html><html><body><table><tr><td>url</td></tr></table></body></html>", "HTML"),
    (b"\n  <html><head><title>Ahrefs</title></head></html>", "HTML"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"PK\x03\x04\x14\x00\x06\x00", "Excel"),
    (bytes(range(256)) * 20, "binary"),
    (b"name,email\nJo,jo@example.com\n", "no column"),
    (b"url,anchor\n", "no rows"),
])
def test_files_that_are_no_export_say_so_plainly(data, words):
    with pytest.raises(NotAnExport) as caught:
        read_export(data)
    assert words in str(caught.value)


def test_more_than_max_rows_is_refused_and_max_rows_is_read():
    rows = b"https://site.com/page\n"
    assert len(read_export(b"url\n" + rows * MAX_ROWS).links) == MAX_ROWS
    with pytest.raises(TooManyRows, match="100,000"):
        read_export(b"url\n" + rows * (MAX_ROWS + 1))
