"""Security headers and cookie flags on every response."""

from __future__ import annotations

from flask.testing import FlaskClient

from quizapp.auth.models import User
from tests.conftest import PASSWORD


def test_headers_on_pages_and_errors(client: FlaskClient) -> None:
    """Do pages and error pages carry a CSP without inline scripts, nosniff, a referrer policy and frame-ancestors?"""
    for path in ("/", "/auth/login", "/missing"):
        headers = client.get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_session_cookie_is_secure_over_https(client: FlaskClient, student: User) -> None:
    """Is the session cookie marked Secure when the request came over HTTPS, and HSTS sent?"""
    response = client.post("/auth/login", base_url="https://localhost", data={"email": student.email, "password": PASSWORD})
    cookie = next(v for k, v in response.headers.items() if k == "Set-Cookie" and v.startswith("session="))
    assert "Secure" in cookie
    assert "Strict-Transport-Security" in response.headers


def test_session_cookie_is_not_secure_over_plain_http(client: FlaskClient, student: User) -> None:
    """Over plain HTTP (the local default), is the cookie left usable, without the Secure flag?"""
    response = client.post("/auth/login", data={"email": student.email, "password": PASSWORD})
    cookie = next(v for k, v in response.headers.items() if k == "Set-Cookie" and v.startswith("session="))
    assert "Secure" not in cookie


def test_proxy_fix_trusts_forwarded_proto(database_url: str, _schema: None) -> None:
    """Behind a proxy (PROXY_FIX on), does X-Forwarded-Proto: https count as HTTPS?"""
    from quizapp import create_app

    app = create_app({"TESTING": True, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": database_url, "PROXY_FIX": True})
    response = app.test_client().get("/", headers={"X-Forwarded-Proto": "https"})
    assert "Strict-Transport-Security" in response.headers


def test_nul_character_in_a_field_is_refused(client: FlaskClient) -> None:
    """Is a form field with a NUL character refused with 400 (PostgreSQL cannot store it), and nothing stored?"""
    from sqlalchemy import func, select

    from quizapp.extensions import db

    response = client.post("/auth/register", data={"email": "a\x00@example.org", "password": "x" * 10, "confirm": "x" * 10})
    assert response.status_code == 400
    assert b"NUL character" in response.data
    assert db.session.scalar(select(func.count(User.id))) == 0
    assert client.get("/?q=%00").status_code == 400
