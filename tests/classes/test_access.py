"""Every classes route, walked as six people: each gets exactly what it should, and no page shows a student to
anyone but that student and the teachers of their classes."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask import Flask, url_for
from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.classes.models import Class, Membership
from quizapp.extensions import db
from quizapp.sets.models import QuestionSet
from tests.classes.conftest import School
from tests.routes import app_routes, outcome

ROLES = ("anonymous", "student", "other_student", "teacher", "other_teacher", "admin")

# "ok" is a page, a download, a redirect other than to log in, or a 400 for an empty form; "login" is a
# redirect to log in. The class, its student and its assignment are "teacher"'s; "student" is in it.
LOGGED_IN = {"anonymous": "login", "student": "ok", "other_student": "ok", "teacher": "ok", "other_teacher": "ok", "admin": "ok"}
TEACHERS = {"anonymous": "login", "student": 403, "other_student": 403, "teacher": "ok", "other_teacher": "ok", "admin": "ok"}
STUDENTS = {"anonymous": "login", "student": "ok", "other_student": "ok", "teacher": 403, "other_teacher": 403, "admin": 403}
MEMBERS = {"anonymous": "login", "student": "ok", "other_student": 404, "teacher": "ok", "other_teacher": 404, "admin": 404}
MEMBER_ONLY = {"anonymous": "login", "student": "ok", "other_student": 404, "teacher": 404, "other_teacher": 404, "admin": 404}
OWNER = {"anonymous": "login", "student": 403, "other_student": 403, "teacher": "ok", "other_teacher": 404, "admin": 404}

ACCESS: dict[tuple[str, str], dict[str, str | int]] = {
    ("classes.index", "GET"): LOGGED_IN,
    ("classes.index", "POST"): TEACHERS,
    ("classes.join", "GET"): LOGGED_IN,
    ("classes.join", "POST"): STUDENTS,
    ("classes.join_link", "GET"): LOGGED_IN,
    ("classes.join_link", "POST"): STUDENTS,
    ("classes.show", "GET"): MEMBERS,
    ("classes.leave", "POST"): MEMBER_ONLY,
    ("classes.add_students", "POST"): OWNER,
    ("classes.remove_student", "POST"): OWNER,
    ("classes.reset_link", "POST"): OWNER,
    ("classes.archive", "POST"): OWNER,
    ("classes.renew_code", "POST"): OWNER,
    ("classes.assign", "POST"): OWNER,
    ("classes.unassign", "POST"): OWNER,
    ("classes.assignment", "GET"): OWNER,
}


ROUTES = app_routes(lambda endpoint, _method: endpoint.startswith("classes."))


def test_every_classes_route_has_an_access_rule() -> None:
    """Does every classes route in the URL map have an expected outcome for each role (and no rule a missing route)?"""
    assert {(endpoint, method) for endpoint, method, _ in ROUTES} == set(ACCESS)


def _hidden_emails(viewer: User | None) -> set[str]:
    """The e-mail addresses of students this viewer must not see: every student but themselves and those they teach."""
    students = set(db.session.scalars(select(User.email).where(User.role == 1)))
    if viewer is None:
        return students
    taught = set(
        db.session.scalars(
            select(User.email).join(Membership, Membership.student_id == User.id).join(Class, Class.id == Membership.class_id)
            .where(Class.teacher_id == viewer.id)
        )
    )
    return students - taught - {viewer.email}


def _walk(app: Flask, login: Callable[[User], FlaskClient], users: dict[str, User], url: str, method: str) -> dict[str, str | int]:
    got: dict[str, str | int] = {}
    for role in ROLES:
        viewer = users.get(role)
        client = app.test_client() if viewer is None else login(viewer)
        response = client.open(url, method=method, data={})
        body = response.get_data(as_text=True)
        db.session.rollback()
        leaked = sorted(email for email in _hidden_emails(viewer) if re.search(rf"(?<![\w.+-]){re.escape(email)}", body))
        assert not leaked, f"{method} {url} shows {leaked} to {role}"
        got[role] = outcome(response.status_code, response.headers.get("Location", ""))
        response.close()
    return got


@pytest.mark.parametrize(("endpoint", "method", "rule"), ROUTES, ids=[f"{m} {r}" for _, m, r in ROUTES])
def test_classes_route_access(app: Flask, school: School, login: Callable[[User], FlaskClient], endpoint: str, method: str, rule: str) -> None:
    """Does each of the six people get exactly the outcome listed in ACCESS for this route, and see no student they do not teach?"""
    values = {
        "class_id": school.klass.id,
        "student_id": school.users["student"].id,
        "assignment_id": school.assignment.id,
        "code": school.klass.join_code,
    }
    with app.test_request_context():
        params = {name: values[name] for name in app.url_map._rules_by_endpoint[endpoint][0].arguments}
        url = url_for(endpoint, **params)
    assert _walk(app, login, school.users, url, method) == ACCESS[(endpoint, method)]


def test_no_teacher_sees_students_they_do_not_teach(
    app: Flask, school: School, login: Callable[[User], FlaskClient], make_set: Callable[..., QuestionSet], answer: Callable[..., object]
) -> None:
    """On the shared default set both students studied, and on each teacher's own set, do the results pages, score
    reports, home and class lists show each teacher only their own students, and the administrator none?"""
    shared = make_set("victor-serge")
    answer(school.users["student"], shared, {"q-born-place": True})
    answer(school.users["other_student"], shared, {"q-born-place": False})
    pages = ["/", "/classes/", "/export/"]
    for qset in (shared, school.qset, school.other_set):
        pages += [f"/teacher/sets/{qset.id}/results", f"/teacher/sets/{qset.id}/scores.csv", f"/teacher/sets/{qset.id}/questions.csv"]
    for url in pages:
        _walk(app, login, school.users, url, "GET")
    results = login(school.users["teacher"]).get(f"/teacher/sets/{shared.id}/results").get_data(as_text=True)
    assert "student@example.org" in results  # the teacher's own student is there (the check above is not vacuous)
    assert "No student has studied this set yet." in login(school.users["admin"]).get(f"/teacher/sets/{shared.id}/results").get_data(as_text=True)
