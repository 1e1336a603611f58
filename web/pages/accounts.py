"""Accounts: provider sign-up (confirmed by mail, then the account and a draft profile), log-in, log-out,
and the account's security page (password change, signed-in browsers, sign out everywhere)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from marshmallow import ValidationError

from matcher.models import User
from matcher.schemas.accounts import ForgotPasswordSchema
from matcher.unit_of_work import UnitOfWork
from matcher.usecases import notifications, sessions
from matcher.usecases.accounts import authenticate, change_password
from matcher.usecases.errors import Conflict, TooManyAttempts
from matcher.usecases.signup import Ways, finish_signup, pending_signup, start_signup
from web.auth import log_in, log_out
from web.db import get_session, runtime
from web.extensions import limiter
from web.forms.accounts import LoginSchema, SignupSchema
from web.pages.helpers import form_errors, home_for_current_user, mail_link, safe_next

bp = Blueprint("accounts", __name__)


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit("10/hour", methods=["POST"])
def signup():
    """Ask for a provider account: a valid form mails the address a link that creates it (or, where the
    address has an account, a note saying so) and the page says "check your email" either way."""
    if current_user.is_authenticated:
        return redirect(home_for_current_user())
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        raw = {k: request.form.get(k, "") for k in ("email", "password", "name")}
        try:
            data = SignupSchema().load(raw)
        except ValidationError as exc:
            errors = form_errors(exc)
        else:
            ways = Ways(confirm=lambda token: mail_link(".confirm_signup", token=token),
                        login=mail_link(".login"), forgot_password=mail_link(".forgot_password"))
            start_signup(UnitOfWork(runtime()), data, ways)
            return render_template("accounts/signup_sent.html", email=data["email"])
    return render_template("accounts/signup.html", values=request.form, errors=errors), 422 if errors else 200


@bp.route("/signup/confirm/<token>", methods=["GET", "POST"])
@limiter.limit("10/hour", methods=["POST"])
def confirm_signup(token: str):
    """The emailed link: a page with one button (a mail scanner that opens links creates nothing), which
    creates the account and its draft profile and logs in."""
    session = get_session()
    try:
        pending = pending_signup(session, token)
    except ValidationError as exc:
        return render_template("accounts/signup_confirm.html", expired=form_errors(exc)["token"]), 410
    if request.method == "POST":
        try:
            user, _provider = finish_signup(session, token)
        except Conflict as exc:
            session.rollback()
            flash(exc.message, "error")
            return redirect(url_for(".login"))
        session.commit()
        log_in(user)
        flash("Welcome! Your address is confirmed. Complete your profile, then answer the questionnaire and "
              "submit it for review.", "success")
        return redirect(url_for("provider_area.profile"))
    return render_template("accounts/signup_confirm.html", expired=None, pending=pending)


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
            try:
                user = authenticate(get_session(), data["email"], data["password"], request.remote_addr or "")
            except TooManyAttempts as exc:
                page = render_template("accounts/login.html", values=request.form, errors={}, failed=False,
                                       throttled=exc.message)
                return page, 429, exc.headers
            if user is not None:
                log_in(user, remember=bool(request.form.get("remember")))
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
        log_out()
        flash("You are logged out.", "success")
        return redirect(url_for("public.index"))
    return render_template("accounts/logout.html")


@bp.route("/account/security", methods=["GET", "POST"])
@login_required
@limiter.limit("10/minute", methods=["POST"])
def security():
    """Change the password (which signs out every browser) and see or end the signed-in browsers."""
    session = get_session()
    user = session.get(User, current_user.user_id)
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        if request.form.get("action") == "sign_out_everywhere":
            sessions.end_all(session, user.id, "signed_out_everywhere")
            session.commit()
            log_out("signed_out_everywhere")
            flash("You are signed out on every browser, this one included.", "success")
            return redirect(url_for("accounts.login"))
        form = {k: request.form.get(k, "") for k in ("current_password", "new_password")}
        try:
            change_password(session, user, form)
        except ValidationError as exc:
            session.rollback()
            errors = form_errors(exc)
        else:
            session.commit()
            log_in(user)
            flash("Password changed. Every other browser signed in to this account is signed out.", "success")
            return redirect(url_for("accounts.security"))
    return render_template(
        "accounts/security.html",
        errors=errors,
        browsers=sessions.live(session, user.id),
        current=sessions.current_id(session, current_user.session_token),
    ), 422 if errors else 200


@bp.route("/password/forgot", methods=["GET", "POST"])
@limiter.limit("5/hour", methods=["POST"])
def forgot_password():
    """Mail a single-use reset link to the account with this address; the page says the same whether
    or not there is one."""
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        try:
            data = ForgotPasswordSchema().load({"email": request.form.get("email", "")})
        except ValidationError as exc:
            errors = form_errors(exc)
        else:
            notifications.start_password_reset(
                UnitOfWork(runtime()), data["email"], lambda token: mail_link(".reset_password", token=token))
            flash("If an account uses that address, a link to choose a new password is on its way to it. "
                  "It works once, for an hour.", "success")
            return redirect(url_for(".login"))
    return render_template("accounts/forgot.html", values=request.form, errors=errors), 422 if errors else 200


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
@limiter.limit("10/hour", methods=["POST"])
def reset_password(token: str):
    """Choose a new password from an emailed link (single-use, expiring); then log in with it."""
    session = get_session()
    errors: dict[str, list[str]] = {}
    try:
        notifications.reset_for(session, token)
    except ValidationError as exc:
        return render_template("accounts/reset.html", expired=form_errors(exc)["token"], errors={}), 410
    if request.method == "POST":
        try:
            notifications.reset_password(session, token, request.form.get("new_password", ""))
        except ValidationError as exc:
            session.rollback()
            errors = form_errors(exc)
        else:
            session.commit()
            flash("Your password is changed, and every device that was logged in is logged out. Log in with "
                  "the new one.", "success")
            return redirect(url_for(".login"))
    return render_template("accounts/reset.html", expired=None, errors=errors), 422 if errors else 200

