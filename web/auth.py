"""Who is asking: Flask-Login sessions for pages, bearer API tokens for the JSON API; role checks."""

from __future__ import annotations

from functools import wraps

from flask import abort, request
from flask_login import UserMixin, current_user

from matcher.models import User
from matcher.usecases.accounts import user_for_token
from web.db import get_session
from web.extensions import login_manager


class LoginUser(UserMixin):
    """The logged-in account as Flask-Login sees it; holds ids, not a live ORM object."""

    def __init__(self, user: User):
        self.id = str(user.id)
        self.user_id = user.id
        self.email = user.email
        self.role = user.role

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def load(self) -> User:
        return get_session().get(User, self.user_id)


@login_manager.user_loader
def _load_user(user_id: str) -> LoginUser | None:
    if not user_id.isdigit():
        return None
    user = get_session().get(User, int(user_id))
    return LoginUser(user) if user else None


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
