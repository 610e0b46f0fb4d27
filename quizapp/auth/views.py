"""Register, log in and log out."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_limiter.util import get_remote_address
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response

from quizapp.auth import bp
from quizapp.auth import throttle
from quizapp.auth.forms import LoginForm, RegisterForm
from quizapp.auth.operations import AccountError, authenticate, create_user
from quizapp.extensions import limiter
from quizapp.review.operations import TimeZoneError, set_time_zone


def _remember_time_zone(user_id: int, name: str | None) -> None:
    """Store the zone the browser reported, if it is a real one (the forecast counts the student's days)."""
    if name:
        try:
            set_time_zone(user_id, name)
        except TimeZoneError:
            pass


def safe_next(target: str | None) -> str:
    """Return ``target`` if it is a path on this site, else the home page."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//") and "\\" not in target:
            return target
    return url_for("main.index")


def _register_limit() -> str:
    return str(current_app.config["REGISTER_RATE_LIMIT"])


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit(_register_limit, methods=["POST"])
def register() -> Response | str:
    """Create a student account and log it in."""
    if current_user.is_authenticated:
        return redirect(url_for("main.index"))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = create_user(form.email.data or "", form.password.data or "")
        except AccountError as error:
            form.email.errors = [str(error)]
        else:
            _remember_time_zone(user.id, form.time_zone.data)
            session.clear()
            login_user(user)
            flash("Welcome! Your account is ready.", "success")
            return redirect(safe_next(request.args.get("next")))
    status = 400 if request.method == "POST" else 200
    return render_template("auth/register.html", form=form), status  # type: ignore[return-value]


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str:
    """Log in with email and password; failed attempts are limited per account and per address (``throttle``)."""
    if current_user.is_authenticated:
        return redirect(url_for("main.index"))
    form = LoginForm()
    if form.validate_on_submit():
        email, address = form.email.data or "", get_remote_address()
        verdict = throttle.before_login(email, address)
        if not verdict.check:
            abort(429, description=verdict.reason)
        user = authenticate(email, form.password.data or "")
        if user is not None:
            throttle.record_success(email, address)
            next_url = safe_next(request.args.get("next"))
            _remember_time_zone(user.id, form.time_zone.data)
            session.clear()
            login_user(user)
            return redirect(next_url)
        throttle.record_failure(email, address)
        flash("Wrong email or password.", "error")
    status = 400 if request.method == "POST" else 200
    return render_template("auth/login.html", form=form), status  # type: ignore[return-value]


@bp.route("/logout", methods=["POST"])
@login_required
def logout() -> Response:
    """Log out (a POST, so it carries a CSRF token)."""
    logout_user()
    session.clear()
    flash("You are logged out.", "info")
    return redirect(url_for("main.index"))
