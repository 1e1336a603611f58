"""Server-rendered pages: public, buyers, providers, admins."""

from flask import Blueprint

public = Blueprint("public", __name__)


def init_app(app) -> None:
    app.register_blueprint(public)
