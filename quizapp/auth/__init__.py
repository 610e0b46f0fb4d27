"""Accounts: register, log in, log out, and the role checks other features use."""

from flask import Blueprint

bp = Blueprint("auth", __name__)

from quizapp.auth import access, views  # noqa: E402,F401
