"""Every route of the app, walked as five people: each gets exactly what it should.

The routes come from the URL map, so a new route without an entry in ACCESS fails this test. The classes
routes are walked with their own people (students of two classes, their teachers, an administrator) in
tests/classes/test_access.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from quizapp.auth.models import Role, User
from quizapp.extensions import db
from quizapp.quiz.models import QuizAttempt, QuizItem
from quizapp.review.models import ReviewCard
from quizapp.sets.models import QuestionSet
from quizapp.teacher.jobs import JobStore
from tests.auth.test_access_accounts import ACCOUNT_ACCESS
from tests.routes import app_routes, outcome

ROLES = ("anonymous", "student", "other_student", "teacher", "other_teacher")
NOW = datetime(2026, 5, 1, tzinfo=UTC)

# What each role gets: "ok" (a page, a download, a redirect other than to login, or a 400 for an empty form),
# "login" (redirected to log in), 403 or 404. The victim's resources belong to "student" and "teacher".
PUBLIC = dict.fromkeys(ROLES, "ok")
LOGGED_IN = {"anonymous": "login", "student": "ok", "other_student": "ok", "teacher": "ok", "other_teacher": "ok"}
STUDENTS_OWN = {"anonymous": "login", "student": "ok", "other_student": 404, "teacher": 404, "other_teacher": 404}
TEACHERS_OWN_SET = {"anonymous": "login", "student": 404, "other_student": 404, "teacher": "ok", "other_teacher": 404}
TEACHER_AREA = {"anonymous": "login", "student": 403, "other_student": 403, "teacher": "ok", "other_teacher": "ok"}
TEACHERS_OWN = {"anonymous": "login", "student": 403, "other_student": 403, "teacher": "ok", "other_teacher": 404}

ACCESS: dict[tuple[str, str], dict[str, str | int]] = {
    ("main.index", "GET"): PUBLIC,
    ("main.healthz", "GET"): PUBLIC,
    ("static", "GET"): PUBLIC,
    ("auth.login", "GET"): PUBLIC,
    ("auth.login", "POST"): PUBLIC,
    ("auth.register", "GET"): PUBLIC,
    ("auth.register", "POST"): PUBLIC,
    ("auth.logout", "POST"): LOGGED_IN,
    ("progress.index", "GET"): LOGGED_IN,
    ("review.index", "GET"): LOGGED_IN,
    ("review.retention", "POST"): LOGGED_IN,
    ("review.time_zone", "POST"): LOGGED_IN,
    ("exports.index", "GET"): LOGGED_IN,
    ("exports.review_anki_csv", "GET"): LOGGED_IN,
    ("exports.review_apkg", "GET"): LOGGED_IN,
    ("quiz.show", "GET"): STUDENTS_OWN,
    ("quiz.item", "GET"): STUDENTS_OWN,
    ("quiz.answer", "POST"): STUDENTS_OWN,
    ("quiz.result", "GET"): STUDENTS_OWN,
    ("review.quiz", "GET"): STUDENTS_OWN,
    ("review.type_in", "GET"): STUDENTS_OWN,
    ("review.answer", "POST"): STUDENTS_OWN,
    ("review.rate", "POST"): STUDENTS_OWN,
    ("quiz.start", "POST"): TEACHERS_OWN_SET,
    ("exports.set_anki_csv", "GET"): TEACHERS_OWN_SET,
    ("exports.set_apkg", "GET"): TEACHERS_OWN_SET,
    ("exports.set_json", "GET"): TEACHERS_OWN_SET,
    ("exports.set_gift", "GET"): TEACHERS_OWN_SET,
    ("exports.set_moodle_xml", "GET"): TEACHERS_OWN_SET,
    ("exports.set_quizlet", "GET"): TEACHERS_OWN_SET,
    ("teacher.index", "GET"): TEACHER_AREA,
    ("teacher.upload", "GET"): TEACHER_AREA,
    ("teacher.upload", "POST"): TEACHER_AREA,
    ("teacher.derive", "GET"): TEACHER_AREA,
    ("teacher.derive", "POST"): TEACHER_AREA,
    ("teacher.job", "GET"): TEACHERS_OWN,
    ("teacher.job_status", "GET"): TEACHERS_OWN,
    ("teacher.cancel_job", "POST"): TEACHERS_OWN,
    ("teacher.review", "GET"): TEACHERS_OWN,
    ("teacher.publish", "POST"): TEACHERS_OWN,
    ("teacher.delete", "POST"): TEACHERS_OWN,
    ("teacher.results", "GET"): TEACHERS_OWN,
    ("teacher.scores_csv", "GET"): TEACHERS_OWN,
    ("teacher.questions_csv", "GET"): TEACHERS_OWN,
    ("teacher.edit_question", "GET"): TEACHERS_OWN,
    ("teacher.edit_question", "POST"): TEACHERS_OWN,
    ("teacher.delete_question", "POST"): TEACHERS_OWN,
    ("teacher.details", "GET"): TEACHERS_OWN,
    ("teacher.details", "POST"): TEACHERS_OWN,
    ("teacher.replace", "GET"): TEACHERS_OWN,
    ("teacher.replace", "POST"): TEACHERS_OWN,
    ("teacher.confirm_replace", "POST"): TEACHERS_OWN,
}


# the account routes are walked by tests/auth/test_access_accounts.py, the classes routes by tests/classes/test_access.py
ROUTES = app_routes(lambda endpoint, method: (endpoint, method) not in ACCOUNT_ACCESS and not endpoint.startswith("classes."))


def test_every_route_has_an_access_rule() -> None:
    """Does every route in the URL map have an expected outcome for each role (so none can be forgotten)?"""
    missing = sorted({(endpoint, method) for endpoint, method, _ in ROUTES} - set(ACCESS))
    assert not missing, f"routes without an access rule in tests/test_access.py: {missing}"


@dataclass
class World:
    """The people and the victim's resources."""

    users: dict[str, User]
    values: dict[str, object]


