"""Backlink audits: audit an uploaded export, keep the file and what the audit found, and give back what
the owner asks for (the report, the flagged rows as CSV, a disavow file, a brief for the clean-up).

The uploaded file is stored under the instance folder with a generated name and is never served back;
the report is kept in the database, and the flagged rows are read again from the file when asked for."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import select

from matcher.backlinks import AuditReport, DisavowError, ExportRejected, audit_export, disavow_file
from matcher.models import BacklinkAudit
from matcher.runtime import Runtime
from matcher.usecases.errors import NotFound, UseCaseError

__all__ = ["DisavowError", "ExportRefused", "brief_draft", "create_audit", "disavow_text", "flagged_rows_csv",
           "get_audit_by_token", "reread", "shown_name", "store_upload", "uploads_dir"]

UPLOADS = "uploads"
# The most signals named in a brief's scope started from a report: the brief is the buyer's to edit.
BRIEF_SIGNALS = 4


class ExportRefused(UseCaseError):
    """The upload is not a backlink export we read, or is too large: nothing was stored."""

    code = "not_an_export"
    status = 422

    def __init__(self, message: str):
        super().__init__(message, {"file": [message]})


def uploads_dir(rt: Runtime) -> Path:
    return Path(rt.settings.instance_dir) / UPLOADS


def create_audit(rt: Runtime, data: bytes, filename: str, options: dict[str, Any],
                 owner_id: int | None = None) -> BacklinkAudit:
    """Audit the export (ExportRefused, with nothing stored, when it is not one), then keep the file and
    the result. `options` is AuditOptionsSchema's output."""
    try:
        report = audit_export(data, brand=options.get("brand"), money=options.get("money") or ())
    except ExportRejected as exc:
        raise ExportRefused(str(exc)) from None
    path = store_upload(uploads_dir(rt), data)
    stored_as = path.name
    try:
        with rt.db.session() as session:
            audit = BacklinkAudit(
                token=secrets.token_urlsafe(32), filename=shown_name(filename), stored_as=stored_as,
                size_bytes=len(data), brand=options.get("brand"), money=list(options.get("money") or ()),
                result=report.as_dict(), owner_id=owner_id,
            )
            session.add(audit)
            session.flush()
            session.expunge(audit)
    except BaseException:
        path.unlink(missing_ok=True)  # no row, no file
        raise
    return audit


def store_upload(folder: Path, data: bytes) -> Path:
    """Write an uploaded export under a generated name, readable by this service's user only: an export
    lists a site's (or a client's) links, and it is never served raw."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{secrets.token_hex(16)}.export"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return path


def get_audit_by_token(rt: Runtime, token: str) -> BacklinkAudit:
    with rt.db.session() as session:
        audit = session.scalar(select(BacklinkAudit).where(BacklinkAudit.token == token)) if token else None
        if audit is None:
            raise NotFound("No backlink audit at this link.")
        session.expunge(audit)
    return audit


def reread(rt: Runtime, audit: BacklinkAudit) -> AuditReport:
    """The audit again from the stored file (its rows, for the flagged-rows CSV)."""
    path = uploads_dir(rt) / audit.stored_as
    if not path.is_file():
        raise NotFound("The uploaded export is no longer kept; upload it again to read its rows.")
    return audit_export(path.read_bytes(), brand=audit.brand, money=audit.money or ())


def flagged_rows_csv(rt: Runtime, audit: BacklinkAudit) -> str:
    return reread(rt, audit).flagged_csv()


def disavow_text(audit: BacklinkAudit, choice: dict[str, list[str]]) -> str:
    """The disavow file for exactly what the owner chose (DisavowChoiceSchema's output)."""
    return disavow_file(choice.get("domains") or (), choice.get("urls") or (), source=audit.filename)


def brief_draft(audit: BacklinkAudit) -> dict[str, Any]:
    """A brief for a backlink audit and clean-up, with what the audit found in its scope (the buyer edits
    it before sending)."""
    result = audit.result
    site = result.get("target_domain") or "our site"
    found = [s["reason"] for s in result.get("signals", [])[:BRIEF_SIGNALS]]
    scope = (f"Backlink audit and clean-up for {site}. Our {result.get('format_label') or 'backlink'} export "
             f"lists {result.get('links', result.get('rows', 0)):,} links from "
             f"{result.get('referring_domains', 0):,} referring domains.")
    if found:
        scope += " Our own audit found: " + " ".join(found)
    else:
        scope += " Our own audit found nothing that looks manipulative; we want an expert's reading of it."
    return {"services": ["backlink_audit"], "scope": scope}


def shown_name(filename: str) -> str:
    """The uploader's file name as shown on the report: its last part only, printable, bounded."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return (name or "export")[:255]
