"""Unpublishing a set hides its questions from students everywhere, keeps their history, and re-publishing restores it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from flask.testing import FlaskClient
from sqlalchemy import func, select

from quizapp.auth.models import Role, User
from quizapp.extensions import db
from quizapp.quiz.models import QuizAnswer, QuizAttempt
from quizapp.review.models import ReviewCard
from quizapp.sets.models import QuestionSet

PAST = datetime(2026, 1, 1, tzinfo=UTC)


def _urls(attempt_id: int, card_id: int) -> dict[str, tuple[str, str]]:
    return {
        "quiz": ("GET", f"/quiz/{attempt_id}"),
        "item": ("GET", f"/quiz/{attempt_id}/2"),
        "answer": ("POST", f"/quiz/{attempt_id}/2"),
        "result": ("GET", f"/quiz/{attempt_id}/result"),
        "review quiz": ("GET", f"/review/{card_id}/quiz"),
        "rate": ("POST", f"/review/{card_id}/rate"),
        "review answer": ("POST", f"/review/{card_id}/answer"),
        "review of the set": ("GET", "/review?set=ada"),
    }


def test_unpublishing_hides_a_set_from_students_and_publishing_restores_it(
    student_client: FlaskClient, student: User, make_user: Callable[..., User], login: Callable[[User], FlaskClient], make_set: Callable[..., QuestionSet],
    enrol: Callable[..., object],
) -> None:
    """After unpublishing, are the student's quiz, its items and results, the set's review cards and its review-deck
    export all hidden (404 or left out), with answers and cards kept; and all back after publishing again?"""
    teacher = make_user("owner@example.org", Role.TEACHER)
    qset = make_set("ada", owner=teacher)
    enrol(student, qset)
    start = student_client.post("/sets/ada/quiz", data={"length": "5"})
    attempt_id = int(start.headers["Location"].split("/")[2])
    answered = [n for n in range(1, 6) if student_client.post(f"/quiz/{attempt_id}/{n}", data={"choice": "1", "answer": "1833"}).status_code == 302]
    assert answered  # at least one item took a choice or a year
    carded = set(db.session.scalars(select(ReviewCard.question_id).where(ReviewCard.user_id == student.id)))
    question = next(q for q in qset.questions if q.id not in carded)
    card = ReviewCard(user_id=student.id, question_id=question.id, state=1, step=0, due=PAST, reps=0)
    db.session.add(card)
    db.session.commit()
    urls = _urls(attempt_id, card.id)
    teacher_client = login(teacher)
    history = (db.session.scalar(select(func.count(QuizAnswer.id))), db.session.scalar(select(func.count(ReviewCard.id))))
    assert history[0] == len(answered) and history[1] >= 1

    assert teacher_client.post(f"/teacher/sets/{qset.id}/publish", data={"published": "0"}).status_code == 302
    for name, (method, url) in urls.items():
        response = student_client.open(url, method=method, data={"rating": "3", "version": "1", "choice": "1"})
        assert response.status_code == 404, (name, response.status_code)
    assert question.prompt not in student_client.get("/review").get_data(as_text=True)
    assert "Ada Lovelace" not in student_client.get("/export/review/anki.csv").get_data(as_text=True)
    db.session.expire_all()
    assert (db.session.scalar(select(func.count(QuizAnswer.id))), db.session.scalar(select(func.count(ReviewCard.id)))) == history
    assert db.session.get(QuizAttempt, attempt_id) is not None
    assert teacher_client.get(f"/quiz/{attempt_id}").status_code == 404  # not the teacher's attempt either way

    assert teacher_client.post(f"/teacher/sets/{qset.id}/publish", data={"published": "1"}).status_code == 302
    for name in ("quiz", "item", "result", "review quiz", "review of the set"):
        method, url = urls[name]
        assert student_client.open(url, method=method).status_code in (200, 302), name
    assert question.prompt in student_client.get("/review").get_data(as_text=True)
    assert "Ada Lovelace" in student_client.get("/export/review/anki.csv").get_data(as_text=True)


def test_a_teacher_still_studies_their_own_draft(login: Callable[[User], FlaskClient], make_user: Callable[..., User], make_set: Callable[..., QuestionSet]) -> None:
    """Can the owner of an unpublished set still quiz themselves on it (to try it before publishing)?"""
    teacher = make_user("owner@example.org", Role.TEACHER)
    make_set("ada", owner=teacher, published=False)
    client = login(teacher)
    start = client.post("/sets/ada/quiz", data={"length": "5"})
    assert start.status_code == 302
    assert client.get(start.headers["Location"]).status_code == 200
