"""Bytes as uploaded to text: the encodings exports come in, and the files that are no export at all.

Ahrefs writes UTF-16 LE with a byte-order mark; Excel re-saves as UTF-8 with a BOM or as cp1252; the
rest is UTF-8. A BOM decides; without one, UTF-16 shows as NUL bytes in every other position, then
strict UTF-8 is tried, and cp1252 reads what is left (it accepts almost any byte, so it goes last).
"""

from __future__ import annotations

import codecs
import re

from matcher.backlinks.errors import NotAnExport

_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive or an Excel workbook (.xlsx); export or save it as CSV"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls); save it as CSV"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
)
_HTML = re.compile(r"\s*(<!doctype\s+html|<html|<head|<body|<\?xml|<table|<!--)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode_export(data: bytes) -> str:
    if not data.strip():
        raise NotAnExport("The file is empty.")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotAnExport(f"This file is {what}, not a CSV export of backlinks.")
    text = _decode(data)
    if _HTML.match(text[:2000]):
        raise NotAnExport("This is an HTML or XML page, not a CSV export of backlinks (save the export "
                          "itself, not the web page that shows it).")
    sample = text[:20_000]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 1000):
        raise NotAnExport("This is a binary file, not a CSV export of backlinks.")
    return text


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith(codecs.BOM_UTF16_LE):
        return data[2:].decode("utf-16-le", errors="replace")
    if data.startswith(codecs.BOM_UTF16_BE):
        return data[2:].decode("utf-16-be", errors="replace")
    head = data[:4000]
    zeros_odd, zeros_even = head[1::2].count(0), head[0::2].count(0)
    if zeros_odd > len(head) // 4 and zeros_even < zeros_odd // 8:
        return data.decode("utf-16-le", errors="replace")
    if zeros_even > len(head) // 4 and zeros_odd < zeros_even // 8:
        return data.decode("utf-16-be", errors="replace")
    if 0 in head:
        raise NotAnExport("This is a binary file, not a CSV export of backlinks.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
