"""Reviewing a set before publishing: edit, add, delete questions; publish; who may see and change what."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp.auth.models import Role, User
from quizapp.extensions import db
from quizapp.sets.models import Question, QuestionSet

QUESTION_FORM = {
    "type": "multiple_choice",
    "prompt": "Who designed the Analytical Engine?",
    "answer": "Charles Babbage",
    "distractors": "Michael Faraday\nAda Lovelace\n",
    "date": "",
    "answer_kind": "",
    "source_sentence": "Babbage designed the Analytical Engine.",
    "tags": "person, Analytical Engine",
}


@pytest.fixture()
def own_set(make_set: Callable[..., QuestionSet], teacher: User) -> QuestionSet:
    """An unpublished set of the logged-in teacher."""
    return make_set("own", owner=teacher, published=False)


def _question(qset: QuestionSet, uid: str) -> Question:
    db.session.expire_all()
    return db.session.scalars(select(Question).where(Question.set_id == qset.id, Question.uid == uid)).one()


def test_review_page_shows_each_question_with_its_source_sentence(teacher_client: FlaskClient, own_set: QuestionSet) -> None:
    """Does the review page list every question with its answer, source sentence and an edit link?"""
    page = teacher_client.get(f"/teacher/sets/{own_set.id}").get_data(as_text=True)
    for question in own_set.questions:
        assert question.source_sentence.replace("'", "&#39;") in page
        assert f"/teacher/sets/{own_set.id}/questions/{question.id}/edit" in page
    assert "Publish" in page


def test_editing_a_question_keeps_its_id(teacher_client: FlaskClient, own_set: QuestionSet) -> None:
    """Does saving the edit form change the fields but keep the question's interchange id (and so its history)?"""
    question = own_set.questions[2]
    response = teacher_client.post(f"/teacher/sets/{own_set.id}/questions/{question.id}/edit", data=QUESTION_FORM)
    assert response.status_code == 302
    edited = _question(own_set, "q-engine")
    assert edited.id == question.id
    assert (edited.prompt, edited.answer, edited.distractors, edited.tags) == (
        "Who designed the Analytical Engine?", "Charles Babbage", ["Michael Faraday", "Ada Lovelace"], ["person", "Analytical_Engine"]
    )


def test_the_edit_form_shows_the_current_values(teacher_client: FlaskClient, own_set: QuestionSet) -> None:
    """Does the edit form open filled with the question's fields?"""
    question = own_set.questions[0]
    page = teacher_client.get(f"/teacher/sets/{own_set.id}/questions/{question.id}/edit").get_data(as_text=True)
    assert "In which city was Ada Lovelace born?" in page
    assert "Paris\nEdinburgh\nDublin" in page


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"distractors": ""}, "at least one distractor"),
        ({"type": "date", "date": "1843-13", "answer": ""}, "ISO date"),
        ({"prompt": ""}, "This field is required."),
        ({"type": "typed"}, "a typed question has no distractors"),
    ],
)
def test_an_invalid_edit_is_refused_and_changes_nothing(teacher_client: FlaskClient, own_set: QuestionSet, change: dict[str, str], message: str) -> None:
    """Is an edit that breaks the rules answered 400 with the reason, leaving the question as it was?"""
    question = own_set.questions[0]
    response = teacher_client.post(f"/teacher/sets/{own_set.id}/questions/{question.id}/edit", data={**QUESTION_FORM, **change})
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert _question(own_set, "q-born-place").prompt == "In which city was Ada Lovelace born?"


def test_a_question_made_typed_keeps_no_options(teacher_client: FlaskClient, own_set: QuestionSet) -> None:
    """Does an edit to "Typed answer" with the distractors emptied store a typed question, listed as such?"""
    question = own_set.questions[0]
    form = {**QUESTION_FORM, "type": "typed", "distractors": ""}
    assert teacher_client.post(f"/teacher/sets/{own_set.id}/questions/{question.id}/edit", data=form).status_code == 302
    edited = _question(own_set, "q-born-place")
    assert (edited.type, edited.distractors) == ("typed", [])
    assert "Typed answer" in teacher_client.get(f"/teacher/sets/{own_set.id}").get_data(as_text=True)


