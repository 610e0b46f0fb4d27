"""Progress: scores over time, mastery per question set and the review forecast, as SVG charts."""

from flask import Blueprint

bp = Blueprint("progress", __name__)

from quizapp.progress import views  # noqa: E402,F401
