"""``flask user create EMAIL [--teacher]`` and ``flask user role EMAIL student|teacher``."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from quizapp.auth.models import Role
from quizapp.auth.operations import AccountError, create_user, set_role

user_cli = AppGroup("user", help="Manage accounts.")


@user_cli.command("create")
@click.argument("email")
@click.option("--teacher", is_flag=True, help="Give the account the teacher role.")
@click.password_option(help="The password (asked for when not given).")
def create(email: str, teacher: bool, password: str) -> None:
    """Create an account (a student unless --teacher)."""
    try:
        user = create_user(email, password, Role.TEACHER if teacher else Role.STUDENT)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Created {'teacher' if user.is_teacher else 'student'} {user.email}.")


@user_cli.command("role")
@click.argument("email")
@click.argument("role", type=click.Choice(["student", "teacher"]))
def role(email: str, role: str) -> None:
    """Change an account's role."""
    try:
        set_role(email, Role.TEACHER if role == "teacher" else Role.STUDENT)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"{email} is now a {role}.")
