"""The administrator: making teachers in the browser, teacher invitations, and the command line's --admin."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import select

from quizapp.auth.models import Role, User
from quizapp.auth.operations import invitation_is_open, make_invitation_link, set_display_name
from quizapp.extensions import db
from tests.conftest import PASSWORD

STRONG = "a good password"


@pytest.fixture()
def admin(make_user: Callable[..., User]) -> User:
    """An administrator."""
    return make_user("admin@example.org", Role.ADMIN)


@pytest.fixture()
def admin_client(login: Callable[[User], FlaskClient], admin: User) -> FlaskClient:
    """A client logged in as the administrator."""
    return login(admin)


def _register(client: FlaskClient, path: str, email: str) -> object:
    token = path.split("invite=", 1)[1]
    return client.post("/auth/register", data={"email": email, "password": STRONG, "confirm": STRONG, "invite": token})


def test_admin_page_lists_and_finds_accounts(admin_client: FlaskClient, student: User, teacher: User) -> None:
    """Does the admin page list every account with its role, and filter by ``q``?"""
    page = admin_client.get("/admin/").get_data(as_text=True)
    assert student.email in page and teacher.email in page and "administrator" in page
    found = admin_client.get("/admin/?q=STUDENT").get_data(as_text=True)
    assert student.email in found and teacher.email not in found
    set_display_name(teacher.id, "Mr Ｂrown")
    by_name = admin_client.get("/admin/?q=mr ｂ").get_data(as_text=True)
    assert teacher.email in by_name and student.email not in by_name


def test_admin_makes_a_teacher_and_back(admin_client: FlaskClient, student: User) -> None:
    """Can the administrator make a student a teacher, and a teacher a student again?"""
    assert admin_client.post(f"/admin/users/{student.id}/role", data={"role": "teacher"}).status_code == 302
    db.session.refresh(student)
    assert student.role == Role.TEACHER
    assert admin_client.post(f"/admin/users/{student.id}/role", data={"role": "student"}).status_code == 302
    db.session.refresh(student)
    assert student.role == Role.STUDENT


@pytest.mark.parametrize("role", ["admin", "", "3", "x" * 500])
def test_admin_cannot_set_other_roles(admin_client: FlaskClient, student: User, role: str) -> None:
    """Is any role but student or teacher refused with a 400, the account unchanged?"""
    assert admin_client.post(f"/admin/users/{student.id}/role", data={"role": role}).status_code == 400
    db.session.refresh(student)
    assert student.role == Role.STUDENT


def test_an_administrator_stays_one(admin_client: FlaskClient, admin: User, make_user: Callable[..., User]) -> None:
    """Is changing an administrator's role (one's own or another's) refused with a 400, and an unknown account a 404?"""
    other = make_user("second.admin@example.org", Role.ADMIN)
    for target in (admin, other):
        response = admin_client.post(f"/admin/users/{target.id}/role", data={"role": "student"})
        assert response.status_code == 400 and b"command line" in response.data
    assert admin_client.post("/admin/users/999999/role", data={"role": "teacher"}).status_code == 404


def test_an_invitation_makes_a_teacher_once(admin_client: FlaskClient, app: object) -> None:
    """Does a new invitation link show once, make whoever registers through it a teacher, and refuse a second use?"""
    page = admin_client.post("/admin/invitations").get_data(as_text=True)
    link = re.search(r'value="(http://[^"]+invite=[^"]+)"', page)
    assert link is not None
    path = "/auth/" + link.group(1).split("/auth/", 1)[1]
    assert link.group(1) not in admin_client.get("/admin/").get_data(as_text=True)
    newcomer = app.test_client()  # type: ignore[attr-defined]
    assert b"Create your teacher account" in newcomer.get(path).data
    assert _register(newcomer, path, "new.teacher@example.org").status_code == 302
    user = db.session.scalar(select(User).where(User.email == "new.teacher@example.org"))
    assert user is not None and user.role == Role.TEACHER
    again = app.test_client()  # type: ignore[attr-defined]
    assert again.get(path).status_code == 400
    response = _register(again, path, "sneaky@example.org")
    assert response.status_code == 400 and b"invalid, used or expired" in response.data
    assert db.session.scalar(select(User).where(User.email == "sneaky@example.org")) is None


