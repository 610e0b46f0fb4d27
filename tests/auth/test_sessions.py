"""Sessions end for real: a copied session cookie stops working after log-out, a password change or "log out everywhere"."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient

from quizapp.auth.models import User
from quizapp.extensions import db
from tests.conftest import PASSWORD

NEW_PASSWORD = "violet harbour kettledrum"


def _copy(app: Flask, client: FlaskClient) -> FlaskClient:
    """Another browser holding a copy of ``client``'s session cookie."""
    cookie = client.get_cookie("session")
    assert cookie is not None
    thief = app.test_client()
    thief.set_cookie("session", cookie.value)
    return thief


def _logged_in(client: FlaskClient) -> bool:
    return client.get("/auth/account").status_code == 200


def test_a_copied_cookie_dies_at_logout(app: Flask, student_client: FlaskClient) -> None:
    """After logging out, is a copy of the session cookie taken before no longer logged in?"""
    thief = _copy(app, student_client)
    assert _logged_in(thief)
    assert student_client.post("/auth/logout").status_code == 302
    assert not _logged_in(thief)
    assert thief.get("/auth/account").headers["Location"].startswith("/auth/login")


def test_a_password_change_ends_other_sessions_only(app: Flask, student: User, login: Callable[[User], FlaskClient]) -> None:
    """Does changing the password log out the other devices (and a copied cookie) while this browser stays in?"""
    here, phone = login(student), login(student)
    thief = _copy(app, here)
    response = here.post("/auth/account/password", data={"current": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert response.status_code == 302
    assert _logged_in(here)
    assert not _logged_in(phone) and not _logged_in(thief)
    db.session.refresh(student)
    assert student.check_password(NEW_PASSWORD)


def test_log_out_everywhere(app: Flask, student: User, login: Callable[[User], FlaskClient]) -> None:
    """Does "log out everywhere" end every other session and keep this one?"""
    here, other = login(student), login(student)
    response = here.post("/auth/account/sessions", follow_redirects=True)
    assert response.status_code == 200 and b"Every other device is logged out" in response.data
    assert _logged_in(here) and not _logged_in(other)


def test_a_password_change_needs_the_current_password(student: User, student_client: FlaskClient) -> None:
    """Is a wrong current password refused with a 400 and a message on that field, the password unchanged?"""
    response = student_client.post("/auth/account/password", data={"current": "not my password", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert response.status_code == 400 and b"The current password is wrong" in response.data
    db.session.refresh(student)
    assert student.check_password(PASSWORD)
    assert _logged_in(student_client)


def test_a_weak_new_password_is_refused(student: User, student_client: FlaskClient) -> None:
    """Is a new password equal to the account's e-mail refused with zxcvbn's message?"""
    response = student_client.post("/auth/account/password", data={"current": PASSWORD, "password": student.email, "confirm": student.email})
    assert response.status_code == 400 and b"too easy to guess" in response.data
    db.session.refresh(student)
    assert student.check_password(PASSWORD)


def test_password_changes_are_rate_limited(app: Flask, student_client: FlaskClient) -> None:
    """Past ACCOUNT_RATE_LIMIT attempts (guessing the current password with a stolen session), is the next refused with 429?"""
    app.config["ACCOUNT_RATE_LIMIT"] = "3 per minute"
    form = {"current": "guess guess", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    assert [student_client.post("/auth/account/password", data=form).status_code for _ in range(4)] == [400, 400, 400, 429]


def test_display_name_is_shown_in_the_nav(student: User, student_client: FlaskClient) -> None:
    """Does a saved display name replace the e-mail in the navigation, and is an over-long one refused with 400?"""
    assert student_client.post("/auth/account/name", data={"display_name": "  Ana   López "}).status_code == 302
    db.session.refresh(student)
    assert student.display_name == "Ana López"
    page = student_client.get("/").get_data(as_text=True)
    assert "(Ana López)" in page
    response = student_client.post("/auth/account/name", data={"display_name": "x" * 81})
    assert response.status_code == 400 and b"at most 80" in response.data


def test_registration_takes_a_display_name(client: FlaskClient) -> None:
    """Does the registration form store the display name it is given?"""
    form = {"email": "ana@example.org", "display_name": "Ana", "password": "a good password", "confirm": "a good password"}
    assert client.post("/auth/register", data=form).status_code == 302
    assert "(Ana)" in client.get("/").get_data(as_text=True)


def test_a_forged_session_id_loads_no_one(app: Flask, student: User) -> None:
    """Does a session id without the right version (or malformed) load no user?"""
    from quizapp.auth.access import load_user

    assert load_user(f"{student.id}:{student.session_version}") == student
    for forged in (str(student.id), f"{student.id}:{student.session_version + 1}", f"{student.id}:x", "²:1", ":"):
        assert load_user(forged) is None
