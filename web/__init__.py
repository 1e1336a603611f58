"""The Flask app factory: reads as a list of init_app calls; nothing happens at import time."""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta
from pathlib import Path

from flask import Flask
from werkzeug.routing import IntegerConverter

from matcher import runtime as runtime_mod
from matcher.config import Settings, load_settings

log = logging.getLogger(__name__)


def _secret_key(settings: Settings) -> str:
    """SECRET_KEY from the environment; the embedded default keeps a generated one in instance/."""
    if settings.secret_key:
        return settings.secret_key
    path = Path(settings.instance_dir) / "secret_key"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    path.write_text(key)
    path.chmod(0o600)
    log.warning("SECRET_KEY is not set; generated one in %s (set SECRET_KEY in production)", path)
    return key


class DatabaseId(IntegerConverter):
    """`<int:...>` in every route: a positive integer that fits the database's integer column."""

    def __init__(self, url_map, fixed_digits: int = 0, min: int | None = 1, max: int | None = 2**31 - 1,
                 signed: bool = False):
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def create_app(settings: Settings | None = None, runtime: runtime_mod.Runtime | None = None) -> Flask:
    settings = settings or (runtime.settings if runtime else load_settings())
    app = Flask(__name__, instance_path=str(Path(settings.instance_dir).resolve()))
    # Before any route: ids in addresses are database ids, so a number past them is a 404, never a
    # 500 from an integer overflow in the database driver (or a false 503 on PostgreSQL).
    app.url_map.converters["int"] = DatabaseId
    app.config.update(
        SECRET_KEY=_secret_key(settings),
        MAX_CONTENT_LENGTH=settings.max_request_bytes,
        TESTING=settings.testing,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.secure_cookies,
        REMEMBER_COOKIE_HTTPONLY=True,
        # The cookie may live this long; the session it names ends sooner for admins (usecases/sessions).
        REMEMBER_COOKIE_DURATION=timedelta(days=30),
        REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=settings.secure_cookies,
        WTF_CSRF_TIME_LIMIT=None,
        RATELIMIT_STORAGE_URI=settings.redis_url or "memory://",
        RATELIMIT_ENABLED=not settings.testing or settings.extra.get("ratelimit") == "on",
    )
    rt = runtime_mod.install(runtime or runtime_mod.build(settings))
    app.extensions["matcher_runtime"] = rt
    app.extensions["matcher_settings"] = settings

    # Here, not at the top: any `import web.x` runs this file first, and these load every view (with
    # flask-smorest, numpy and faiss), so even `import web.db` would load the whole app.
    from web import auth, db, errors, extensions, health  # noqa: F401 - auth registers the user loaders
    from web.api import init_app as init_api
    from web.pages import init_app as init_pages

    db.init_app(app)
    extensions.csrf.init_app(app)
    extensions.login_manager.init_app(app)
    errors.keep_retry_after(app)  # before the limiter: see there
    extensions.limiter.init_app(app)
    errors.init_app(app)
    app.register_blueprint(health.bp)
    init_pages(app)
    init_api(app)
    return app
