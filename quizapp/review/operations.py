"""Review writes: cards made or moved by quiz answers, ratings applied once per card version, retention."""

from __future__ import annotations

import random
from dataclasses import asdict
from datetime import datetime

from fsrs import Rating
from sqlalchemy import bindparam, insert, select, update
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


# Built once: the answer POST runs them on every answer.
_CARDS = ReviewCard.__table__
_CARD_OF = select(ReviewCard).where(ReviewCard.user_id == bindparam("user_id"), ReviewCard.question_id == bindparam("question_id"))
_UPDATE_CARD = update(_CARDS).where(_CARDS.c.id == bindparam("card_id"), _CARDS.c.reps == bindparam("version"))  # SET from the parameters
_INSERT_LOG = insert(ReviewLog.__table__)
_CREATE_CARD = {
    dialect: insert_for(_CARDS).on_conflict_do_nothing(index_elements=[_CARDS.c.user_id, _CARDS.c.question_id]).returning(_CARDS.c.id)
    for dialect, insert_for in (("postgresql", postgresql_insert), ("sqlite", sqlite_insert))
}


def _log(card_id: int, user_id: int, question_id: int, rating: Rating, now: datetime, duration_ms: int | None) -> None:
    db.session.execute(
        _INSERT_LOG,
        {"card_id": card_id, "user_id": user_id, "question_id": question_id, "rating": int(rating), "reviewed_at": now, "review_duration_ms": duration_ms},
    )


def _apply(card: ReviewCard, rating: Rating, now: datetime, rng: random.Random, duration_ms: int | None) -> bool:
    """Review ``card`` at its current version; False when another request changed it first (no commit)."""
    new = review(fields_of(card), rating, now, _retention(card.user_id), rng)
    result = db.session.execute(_UPDATE_CARD, {"card_id": card.id, "version": card.reps, **asdict(new)})
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    _log(card.id, card.user_id, card.question_id, rating, now, duration_ms)
    return True


def record_quiz_result(
    user_id: int, question_id: int, question_type: str, correct: bool, response_ms: int | None, now: datetime, rng: random.Random
) -> None:
    """Turn a quiz answer into a review: a question met for the first time gets its card and first rating;
    a card already due is reviewed; a card not yet due is left alone (cramming would inflate its interval).

    Runs inside the caller's transaction; does not commit.
    """
    rating = quiz_rating(correct, response_ms, question_type)
    key = {"user_id": user_id, "question_id": question_id}
    card = db.session.scalar(_CARD_OF, key)
    if card is None:
        if _create_reviewed(user_id, question_id, rating, now, rng, response_ms):
            return
        # another request created the card a moment ago: review that one like any existing card
        card = db.session.scalar(_CARD_OF, key)
        if card is None:
            raise RuntimeError("the review card vanished while it was being created")
    if card.reps == 0 or card.due <= now:
        _apply(card, rating, now, rng, response_ms)


def _create_reviewed(user_id: int, question_id: int, rating: Rating, now: datetime, rng: random.Random, duration_ms: int | None) -> bool:
    """Insert a new card already reviewed once, with its log (two statements); False if the card exists already."""
    new = review(new_card(now), rating, now, _retention(user_id), rng)
    create = _CREATE_CARD[db.session.get_bind().dialect.name]
    card_id = db.session.scalar(create, {"user_id": user_id, "question_id": question_id, "created_at": now, **asdict(new)})
    if card_id is None:
        return False
    _log(card_id, user_id, question_id, rating, now, duration_ms)
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
