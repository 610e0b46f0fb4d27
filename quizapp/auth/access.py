"""Role checks for views: ``teacher_required`` and the user loader."""

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
def load_user(user_id: str) -> User | None:
    """Flask-Login's loader: the user for a session id."""
    if not user_id.isdigit():
        return None
    return db.session.execute(_USER_BY_ID, {"user_id": int(user_id)}).scalar_one_or_none()


def teacher_required(view: F) -> F:
    """Let only logged-in teachers through; a student gets 403."""

    @wraps(view)
    @login_required
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_teacher:
            abort(403)
        return view(*args, **kwargs)

    return cast(F, wrapped)
