"""/api/v1/providers: create, read, change and list providers (with semantic search)."""

from __future__ import annotations

import logging
from contextlib import nullcontext

from flask import current_app, g, url_for
from flask_smorest import Blueprint
from sqlalchemy.exc import IntegrityError

from matcher.schemas import ProviderInputSchema, ProviderOutSchema, ProviderUpdateSchema
from matcher.usecases.errors import Conflict
from matcher.usecases.providers import create_provider, find_by_external_id, get_provider, update_provider
from web.api import access
from web.api.core import BEARER, OPTIONAL_BEARER, errors
from web.api.listing import list_page
from web.api.schemas import ProviderListArgsSchema, ProviderPageSchema
from web.db import get_session

log = logging.getLogger(__name__)
blp = Blueprint("providers", __name__, url_prefix="/api/v1/providers", description="SEO and link-building providers.")
WRITE_ERRORS = (400, 401, 403, 404, 409, 413, 415, 422, 429, 503)


def _no_progress(_total: int, _label: str):
    return nullcontext(lambda _n=1: None)


def _after_change(provider_id: int) -> None:
    """Vet and index a changed provider (queued with Redis); it is already committed, so a failure loses nothing."""
    from matcher.usecases.imports import process_changed

    try:
        process_changed(current_app.extensions["matcher_runtime"], [provider_id], _no_progress)
    except Exception:  # noqa: BLE001 - stored; `matcher reindex` and the next change catch up
        log.exception("vetting or indexing provider %s failed; it is stored and will be retried", provider_id)


def _check_external_id(session, external_id: str | None, provider_id: int | None = None) -> None:
    if not external_id:
        return
    other = find_by_external_id(session, external_id)
    if other is not None and other.id != provider_id:
        raise Conflict(f"Another provider already has external_id {external_id!r}.",
                       {"external_id": ["Already in use."]})


def _commit(session) -> None:
    try:
        session.commit()
    except IntegrityError as exc:  # a concurrent write took the external_id first
        session.rollback()
        raise Conflict("Another provider already has this external_id.", {"external_id": ["Already in use."]}) from exc


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
@blp.arguments(ProviderInputSchema)
@blp.response(201, ProviderOutSchema)
@blp.doc(security=BEARER)
@errors(blp, *WRITE_ERRORS)
def create(data):
    """Create a provider profile (a provider account's own, or any for an admin); it is vetted at once."""
    session, user = get_session(), g.api_user
    owner_id = access.owner_for_new_profile(session, user)
    _check_external_id(session, data.get("external_id"))
    provider = create_provider(session, data, owner_id=owner_id)
    _commit(session)
    _after_change(provider.id)
    location = url_for("providers.read", provider_id=provider.id)
    return _fresh(session, provider.id), 201, {"Location": location}


@blp.route("/<int:provider_id>", methods=["GET"])
@blp.response(200, ProviderOutSchema)
@blp.doc(security=OPTIONAL_BEARER)
@errors(blp, 401, 404, 429, 503)
def read(provider_id):
    """One provider: verified ones for anyone; any status for its owner and admins."""
    session = get_session()
    return access.visible_provider(session, provider_id, access.optional_user(session))


@blp.route("/<int:provider_id>", methods=["PATCH"])
@access.token_required
@blp.arguments(ProviderUpdateSchema)
@blp.response(200, ProviderOutSchema)
@blp.doc(security=BEARER)
@errors(blp, *WRITE_ERRORS)
def update(data, provider_id):
    """Change some fields of a provider (its owner or an admin); it is re-vetted when anything changed."""
    session, user = get_session(), g.api_user
    provider = access.editable_provider(session, provider_id, user)
    _check_external_id(session, data.get("external_id"), provider.id)
    changed = update_provider(session, provider, data)
    _commit(session)
    if changed:
        _after_change(provider.id)
    return _fresh(session, provider.id)
