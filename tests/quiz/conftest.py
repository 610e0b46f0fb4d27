"""Quiz fixtures: a started attempt on the sample set, and helpers to find its items."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from flask import Flask
from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.quiz.models import QuizAttempt, QuizItem
from quizapp.quiz.operations import start_quiz
from quizapp.sets.models import Question, QuestionSet

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture()
def ada(make_set: Callable[..., QuestionSet]) -> QuestionSet:
    """The published sample set (5 multiple-choice, 4 date questions with distinct years)."""
    return make_set()


@pytest.fixture()
def attempt(app: Flask, student: User, ada: QuestionSet) -> QuizAttempt:
    """A quiz the student started at NOW with a seeded choice."""
    started = start_quiz(student.id, ada.id, NOW, random.Random(7))
    assert started is not None
    return started


@pytest.fixture()
def find_item(app: Flask) -> Callable[[int, str], tuple[QuizItem, Question | None]]:
    """Factory: ``find_item(attempt_id, "multiple_choice" | "date" | "timeline")`` is the first such item."""

    def find(attempt_id: int, kind: str) -> tuple[QuizItem, Question | None]:
        rows = db.session.execute(
            select(QuizItem, Question).outerjoin(Question, Question.id == QuizItem.question_id)
            .where(QuizItem.attempt_id == attempt_id).order_by(QuizItem.position)
        ).all()
        for item, question in rows:
            if (kind == "timeline" and item.kind == "timeline") or (question is not None and question.type == kind):
                return item, question
        raise AssertionError(f"no {kind} item")

    return find

