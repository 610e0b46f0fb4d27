"""Rate limits on accounts: registration per address, failed log-ins per account and per address."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from quizapp import create_app
from quizapp.auth.models import User
from quizapp.extensions import db
from tests.conftest import PASSWORD

REDIS = "redis://127.0.0.1:6379"


def _login(client: FlaskClient, email: str, password: str, address: str = "10.0.0.1") -> int:
    return client.post("/auth/login", data={"email": email, "password": password}, environ_base={"REMOTE_ADDR": address}).status_code


def test_registration_is_rate_limited(app: Flask, client: FlaskClient) -> None:
    """Is the fourth registration from one address within the limit refused with 429, and another address still served?"""
    app.config["REGISTER_RATE_LIMIT"] = "3 per minute"
    for n in range(3):
        form = {"email": f"r{n}@example.org", "password": PASSWORD, "confirm": PASSWORD}
        assert client.post("/auth/register", data=form, environ_base={"REMOTE_ADDR": "10.0.0.9"}).status_code == 302
        client.post("/auth/logout")
    form = {"email": "r9@example.org", "password": PASSWORD, "confirm": PASSWORD}
    assert client.post("/auth/register", data=form, environ_base={"REMOTE_ADDR": "10.0.0.9"}).status_code == 429
    assert client.post("/auth/register", data=form, environ_base={"REMOTE_ADDR": "10.0.0.10"}).status_code == 302


def test_an_account_under_attack_refuses_even_the_right_password(client: FlaskClient, student: User) -> None:
    """After ten failures on one account (from several addresses), is its right password refused with 429 from anywhere?"""
    for n in range(10):
        assert _login(client, student.email, "wrong password", f"10.0.1.{n}") == 400
    response = client.post("/auth/login", data={"email": student.email, "password": PASSWORD}, environ_base={"REMOTE_ADDR": "10.0.2.1"})
    assert response.status_code == 429
    assert "this account has had too many failed log-ins" in response.get_data(as_text=True)


def test_a_locked_address_still_lets_a_right_password_in(client: FlaskClient, make_user: Callable[..., User]) -> None:
    """Once an address is locked by failures on one account, does another account's right password from it succeed,
    while that account's wrong password locks it out from this address?"""
    victim, classmate = make_user("victim@example.org"), make_user("classmate@example.org")
    for _ in range(10):
        assert _login(client, victim.email, "guess guess") == 400
    assert _login(client, victim.email, PASSWORD) == 429
    assert _login(client, classmate.email, "typo typo") == 400
    assert _login(client, classmate.email, PASSWORD) == 429
    other = make_user("third@example.org")
    assert _login(client, other.email, PASSWORD) == 302
    assert _login(client, victim.email, PASSWORD, address="10.9.9.9") == 429  # the victim's account is itself under attack


def test_an_address_spraying_many_accounts_is_stopped(client: FlaskClient, make_user: Callable[..., User]) -> None:
    """After five times the address limit of failures over many accounts, is every account refused from that address?"""
    for n in range(50):
        assert _login(client, f"nobody{n}@example.org", "password1") == 400
    user = make_user("fresh@example.org")
    assert _login(client, user.email, PASSWORD) == 429
    assert _login(client, user.email, PASSWORD, address="10.0.0.2") == 302


def test_a_success_forgets_the_accounts_failures(client: FlaskClient, student: User) -> None:
    """Does a right password clear the account's failures, so nine more typos (from another address) do not lock it?"""
    for _ in range(9):
        assert _login(client, student.email, "typo typo") == 400
    assert _login(client, student.email, PASSWORD) == 302
    client.post("/auth/logout")
    for _ in range(9):
        assert _login(client, student.email, "typo typo", address="10.0.0.3") == 400
    assert _login(client, student.email, PASSWORD, address="10.0.0.3") == 302


def test_workers_share_the_counts_in_redis(app: Flask, student: User) -> None:
    """With the limiter's storage on Redis, do two workers (two apps) add up failures to one limit (it was per worker)?"""
    prefix = f"h14-test-{uuid.uuid4().hex[:8]}"
    config = {**{k: app.config[k] for k in ("TESTING", "SECRET_KEY", "SQLALCHEMY_DATABASE_URI", "WTF_CSRF_ENABLED")}, "RATELIMIT_STORAGE_URI": REDIS, "RATELIMIT_KEY_PREFIX": prefix}
    first, second = create_app(config), create_app(config)
    try:
        for n in range(10):
            assert _login((first if n % 2 else second).test_client(), student.email, "wrong wrong") == 400
        assert _login(first.test_client(), student.email, PASSWORD) == 429
        assert _login(second.test_client(), student.email, PASSWORD) == 429
    finally:
        for other in (first, second):
            with other.app_context():
                db.engine.dispose()


def test_rate_limiting_can_be_switched_off(app: Flask, student: User) -> None:
    """Does ``RATELIMIT_ENABLED = False`` start the app (it crashed in create_app) and turn the limits off?"""
    config = {k: app.config[k] for k in ("TESTING", "SECRET_KEY", "SQLALCHEMY_DATABASE_URI", "WTF_CSRF_ENABLED")}
    relaxed = create_app({**config, "RATELIMIT_ENABLED": False})
    client = relaxed.test_client()
    try:
        for _ in range(15):
            assert _login(client, student.email, "wrong wrong") == 400
        assert _login(client, student.email, PASSWORD) == 302
    finally:
        with relaxed.app_context():
            db.engine.dispose()


@pytest.mark.parametrize("name", ["LOGIN_RATE_LIMIT", "LOGIN_ACCOUNT_RATE_LIMIT", "REGISTER_RATE_LIMIT"])
def test_limits_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Can each limit be set in the environment, as the README says?"""
    monkeypatch.setenv(name, "7 per hour")
    limited = create_app({"TESTING": True, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert limited.config[name] == "7 per hour"
    with limited.app_context():
        db.engine.dispose()
