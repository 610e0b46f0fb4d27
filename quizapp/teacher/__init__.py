"""The teacher area: upload or derive question sets, review and publish them, and see how questions perform.

Ownership: a teacher sees and edits only their own sets; another teacher's set answers 404. Sets with no
owner (the shipped default, loaded from the CLI) are visible to every teacher, with exports, but are
read-only in the browser: they are managed with ``flask bank``. Results show only the students in the
teacher's own classes.
"""

from flask import Blueprint, abort, redirect, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

bp = Blueprint("teacher", __name__)


@bp.before_request
def require_teacher() -> Response | None:
    """Every page here is for logged-in teachers: visitors go to log in, students get 403."""
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    if not current_user.is_teacher:
        abort(403)
    return None


from quizapp.teacher import views  # noqa: E402,F401
