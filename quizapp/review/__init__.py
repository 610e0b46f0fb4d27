"""Spaced-repetition review: due cards first, recall and rate, or answer as a quiz question."""

from flask import Blueprint

bp = Blueprint("review", __name__)

from quizapp.review import cli, views  # noqa: E402,F401
