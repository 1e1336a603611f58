"""Error handling: JSON errors in the one shape under /api, friendly pages elsewhere; never a stack trace."""

from __future__ import annotations

import logging

from flask import g, jsonify, render_template, request
from marshmallow import ValidationError
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from werkzeug.exceptions import HTTPException

from matcher.index import IndexUnavailable
from matcher.schemas import error_payload, flatten_messages
from matcher.usecases.errors import UseCaseError

log = logging.getLogger(__name__)


def wants_json() -> bool:
    return request.path.startswith("/api/")


def _respond(status: int, code: str, message: str, fields: dict | None = None, headers: dict | None = None):
    if headers and "Retry-After" in headers:
        g.matcher_retry_after = headers["Retry-After"]
    payload = error_payload(code, message, fields)  # bounded: a hostile input cannot make it large
    if wants_json():
        return jsonify(payload), status, headers or {}
    body = payload["error"]
    page = render_template("error.html", status=status, message=body["message"], fields=body["fields"])
    return page, status, headers or {}


# Where webargs (the JSON API's argument parser) says a problem was: not part of a field's name.
_LOCATIONS = frozenset(
    {"json", "query", "querystring", "headers", "view_args", "path", "form", "files", "cookies", "multipart"}
)


def _webargs_fields(messages) -> dict:
    """webargs nests messages by location ({"json": {...}}); flatten them to dotted field names."""
    if isinstance(messages, dict) and messages and set(messages) <= _LOCATIONS:
        merged: dict = {}
        for part in messages.values():
            for key, value in flatten_messages(part).items():
                merged.setdefault(key, []).extend(value)
        return merged
    return flatten_messages(messages)


def _http_headers(exc: HTTPException) -> dict:
    """Headers an HTTP error must keep (Allow on 405, WWW-Authenticate, Retry-After), plus webargs' own."""
    keep = {k: v for k, v in exc.get_headers() if k.lower() in ("allow", "www-authenticate", "retry-after")}
    data = getattr(exc, "data", None) or {}
    keep.update(data.get("headers") or {})
    return keep


def keep_retry_after(app) -> None:
    """Register before the rate limiter: Flask runs after_request hooks in reverse order, so this runs
    after the limiter's, which sets Retry-After on every response to its window's reset (60 or 3,600 s)
    and so turned a 503's "retry in 5 s" into an hour. A 429 keeps the limiter's value; any other
    response carries the app's own value or none."""

    @app.after_request
    def _retry_after(response):
        if response.status_code == 429:
            return response
        own = g.pop("matcher_retry_after", None)
        if own is None:
            response.headers.pop("Retry-After", None)
        else:
            response.headers["Retry-After"] = own
        return response


def init_app(app) -> None:
    @app.errorhandler(ValidationError)
    def _validation(exc: ValidationError):
        return _respond(422, "validation_error", "The input is not valid.", flatten_messages(exc.messages))

    @app.errorhandler(UseCaseError)
    def _use_case(exc: UseCaseError):
        return _respond(exc.status, exc.code, exc.message, exc.fields, getattr(exc, "headers", None))

    @app.errorhandler(IntegrityError)
    def _conflict(exc: IntegrityError):
        log.warning("integrity error: %s", exc.orig.__class__.__name__ if exc.orig else exc)
        return _respond(409, "conflict", "That conflicts with data already stored (a duplicate?).")

    @app.errorhandler(OperationalError)
    @app.errorhandler(DBAPIError)
    def _database(exc):
        log.error("database unavailable: %s", exc.__class__.__name__)
        return _respond(503, "database_unavailable", "The database is unavailable; please try again shortly.",
                        headers={"Retry-After": "5"})

    @app.errorhandler(IndexUnavailable)
    def _index(exc: IndexUnavailable):
        # Search and matching need the index; everything else keeps working while it is away.
        return _respond(503, "search_unavailable",
                        "Search and matching are unavailable right now; please try again shortly.",
                        headers={"Retry-After": "10"})

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        data = getattr(exc, "data", None) or {}
        messages = data.get("messages")
        if exc.code == 422 and messages is not None:
            return _respond(422, "validation_error", "The input is not valid.", _webargs_fields(messages),
                            _http_headers(exc))
        if exc.code == 400 and messages is not None:
            return _respond(400, "invalid_json", "The body is not valid JSON.", _webargs_fields(messages))
        code = (exc.name or "error").lower().replace(" ", "_")
        return _respond(exc.code or 500, code, exc.description or exc.name, headers=_http_headers(exc))

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unhandled error")
        return _respond(500, "internal_error", "Something went wrong on our side; it has been logged.")
