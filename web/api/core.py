"""The flask-smorest Api of /api/v1: the one error shape in the document, bearer security, doc helpers."""

from __future__ import annotations

from http import HTTPStatus

from flask_smorest import Api
from marshmallow import Schema, fields

from matcher.usecases.errors import UseCaseError

BEARER = [{"bearerAuth": []}]
# Operations that work anonymously but show more to a holder of a token.
OPTIONAL_BEARER = [{}, {"bearerAuth": []}]


class ErrorBodySchema(Schema):
    code = fields.String(required=True, metadata={"description": "machine-readable, e.g. validation_error"})
    message = fields.String(required=True, metadata={"description": "what went wrong, for a person"})
    fields_ = fields.Dict(
        data_key="fields",
        required=True,
        keys=fields.String(),
        values=fields.List(fields.String()),
        metadata={"description": "per input field (dotted path), the problems found"},
    )


class ErrorSchema(Schema):
    """Every API error: {"error": {"code", "message", "fields"}} with a 4xx (or 503) status."""

    error = fields.Nested(ErrorBodySchema, required=True)


class MatcherApi(Api):
    """flask-smorest's Api, documenting our error shape and leaving error handling to web.errors."""

    ERROR_SCHEMA = ErrorSchema

    def _init_spec(self, **kwargs):
        from web.api.openapi import mark_blank_fields

        super()._init_spec(**kwargs)
        self.ma_plugin.converter.add_attribute_function(mark_blank_fields)

    def _register_error_handlers(self):
        # web.errors already answers every HTTPException in the one shape (HTML outside /api).
        return None

    def _openapi_json(self):
        """Serve the document, with blank-means-null properties spelled out (see web.api.openapi)."""
        from flask import current_app, json

        from web.api.openapi import rewrite_blank

        doc = rewrite_blank(self.spec.to_dict())
        return current_app.response_class(json.dumps(doc, indent=2), mimetype="application/json")


class ApiError(UseCaseError):
    """An error raised by the API layer itself, with its own status, code and optional headers."""

    def __init__(
        self, status: int, code: str, message: str, fields: dict | None = None, headers: dict | None = None
    ):
        super().__init__(message, fields)
        self.status = status
        self.code = code
        self.headers = headers or {}


def unauthorized(message: str) -> ApiError:
    return ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": 'Bearer realm="api"'})


def errors(blp, *codes: int):
    """Document error responses (all in the one error shape) on a view."""

    def decorator(view):
        for code in codes:
            view = blp.alt_response(code, response=HTTPStatus(code).name)(view)
        return view

    return decorator
