"""A question met for the first time becomes a card already reviewed once, even when two answers race."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime

from fsrs import Rating
from sqlalchemy import func, select

from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.review.models import ReviewCard, ReviewLog
from quizapp.review.operations import _create_reviewed, record_quiz_result
from quizapp.sets.models import QuestionSet

NOW = datetime(2026, 4, 1, 10, 0, tzinfo=UTC)


def test_first_answer_creates_a_reviewed_card(student: User, make_set: Callable[..., QuestionSet]) -> None:
    """Does a first quiz answer create one card with one review (version 1) and one log?"""
    question = make_set().questions[0]
    record_quiz_result(student.id, question.id, question.type, True, 3000, NOW, random.Random(1))
    db.session.commit()
    card = db.session.scalar(select(ReviewCard))
    assert card is not None and card.reps == 1 and card.last_review == NOW and card.due > NOW
    assert db.session.scalar(select(func.count(ReviewLog.id))) == 1


def test_a_card_created_meanwhile_is_not_duplicated(student: User, make_set: Callable[..., QuestionSet]) -> None:
    """If another request created the card first, does creating it again report False and store nothing more?"""
    question = make_set().questions[0]
    assert _create_reviewed(student.id, question.id, Rating.Good, NOW, random.Random(1), None)
    assert not _create_reviewed(student.id, question.id, Rating.Again, NOW, random.Random(2), None)
    db.session.commit()
    assert db.session.scalar(select(func.count(ReviewCard.id))) == 1
    assert db.session.scalar(select(func.count(ReviewLog.id))) == 1
    card = db.session.scalar(select(ReviewCard))
    assert card is not None and card.reps == 1
