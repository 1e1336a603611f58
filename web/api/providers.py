"""/api/v1/providers: create, read, change and list providers (with semantic search)."""

from __future__ import annotations

import logging

from flask import current_app, g, url_for
from flask_smorest import Blueprint
from sqlalchemy.exc import IntegrityError

from matcher.schemas import ProviderInputSchema, ProviderUpdateSchema
from matcher.usecases.errors import Conflict
from matcher.usecases.provider_account import no_progress, save_profile
from matcher.usecases.providers import create_provider, get_provider
from web.api import access
from web.api.core import BEARER, OPTIONAL_BEARER, errors
from web.api.listing import list_page
from web.api.openapi import json_strict
from web.api.schemas import ProviderListArgsSchema, ProviderPageSchema, ProviderSchema
from web.db import get_session

log = logging.getLogger(__name__)
blp = Blueprint(
    "providers", __name__, url_prefix="/api/v1/providers", description="SEO and link-building providers."
)
WRITE_ERRORS = (400, 401, 403, 404, 409, 413, 415, 422, 429, 503)


def _runtime():
    return current_app.extensions["matcher_runtime"]


def _vet_and_index(provider_id: int) -> None:
    """Vet and index a new provider (queued with Redis); it is committed, so a failure loses nothing."""
    from matcher.usecases.imports import process_changed

    try:
        process_changed(_runtime(), [provider_id], no_progress)
    except Exception:  # noqa: BLE001 - stored; `matcher reindex` and the next change catch up
        log.exception("vetting or indexing provider %s failed; it is stored and will be retried", provider_id)


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
    provider = create_provider(session, data, status=status, owner_id=owner_id)
    try:
        session.commit()
    except IntegrityError as exc:  # a concurrent request took the external_id first
        session.rollback()
        raise Conflict(
            "Another provider already has this external_id.", {"external_id": ["Already in use."]}
        ) from exc
    _vet_and_index(provider.id)
    location = url_for("providers.read", provider_id=provider.id)
    return _fresh(session, provider.id), 201, {"Location": location}


@blp.route("/<int:provider_id>", methods=["GET"])
@blp.response(200, ProviderSchema)
@blp.doc(security=OPTIONAL_BEARER)
@errors(blp, 401, 404, 429, 503)
def read(provider_id):
    """One provider: verified ones for anyone; any status for its owner and admins."""
    session = get_session()
    return access.visible_provider(session, provider_id, access.optional_user(session))


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
    save_profile(_runtime(), provider_id, data)
    return _fresh(session, provider_id)
