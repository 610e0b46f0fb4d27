"""Role checks for views (``teacher_required``, ``admin_required``) and the user loader."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from flask import abort
from flask_login import current_user, login_required
from sqlalchemy import bindparam, select

from quizapp.auth.models import User
from quizapp.extensions import db, login_manager

F = TypeVar("F", bound=Callable[..., Any])

login_manager.login_view = "auth.login"
login_manager.login_message = "Please log in to see this page."
login_manager.login_message_category = "info"
login_manager.session_protection = "strong"


_USER_BY_ID = select(User).where(User.id == bindparam("user_id"))  # built once: every request runs it


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """Flask-Login's loader: the user for a session id ``"<user id>:<session version>"``.

    A session whose version is behind the account's (after a log-out, a password change or "log out everywhere")
    loads no one, so a copied cookie stops working.
    """
    user_id, _, version = session_id.partition(":")
    if not (user_id.isascii() and user_id.isdigit() and version.isascii() and version.isdigit()):
        return None
    user = db.session.execute(_USER_BY_ID, {"user_id": int(user_id)}).scalar_one_or_none()
    if user is None or user.session_version != int(version):
        return None
    return user


def teacher_required(view: F) -> F:
    """Let only logged-in teachers (and administrators) through; a student gets 403."""

    @wraps(view)
    @login_required
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_teacher:
            abort(403)
        return view(*args, **kwargs)

    return cast(F, wrapped)


def admin_required(view: F) -> F:
    """Let only logged-in administrators through; anyone else gets 403."""

    @wraps(view)
    @login_required
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return cast(F, wrapped)
