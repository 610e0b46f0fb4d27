"""Progress fixtures: one user per request (see tests/quiz/conftest.py)."""

from __future__ import annotations

import pytest
from flask import Flask, g


@pytest.fixture(autouse=True)
def _one_user_per_request(app: Flask) -> None:
    """Forget the logged-in user between requests (the test's app context keeps ``g`` alive)."""

    @app.before_request
    def forget_user() -> None:
        g.pop("_login_user", None)
