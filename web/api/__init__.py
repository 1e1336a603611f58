"""The JSON API under /api/v1 (flask-smorest), its OpenAPI document at /api/v1/openapi.json.

JSON only and bearer tokens only: the API never reads the session cookie, so it is exempt from CSRF
(a forged cross-site request carries no token; and a form or text/plain body gets 415).
"""

from __future__ import annotations

from flask import current_app, request

from web.api import access, audits, briefs, capacity, guard, limits, match, proposals, providers, tokens, vet
from web.api.core import MatcherApi
from web.extensions import csrf

BLUEPRINTS = (providers.blp, vet.blp, briefs.blp, match.blp, tokens.blp, audits.blp, proposals.blp)
# Endpoints that take a file as multipart/form-data rather than a JSON body.
UPLOADS = frozenset({"audits_api.create_audit"})
API_NAMES = frozenset(b.name for b in BLUEPRINTS)
DESCRIPTION = (
    "Vetted SEO and link-building providers, matched to buyers' briefs. Errors are always "
    '`{"error": {"code", "message", "fields"}}`. Writes to providers need `Authorization: Bearer <token>` '
    "(POST /tokens). A brief's results need its token (`X-Brief-Token` header or `?token=`). Numbers are "
    "JSON integers (never truncated); a blank string means none for an optional field."
)


def _before_api_request():
    if request.blueprint not in API_NAMES:
        return
    if request.blueprint != tokens.blp.name:  # someone asking for a new token may hold a stale one
        access.check_token()
    capacity.acquire()  # before the body is read: parsing a large body is itself costly
    guard.check_body(UPLOADS, current_app.extensions["matcher_settings"].max_upload_bytes)


def _after_api_request(response):
    if request.path.startswith("/api/"):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def init_app(app) -> None:
    settings = app.extensions["matcher_settings"]
    app.config.update(
        API_TITLE="SEO provider matcher",
        API_VERSION="1.0",
        OPENAPI_VERSION="3.0.3",
        API_SPEC_OPTIONS={"info": {"description": DESCRIPTION}, "servers": [{"url": "/"}]},
    )
    capacity.init_app(app)
    limits.configure(app, settings.extra)
    limits.apply_api_wide(BLUEPRINTS)
    api = MatcherApi(app)
    app.register_blueprint(api.doc_blueprint("/api/v1", "openapi.json"))
    api.spec.components.security_scheme(
        "bearerAuth",
        {"type": "http", "scheme": "bearer", "description": "a personal token from POST /tokens"},
    )
    for blp in BLUEPRINTS:
        csrf.exempt(blp)
        api.register_blueprint(blp)
    app.before_request(_before_api_request)
    app.after_request(_after_api_request)
    app.extensions["matcher_api"] = api
