"""``flask user``: create accounts, change roles and passwords, print reset and teacher invitation links."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from quizapp.auth.models import Role
from quizapp.auth.operations import AccountError, create_user, find_user, make_invitation_link, make_reset_link, set_password, set_role
from quizapp.extensions import utcnow

user_cli = AppGroup("user", help="Manage accounts.")
ROLES = {"student": Role.STUDENT, "teacher": Role.TEACHER, "admin": Role.ADMIN}


@user_cli.command("create")
@click.argument("email")
@click.option("--teacher", is_flag=True, help="Give the account the teacher role.")
@click.option("--admin", is_flag=True, help="Give the account the administrator role (a teacher who can make teachers).")
@click.option("--name", default="", help="The display name.")
@click.password_option(help="The password (asked for when not given).")
def create(email: str, teacher: bool, admin: bool, name: str, password: str) -> None:
    """Create an account (a student unless --teacher or --admin)."""
    role = Role.ADMIN if admin else Role.TEACHER if teacher else Role.STUDENT
    try:
        user = create_user(email, password, role, display_name=name)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Created {role.name.lower()} {user.email}.")


@user_cli.command("role")
@click.argument("email")
@click.argument("role", type=click.Choice(list(ROLES)))
def role(email: str, role: str) -> None:
    """Change an account's role."""
    try:
        set_role(email, ROLES[role])
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"{email} is now a{'n' if role == 'admin' else ''} {role}.")


def _user_id(email: str) -> int:
    user = find_user(email)
    if user is None:
        raise click.ClickException(f"No account with the email {email}.")
    return user.id


@user_cli.command("password")
@click.argument("email")
@click.password_option(help="The new password (asked for when not given).")
def password(email: str, password: str) -> None:
    """Set an account's password; every session of the account ends."""
    try:
        set_password(_user_id(email), password)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"The password of {email} is changed.")


@user_cli.command("reset-link")
@click.argument("email")
def reset_link(email: str) -> None:
    """Print a one-time password reset link for the account (it expires after an hour; set BASE_URL for its host)."""
    click.echo(make_reset_link(_user_id(email), utcnow()))


@user_cli.command("invite")
def invite() -> None:
    """Print a one-time teacher invitation link (it expires after a week)."""
    click.echo(make_invitation_link(None, utcnow()))
