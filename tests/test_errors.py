"""Error pages: the right status and a clear page, never a stack trace."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from quizapp import create_app


def test_missing_page_is_404(client: FlaskClient) -> None:
    """Does an unknown address get the site's 404 page?"""
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert b"There is no page at this address" in response.data
    assert b"<nav" in response.data


def test_wrong_method_is_405(client: FlaskClient) -> None:
    """Does a GET on a POST-only route get 405, not a crash?"""
    assert client.get("/auth/logout").status_code == 405


def test_too_large_request_is_413(client: FlaskClient, app: Flask) -> None:
    """Is a body over the size limit refused with a 413 page naming the limit?"""
    body = b"x" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    response = client.post("/auth/login", data=body, content_type="application/octet-stream")
    assert response.status_code == 413
    assert b"too large" in response.data and b"2 MB" in response.data


def test_unexpected_error_shows_no_traceback(database_url: str, _schema: None) -> None:
    """Does an exception in a view give a plain 500 page without the traceback?"""
    app = create_app({"TESTING": False, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": database_url})

    @app.route("/boom")
    def boom() -> str:
        raise RuntimeError("secret internals")

    response = app.test_client().get("/boom")
    assert response.status_code == 500
    assert b"Something went wrong" in response.data
    assert b"secret internals" not in response.data and b"Traceback" not in response.data


def test_health_check(client: FlaskClient) -> None:
    """Does /healthz answer 200 with a JSON status while the database is up?"""
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json == {"status": "ok"}
