"""Cells we write into CSV files that people open in a spreadsheet.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (tab and carriage return can
hide such a start), so text taken from an uploaded file could run in the reader's spreadsheet. Every CSV
we write passes its cells through `neutralise`.
"""

from __future__ import annotations

from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """The cell as text, with a leading `'` where a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def neutralise_row(values: Iterable[object]) -> list[str]:
    return [neutralise(v) for v in values]