def test_admin_makes_a_reset_link(admin_client: FlaskClient, client: FlaskClient, student: User) -> None:
    """Does the Reset link button show a working one-time reset link for the account, and an unknown account get 404?"""
    page = admin_client.post(f"/admin/users/{student.id}/reset-link").get_data(as_text=True)
    assert f"Password reset link for {student.email}" in page
    link = re.search(r'value="http://[^"]+(/auth/reset/[^"]+)"', page)
    assert link is not None
    assert client.get(link.group(1)).status_code == 200
    assert admin_client.post("/admin/users/999999/reset-link").status_code == 404


def test_an_invitation_expires_after_a_week(admin: User) -> None:
    """Is an invitation open for seven days and closed after?"""
    start = datetime(2026, 5, 1, tzinfo=UTC)
    token = make_invitation_link(admin.id, start).split("invite=", 1)[1]
    assert invitation_is_open(token, start + timedelta(days=6, hours=23))
    assert not invitation_is_open(token, start + timedelta(days=7))


def test_an_invitation_can_be_withdrawn(admin_client: FlaskClient, admin: User) -> None:
    """Does withdrawing an open invitation close it, and a second withdrawal get 404?"""
    from quizapp.auth.models import AccountToken

    token = make_invitation_link(admin.id, datetime.now(UTC)).split("invite=", 1)[1]
    row = db.session.scalar(select(AccountToken))
    assert row is not None
    assert admin_client.post(f"/admin/invitations/{row.id}/withdraw").status_code == 302
    assert not invitation_is_open(token, datetime.now(UTC))
    assert admin_client.post(f"/admin/invitations/{row.id}/withdraw").status_code == 404


def test_a_mistyped_invitation_gets_a_clear_400(client: FlaskClient) -> None:
    """Does a register link with a bad invitation say so with a 400, rather than make a student account?"""
    response = client.get("/auth/register?invite=nope")
    assert response.status_code == 400 and b"invitation link is invalid" in response.data


def _token(page: str) -> str:
    return page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]


@pytest.mark.csrf
def test_admin_posts_need_the_csrf_token(client: FlaskClient, admin: User, student: User) -> None:
    """Is making a teacher without the form's CSRF token refused with 400, and accepted with it?"""
    login = {"email": admin.email, "password": PASSWORD, "csrf_token": _token(client.get("/auth/login").get_data(as_text=True))}
    assert client.post("/auth/login", data=login).status_code == 302
    assert client.post(f"/admin/users/{student.id}/role", data={"role": "teacher"}).status_code == 400
    db.session.refresh(student)
    assert student.role == Role.STUDENT
    token = _token(client.get("/admin/").get_data(as_text=True))
    assert client.post(f"/admin/users/{student.id}/role", data={"role": "teacher", "csrf_token": token}).status_code == 302
    db.session.refresh(student)
    assert student.role == Role.TEACHER


def test_cli_makes_an_administrator(runner: FlaskCliRunner) -> None:
    """Does ``flask user create EMAIL --admin --name NAME`` make an administrator with that name?"""
    result = runner.invoke(args=["user", "create", "boss@example.org", "--admin", "--name", "The Boss", "--password", STRONG])
    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(User).where(User.email == "boss@example.org"))
    assert user is not None and user.is_admin and user.is_teacher and user.display_name == "The Boss"


def test_cli_role_and_invite(runner: FlaskCliRunner, client: FlaskClient, student: User) -> None:
    """Does ``flask user role EMAIL admin`` promote, and ``flask user invite`` print a working invitation link?"""
    assert runner.invoke(args=["user", "role", student.email, "admin"]).exit_code == 0
    db.session.refresh(student)
    assert student.is_admin
    link = runner.invoke(args=["user", "invite"]).output.strip()
    assert link.startswith("http://localhost:8000/auth/register?invite=")
    assert client.get("/auth/" + link.split("/auth/", 1)[1]).status_code == 200
