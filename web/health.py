"""Liveness and readiness for load balancers and docker-compose health checks."""

from flask import Blueprint, jsonify
from sqlalchemy import text

from web.db import get_session
from web.extensions import limiter

bp = Blueprint("health", __name__)


@bp.get("/healthz")
@limiter.exempt
def healthz():
    """200 when the database answers, 503 otherwise."""
    get_session().execute(text("SELECT 1"))
    return jsonify({"status": "ok"})
