"""A teacher renames, describes and replaces a set by a new upload; unchanged questions keep their students' history."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from quizapp.auth.models import Role, User
from quizapp.bank.formats import gift
from quizapp.bank.types import QuestionBank
from quizapp.extensions import db
from quizapp.quiz.models import QuizAnswer, QuizAttempt
from quizapp.sets.models import Question, QuestionSet
from tests.conftest import PASSWORD, sample_bank

Recorder = Callable[[User, QuestionSet, dict[str, bool]], QuizAttempt]


@pytest.fixture()
def own_set(make_set: Callable[..., QuestionSet], teacher: User) -> QuestionSet:
    """The teacher's published sample set."""
    return make_set("ada", owner=teacher, published=True)


def _new_version() -> QuestionBank:
    """The sample bank with q-died removed, q-met reworded and one question added."""
    questions = [q for q in sample_bank().questions if q.id != "q-died"]
    questions = [replace(q, prompt="Whom did Ada Lovelace meet in 1833?") if q.id == "q-met" else q for q in questions]
    added = replace(sample_bank().questions[0], id="q-new", prompt="In which country was Ada Lovelace born?", answer="England", distractors=("France", "Wales"))
    return QuestionBank("ignored", "ada-v2.txt", (*questions, added))


def _replace(client: FlaskClient, set_id: int, bank: QuestionBank) -> Any:
    data = {"file": (io.BytesIO(gift.write(bank).encode()), "ada-v2.txt")}
    return client.post(f"/teacher/sets/{set_id}/replace", data=data, content_type="multipart/form-data")


def _hidden_bank(page: str) -> str:
    match = re.search(r'name="bank" type="hidden" value="([^"]+)"', page)
    assert match, page
    return match.group(1)


def test_a_set_is_renamed_and_described_keeping_its_address(teacher_client: FlaskClient, own_set: QuestionSet) -> None:
    """Does saving a new title and description change them, keep the slug, and show the description on the set's page?"""
    response = teacher_client.post(f"/teacher/sets/{own_set.id}/details", data={"title": "Ada, Countess of Lovelace", "description": "Read chapter 2 first."})
    assert response.status_code == 302
    db.session.expire_all()
    assert (own_set.title, own_set.description, own_set.slug) == ("Ada, Countess of Lovelace", "Read chapter 2 first.", "ada")
    page = teacher_client.get(f"/teacher/sets/{own_set.id}").get_data(as_text=True)
    assert "Read chapter 2 first." in page and "Ada, Countess of Lovelace" in page


def test_an_empty_title_is_refused(teacher_client: FlaskClient, own_set: QuestionSet) -> None:
    """Is a blank title refused with 400 and a message, the set unchanged?"""
    response = teacher_client.post(f"/teacher/sets/{own_set.id}/details", data={"title": "  ", "description": "x"})
    assert response.status_code == 400
    assert "Give the set a title." in response.get_data(as_text=True)
    db.session.expire_all()
    assert own_set.title == "Ada Lovelace"


def test_the_shipped_set_cannot_be_renamed(teacher_client: FlaskClient, make_set: Callable[..., QuestionSet]) -> None:
    """Is the unowned shipped set read-only (403) for renaming and replacing?"""
    shipped = make_set("shipped")
    assert teacher_client.post(f"/teacher/sets/{shipped.id}/details", data={"title": "Mine"}).status_code == 403
    assert teacher_client.get(f"/teacher/sets/{shipped.id}/replace").status_code == 403


def test_replacing_asks_first_saying_whose_answers_go(
    teacher_client: FlaskClient, own_set: QuestionSet, student: User, make_user: Callable[..., User], record_answers: Recorder
) -> None:
    """Does the comparison page count kept, added and deleted questions and the students whose answers would go, changing nothing yet?"""
    record_answers(student, own_set, {"q-died": True, "q-met": False})
    record_answers(make_user(), own_set, {"q-died": False})
    response = _replace(teacher_client, own_set.id, _new_version())
    assert response.status_code == 200
    page = " ".join(response.get_data(as_text=True).split())
    assert "<strong>8</strong> kept with their students' history (1 of them with changed text or options)" in page
    assert "<strong>1</strong> added" in page
    assert "<strong>1</strong> deleted, with <strong>2 answers and 0 review cards of 2 students</strong>" in page
    db.session.expire_all()
    assert len(own_set.questions) == 9


