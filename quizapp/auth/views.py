"""Register, log in and out, the account page, and resetting a forgotten password."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_limiter.util import get_remote_address
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response

from quizapp.auth import bp
from quizapp.auth import throttle
from quizapp.auth.forms import DisplayNameForm, ForgotForm, LoginForm, LogoutEverywhereForm, PasswordChangeForm, RegisterForm, ResetForm
from quizapp.auth.mail import send_reset_link
from quizapp.auth.operations import (
    RESET_LIFETIME,
    AccountError,
    authenticate,
    change_password,
    create_user,
    end_sessions,
    find_user,
    invitation_is_open,
    make_reset_link,
    normalise_email,
    reset_password as reset_with_token,
    reset_user,
    set_display_name,
)
from quizapp.extensions import limiter, utcnow
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


def _forgot_limit() -> str:
    return str(current_app.config["FORGOT_RATE_LIMIT"])


def _forgot_email_limit() -> str:
    return str(current_app.config["FORGOT_EMAIL_RATE_LIMIT"])


def _forgot_email_key() -> str:
    return "forgot-email:" + normalise_email(request.form.get("email", ""))[:254]


def _account_limit() -> str:
    return str(current_app.config["ACCOUNT_RATE_LIMIT"])


def _status() -> int:
    return 400 if request.method == "POST" else 200


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit(_register_limit, methods=["POST"])
def register() -> Response | str:
    """Create a student account (a teacher's, through an invitation link) and log it in."""
    if current_user.is_authenticated:
        return redirect(url_for("main.index"))
    form = RegisterForm()
    if request.method == "GET":
        form.invite.data = request.args.get("invite", "")
    invitation = (form.invite.data or "").strip()[:200] or None
    if invitation is not None and not invitation_is_open(invitation, utcnow()):
        abort(400, description="This invitation link is invalid, used or expired. Ask whoever sent it for a new one.")
    if form.validate_on_submit():
        try:
            user = create_user(form.email.data or "", form.password.data or "", display_name=form.display_name.data or "", invitation=invitation, now=utcnow())
        except AccountError as error:
            form.email.errors = [str(error)]
        else:
            _remember_time_zone(user.id, form.time_zone.data)
            session.clear()
            login_user(user)
            flash("Welcome! Your teacher account is ready." if user.is_teacher else "Welcome! Your account is ready.", "success")
            return redirect(safe_next(request.args.get("next")))
    return render_template("auth/register.html", form=form, invitation=invitation), _status()  # type: ignore[return-value]


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
    return render_template("auth/login.html", form=form), _status()  # type: ignore[return-value]


@bp.route("/logout", methods=["POST"])
@login_required
def logout() -> Response:
    """Log out (a POST, so it carries a CSRF token); every copy of the session cookie stops working."""
    end_sessions(current_user.id)
    logout_user()
    session.clear()
    flash("You are logged out.", "info")
    return redirect(url_for("main.index"))


def _account_page(name: DisplayNameForm | None = None, password: PasswordChangeForm | None = None, status: int = 200) -> tuple[str, int]:
    if name is None:
        name = DisplayNameForm(formdata=None, display_name=current_user.display_name)
    return (
        render_template(
            "auth/account.html",
            name_form=name,
            password_form=password or PasswordChangeForm(formdata=None),
            sessions_form=LogoutEverywhereForm(formdata=None),
        ),
        status,
    )


@bp.route("/account")
@login_required
def account() -> tuple[str, int]:
    """The account page: display name, password, and logging out other devices."""
    return _account_page()


@bp.route("/account/name", methods=["POST"])
@login_required
def account_name() -> Response | tuple[str, int]:
    """Change the display name."""
    form = DisplayNameForm()
    if form.validate_on_submit():
        set_display_name(current_user.id, form.display_name.data or "")
        flash("Your name is saved.", "success")
        return redirect(url_for("auth.account"))
    return _account_page(name=form, status=400)


@bp.route("/account/password", methods=["POST"])
@limiter.limit(_account_limit, key_func=lambda: f"account-password:{current_user.get_id() or get_remote_address()}")
@login_required
def account_password() -> Response | tuple[str, int]:
    """Change the password (the current one is needed); other sessions end, this one goes on."""
    form = PasswordChangeForm()
    if form.validate_on_submit():
        try:
            user = change_password(current_user.id, form.current.data or "", form.password.data or "")
        except AccountError as error:
            target = form.current if "current password" in str(error) else form.password
            target.errors = [str(error)]
        else:
            login_user(user)
            flash("Your password is changed. Other devices are logged out.", "success")
            return redirect(url_for("auth.account"))
    return _account_page(password=form, status=400)


@bp.route("/account/sessions", methods=["POST"])
@login_required
def account_sessions() -> Response:
    """Log out every other session of the account (a copied cookie included)."""
    if not LogoutEverywhereForm().validate_on_submit():
        abort(400)
    login_user(end_sessions(current_user.id))
    flash("Every other device is logged out.", "success")
    return redirect(url_for("auth.account"))


@bp.route("/forgot", methods=["GET", "POST"])
@limiter.limit(_forgot_limit, methods=["POST"])
@limiter.limit(_forgot_email_limit, methods=["POST"], key_func=_forgot_email_key, deduct_when=lambda response: response.status_code == 302)
def forgot() -> Response | tuple[str, int]:
    """Ask for a password reset link; the answer is the same whether or not the email has an account."""
    form = ForgotForm()
    if form.validate_on_submit():
        user = find_user(form.email.data or "")
        if user is not None:
            send_reset_link(user.email, make_reset_link(user.id, utcnow()), int(RESET_LIFETIME.total_seconds() // 60))
        flash("If an account has this email, a link to reset its password is on its way. It works once, for an hour.", "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot.html", form=form), _status()


@bp.route("/reset/<token>", methods=["GET", "POST"])
@limiter.limit(_forgot_limit, methods=["POST"])
def reset_password(token: str) -> Response | tuple[str, int]:
    """Choose a new password through a one-time, expiring link."""
    token = token[:200]
    user = reset_user(token, utcnow())
    if user is None:
        return render_template("auth/reset.html", form=None), 400
    form = ResetForm()
    if form.validate_on_submit():
        try:
            reset_with_token(token, form.password.data or "", utcnow())
        except AccountError as error:
            form.password.errors = [str(error)]
        else:
            logout_user()
            session.clear()
            flash("Your password is changed. Log in with it now.", "success")
            return redirect(url_for("auth.login"))
    return render_template("auth/reset.html", form=form, email=user.email), _status()
