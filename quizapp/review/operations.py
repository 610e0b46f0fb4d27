"""Review writes: every quiz or review answer reviews its card through fsrs, once per card version; retention,
time zone and personal parameters, with the cards rescheduled when they change."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import asdict
from functools import lru_cache
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import current_app
from fsrs import Rating
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.review.models import ReviewCard, ReviewLog, StudentParameters
from quizapp.study.scheduling import (
    CardFields,
    Parameters,
    check_parameters,
    check_retention,
    new_card,
    quiz_rating,
    reschedule,
    review,
)

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


class TimeZoneError(ValueError):
    """A time zone name that is not in the IANA database."""


def _retention(user_id: int) -> float:
    """The student's desired retention (the logged-in user is already in the session: no query)."""
    user = db.session.get(User, user_id)
    return float(user.desired_retention) if user is not None else 0.9


_PARAMETERS = select(StudentParameters.parameters, StudentParameters.log_loss_default, StudentParameters.log_loss_personal).where(
    StudentParameters.user_id == bindparam("user_id")
)


def parameters_of(user_id: int) -> Parameters | None:
    """The student's fitted FSRS parameters, or None for fsrs's defaults.

    Fitted parameters are used only when, fitted without the student's latest reviews, they predicted those
    reviews at least as well as the defaults (with few reviews a fit can be worse than the defaults).
    """
    row = db.session.execute(_PARAMETERS, {"user_id": user_id}).first()  # Core: on every answer, and usually no row
    if row is None or not row.parameters:
        return None
    if row.log_loss_personal is not None and row.log_loss_default is not None and row.log_loss_personal > row.log_loss_default:
        return None
    return _checked(tuple(row.parameters))


@lru_cache(maxsize=256)
def _checked(parameters: tuple[float, ...]) -> Parameters:
    return check_parameters(parameters)


def _fuzz() -> bool:
    """Whether intervals get fsrs's fuzz (``REVIEW_FUZZ``, on unless a test or replay turns it off)."""
    return bool(current_app.config.get("REVIEW_FUZZ", True))


def _schedule(fields: CardFields, user_id: int, rating: Rating, now: datetime, rng: random.Random) -> CardFields:
    return review(fields, rating, now, _retention(user_id), rng, parameters_of(user_id), _fuzz())


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
    new = _schedule(fields_of(card), card.user_id, rating, now, rng)
    result = db.session.execute(_UPDATE_CARD, {"card_id": card.id, "version": card.reps, **asdict(new)})
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    _log(card.id, card.user_id, card.question_id, rating, now, duration_ms)
    return True


def record_quiz_result(
    user_id: int, question_id: int, question_type: str, correct: bool, response_ms: int | None, now: datetime, rng: random.Random
) -> None:
    """Turn a quiz answer into a review: a question met for the first time gets its card and first rating;
    any other card is reviewed, due or not (fsrs gives an early review the small gain it deserves, and a
    wrong early answer is a lapse the log must keep). Wrong is Again; right is at best Good.

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
    _apply(card, rating, now, rng, _clamp(response_ms))


def _create_reviewed(user_id: int, question_id: int, rating: Rating, now: datetime, rng: random.Random, duration_ms: int | None) -> bool:
    """Insert a new card already reviewed once, with its log (two statements); False if the card exists already."""
    new = _schedule(new_card(now), user_id, rating, now, rng)
    create = _CREATE_CARD[db.session.get_bind().dialect.name]
    card_id = db.session.scalar(create, {"user_id": user_id, "question_id": question_id, "created_at": now, **asdict(new)})
    if card_id is None:
        return False
    _log(card_id, user_id, question_id, rating, now, _clamp(duration_ms))
    return True


def _clamp(duration_ms: int | None) -> int | None:
    """A review duration within 0-10 minutes (a tab left open is not ten hours of thinking)."""
    return None if duration_ms is None else max(0, min(duration_ms, MAX_DURATION_MS))


def rate_card(card: ReviewCard, rating: Rating, version: int, now: datetime, rng: random.Random, duration_ms: int | None) -> bool:
    """Apply a rating given to version ``version`` of a card, once.

    Returns:
        True when applied; False when the card has moved on (a double click or a second tab): nothing changes.
    """
    if version != card.reps:
        return False
    applied = _apply(card, rating, now, rng, _clamp(duration_ms))
    if applied:
        db.session.commit()
    else:
        db.session.rollback()
    return applied


def set_retention(user_id: int, value: float, rng: random.Random) -> float:
    """Store a student's desired retention and reschedule their cards for it.

    Raises:
        RetentionError: outside 0.70-0.97.
    """
    value = check_retention(value)
    db.session.execute(update(User).where(User.id == user_id).values(desired_retention=value))
    reschedule_cards(user_id, rng)
    db.session.commit()
    return value


def reschedule_cards(user_id: int, rng: random.Random) -> int:
    """Recompute every card of a student from its review log with their current retention and parameters.

    A card's version is kept, so a rating already on its way still applies. Does not commit.

    Returns:
        How many cards were rescheduled.
    """
    history: dict[int, list[tuple[Rating, datetime]]] = defaultdict(list)
    for card_id, rating, at in db.session.execute(
        select(ReviewLog.card_id, ReviewLog.rating, ReviewLog.reviewed_at).where(ReviewLog.user_id == user_id)
    ):
        history[card_id].append((Rating(rating), at))
    retention, parameters, fuzz = _retention(user_id), parameters_of(user_id), _fuzz()
    changed = 0
    for card in db.session.scalars(select(ReviewCard).where(ReviewCard.user_id == user_id).order_by(ReviewCard.id)):
        new = reschedule(fields_of(card), history.get(card.id, []), retention, rng, parameters, fuzz)
        if new != fields_of(card):
            for name, value in asdict(new).items():
                setattr(card, name, value)
            changed += 1
    db.session.flush()
    return changed


def check_time_zone(name: str) -> str:
    """An IANA time zone name as the browser gives it.

    Raises:
        TimeZoneError: not a known zone.
    """
    name = (name or "").strip()
    if not name or len(name) > 64 or name.startswith(("/", ".")) or ".." in name:
        raise TimeZoneError("Unknown time zone.")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:
        raise TimeZoneError("Unknown time zone.") from error
    return name


def set_time_zone(user_id: int, name: str) -> str:
    """Store the student's time zone (the days of the review forecast).

    Raises:
        TimeZoneError: not a known zone.
    """
    name = check_time_zone(name)
    db.session.execute(update(User).where(User.id == user_id).values(time_zone=name))
    db.session.commit()
    return name


def zone_of(user: User) -> ZoneInfo:
    """The student's time zone (UTC when the stored name is unknown on this host)."""
    try:
        return ZoneInfo(check_time_zone(user.time_zone or "UTC"))
    except TimeZoneError:
        return ZoneInfo("UTC")
