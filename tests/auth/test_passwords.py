"""Password strength at registration, change, reset and on the command line; e-mails compared in one form."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import func, select

from quizapp.auth.models import User
from quizapp.auth.operations import AccountError, create_user, normalise_email
from quizapp.auth.passwords import password_problem
from quizapp.extensions import db
from tests.conftest import PASSWORD
from tests.strategies import hostile_text


@pytest.mark.parametrize("password", ["12345678", "password", "sa@x.org", "sa@x.org1", "qwertyuiop", "aaaaaaaaaaaa", "Ada Lovelace"])
def test_guessable_passwords_are_refused(password: str) -> None:
    """Are common passwords, keyboard runs, repeats, the account's e-mail and its display name refused with advice?"""
    problem = password_problem(password, ("sa@x.org", "Ada Lovelace"))
    assert problem is not None and problem.startswith(("This password is too easy to guess.", "The password must"))


@pytest.mark.parametrize("password", [PASSWORD, "a good password", "purple mango lighthouse", "Tr0ub4dor&3 but longer", "x7$Kq!z9Lm" * 20])
def test_strong_passwords_pass(password: str) -> None:
    """Do the suite's passwords, a few uncommon words, and a long random one (past zxcvbn's 72 characters) pass?"""
    assert password_problem(password, ("student@example.org", "")) is None


@settings(max_examples=60, deadline=None)
@given(password=hostile_text | st.text(min_size=60, max_size=300), email=hostile_text, name=hostile_text)
def test_any_text_gets_a_verdict(password: str, email: str, name: str) -> None:
    """Does any text (lone surrogates, past zxcvbn's 72 characters) get a message or None, never an exception?"""
    problem = password_problem(password, (email, name))
    assert problem is None or problem.startswith(("This password is too easy to guess.", "The password must"))


def test_lengths_are_bounded() -> None:
    """Are passwords under 8 or over 200 characters refused, whatever their strength?"""
    assert "at least 8" in (password_problem("x7$Kq!z", ()) or "")
    assert "at most 200" in (password_problem("x7$Kq!z9Lm" * 21, ()) or "")


def test_registration_refuses_the_email_as_password(client: FlaskClient) -> None:
    """Is registering with one's own e-mail as password refused with a 400, zxcvbn's advice, and no account?"""
    response = client.post("/auth/register", data={"email": "sa@x.org", "password": "sa@x.org", "confirm": "sa@x.org"})
    assert response.status_code == 400
    assert b"too easy to guess" in response.data
    assert db.session.scalar(select(func.count(User.id))) == 0


def test_registration_refuses_a_common_password(client: FlaskClient) -> None:
    """Is ``password`` refused at registration with zxcvbn's warning shown?"""
    response = client.post("/auth/register", data={"email": "a@example.org", "password": "password", "confirm": "password"})
    assert response.status_code == 400
    assert b"commonly used password" in response.data or b"common password" in response.data


def test_cli_refuses_a_weak_password(runner: FlaskCliRunner) -> None:
    """Does ``flask user create`` refuse a weak password with the same message?"""
    result = runner.invoke(args=["user", "create", "w@example.org", "--password", "12345678"])
    assert result.exit_code != 0 and "too easy to guess" in result.output


@pytest.mark.parametrize(("typed", "stored"), [("ｓａ@x.org", "sa@x.org"), ("  SA@X.ORG ", "sa@x.org"), ("Straße@x.org", "strasse@x.org")])
def test_emails_have_one_normal_form(typed: str, stored: str) -> None:
    """Are e-mails compared after NFKC, case folding and stripping (full-width letters are plain ones)?"""
    assert normalise_email(typed) == stored


def test_a_full_width_twin_cannot_register(client: FlaskClient, make_user: Callable[..., User]) -> None:
    """With sa@x.org registered, is ｓａ@x.org refused as the same address, and can its owner log in typing it so?"""
    make_user("sa@x.org")
    response = client.post("/auth/register", data={"email": "ｓａ@x.org", "password": "a good password", "confirm": "a good password"})
    assert response.status_code == 400 and b"already exists" in response.data
    with pytest.raises(AccountError, match="already exists"):
        create_user("ＳＡ@x.org", "a good password")
    assert client.post("/auth/login", data={"email": "ｓａ@X.org", "password": PASSWORD}).status_code == 302


def test_a_new_email_is_stored_normalised(client: FlaskClient) -> None:
    """Is a full-width, upper-case e-mail stored in its normal form?"""
    response = client.post("/auth/register", data={"email": "ＡＮＡ@Example.org", "password": "a good password", "confirm": "a good password"})
    assert response.status_code == 302
    assert db.session.scalar(select(User.email)) == "ana@example.org"
