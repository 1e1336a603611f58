"""Checks every API request body before any view sees it: JSON only, UTF-8, finite numbers, bounded depth;
a file upload (UPLOADS) only as multipart/form-data.

The body size limit (MAX_CONTENT_LENGTH, 10 MB by default; MAX_UPLOAD_BYTES for an upload) is enforced by
Werkzeug while reading: 413.
"""

from __future__ import annotations

import json
import math

from flask import request
from webargs.core import is_json

from web.api.core import ApiError

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
# No request of ours nests deeper than a provider's case studies (3); 20 leaves room and stops abuse.
MAX_DEPTH = 20
# The largest real request (a provider with 50 case studies and every list full) has under 2,000 values;
# past this many the body is refused before any schema spends time on it.
MAX_VALUES = 10_000


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:20]} is out of range")
    return value


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


def _check_tree(value) -> None:
    """Refuse nesting past MAX_DEPTH, more than MAX_VALUES values, and strings that are not valid Unicode
    (lone surrogates)."""
    stack = [(value, 1)]
    seen = 0
    while stack:
        item, depth = stack.pop()
        seen += 1
        if seen > MAX_VALUES:
            raise ApiError(413, "too_many_values",
                           f"The JSON body holds more than {MAX_VALUES:,} values; no request needs so many.")
        if depth > MAX_DEPTH:
            raise ApiError(400, "too_deep", f"The JSON body nests deeper than {MAX_DEPTH} levels.")
        if isinstance(item, dict):
            stack.extend((k, depth) for k in item)
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ApiError(
                    400,
                    "invalid_text",
                    "The body holds a string that is not valid Unicode (a lone surrogate escape).",
                ) from exc


def check_body(uploads: frozenset[str] = frozenset(), upload_limit: int | None = None) -> None:
    """Refuse a write whose body is not a well-formed, reasonable JSON document (400, 413 or 415); at an
    upload endpoint (`uploads`), one that is not multipart/form-data within `upload_limit` bytes."""
    if request.method not in BODY_METHODS:
        return
    if request.endpoint in uploads:
        request.max_content_length = upload_limit
        if request.mimetype != "multipart/form-data":
            raise ApiError(415, "unsupported_media_type",
                           "Send the file as multipart/form-data, in a part named file.")
        return
    raw = request.get_data(cache=True)  # raises 413 past MAX_CONTENT_LENGTH
    if not raw and not request.content_type:
        return  # no body: the schema says which fields are missing
    if not is_json(request.mimetype):
        raise ApiError(
            415,
            "unsupported_media_type",
            "Send the body as JSON with the header Content-Type: application/json.",
        )
    if not raw:
        return
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(
            400, "invalid_encoding", f"The body is not UTF-8 text (bad byte at {exc.start})."
        ) from exc
    try:
        value = json.loads(text, parse_float=_finite, parse_constant=_refuse_constant)
    except RecursionError as exc:
        raise ApiError(400, "too_deep", f"The JSON body nests deeper than {MAX_DEPTH} levels.") from exc
    except ValueError as exc:  # JSONDecodeError, non-finite numbers, integers past 4,300 digits
        raise ApiError(400, "invalid_json", f"The body is not valid JSON: {str(exc)[:200]}") from exc
    _check_tree(value)
