"""Classes fixtures: two teachers, each with a class, a student and an assigned set; an administrator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from flask import Flask

from quizapp.auth.models import Role, User
from quizapp.classes import operations
from quizapp.classes.models import Assignment, Class
from quizapp.extensions import db
from quizapp.quiz.models import QuizAnswer, QuizAttempt, QuizItem
from quizapp.sets.models import QuestionSet

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
DUE = datetime(2099, 3, 9, 22, 59, tzinfo=UTC)  # far ahead: nothing is overdue unless a test makes it so


@dataclass
class School:
    """The people, their classes and assignments."""

    users: dict[str, User]
    klass: Class
    other_class: Class
    qset: QuestionSet
    other_set: QuestionSet
    assignment: Assignment
    other_assignment: Assignment


@pytest.fixture()
def answer(app: Flask) -> Callable[..., QuizAttempt]:
    """Factory: ``answer(user, qset, {uid: correct})`` stores one finished quiz with these answers."""

    def record(user: User, qset: QuestionSet, marks: dict[str, bool], at: datetime = NOW) -> QuizAttempt:
        by_uid = {q.uid: q for q in qset.questions}
        attempt = QuizAttempt(user_id=user.id, set_id=qset.id, started_at=at, finished_at=at, score=sum(marks.values()), total=len(marks))
        db.session.add(attempt)
        for position, (uid, correct) in enumerate(marks.items(), start=1):
            item = QuizItem(position=position, question_id=by_uid[uid].id, options=[], shown_at=at)
            attempt.items.append(item)
            db.session.flush()
            db.session.add(QuizAnswer(item_id=item.id, user_id=user.id, question_id=by_uid[uid].id, given_answer="x", correct=correct, answered_at=at))
        db.session.commit()
        return attempt

    return record


@pytest.fixture()
def school(make_user: Callable[..., User], make_set: Callable[..., QuestionSet], answer: Callable[..., QuizAttempt]) -> School:
    """``teacher`` teaches ``student`` in "History 1" with the set "ada" due on DUE; ``other_teacher`` teaches
    ``other_student`` in "History 2" with "ada-2"; ``admin`` teaches no one. Both students answered their set."""
    users = {
        "student": make_user("student@example.org"),
        "other_student": make_user("other.student@example.org"),
        "teacher": make_user("teacher@example.org", Role.TEACHER),
        "other_teacher": make_user("other.teacher@example.org", Role.TEACHER),
        "admin": make_user("admin@example.org", Role.ADMIN),
    }
    qset = make_set("ada", owner=users["teacher"])
    other_set = make_set("ada-2", owner=users["other_teacher"])
    klass = operations.create_class(users["teacher"].id, "History 1")
    other_class = operations.create_class(users["other_teacher"].id, "History 2")
    operations.join_class(klass.id, users["student"].id)
    operations.join_class(other_class.id, users["other_student"].id)
    assignment = operations.assign_set(klass.id, qset.id, DUE)
    other_assignment = operations.assign_set(other_class.id, other_set.id, None)
    answer(users["student"], qset, {"q-born-place": True, "q-met": False})
    answer(users["other_student"], other_set, {"q-born-place": True})
    return School(users, klass, other_class, qset, other_set, assignment, other_assignment)
