"""The administrator's page: accounts, their roles and reset links, and one-time teacher invitation links."""

from __future__ import annotations

import unicodedata

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from quizapp.admin import bp
from quizapp.auth.access import admin_required
from quizapp.auth.forms import InvitationForm, RoleForm
from quizapp.auth.models import Role, User
from quizapp.auth.operations import (
    INVITATION_LIFETIME,
    RESET_LIFETIME,
    AccountError,
    make_invitation_link,
    make_reset_link,
    normalise_email,
    open_invitations,
    set_user_role,
    withdraw_invitation,
)
from quizapp.extensions import db, utcnow

PAGE_SIZE = 200
ROLES = {"student": Role.STUDENT, "teacher": Role.TEACHER}


def _page(new_link: str | None = None, new_link_label: str = "") -> str:
    query = (request.args.get("q") or "").strip()[:254]
    users = select(User).order_by(User.email).limit(PAGE_SIZE)
    if query:
        users = users.where(User.email.contains(normalise_email(query), autoescape=True) | User.display_name.icontains(unicodedata.normalize("NFKC", query), autoescape=True))
    return render_template(
        "admin/index.html",
        users=list(db.session.scalars(users)),
        query=query,
        page_size=PAGE_SIZE,
        invitation_form=InvitationForm(formdata=None),
        invitations=open_invitations(utcnow()),
        new_link=new_link,
        new_link_label=new_link_label,
        invitation_days=INVITATION_LIFETIME.days,
    )


@bp.route("/")
@admin_required
def index() -> str:
    """Accounts (filtered by ``q``), their roles, and the open invitations."""
    return _page()


@bp.route("/users/<int:user_id>/role", methods=["POST"])
@admin_required
def role(user_id: int) -> Response:
    """Make an account a teacher or a student (administrators are made on the command line)."""
    form = RoleForm()
    if not form.validate_on_submit() or form.role.data not in ROLES:
        abort(400, description="Choose student or teacher.")
    user = db.get_or_404(User, user_id)
    if user.is_admin:
        abort(400, description="An administrator's role is changed on the command line (flask user role).")
    set_user_role(user.id, ROLES[form.role.data])
    flash(f"{user.email} is now a {form.role.data}.", "success")
    return redirect(url_for("admin.index"))


@bp.route("/invitations", methods=["POST"])
@admin_required
def invite() -> str:
    """Create a teacher invitation and show its link, this once."""
    if not InvitationForm().validate_on_submit():
        abort(400)
    return _page(make_invitation_link(current_user.id, utcnow()), "New teacher invitation link")


@bp.route("/users/<int:user_id>/reset-link", methods=["POST"])
@admin_required
def reset_link(user_id: int) -> str:
    """Make a one-time password reset link for an account and show it, this once (to hand over in person)."""
    if not InvitationForm().validate_on_submit():
        abort(400)
    user = db.get_or_404(User, user_id)
    minutes = int(RESET_LIFETIME.total_seconds() // 60)
    return _page(make_reset_link(user.id, utcnow()), f"Password reset link for {user.email}, valid once for {minutes} minutes")


@bp.route("/invitations/<int:token_id>/withdraw", methods=["POST"])
@admin_required
def withdraw(token_id: int) -> Response:
    """Make an open invitation unusable."""
    if not InvitationForm().validate_on_submit():
        abort(400)
    try:
        withdraw_invitation(token_id, utcnow())
    except AccountError:
        abort(404)
    flash("The invitation is withdrawn.", "info")
    return redirect(url_for("admin.index"))
