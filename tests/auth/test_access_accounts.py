"""Every account and administration route, walked as anonymous, student, teacher and administrator.

``tests/test_access.py`` leaves the routes listed here to this file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask, url_for
from flask.testing import FlaskClient

from quizapp.auth.models import AccountToken, Role, TokenPurpose, User
from quizapp.auth.operations import make_invitation_link, make_reset_token
from quizapp.extensions import db, utcnow
from tests.routes import app_routes, outcome

ROLES = ("anonymous", "student", "teacher", "admin")

PUBLIC = dict.fromkeys(ROLES, "ok")
LOGGED_IN = {"anonymous": "login", "student": "ok", "teacher": "ok", "admin": "ok"}
ADMIN_ONLY = {"anonymous": "login", "student": 403, "teacher": 403, "admin": "ok"}

ACCOUNT_ACCESS: dict[tuple[str, str], dict[str, str | int]] = {
    ("auth.account", "GET"): LOGGED_IN,
    ("auth.account_name", "POST"): LOGGED_IN,
    ("auth.account_password", "POST"): LOGGED_IN,
    ("auth.account_sessions", "POST"): LOGGED_IN,
    ("auth.forgot", "GET"): PUBLIC,
    ("auth.forgot", "POST"): PUBLIC,
    ("auth.reset_password", "GET"): PUBLIC,
    ("auth.reset_password", "POST"): PUBLIC,
    ("admin.index", "GET"): ADMIN_ONLY,
    ("admin.role", "POST"): ADMIN_ONLY,
    ("admin.reset_link", "POST"): ADMIN_ONLY,
    ("admin.invite", "POST"): ADMIN_ONLY,
    ("admin.withdraw", "POST"): ADMIN_ONLY,
}


ROUTES = app_routes(lambda endpoint, method: (endpoint, method) in ACCOUNT_ACCESS)


def test_every_listed_route_exists() -> None:
    """Is every route listed here in the URL map (so a renamed one cannot slip out of both access tests)?"""
    assert {(endpoint, method) for endpoint, method, _ in ROUTES} == set(ACCOUNT_ACCESS)


@pytest.fixture()
def people(make_user: Callable[..., User]) -> dict[str, User]:
    """A student, a teacher and an administrator."""
    return {
        "student": make_user("student@example.org"),
        "teacher": make_user("teacher@example.org", Role.TEACHER),
        "admin": make_user("admin@example.org", Role.ADMIN),
    }


@pytest.mark.parametrize(("endpoint", "method", "rule"), ROUTES, ids=[f"{m} {r}" for _, m, r in ROUTES])
def test_route_access(app: Flask, people: dict[str, User], login: Callable[[User], FlaskClient], endpoint: str, method: str, rule: str) -> None:
    """Does each role get exactly the outcome listed in ACCOUNT_ACCESS for this route?"""
    now = utcnow()
    make_invitation_link(people["admin"].id, now)
    invitation = db.session.query(AccountToken).filter_by(purpose=int(TokenPurpose.INVITE)).one()
    values = {"token": make_reset_token(people["student"].id, now), "user_id": people["student"].id, "token_id": invitation.id}
    with app.test_request_context():
        url = url_for(endpoint, **{name: values[name] for name in app.url_map._rules_by_endpoint[endpoint][0].arguments})
    got: dict[str, str | int] = {}
    for role in ROLES:
        client = app.test_client() if role == "anonymous" else login(people[role])
        response = client.open(url, method=method, data={})
        got[role] = outcome(response.status_code, response.headers.get("Location", ""))
        response.close()
        db.session.rollback()
    assert got == ACCOUNT_ACCESS[(endpoint, method)]


def test_an_administrator_is_also_a_teacher(login: Callable[[User], FlaskClient], people: dict[str, User]) -> None:
    """Does an administrator reach the teacher area, and see the Admin link that a teacher does not?"""
    admin, teacher = login(people["admin"]), login(people["teacher"])
    assert admin.get("/teacher/").status_code == 200
    assert b'href="/admin/"' in admin.get("/").data
    assert b'href="/admin/"' not in teacher.get("/").data


