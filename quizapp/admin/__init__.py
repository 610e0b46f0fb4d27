"""Administration: the list of accounts, making teachers, and teacher invitations."""

from flask import Blueprint

bp = Blueprint("admin", __name__)

from quizapp.admin import views  # noqa: E402,F401
