"""Backlink audits: the upload form, the report behind its unguessable link (charts, signals, the disavow
builder) and its downloads."""

from __future__ import annotations

from flask import Blueprint, Response, redirect, render_template, request, url_for
from flask_login import current_user
from marshmallow import ValidationError

from matcher.backlinks import MAX_ROWS
from matcher.schemas import AuditOptionsSchema, DisavowChoiceSchema
from matcher.usecases import backlink_audits
from matcher.usecases.backlink_audits import ExportRefused
from web.db import runtime
from web.extensions import limiter
from web.pages.helpers import csv_download, form_errors

bp = Blueprint("audits", __name__)


@bp.route("/audits/new", methods=["GET", "POST"])
@limiter.limit("20/hour", methods=["POST"])
def new_audit():
    """The upload form; a readable export is audited and the uploader sent to the report's link."""
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        # Before the form is parsed: an export is larger than any other form.
        request.max_content_length = runtime().settings.max_upload_bytes
        upload = request.files.get("file")
        try:
            options = AuditOptionsSchema().load({k: request.form.get(k, "") for k in ("brand", "money")})
        except ValidationError as exc:
            errors = form_errors(exc)
        if not upload or not upload.filename:
            errors.setdefault("file", []).append("Choose the export file to audit.")
        if not errors:
            owner = current_user.id if current_user.is_authenticated else None
            try:
                audit = backlink_audits.create_audit(runtime(), upload.read(), upload.filename, options,
                                                     owner)
            except ExportRefused as exc:
                errors = exc.fields
            else:
                return redirect(url_for(".show_audit", token=audit.token))
    page = render_template("audits/new.html", values=request.form, errors=errors, max_rows=MAX_ROWS,
                           max_mb=runtime().settings.max_upload_bytes // (1024 * 1024))
    return page, 422 if errors else 200


@bp.get("/audits/<token>")
def show_audit(token: str):
    audit = backlink_audits.get_audit_by_token(runtime(), token)
    return _report(audit, {}, {})


def _report(audit, chosen: dict, errors: dict, status: int = 200):
    return render_template("audits/report.html", audit=audit, r=audit.result, chosen=chosen, errors=errors,
                           brief=backlink_audits.brief_draft(audit)), status


@bp.post("/audits/<token>/disavow")
@limiter.limit("60/hour")
def disavow(token: str):
    """The disavow file for exactly the domains and URLs the owner ticked or typed."""
    audit = backlink_audits.get_audit_by_token(runtime(), token)
    typed = [line.strip() for line in request.form.get("more", "").splitlines() if line.strip()]
    data = {
        "domains": request.form.getlist("domains") + [t for t in typed if "://" not in t],
        "urls": [t for t in typed if "://" in t],
    }
    try:
        choice = DisavowChoiceSchema().load(data)
        text = backlink_audits.disavow_text(audit, choice)
    except ValidationError as exc:
        return _report(audit, request.form, _disavow_errors(exc), 422)
    except backlink_audits.DisavowError as exc:
        return _report(audit, request.form, {"more": [str(exc)]}, 422)
    return Response(text, mimetype="text/plain; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="disavow.txt"'})


def _disavow_errors(exc: ValidationError) -> dict[str, list[str]]:
    """Messages under the form's two inputs: the ticked domains, and the typed lines ('more')."""
    out: dict[str, list[str]] = {}
    for name, messages in form_errors(exc).items():
        out.setdefault("more" if name == "urls" else name, []).extend(messages)
    return out


@bp.get("/audits/<token>/flagged.csv")
def flagged_csv(token: str):
    audit = backlink_audits.get_audit_by_token(runtime(), token)
    return csv_download(backlink_audits.flagged_rows_csv(runtime(), audit), "flagged-links.csv")
