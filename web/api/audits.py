"""/api/v1/audits: audit a backlink export uploaded as multipart/form-data (DESIGN.md "Backlink audit")."""

from __future__ import annotations

from flask_smorest import Blueprint
from flask_smorest.fields import Upload
from webargs.flaskparser import FlaskParser
from webargs.multidictproxy import MultiDictProxy
from werkzeug.datastructures import CombinedMultiDict

from matcher.schemas import AuditOptionsSchema
from matcher.usecases import backlink_audits
from web.api.core import errors
from web.api.limits import limit
from web.db import runtime
from web.pages.helpers import public_url_for


class _UploadBlueprint(Blueprint):
    """A blueprint whose arguments may come from a multipart body, file and fields together: flask-smorest
    documents one request body per operation, and its "files" and "form" locations are one each."""

    ARGUMENTS_PARSER = FlaskParser()
    DEFAULT_LOCATION_CONTENT_TYPE_MAPPING = {
        **Blueprint.DEFAULT_LOCATION_CONTENT_TYPE_MAPPING, "multipart": "multipart/form-data",
    }


@_UploadBlueprint.ARGUMENTS_PARSER.location_loader("multipart")
def _multipart(request, schema):
    return MultiDictProxy(CombinedMultiDict([request.form, request.files]), schema)


blp = _UploadBlueprint(
    "audits_api", __name__, url_prefix="/api/v1/audits",
    description="Backlink audits of exports from Search Console, Ahrefs, Semrush, Majestic or a CSV.",
)


class AuditUploadSchema(AuditOptionsSchema):
    file = Upload(required=True, metadata={"description": "the export (CSV or tab-separated, any encoding)"})


@blp.route("", methods=["POST"])
@limit("API_RATELIMIT_AUDITS")
@blp.arguments(AuditUploadSchema, location="multipart")
@blp.response(200)
@errors(blp, 400, 413, 415, 422, 429)
def create_audit(data):
    """Audit an export: the JSON object of `matcher audit`, plus `report_url` (the report page, with its
    charts and disavow builder; anyone holding it can read the report). Nothing is stored when the file is
    not an export (422)."""
    upload = data.pop("file")
    audit = backlink_audits.create_audit(runtime(), upload.read(), upload.filename or "export", data)
    # PUBLIC_URL plus the path, never the request's Host header (which any client sets).
    return {**audit.result, "report_url": public_url_for("audits.show_audit", token=audit.token)}
