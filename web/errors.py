"""Error handling: JSON errors in the one shape under /api, friendly pages elsewhere; never a stack trace."""

from __future__ import annotations

import logging

from flask import jsonify, render_template, request
from marshmallow import ValidationError
from sqlalchemy.exc import DBAPIError, OperationalError
from werkzeug.exceptions import HTTPException

from matcher.schemas import error_payload, flatten_messages
from matcher.usecases.errors import UseCaseError

log = logging.getLogger(__name__)


def wants_json() -> bool:
    return request.path.startswith("/api/")


def _respond(status: int, code: str, message: str, fields: dict | None = None):
    if wants_json():
        return jsonify(error_payload(code, message, fields)), status
    return render_template("error.html", status=status, message=message, fields=fields or {}), status


def init_app(app) -> None:
    @app.errorhandler(ValidationError)
    def _validation(exc: ValidationError):
        return _respond(422, "validation_error", "The input is not valid.", flatten_messages(exc.messages))

    @app.errorhandler(UseCaseError)
    def _use_case(exc: UseCaseError):
        return _respond(exc.status, exc.code, exc.message, exc.fields)

    @app.errorhandler(OperationalError)
    @app.errorhandler(DBAPIError)
    def _database(exc):
        log.error("database unavailable: %s", exc.__class__.__name__)
        return _respond(503, "database_unavailable", "The database is unavailable; please try again shortly.")

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        code = (exc.name or "error").lower().replace(" ", "_")
        return _respond(exc.code or 500, code, exc.description or exc.name)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unhandled error")
        return _respond(500, "internal_error", "Something went wrong on our side; it has been logged.")
