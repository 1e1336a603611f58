"""Why an uploaded file is refused. The message is for the person who uploaded it: the CLI prints it and
exits 2, the web shows it (a 4xx), and nothing is written."""

from __future__ import annotations


class ExportRejected(ValueError):
    """An upload the audit refuses; catch this one to handle both kinds."""


class NotAnExport(ExportRejected):
    """Not a backlink export: empty, binary, a spreadsheet or HTML page, or no column with the linking
    page or site."""


class TooManyRows(ExportRejected):
    """An export with more rows than one audit reads."""
