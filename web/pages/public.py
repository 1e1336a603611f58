"""Public pages: the home page, the directory of verified providers and their profiles."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify, render_template, request
from flask_login import current_user
from marshmallow import ValidationError

from matcher.ranking.markets import name_choices
from matcher.usecases import link_evidence
from matcher.usecases.directory import DirectoryFilters
from matcher.usecases.directory_search import search_directory
from matcher.usecases.errors import NotFound
from matcher.usecases.verification import verification
from matcher.usecases.visibility import ANONYMOUS, Viewer, is_public, visible_provider
from web.db import get_session, runtime
from web.forms.listing import DirectoryQuerySchema
from web.pages.helpers import Pager, form_errors

bp = Blueprint("public", __name__)
PER_PAGE = 12


@bp.get("/")
def index():
    """What the service does, with the way in for buyers and for providers."""
    return render_template("index.html")


@bp.get("/markets.json")
def market_names():
    """Every country and language by name, with the other names each is typed by: the forms' typed
    search (static/js/suggest.js). The same for everyone, so browsers keep it a day."""
    response = jsonify({kind: name_choices(kind) for kind in ("countries", "languages")})
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response


@bp.get("/providers")
def directory():
    """The directory of verified providers: filters, semantic search and pagination."""
    errors: dict[str, list[str]] = {}
    try:
        query = DirectoryQuerySchema().load(request.args)
    except ValidationError as exc:
        # Show what was wrong, and still list with the filters that were valid.
        errors = form_errors(exc)
        query = {"page": 1, **{k: v for k, v in (exc.valid_data or {}).items() if k not in errors}}
    filters = DirectoryFilters(
        services=[query["service"]] if query.get("service") else [],
        industries=[query["industry"]] if query.get("industry") else [],
        countries=[query["country"]] if query.get("country") else [],
        languages=[query["language"]] if query.get("language") else [],
        budget_usd=query.get("budget"),
    )
    page = query.get("page") or 1
    rows, total = search_directory(
        runtime(), get_session(), filters, query.get("q"), page=page, per_page=PER_PAGE
    )
    return render_template(
        "providers/list.html",
        rows=rows,
        pager=Pager(page, PER_PAGE, total),
        values=request.args,
        errors=errors,
        searching=bool(query.get("q")),
    )


@bp.get("/providers/<int:provider_id>")
def profile(provider_id: int):
    """A verified provider's public profile; its owner and admins may preview any other status."""
    viewer = ANONYMOUS
    if current_user.is_authenticated:
        viewer = Viewer(user_id=current_user.user_id, is_admin=current_user.is_admin)
    try:
        provider = visible_provider(get_session(), provider_id, viewer)
    except NotFound:
        abort(404)
    return render_template("providers/show.html", provider=provider, previewing=not is_public(provider),
                           evidence=link_evidence.provider_evidence(get_session(), provider.id),
                           verification=verification(get_session(), provider))
