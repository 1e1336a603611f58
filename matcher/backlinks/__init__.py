"""The backlink audit (DESIGN.md "Backlink audit"): read an export from Search Console, Ahrefs, Semrush,
Majestic or a plain CSV, measure its anchors, attributes, domains and timeline, and name what resembles a
practice from Google's spam policies; write the flagged rows as CSV and a disavow file for the domains the
owner chooses.

    report = audit_export(uploaded_bytes, brand="Acme Dental", money=["dental implants"])
    report.as_dict()       # the JSON contract
    report.flagged_csv()   # the flagged rows, safe to open in a spreadsheet
    report.domains()       # every referring domain with its links and signal codes
    disavow_file(["spam.example"], on=date.today(), source="export.csv")

Modules: formats (column aliases, format recognition), decoding, values (cells), reading (rows to links),
domains, anchors, timeline, networks, signals, audit, disavow.
"""

from matcher.backlinks.audit import AuditReport, audit, audit_export
from matcher.backlinks.disavow import MAX_BYTES, MAX_LINES, DisavowError, disavow_file
from matcher.backlinks.domains import InvalidDomain, validate_domain
from matcher.backlinks.errors import ExportRejected, NotAnExport, TooManyRows
from matcher.backlinks.reading import MAX_ROWS, Export, Link, read_export

__all__ = [
    "MAX_BYTES", "MAX_LINES", "MAX_ROWS", "AuditReport", "DisavowError", "Export", "ExportRejected",
    "InvalidDomain", "Link", "NotAnExport", "TooManyRows", "audit", "audit_export", "disavow_file",
    "read_export", "validate_domain",
]
