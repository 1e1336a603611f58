"""/api/v1/match: rank providers for a brief synchronously (nothing queued)."""

from __future__ import annotations

from flask_smorest import Blueprint

from matcher.schemas import BriefInputSchema
from matcher.usecases.matching import match_now
from web.api.core import errors
from web.api.limits import limit
from web.api.openapi import json_strict
from web.api.schemas import MatchArgsSchema, MatchNowSchema
from web.db import get_session, runtime

blp = Blueprint("match", __name__, url_prefix="/api/v1/match", description="Synchronous matching.")


@blp.route("", methods=["POST"])
@limit("API_RATELIMIT_MATCH")
@blp.arguments(json_strict(BriefInputSchema()))
@blp.arguments(MatchArgsSchema, location="query", as_kwargs=True)
@blp.response(200, MatchNowSchema)
@errors(blp, 400, 413, 415, 429, 503)
def match(data, top):
    """Rank verified providers for the brief in the body and answer with the shortlist and reasons."""
    session = get_session()
    result = match_now(runtime(), session, data, top)
    session.commit()
    return result
