"""Registering, logging in and out, and the checks around them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from quizapp.auth.models import Role, User
from quizapp.extensions import db
from tests.conftest import PASSWORD


def _register(client: FlaskClient, email: str, password: str = "a good password", confirm: str | None = None) -> object:
    return client.post(
        "/auth/register",
        data={"email": email, "password": password, "confirm": confirm if confirm is not None else password},
    )


def _user_count() -> int:
    return db.session.scalar(select(func.count(User.id))) or 0


def test_register_creates_a_logged_in_student(client: FlaskClient) -> None:
    """Does registering create a student account, hash the password and log the user in?"""
    response = _register(client, "Ana@Example.org")
    assert response.status_code == 302
    user = db.session.scalar(select(User))
    assert user is not None and user.email == "ana@example.org" and user.role == Role.STUDENT
    assert user.password_hash.startswith("scrypt:") and "a good password" not in user.password_hash
    assert b"Your question sets" in client.get("/").data


def test_duplicate_email_is_refused(client: FlaskClient, student: User) -> None:
    """Is a second account with the same email (in other case) refused with a message and nothing stored?"""
    response = _register(client, student.email.upper())
    assert response.status_code == 400
    assert b"already exists" in response.data
    assert _user_count() == 1


@pytest.mark.parametrize(
    ("email", "password", "confirm", "message"),
    [
        ("not-an-email", "a good password", None, b"Invalid email"),
        ("a@example.org", "short", None, b"at least 8"),
        ("a@example.org", "a good password", "another password", b"Passwords differ"),
        ("", "a good password", None, b"This field is required"),
    ],
)
def test_bad_registration_gets_a_message(client: FlaskClient, email: str, password: str, confirm: str | None, message: bytes) -> None:
    """Does each bad registration form get a 400 with its reason and store nothing?"""
    response = _register(client, email, password, confirm)
    assert response.status_code == 400
    assert message in response.data
    assert _user_count() == 0


def test_login_and_logout(client: FlaskClient, student: User) -> None:
    """Can a user log in with the right password and log out again?"""
    response = client.post("/auth/login", data={"email": student.email, "password": PASSWORD})
    assert response.status_code == 302
    assert student.email.encode() in client.get("/").data
    response = client.post("/auth/logout")
    assert response.status_code == 302
    assert b"Create a free account" in client.get("/").data


def test_wrong_password_is_refused(client: FlaskClient, student: User) -> None:
    """Is a wrong password refused with a message that does not say which field was wrong?"""
    response = client.post("/auth/login", data={"email": student.email, "password": "wrong password"})
    assert response.status_code == 400
    assert b"Wrong email or password" in response.data
    assert b"Create a free account" in client.get("/").data


def test_login_is_rate_limited(client: FlaskClient, student: User) -> None:
    """After ten failed attempts in a minute, is the next one refused with 429 even with the right password?"""
    for _ in range(10):
        assert client.post("/auth/login", data={"email": student.email, "password": "nope nope"}).status_code == 400
    response = client.post("/auth/login", data={"email": student.email, "password": PASSWORD})
    assert response.status_code == 429
    assert b"Too many attempts" in response.data


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"])
def test_login_next_never_leaves_the_site(client: FlaskClient, student: User, target: str) -> None:
    """Does ``next=`` pointing off-site send the user home instead?"""
    response = client.post(f"/auth/login?next={target}", data={"email": student.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response.location == "/"


def test_login_next_on_site_is_followed(client: FlaskClient, student: User) -> None:
    """Does ``next=`` to a page of this site take the user there after login?"""
    response = client.post("/auth/login?next=/healthz", data={"email": student.email, "password": PASSWORD})
    assert response.location == "/healthz"


def test_session_is_renewed_at_login(client: FlaskClient, student: User) -> None:
    """Is the session cookie replaced at login, so a planted session cannot be reused (fixation)?"""
    client.get("/auth/login")
    with client.session_transaction() as session:
        session["planted"] = "by an attacker"
    client.post("/auth/login", data={"email": student.email, "password": PASSWORD})
    with client.session_transaction() as session:
        assert "planted" not in session
        assert session.get("_user_id") == f"{student.id}:{student.session_version}"


def test_session_cookie_flags(client: FlaskClient, student: User) -> None:
    """Is the session cookie HttpOnly and SameSite=Lax?"""
    response = client.post("/auth/login", data={"email": student.email, "password": PASSWORD})
    cookie = next(v for k, v in response.headers.items() if k == "Set-Cookie" and v.startswith("session="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


@pytest.mark.csrf
def test_post_without_csrf_token_is_refused(client: FlaskClient) -> None:
    """Is a form POST without its CSRF token refused with 400 and nothing stored?"""
    response = _register(client, "csrf@example.org")
    assert response.status_code == 400
    assert b"security token" in response.data
    assert _user_count() == 0


@pytest.mark.csrf
def test_post_with_csrf_token_is_accepted(client: FlaskClient) -> None:
    """With the token from the form, does the same POST go through?"""
    page = client.get("/auth/register").data.decode()
    token = page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    response = client.post(
        "/auth/register",
        data={"email": "csrf@example.org", "password": "a good password", "confirm": "a good password", "csrf_token": token},
    )
    assert response.status_code == 302
    assert _user_count() == 1


def test_cli_creates_a_teacher(runner: Callable[..., object], app: object) -> None:
    """Does ``flask user create EMAIL --teacher`` make a teacher, and refuse a duplicate?"""
    result = runner.invoke(args=["user", "create", "t@example.org", "--teacher", "--password", "a good password"])  # type: ignore[attr-defined]
    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(User).where(User.email == "t@example.org"))
    assert user is not None and user.is_teacher
    again = runner.invoke(args=["user", "create", "t@example.org", "--password", "a good password"])  # type: ignore[attr-defined]
    assert again.exit_code != 0 and "already exists" in again.output


def test_password_fields_say_what_to_autocomplete(client: FlaskClient) -> None:
    """Do password managers get autocomplete hints: a new password on registering, the current one on logging in?"""
    register = client.get("/auth/register").get_data(as_text=True)
    login = client.get("/auth/login").get_data(as_text=True)
    assert register.count('autocomplete="new-password"') == 2 and 'autocomplete="email"' in register
    assert 'autocomplete="current-password"' in login and 'autocomplete="username"' in login


@pytest.mark.parametrize(("sent", "stored"), [("Europe/Paris", "Europe/Paris"), ("Mars/Olympus", "UTC"), ("../../etc/passwd", "UTC"), ("", "UTC")])
def test_register_keeps_the_browsers_time_zone(client: FlaskClient, sent: str, stored: str) -> None:
    """Is the zone the browser reports stored on the account, and a bogus one ignored (UTC) without an error?"""
    response = client.post(
        "/auth/register", data={"email": "tz@example.org", "password": "a good password", "confirm": "a good password", "time_zone": sent}
    )
    assert response.status_code == 302
    assert db.session.scalar(select(User.time_zone).where(User.email == "tz@example.org")) == stored


def test_login_updates_the_time_zone(client: FlaskClient, make_user: Callable[..., User]) -> None:
    """Does logging in from a browser in another zone move the account to it?"""
    user = make_user("traveller@example.org")
    response = client.post("/auth/login", data={"email": user.email, "password": PASSWORD, "time_zone": "America/New_York"})
    assert response.status_code == 302
    db.session.refresh(user)
    assert user.time_zone == "America/New_York"
