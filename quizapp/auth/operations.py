"""Account writes and look-ups: plain functions over ids and values."""

from __future__ import annotations

from sqlalchemy import func, select

from quizapp.auth.models import Role, User
from quizapp.extensions import db


class AccountError(ValueError):
    """An account cannot be created as asked."""


def normalise_email(email: str) -> str:
    """Emails are compared without surrounding spaces and case."""
    return email.strip().lower()


def find_user(email: str) -> User | None:
    """The user with this email, if any."""
    return db.session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def create_user(email: str, password: str, role: Role = Role.STUDENT) -> User:
    """Create and commit an account.

    Raises:
        AccountError: the email is taken or the password is shorter than 8 characters.
    """
    email = normalise_email(email)
    if len(password) < 8:
        raise AccountError("The password must have at least 8 characters.")
    if find_user(email) is not None:
        raise AccountError(f"An account with the email {email} already exists.")
    user = User(email=email, role=int(role))
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    return user


def authenticate(email: str, password: str) -> User | None:
    """The user whose email and password match, or None."""
    user = find_user(email)
    if user is None or not user.check_password(password):
        return None
    return user


def set_role(email: str, role: Role) -> User:
    """Change an existing user's role.

    Raises:
        AccountError: no such user.
    """
    user = find_user(email)
    if user is None:
        raise AccountError(f"No account with the email {email}.")
    user.role = int(role)
    db.session.commit()
    return user
