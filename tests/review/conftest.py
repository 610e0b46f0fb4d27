"""Review fixtures: cards for the student, made by answering quiz questions at fixed times."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.review.models import ReviewCard
from quizapp.review.operations import record_quiz_result
from quizapp.sets.models import Question, QuestionSet

PAST = datetime(2020, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture()
def make_cards(make_set: Callable[..., QuestionSet]) -> Callable[..., list[ReviewCard]]:
    """Factory: ``make_cards(user, types=("multiple_choice", "date"), when=PAST)`` gives ``user`` one card per
    question of those types, met (answered right) at ``when`` and therefore due long before now."""

    def make(user: User, types: tuple[str, ...] = ("multiple_choice", "date"), when: datetime = PAST) -> list[ReviewCard]:
        qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == "ada")) or make_set()
        for question in db.session.scalars(select(Question).where(Question.set_id == qset.id, Question.type.in_(types))):
            record_quiz_result(user.id, question.id, question.type, True, 3000, when, random.Random(1))
        db.session.commit()
        return list(db.session.scalars(select(ReviewCard).where(ReviewCard.user_id == user.id).order_by(ReviewCard.due, ReviewCard.id)))

    return make


@pytest.fixture()
def soon() -> timedelta:
    """A short time, for cards that should not be due yet."""
    return timedelta(days=1)

