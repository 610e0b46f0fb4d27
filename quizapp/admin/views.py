"""The administrator's page: accounts and their roles, and one-time teacher invitation links."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from quizapp.admin import bp
from quizapp.auth.access import admin_required
from quizapp.auth.forms import InvitationForm, RoleForm
from quizapp.auth.models import Role, User
from quizapp.auth.operations import AccountError, INVITATION_LIFETIME, make_invitation_link, open_invitations, set_user_role, withdraw_invitation
from quizapp.extensions import db, utcnow

PAGE_SIZE = 200
ROLES = {"student": Role.STUDENT, "teacher": Role.TEACHER}


def _page(new_link: str | None = None) -> str:
    query = (request.args.get("q") or "").strip()[:254]
    users = select(User).order_by(User.email).limit(PAGE_SIZE)
    if query:
        users = users.where(User.email.contains(query.casefold(), autoescape=True) | User.display_name.contains(query, autoescape=True))
    return render_template(
        "admin/index.html",
        users=list(db.session.scalars(users)),
        query=query,
        page_size=PAGE_SIZE,
        invitation_form=InvitationForm(formdata=None),
        invitations=open_invitations(utcnow()),
        new_link=new_link,
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
    return _page(new_link=make_invitation_link(current_user.id, utcnow()))


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
