"""Who is asking: Flask-Login sessions for pages, bearer API tokens for the JSON API; role checks."""

from __future__ import annotations

from functools import wraps

from flask import abort, request
from flask_login import UserMixin, current_user, login_user, logout_user, user_loaded_from_cookie

from matcher.models import User
from matcher.usecases import sessions
from matcher.usecases.accounts import user_for_token
from web.db import get_session, runtime
from web.extensions import login_manager


class LoginUser(UserMixin):
    """The logged-in account as Flask-Login sees it; holds ids, not a live ORM object.

    Its Flask-Login id is the token of its server-side session (matcher.usecases.sessions), not the user
    id: the cookies then carry a random value that can be revoked, never a permanent one."""

    def __init__(self, user: User, session_token: str | None = None):
        self.session_token = session_token
        self.user_id = user.id
        self.email = user.email
        self.role = user.role

    def get_id(self) -> str | None:
        return self.session_token

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def load(self) -> User:
        return get_session().get(User, self.user_id)


def log_in(user: User, remember: bool = False) -> None:
    """Start a server-side session for `user` in this browser."""
    token = sessions.start(get_session(), user, remember=remember,
                           user_agent=request.headers.get("User-Agent", ""))
    get_session().commit()
    login_user(LoginUser(user, token), remember=remember)


def log_out(reason: str = "logout") -> None:
    """End this browser's session, and every remembered one of the same account (a remember-me cookie
    copied anywhere stops working), then clear the cookies."""
    if current_user.is_authenticated and current_user.session_token:
        session = get_session()
        sessions.end(session, current_user.session_token, reason)
        sessions.end_all(session, current_user.user_id, reason, remembered_only=True)
        session.commit()
    logout_user()


@login_manager.user_loader
def _load_user(token: str) -> LoginUser | None:
    # Its own short transaction: the lookup may note the time of this visit (idle timeout), and a page
    # that only reads never commits the request's session.
    with runtime().db.session() as session:
        user = sessions.user_for(session, token)
        return LoginUser(user, token) if user else None


@user_loaded_from_cookie.connect
def _rotate_remember_cookie(_app, user: LoginUser) -> None:
    """A remember-me cookie is good for one use: the session it opened gets a new token, and the cookie is
    written again with it (a stolen copy then fails, and its owner's next visit ends the thief's)."""
    session = get_session()
    new = sessions.rotate(session, user.session_token, request.headers.get("User-Agent", ""))
    session.commit()
    if new is None:
        logout_user()
        return
    user.session_token = new
    login_user(user, remember=True)


@login_manager.request_loader
def _load_from_token(req) -> LoginUser | None:
    header = req.headers.get("Authorization", "")
    if not header.lower().startswith("bearer "):
        return None
    user = user_for_token(get_session(), header[7:].strip())
    return LoginUser(user) if user else None


def role_required(*roles: str):
    """401 when not logged in (pages redirect to log-in), 403 for the wrong role."""

    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            if not current_user.is_authenticated:
                if request.path.startswith("/api/"):
                    abort(401)
                return login_manager.unauthorized()
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapper

    return decorator