def test_confirming_keeps_history_of_unchanged_ids_and_deletes_the_rest(
    teacher_client: FlaskClient, own_set: QuestionSet, student: User, record_answers: Recorder
) -> None:
    """After confirming, are kept questions updated in place with their answers, the removed one gone with its answers, the new one added?"""
    record_answers(student, own_set, {"q-died": True, "q-met": False})
    met_id = next(q.id for q in own_set.questions if q.uid == "q-met")
    bank = _hidden_bank(_replace(teacher_client, own_set.id, _new_version()).get_data(as_text=True))
    response = teacher_client.post(f"/teacher/sets/{own_set.id}/replace/confirm", data={"bank": bank})
    assert response.status_code == 302
    db.session.expire_all()
    uids = [q.uid for q in own_set.questions]
    assert "q-died" not in uids and uids[-1] == "q-new" and len(uids) == 9
    met = db.session.get(Question, met_id)
    assert met is not None and met.prompt == "Whom did Ada Lovelace meet in 1833?"
    answers = list(db.session.scalars(select(QuizAnswer.question_id).where(QuizAnswer.user_id == student.id)))
    assert answers == [met_id]
    assert (own_set.title, own_set.published, own_set.source_name) == ("Ada Lovelace", True, "ada-v2.txt")


def test_a_bad_replacement_lists_its_problems_and_changes_nothing(teacher_client: FlaskClient, own_set: QuestionSet) -> None:
    """Is a broken file refused with its lines, the set left as it was?"""
    data = {"file": (io.BytesIO(b"Q1 {=a ~a}\n\nQ2 {=b ~c\n"), "v2.txt")}
    response = teacher_client.post(f"/teacher/sets/{own_set.id}/replace", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Line 1:" in page and "Line 3:" in page
    assert 'naming its columns (see <a href="/teacher/upload">Upload</a>)' in page
    db.session.expire_all()
    assert len(own_set.questions) == 9


@pytest.mark.parametrize("bank", ["", "not base64 at all!", "eJzLSM3JyQcABiwCFQ=="])
def test_a_damaged_confirmation_is_refused(teacher_client: FlaskClient, own_set: QuestionSet, bank: str) -> None:
    """Is a confirmation whose carried bank is missing or damaged answered 400, storing nothing?"""
    response = teacher_client.post(f"/teacher/sets/{own_set.id}/replace/confirm", data={"bank": bank})
    assert response.status_code == 400
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Question.id))) == 9


def test_another_teacher_cannot_replace_or_rename(login: Callable[[User], FlaskClient], make_user: Callable[..., User], own_set: QuestionSet) -> None:
    """Does another teacher get 404 on the set's rename and replace pages?"""
    other = login(make_user("other@example.org", Role.TEACHER))
    assert other.post(f"/teacher/sets/{own_set.id}/details", data={"title": "Stolen"}).status_code == 404
    assert other.post(f"/teacher/sets/{own_set.id}/replace/confirm", data={"bank": "x"}).status_code == 404


@pytest.mark.csrf
def test_renaming_and_replacing_need_the_csrf_token(app: Flask, make_set: Callable[..., QuestionSet], make_user: Callable[..., User]) -> None:
    """Are rename, replace and confirm posted without their CSRF token refused with 400?"""
    teacher = make_user(role=Role.TEACHER)
    qset = make_set("ada", owner=teacher)
    client = app.test_client()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', client.get("/auth/login").get_data(as_text=True))
    assert token
    assert client.post("/auth/login", data={"email": teacher.email, "password": PASSWORD, "csrf_token": token.group(1)}).status_code == 302
    assert client.post(f"/teacher/sets/{qset.id}/details", data={"title": "New"}).status_code == 400
    assert _replace(client, qset.id, _new_version()).status_code == 400
    assert client.post(f"/teacher/sets/{qset.id}/replace/confirm", data={"bank": "x"}).status_code == 400
    db.session.expire_all()
    assert (qset.title, len(qset.questions)) == ("Ada Lovelace", 9)
