"""Rate limits of the API (Flask-Limiter; Redis storage when REDIS_URL is set, memory otherwise).

Limits are per client address and read from app config, so settings.extra can change them:
ratelimit_api (all of /api/v1 together), ratelimit_tokens, ratelimit_briefs, ratelimit_match, ratelimit_vet,
ratelimit_audits.
"""

from __future__ import annotations

from flask import current_app

from web.extensions import limiter

DEFAULTS = {
    "API_RATELIMIT_DEFAULT": ("ratelimit_api", "300 per minute"),
    # Password guessing: few tries per address.
    "API_RATELIMIT_TOKENS": ("ratelimit_tokens", "10 per minute;50 per hour"),
    # Each brief costs a matching job.
    "API_RATELIMIT_BRIEFS": ("ratelimit_briefs", "20 per minute;200 per day"),
    "API_RATELIMIT_MATCH": ("ratelimit_match", "30 per minute"),
    "API_RATELIMIT_VET": ("ratelimit_vet", "60 per minute"),
    # Each audit reads an export of up to 100,000 rows.
    "API_RATELIMIT_AUDITS": ("ratelimit_audits", "10 per minute;100 per day"),
}


def configure(app, extra: dict[str, str]) -> None:
    for key, (setting, default) in DEFAULTS.items():
        app.config[key] = extra.get(setting) or default


def _from_config(key: str):
    return lambda: current_app.config[key]


def limit(key: str):
    """A per-route limit, on top of the API-wide one."""
    return limiter.limit(_from_config(key), override_defaults=False)


def apply_api_wide(blueprints) -> None:
    """One limit shared by every API route (done once per process: the limiter keeps it by blueprint name)."""
    shared = limiter.shared_limit(_from_config("API_RATELIMIT_DEFAULT"), scope="api")
    for blp in blueprints:
        if blp.name not in _applied:
            shared(blp)
            _applied.add(blp.name)


_applied: set[str] = set()
