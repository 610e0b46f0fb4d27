"""Resetting a forgotten password by a one-time, expiring link: by e-mail, in the log, or from the command line."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from quizapp.auth.models import User
from quizapp.auth.operations import AccountError, make_reset_link, make_reset_token, reset_password, reset_user
from quizapp.extensions import db, mail
from tests.conftest import PASSWORD

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
NEW_PASSWORD = "violet harbour kettledrum"
LINK = re.compile(r"https?://\S+/auth/reset/[\w-]+")


def _path(link: str) -> str:
    return "/auth/" + link.split("/auth/", 1)[1]


def test_a_link_expires_after_an_hour(student: User) -> None:
    """Is a reset token good for 59 minutes, and refused at 60 and after?"""
    token = make_reset_token(student.id, NOW)
    assert reset_user(token, NOW + timedelta(minutes=59)) == student
    assert reset_user(token, NOW + timedelta(minutes=60)) is None
    with pytest.raises(AccountError, match="invalid, used or expired"):
        reset_password(token, NEW_PASSWORD, NOW + timedelta(hours=2))
    db.session.refresh(student)
    assert student.check_password(PASSWORD)


def test_a_link_works_once(student: User) -> None:
    """Does a second use of the same token fail, leaving the first new password?"""
    token = make_reset_token(student.id, NOW)
    reset_password(token, NEW_PASSWORD, NOW + timedelta(minutes=5))
    with pytest.raises(AccountError, match="invalid, used or expired"):
        reset_password(token, "another strong passphrase here", NOW + timedelta(minutes=6))
    db.session.refresh(student)
    assert student.check_password(NEW_PASSWORD)


def test_a_weak_password_does_not_use_up_the_link(student: User) -> None:
    """Is a weak new password refused without spending the link?"""
    token = make_reset_token(student.id, NOW)
    with pytest.raises(AccountError, match="too easy to guess"):
        reset_password(token, "password1", NOW)
    assert reset_user(token, NOW) == student


def test_a_password_change_voids_open_links(student: User) -> None:
    """After the password is changed another way, does an earlier reset link stop working?"""
    from quizapp.auth.operations import set_password

    token = make_reset_token(student.id, NOW)
    set_password(student.id, NEW_PASSWORD)
    assert reset_user(token, NOW) is None


def test_the_link_resets_the_password_in_the_browser(app: Flask, client: FlaskClient, student: User, login: Callable[[User], FlaskClient]) -> None:
    """Through the pages: does the link's form set a new password, end other sessions, and refuse a second use?"""
    other_device = login(student)
    path = _path(make_reset_link(student.id, datetime.now(UTC)))
    assert client.get(path).status_code == 200
    response = client.post(path, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert response.status_code == 302 and response.headers["Location"] == "/auth/login"
    assert other_device.get("/auth/account").status_code == 302
    assert client.post("/auth/login", data={"email": student.email, "password": PASSWORD}).status_code == 400
    assert client.post("/auth/login", data={"email": student.email, "password": NEW_PASSWORD}).status_code == 302
    again = app.test_client().get(path)
    assert again.status_code == 400 and b"This link no longer works" in again.data


def test_a_bad_token_gets_a_clear_400(client: FlaskClient) -> None:
    """Does a mistyped or absurd token get the "no longer works" page with 400, never a 500?"""
    for token in ("nope", "x" * 5000, "%00", "é"):
        response = client.get(f"/auth/reset/{token}")
        assert response.status_code == 400, token


def test_forgot_page_reveals_nothing(client: FlaskClient, student: User) -> None:
    """Do a known and an unknown e-mail get the same answer (status, redirect and message)?"""
    known = client.post("/auth/forgot", data={"email": student.email}, follow_redirects=True)
    unknown = client.post("/auth/forgot", data={"email": "nobody@example.org"}, follow_redirects=True)
    assert known.status_code == unknown.status_code == 200
    assert known.request.path == unknown.request.path == "/auth/login"
    message = b"If an account has this email, a link to reset its password is on its way"
    assert message in known.data and message in unknown.data


def test_without_a_mail_server_the_link_goes_to_the_log(client: FlaskClient, student: User, caplog: pytest.LogCaptureFixture) -> None:
    """With no MAIL_SERVER, is the reset link written to the log (for development), and does it work?"""
    with caplog.at_level(logging.INFO, logger="quizapp.auth.mail"):
        client.post("/auth/forgot", data={"email": student.email.upper()})
    links = LINK.findall(caplog.text)
    assert len(links) == 1
    assert client.get(_path(links[0])).status_code == 200


def test_with_a_mail_server_the_link_is_mailed(app: Flask, client: FlaskClient, student: User) -> None:
    """With MAIL_SERVER set, is one e-mail sent to the account with the link (and nothing for an unknown address)?"""
    app.config["MAIL_SERVER"] = "smtp.example.org"
    with mail.record_messages() as outbox:
        client.post("/auth/forgot", data={"email": student.email})
        client.post("/auth/forgot", data={"email": "nobody@example.org"})
    assert [message.recipients for message in outbox] == [[student.email]]
    assert len(LINK.findall(outbox[0].body)) == 1


def test_a_failing_mail_server_does_not_show(app: Flask, client: FlaskClient, student: User, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """If the mail server fails, does the page still give the usual answer (the failure is logged)?"""
    app.config["MAIL_SERVER"] = "smtp.example.org"

    def refuse(message: object) -> None:
        raise OSError("connection refused")

    monkeypatch.setattr(mail, "send", refuse)
    with caplog.at_level(logging.ERROR):
        response = client.post("/auth/forgot", data={"email": student.email})
    assert response.status_code == 302
    assert "could not send" in caplog.text


def test_links_use_base_url_not_the_host_header(app: Flask, client: FlaskClient, student: User, caplog: pytest.LogCaptureFixture) -> None:
    """With BASE_URL set, is the link on it even when the request names another host (no reset-link poisoning)?"""
    app.config["BASE_URL"] = "https://quiz.example.org/"
    with caplog.at_level(logging.INFO, logger="quizapp.auth.mail"):
        client.post("/auth/forgot", data={"email": student.email}, headers={"Host": "evil.example"})
    assert LINK.findall(caplog.text)[0].startswith("https://quiz.example.org/auth/reset/")


def test_forgot_is_rate_limited(app: Flask, client: FlaskClient, student: User) -> None:
    """Are reset requests limited per e-mail (three an hour) and per address?"""
    statuses = [client.post("/auth/forgot", data={"email": student.email}).status_code for _ in range(4)]
    assert statuses == [302, 302, 302, 429]
    app.config["FORGOT_RATE_LIMIT"] = "2 per minute"
    other = app.test_client()
    addr = {"REMOTE_ADDR": "10.1.1.1"}
    assert [other.post("/auth/forgot", data={"email": f"n{n}@example.org"}, environ_base=addr).status_code for n in range(3)] == [302, 302, 429]


def test_forgot_form_errors(client: FlaskClient) -> None:
    """Is a malformed e-mail refused with 400 and a message?"""
    response = client.post("/auth/forgot", data={"email": "not-an-email"})
    assert response.status_code == 400 and b"Invalid email" in response.data


def test_cli_prints_a_working_link(app: Flask, runner: FlaskCliRunner, client: FlaskClient, student: User) -> None:
    """Does ``flask user reset-link EMAIL`` print a link that opens the reset form, and refuse an unknown e-mail?"""
    result = runner.invoke(args=["user", "reset-link", student.email.upper()])
    assert result.exit_code == 0, result.output
    link = result.output.strip()
    assert link.startswith("http://localhost:8000/auth/reset/")
    assert client.get(_path(link)).status_code == 200
    assert runner.invoke(args=["user", "reset-link", "nobody@example.org"]).exit_code != 0


def test_cli_sets_a_password(runner: FlaskCliRunner, student: User) -> None:
    """Does ``flask user password EMAIL`` set a strong password and refuse a weak one?"""
    assert runner.invoke(args=["user", "password", student.email, "--password", "12345678"]).exit_code != 0
    result = runner.invoke(args=["user", "password", student.email, "--password", NEW_PASSWORD])
    assert result.exit_code == 0, result.output
    db.session.refresh(student)
    assert student.check_password(NEW_PASSWORD)