@pytest.fixture()
def world(app: Flask, make_user: Callable[..., User], make_set: Callable[..., QuestionSet], tmp_path: Path) -> World:
    """Two students and two teachers; the teacher's unpublished set, the student's attempt and card, the teacher's job."""
    users = {
        "student": make_user("student@example.org"),
        "other_student": make_user("other.student@example.org"),
        "teacher": make_user("teacher@example.org", Role.TEACHER),
        "other_teacher": make_user("other.teacher@example.org", Role.TEACHER),
    }
    draft = make_set("draft", owner=users["teacher"], published=False)
    published = make_set("published", owner=users["teacher"], published=True)
    question = published.questions[0]
    attempt = QuizAttempt(user_id=users["student"].id, set_id=published.id, started_at=NOW, total=1)
    attempt.items.append(QuizItem(position=1, kind="question", question_id=question.id, options=[question.answer, *question.distractors], shown_at=NOW))
    card = ReviewCard(user_id=users["student"].id, question_id=question.id, state=1, step=0, due=NOW, reps=0)
    db.session.add_all([attempt, card])
    db.session.commit()
    job = JobStore().create(users["teacher"].id, "A text", NOW.timestamp())
    values: dict[str, object] = {
        "slug": draft.slug,
        "set_id": draft.id,
        "question_id": draft.questions[0].id,
        "attempt_id": attempt.id,
        "position": 1,
        "card_id": card.id,
        "job_id": job.id,
        "filename": "css/app.css",
    }
    return World(users, values)


@pytest.mark.parametrize(("endpoint", "method", "rule"), ROUTES, ids=[f"{m} {r}" for _, m, r in ROUTES])
def test_route_access(
    app: Flask, world: World, login: Callable[[User], FlaskClient], endpoint: str, method: str, rule: str
) -> None:
    """Does each role get exactly the outcome listed in ACCESS for this route?"""
    expected = ACCESS.get((endpoint, method))
    if expected is None:
        pytest.fail(f"no access rule for {method} {rule}")
    with app.test_request_context():
        from flask import url_for

        params = {name: world.values[name] for name in app.url_map._rules_by_endpoint[endpoint][0].arguments}
        url = url_for(endpoint, **params)
    got: dict[str, str | int] = {}
    for role in ROLES:
        client = app.test_client() if role == "anonymous" else login(world.users[role])
        response = client.open(url, method=method, data={})
        got[role] = outcome(response.status_code, response.headers.get("Location", ""))
        response.close()
        db.session.rollback()
    assert got == expected
