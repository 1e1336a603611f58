"""Server-rendered pages: public, buyers, accounts, the provider's own area and the admin area."""

from __future__ import annotations

from flask import request
from flask_login import current_user

from matcher import taxonomy
from web.pages import accounts, admin, audits, buyers, provider_area, public
from web.pages.filters import FILTERS

# Pages load nothing from elsewhere; the policy makes injected markup inert even if escaping ever slipped.
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
BLUEPRINTS = (public.bp, buyers.bp, audits.bp, accounts.bp, provider_area.bp, admin.bp)
# Pages whose address is a secret (a brief's or an audit's token): a shared computer's cache must not
# keep them.
SECRET_ADDRESS_PAGES = frozenset({"buyers.show_brief", "audits.show_audit", "audits.flagged_csv",
                                  "audits.disavow"})


def _page_headers(response):
    if request.path.startswith("/api/"):
        return response
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    # A signed-in person's pages (the admin area above all) and shortlists hold private data: never cached
    # by the browser or a proxy, so "back" after logout or the next user of the machine sees nothing.
    if request.endpoint in SECRET_ADDRESS_PAGES or current_user.is_authenticated:
        response.headers["Cache-Control"] = "no-store"
    return response


def _template_globals():
    # Nothing here may touch the database: error pages render through it when the database is down.
    return {"taxonomy": taxonomy}


def init_app(app) -> None:
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    app.jinja_env.filters.update(FILTERS)
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.context_processor(_template_globals)
    app.after_request(_page_headers)
