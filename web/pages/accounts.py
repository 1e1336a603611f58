"""Accounts: provider sign-up (account plus draft profile), log-in and log-out."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user
from marshmallow import ValidationError

from matcher.usecases.accounts import authenticate
from matcher.usecases.provider_account import signup_provider
from web.auth import LoginUser
from web.db import get_session
from web.extensions import limiter
from web.forms.accounts import LoginSchema, SignupSchema
from web.pages.helpers import form_errors, home_for_current_user, safe_next

bp = Blueprint("accounts", __name__)


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit("10/hour", methods=["POST"])
def signup():
    """Create a provider account and the draft profile it owns."""
    if current_user.is_authenticated:
        return redirect(home_for_current_user())
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        raw = {k: request.form.get(k, "") for k in ("email", "password", "name")}
        session = get_session()
        try:
            user, _provider = signup_provider(session, SignupSchema().load(raw))
        except ValidationError as exc:
            session.rollback()
            errors = form_errors(exc)
        else:
            session.commit()
            login_user(LoginUser(user))
            flash(
                "Welcome! Complete your profile, then answer the questionnaire and submit it for review.",
                "success",
            )
            return redirect(url_for("provider_area.profile"))
    return render_template("accounts/signup.html", values=request.form, errors=errors), 422 if errors else 200


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10/minute", methods=["POST"])
def login():
    """Log in with email and password."""
    if current_user.is_authenticated:
        return redirect(home_for_current_user())
    errors: dict[str, list[str]] = {}
    failed = False
    if request.method == "POST":
        try:
            data = LoginSchema().load({k: request.form.get(k, "") for k in ("email", "password")})
        except ValidationError as exc:
            errors = form_errors(exc)
        else:
            user = authenticate(get_session(), data["email"], data["password"])
            if user is not None:
                login_user(LoginUser(user), remember=bool(request.form.get("remember")))
                flash("You are logged in.", "success")
                return redirect(safe_next(request.args.get("next")) or home_for_current_user())
            # One message for both cases, so the form does not reveal which emails have accounts.
            failed = True
    status = 422 if errors else 401 if failed else 200
    return render_template("accounts/login.html", values=request.form, errors=errors, failed=failed), status


@bp.route("/logout", methods=["GET", "POST"])
def logout():
    """Log out (POST, so another site cannot log a user out); GET asks to confirm."""
    if request.method == "POST":
        logout_user()
        flash("You are logged out.", "success")
        return redirect(url_for("public.index"))
    return render_template("accounts/logout.html")
