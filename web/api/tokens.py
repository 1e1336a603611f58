"""/api/v1/tokens: exchange an email and password for a personal API token."""

from __future__ import annotations

from flask import request
from flask_smorest import Blueprint

from matcher.schemas.accounts import CredentialsSchema
from matcher.usecases.accounts import authenticate, issue_api_token
from web.api.core import ApiError, errors
from web.api.limits import limit
from web.api.schemas import TokenOutSchema
from web.db import get_session

blp = Blueprint("tokens", __name__, url_prefix="/api/v1/tokens", description="Personal API tokens.")


@blp.route("", methods=["POST"])
@limit("API_RATELIMIT_TOKENS")
@blp.arguments(CredentialsSchema)
@blp.response(201, TokenOutSchema)
@errors(blp, 400, 401, 413, 415, 429, 503)
def issue(data):
    """Issue a new personal API token for an account; it replaces the account's earlier token."""
    session = get_session()
    user = authenticate(session, data["email"], data["password"], request.remote_addr or "")
    if user is None:
        raise ApiError(401, "invalid_credentials", "Wrong email or password.")
    token = issue_api_token(session, user)
    session.commit()
    return {"token": token, "user_id": user.id, "email": user.email, "role": user.role}
