"""Review writes: cards made or moved by quiz answers, ratings applied once per card version, retention."""

from __future__ import annotations

import random
from dataclasses import asdict
from datetime import datetime

from fsrs import Rating
from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.review.models import ReviewCard, ReviewLog
from quizapp.study.scheduling import CardFields, check_retention, new_card, quiz_rating, review

MAX_DURATION_MS = 10 * 60 * 1000


def fields_of(card: ReviewCard) -> CardFields:
    """The pure-core view of a stored card."""
    return CardFields(
        state=card.state,
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
        reps=card.reps,
    )


def _retention(user_id: int) -> float:
    """The student's desired retention (the logged-in user is already in the session: no query)."""
    user = db.session.get(User, user_id)
    return float(user.desired_retention) if user is not None else 0.9


def _apply(card: ReviewCard, rating: Rating, now: datetime, rng: random.Random, duration_ms: int | None) -> bool:
    """Review ``card`` at its current version; False when another request changed it first (no commit)."""
    new = review(fields_of(card), rating, now, _retention(card.user_id), rng)
    result = db.session.execute(
        update(ReviewCard)
        .where(ReviewCard.id == card.id, ReviewCard.reps == card.reps)
        .values(**asdict(new))
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    db.session.add(
        ReviewLog(card_id=card.id, user_id=card.user_id, question_id=card.question_id, rating=int(rating), reviewed_at=now, review_duration_ms=duration_ms)
    )
    return True


def record_quiz_result(
    user_id: int, question_id: int, question_type: str, correct: bool, response_ms: int | None, now: datetime, rng: random.Random
) -> None:
    """Turn a quiz answer into a review: a question met for the first time gets its card and first rating;
    a card already due is reviewed; a card not yet due is left alone (cramming would inflate its interval).

    Runs inside the caller's transaction; does not commit.
    """
    rating = quiz_rating(correct, response_ms, question_type)
    card = db.session.scalar(select(ReviewCard).where(ReviewCard.user_id == user_id, ReviewCard.question_id == question_id))
    if card is None:
        if _create_reviewed(user_id, question_id, rating, now, rng, response_ms):
            return
        # another request created the card a moment ago: review that one like any existing card
        card = db.session.scalar(select(ReviewCard).where(ReviewCard.user_id == user_id, ReviewCard.question_id == question_id))
        if card is None:
            raise RuntimeError("the review card vanished while it was being created")
    if card.reps == 0 or card.due <= now:
        _apply(card, rating, now, rng, response_ms)


def _create_reviewed(user_id: int, question_id: int, rating: Rating, now: datetime, rng: random.Random, duration_ms: int | None) -> bool:
    """Insert a new card already reviewed once, with its log (two statements); False if the card exists already."""
    new = review(new_card(now), rating, now, _retention(user_id), rng)
    insert = postgresql_insert if db.session.get_bind().dialect.name == "postgresql" else sqlite_insert
    card_id = db.session.scalar(
        insert(ReviewCard)
        .values(user_id=user_id, question_id=question_id, created_at=now, **asdict(new))
        .on_conflict_do_nothing(index_elements=[ReviewCard.user_id, ReviewCard.question_id])
        .returning(ReviewCard.id)
    )
    if card_id is None:
        return False
    db.session.add(
        ReviewLog(card_id=card_id, user_id=user_id, question_id=question_id, rating=int(rating), reviewed_at=now, review_duration_ms=duration_ms)
    )
    return True


def rate_card(card: ReviewCard, rating: Rating, version: int, now: datetime, rng: random.Random, duration_ms: int | None) -> bool:
    """Apply a rating given to version ``version`` of a card, once.

    Returns:
        True when applied; False when the card has moved on (a double click or a second tab): nothing changes.
    """
    if version != card.reps:
        return False
    if duration_ms is not None:
        duration_ms = max(0, min(duration_ms, MAX_DURATION_MS))
    applied = _apply(card, rating, now, rng, duration_ms)
    if applied:
        db.session.commit()
    else:
        db.session.rollback()
    return applied


def set_retention(user_id: int, value: float) -> float:
    """Store a student's desired retention.

    Raises:
        RetentionError: outside 0.70-0.97.
    """
    value = check_retention(value)
    db.session.execute(update(User).where(User.id == user_id).values(desired_retention=value))
    db.session.commit()
    return value
