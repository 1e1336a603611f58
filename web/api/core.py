"""The flask-smorest Api of /api/v1: the one error shape in the document, bearer security, doc helpers."""

from __future__ import annotations

from http import HTTPStatus

from apispec.ext.marshmallow import MarshmallowPlugin
from flask import Blueprint, current_app, json
from flask_smorest import Api
from marshmallow import Schema, fields

from matcher.usecases.errors import UseCaseError
from web.api.openapi import mark_blank_fields, rewrite_blank

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
    """flask-smorest's Api, documenting our error shape and leaving error handling to web.errors.

    It serves no document itself (no OPENAPI_URL_PREFIX): `doc_blueprint` serves it, rewritten.
    """

    ERROR_SCHEMA = ErrorSchema

    def init_app(self, app, *, spec_kwargs=None):
        plugin = MarshmallowPlugin()
        super().init_app(app, spec_kwargs={**(spec_kwargs or {}), "marshmallow_plugin": plugin})
        plugin.converter.add_attribute_function(mark_blank_fields)

    def _register_error_handlers(self):
        # Private hook kept: flask-smorest has no public switch for its HTTPException handler, which would
        # replace web.errors' (the one error shape under /api, HTML pages elsewhere).
        return None

    def doc_blueprint(self, url_prefix: str, json_path: str) -> Blueprint:
        """The OpenAPI document at url_prefix/json_path, with blank-means-null properties spelled out."""
        blueprint = Blueprint("api-docs", __name__, url_prefix=url_prefix)

        @blueprint.get(f"/{json_path}", endpoint="openapi_json")
        def openapi_json():
            doc = rewrite_blank(self.spec.to_dict())
            return current_app.response_class(json.dumps(doc, indent=2), mimetype="application/json")

        return blueprint


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
