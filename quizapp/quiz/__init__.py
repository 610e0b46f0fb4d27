"""Quizzes: start a quiz on a set, answer its items one by one, see the score and the mistakes."""

from flask import Blueprint

bp = Blueprint("quiz", __name__)

from quizapp.quiz import views  # noqa: E402,F401
