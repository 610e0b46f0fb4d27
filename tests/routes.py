"""What the access tests share: the URL map's routes and how a response reads as an outcome."""

from __future__ import annotations

from collections.abc import Callable

from quizapp import create_app
from quizapp.extensions import db


def app_routes(keep: Callable[[str, str], bool]) -> list[tuple[str, str, str]]:
    """Every (endpoint, method, rule) of the app's URL map that ``keep(endpoint, method)`` accepts, sorted."""
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    with app.app_context():
        db.engine.dispose()
    return sorted(
        (rule.endpoint, method, rule.rule)
        for rule in app.url_map.iter_rules()
        for method in rule.methods - {"HEAD", "OPTIONS"}  # type: ignore[operator]
        if keep(rule.endpoint, method)
    )


def outcome(status: int, location: str) -> str | int:
    """"login" for a redirect to log in; "ok" for a page, a download, another redirect or a 400 (an empty form);
    else the status."""
    if status == 302 and "/auth/login" in location:
        return "login"
    if status in (200, 302, 303, 400):
        return "ok"
    return status
