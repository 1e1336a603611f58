"""/api/v1/providers: create, read, change and list providers (with semantic search)."""

from __future__ import annotations

import logging

from flask import g, url_for
from flask_smorest import Blueprint

from matcher.schemas import ProviderInputSchema, ProviderUpdateSchema
from matcher.unit_of_work import UnitOfWork
from matcher.usecases.provider_account import save_profile
from matcher.usecases.providers import add_provider, get_provider
from matcher.usecases.visibility import Viewer, visible_provider
from web.api import access
from web.api.core import BEARER, OPTIONAL_BEARER, errors
from web.api.listing import list_page
from web.api.openapi import json_strict
from web.api.schemas import ProviderListArgsSchema, ProviderPageSchema, ProviderSchema
from web.db import get_session, runtime

log = logging.getLogger(__name__)
blp = Blueprint(
    "providers", __name__, url_prefix="/api/v1/providers", description="SEO and link-building providers."
)
WRITE_ERRORS = (400, 401, 403, 404, 409, 413, 415, 422, 429, 503)


def _fresh(session, provider_id: int):
    session.expire_all()  # vetting ran in its own session and may have changed status and trust
    return get_provider(session, provider_id)


@blp.route("", methods=["GET"])
@blp.arguments(ProviderListArgsSchema, location="query")
@blp.response(200, ProviderPageSchema)
@errors(blp, 400, 429, 503)
def list_providers(args):
    """List verified providers: filter by service, industry, market and budget; search with q."""
    return list_page(get_session(), args)


@blp.route("", methods=["POST"])
@access.token_required
@blp.arguments(json_strict(ProviderInputSchema()))
@blp.response(201, ProviderSchema)
@blp.doc(security=BEARER)
@errors(blp, *WRITE_ERRORS)
def create(data):
    """Create a profile: a provider's own (a draft) or, for an admin, any (submitted); vetted at once."""
    session, user = get_session(), g.api_user
    owner_id = access.owner_for_new_profile(session, user)
    access.check_new_external_id(session, user, data.get("external_id"))
    status = "submitted" if user.is_admin else "draft"
    provider_id = add_provider(UnitOfWork(runtime()), data, status=status, owner_id=owner_id)
    location = url_for("providers.read", provider_id=provider_id)
    return _fresh(session, provider_id), 201, {"Location": location}


@blp.route("/<int:provider_id>", methods=["GET"])
@blp.response(200, ProviderSchema)
@blp.doc(security=OPTIONAL_BEARER)
@errors(blp, 401, 404, 429, 503)
def read(provider_id):
    """One provider: verified ones for anyone; any status for its owner and admins."""
    session = get_session()
    return visible_provider(session, provider_id, Viewer.of(access.optional_user(session)))


@blp.route("/<int:provider_id>", methods=["PATCH"])
@access.token_required
@blp.arguments(json_strict(ProviderUpdateSchema()))
@blp.response(200, ProviderSchema)
@blp.doc(security=BEARER)
@errors(blp, *WRITE_ERRORS)
def update(data, provider_id):
    """Change some fields of a profile (its owner or an admin); a change is vetted again, as on the site."""
    session = get_session()
    provider = access.editable_provider(session, provider_id, g.api_user)
    access.check_kept_external_id(provider, data)
    session.rollback()  # release the read before the use case writes in its own transaction
    save_profile(UnitOfWork(runtime()), provider_id, data)
    return _fresh(session, provider_id)
