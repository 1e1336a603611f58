"""What a request works with: the app's runtime (settings, database, index), and one SQLAlchemy session
per request, closed at teardown."""

from __future__ import annotations

from flask import current_app, g
from sqlalchemy.orm import Session

from matcher.runtime import Runtime


def runtime() -> Runtime:
    """The runtime create_app installed; use cases that need more than a session take it."""
    return current_app.extensions["matcher_runtime"]


def get_session() -> Session:
    if "db_session" not in g:
        g.db_session = runtime().db.sessionmaker()
    return g.db_session


def close_session(exc: BaseException | None = None) -> None:
    session = g.pop("db_session", None)
    if session is None:
        return
    try:
        if exc is not None:
            session.rollback()
    finally:
        session.close()


def init_app(app) -> None:
    app.teardown_appcontext(close_session)