def test_adding_a_date_question(teacher_client: FlaskClient, own_set: QuestionSet) -> None:
    """Does the add form append a date question with its answer written from the date?"""
    form = {**QUESTION_FORM, "type": "date", "prompt": "When did Babbage die?", "answer": "", "distractors": "1870-10\n1872-10", "date": "1871-10"}
    assert teacher_client.post(f"/teacher/sets/{own_set.id}/questions/new", data=form).status_code == 302
    db.session.expire_all()
    added = db.session.scalars(select(Question).where(Question.set_id == own_set.id).order_by(Question.position.desc())).first()
    assert added is not None
    assert (added.prompt, added.answer, added.date, added.answer_kind) == ("When did Babbage die?", "October 1871", "1871-10", "date")
    assert added.position == 9


def test_deleting_a_question(teacher_client: FlaskClient, own_set: QuestionSet) -> None:
    """Does the delete button remove exactly that question?"""
    question_id = own_set.questions[0].id
    assert teacher_client.post(f"/teacher/sets/{own_set.id}/questions/{question_id}/delete").status_code == 302
    db.session.expire_all()
    assert db.session.get(Question, question_id) is None
    assert len(db.session.get(QuestionSet, own_set.id).questions) == 8


def test_publishing_shows_the_set_to_its_classes_students(
    teacher_client: FlaskClient, student_client: FlaskClient, student: User, own_set: QuestionSet, make_user: Callable[..., User],
    login: Callable[[User], FlaskClient], enrol: Callable[..., object],
) -> None:
    """Do the students of a class the set is assigned to see it on their home page only while it is published,
    and a student of no such class never?"""
    enrol(student, own_set)
    outsider = login(make_user("outsider@example.org"))
    assert "Ada Lovelace" not in student_client.get("/").get_data(as_text=True)
    teacher_client.post(f"/teacher/sets/{own_set.id}/publish", data={"published": "1"})
    assert "Ada Lovelace" in student_client.get("/").get_data(as_text=True)
    assert "Ada Lovelace" not in outsider.get("/").get_data(as_text=True)
    teacher_client.post(f"/teacher/sets/{own_set.id}/publish", data={"published": "0"})
    assert "Ada Lovelace" not in student_client.get("/").get_data(as_text=True)


def test_deleting_the_set(teacher_client: FlaskClient, own_set: QuestionSet) -> None:
    """Does deleting a set remove it with its questions?"""
    assert teacher_client.post(f"/teacher/sets/{own_set.id}/delete").status_code == 302
    db.session.expire_all()
    assert db.session.scalar(select(QuestionSet)) is None
    assert db.session.scalar(select(Question)) is None


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/teacher/sets/{id}"), ("get", "/teacher/sets/{id}/results"), ("get", "/teacher/sets/{id}/questions/{qid}/edit"),
     ("post", "/teacher/sets/{id}/publish"), ("post", "/teacher/sets/{id}/questions/{qid}/delete"), ("post", "/teacher/sets/{id}/delete")],
)
def test_another_teachers_set_is_not_found(
    teacher_client: FlaskClient, make_set: Callable[..., QuestionSet], make_user: Callable[..., User], method: str, path: str
) -> None:
    """Does a teacher get 404 on every page of another teacher's set, which stays unchanged?"""
    other = make_set("other", owner=make_user(role=Role.TEACHER), published=False)
    url = path.format(id=other.id, qid=other.questions[0].id)
    assert getattr(teacher_client, method)(url, data={"published": "1"}).status_code == 404
    db.session.expire_all()
    assert len(db.session.get(QuestionSet, other.id).questions) == 9
    assert db.session.get(QuestionSet, other.id).published is False


def test_the_shipped_set_is_visible_but_read_only(teacher_client: FlaskClient, make_set: Callable[..., QuestionSet]) -> None:
    """Can a teacher review the unowned shipped set, but get 403 when trying to change it?"""
    shipped = make_set("shipped", owner=None, published=True)
    page = teacher_client.get(f"/teacher/sets/{shipped.id}").get_data(as_text=True)
    assert "read-only" in page and "/edit" not in page
    assert teacher_client.post(f"/teacher/sets/{shipped.id}/publish", data={"published": "0"}).status_code == 403
    assert teacher_client.get(f"/teacher/sets/{shipped.id}/questions/new").status_code == 403


def test_the_teacher_index_lists_own_and_shipped_sets_only(
    teacher_client: FlaskClient, own_set: QuestionSet, make_set: Callable[..., QuestionSet], make_user: Callable[..., User]
) -> None:
    """Does the teacher's list show their own set and the shipped one, but not another teacher's?"""
    make_set("shipped", owner=None, bank=None)
    make_set("theirs", owner=make_user(role=Role.TEACHER))
    page = teacher_client.get("/teacher/").get_data(as_text=True)
    assert "/teacher/sets/" in page
    assert ">own<" in page and ">shipped<" in page and ">theirs<" not in page
