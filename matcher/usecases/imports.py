"""Importing a provider file end to end: validate all, store in one transaction, then vet and index."""

from __future__ import annotations

from typing import TYPE_CHECKING

from matcher.events import ProvidersChanged
from matcher.usecases.providers import ImportReport, import_providers

if TYPE_CHECKING:
    from matcher.unit_of_work import UnitOfWork


def import_file(uow: UnitOfWork, lines: list[str], inline: bool = False, wait: bool = False) -> ImportReport:
    """Import all lines or none; the changed providers are vetted and indexed after the commit (in chunks
    for workers with Redis, waiting for them when `wait`; here unless Redis or when `inline`), with the
    unit of work's progress bar."""
    with uow:
        report = import_providers(uow.session, lines)
        if not report.ok:
            uow.rollback()
            return report
        if report.changed_ids:
            uow.record(ProvidersChanged(tuple(report.changed_ids), inline=inline, wait=wait))
    return report
