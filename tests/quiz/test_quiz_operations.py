"""Quiz operations with fixed times and seeded randomness: selection, response time, races, query counts."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event, func, select

from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.quiz.models import QuizAnswer, QuizAttempt, QuizItem
from quizapp.quiz.operations import Submission, answer_item, load_item, mark_shown, start_quiz
from quizapp.review.models import ReviewCard, ReviewLog
from quizapp.sets.models import Question, QuestionSet

from .conftest import NOW

FindItem = Callable[[int, str], tuple[QuizItem, Question | None]]


@pytest.fixture()
def queries(app: Flask) -> Iterator[list[str]]:
    """The SQL statements run while the test body runs."""
    seen: list[str] = []

    def record(conn: object, cursor: object, statement: str, *args: object) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(db.engine, "before_cursor_execute", record)


def answer_right(item: QuizItem, question: Question | None) -> Submission:
    """The right submission for a question item."""
    assert question is not None
    if question.type == "date":
        return Submission(text=question.answer)
    return Submission(choice=str(item.options.index(question.answer) + 1))


def test_response_time_is_from_shown_to_answer(attempt: QuizAttempt, student: User, find_item: FindItem) -> None:
    """Is the stored response time the time between the item first being shown and the answer?"""
    item, question = find_item(attempt.id, "multiple_choice")
    mark_shown(item.id, NOW)
    mark_shown(item.id, NOW + timedelta(seconds=30))  # a reload keeps the first time
    view = load_item(attempt.id, item.position)
    assert answer_item(view, student.id, answer_right(item, question), NOW + timedelta(seconds=4, milliseconds=250), random.Random(1))
    stored = db.session.scalars(select(QuizAnswer).where(QuizAnswer.item_id == item.id)).one()
    assert stored.response_ms == 4250


def test_concurrent_answers_store_one(attempt: QuizAttempt, student: User, find_item: FindItem) -> None:
    """When two requests both loaded the item before either answered, is the second one's insert refused
    by the unique constraint and the first answer kept, with one review only?"""
    item, question = find_item(attempt.id, "multiple_choice")
    first_view = load_item(attempt.id, item.position)
    second_view = load_item(attempt.id, item.position)
    assert first_view.answer is None and second_view.answer is None
    wrong = Submission(choice=str(next(i for i, o in enumerate(item.options, 1) if o != question.answer)))
    assert answer_item(first_view, student.id, wrong, NOW, random.Random(1)) is True
    assert answer_item(second_view, student.id, answer_right(item, question), NOW, random.Random(1)) is False
    stored = db.session.scalars(select(QuizAnswer)).one()
    assert stored.item_id == item.id and stored.correct is False
    assert db.session.scalar(select(func.count(ReviewLog.id))) == 1


def test_next_quiz_favours_unseen_questions(student: User, ada: QuestionSet) -> None:
    """After a short quiz, does the next short quiz ask questions not met yet?"""
    first = start_quiz(student.id, ada.id, NOW, random.Random(3), length=4)
    asked = set()
    for item in first.items:
        view = load_item(first.id, item.position)
        if view.question is not None:
            asked.add(view.question.id)
            answer_item(view, student.id, answer_right(item, view.question), NOW, random.Random(1))
    second = start_quiz(student.id, ada.id, NOW + timedelta(hours=1), random.Random(4), length=4)
    again = {i.question_id for i in second.items if i.question_id is not None}
    assert again and not again & asked


def test_quiz_answer_reviews_card_due_or_not(student: User, ada: QuestionSet) -> None:
    """Is a question's card created on first meeting, and reviewed (and logged) whenever it is met again,
    before it is due as well as after?"""
    def meet(at: object) -> ReviewCard:
        attempt = start_quiz(student.id, ada.id, at, random.Random(5), length=1)
        view = load_item(attempt.id, 1)
        answer_item(view, student.id, answer_right(view.item, view.question), at, random.Random(1))
        return db.session.scalars(select(ReviewCard).where(ReviewCard.question_id == view.question.id)).one()

    questions = db.session.scalar(select(func.count(Question.id)))
    for _ in range(questions):
        meet(NOW)
    assert db.session.scalar(select(func.count(ReviewCard.id))) == questions
    assert db.session.scalar(select(func.count(ReviewLog.id))) == questions
    card = meet(NOW + timedelta(seconds=1))
    assert card.reps == 2
    assert db.session.scalar(select(func.count(ReviewLog.id))) == questions + 1
    later = card.due + timedelta(minutes=1)
    db.session.expire_all()
    attempt = start_quiz(student.id, ada.id, later, random.Random(5), length=questions)
    for item in attempt.items:
        if item.question_id == card.question_id:
            view = load_item(attempt.id, item.position)
            answer_item(view, student.id, answer_right(item, view.question), later, random.Random(1))
    db.session.refresh(card)
    assert card.reps == 3


def test_question_page_and_answer_use_few_queries(student_client: FlaskClient, attempt: QuizAttempt, find_item: FindItem, queries: list[str]) -> None:
    """Do showing a question and posting its answer each take a small, fixed number of queries?"""
    item, question = find_item(attempt.id, "multiple_choice")
    address, choice = f"/quiz/{attempt.id}/{item.position}", str(item.options.index(question.answer) + 1)
    queries.clear()
    student_client.get(address)
    shown = list(queries)
    queries.clear()
    student_client.post(address, data={"choice": choice})
    assert len(shown) <= 4, "\n".join(q[:90] for q in shown)
    assert len(queries) <= 13, "\n".join(q[:90] for q in queries)
