"""Spaced repetition through the ``fsrs`` library: stored card fields, ratings, retention and forecasts."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from fsrs import Card, Rating, Scheduler, State

MIN_RETENTION = 0.7
MAX_RETENTION = 0.97
DEFAULT_RETENTION = 0.9
FORECAST_DAYS = 7
# Thinking longer than this before a right answer means it was hard to recall.
SLOW_ANSWER_MS = {"multiple_choice": 15_000, "date": 20_000}
FUZZ_SHARE = 0.05


class RetentionError(ValueError):
    """A desired retention outside the allowed range."""


@dataclass(frozen=True)
class CardFields:
    """The stored state of one review card (mirrors ``fsrs.Card``; ``reps`` counts reviews and is a version)."""

    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
    reps: int = 0


@dataclass(frozen=True)
class Forecast:
    """How many cards are due now, and how many more fall due on each of the coming days (UTC dates)."""

    due_now: int
    days: list[tuple[date, int]]


def check_retention(value: float) -> float:
    """Accept a desired retention between 0.70 and 0.97.

    Args:
        value: the wanted probability of recall at review time.

    Returns:
        The value, rounded to two decimals.

    Raises:
        RetentionError: the value is outside the range (or not a finite number).
    """
    if not isinstance(value, (int, float)) or not MIN_RETENTION <= value <= MAX_RETENTION:
        raise RetentionError(f"Choose a retention between {MIN_RETENTION:.2f} and {MAX_RETENTION:.2f}.")
    return round(float(value), 2)


@lru_cache(maxsize=32)
def scheduler_for(retention: float) -> Scheduler:
    """The FSRS scheduler for a desired retention (fuzzing is ours, seeded; see ``review``).

    Args:
        retention: a value accepted by ``check_retention``.

    Returns:
        A shared, stateless scheduler.
    """
    return Scheduler(desired_retention=check_retention(retention), enable_fuzzing=False)


def new_card(now: datetime) -> CardFields:
    """A card never reviewed, due at once.

    Args:
        now: the current time (timezone-aware).

    Returns:
        The fields of the new card.
    """
    return CardFields(state=int(State.Learning), step=0, stability=None, difficulty=None, due=now, last_review=None)


def to_fsrs(fields: CardFields) -> Card:
    """The ``fsrs.Card`` for stored fields (with a fixed id, so ``Card`` never reads the clock)."""
    return Card(
        card_id=1,
        state=State(fields.state),
        step=fields.step,
        stability=fields.stability,
        difficulty=fields.difficulty,
        due=fields.due,
        last_review=fields.last_review,
    )


def review(fields: CardFields, rating: Rating, now: datetime, retention: float, rng: random.Random) -> CardFields:
    """Apply one rating to a card with FSRS.

    Intervals of three days or more in the Review state get a small random spread (up to 5 %), drawn
    from ``rng``, so cards learnt together do not all fall due on the same day.

    Args:
        fields: the card as stored.
        rating: Again, Hard, Good or Easy.
        now: the time of the review (timezone-aware UTC).
        retention: the student's desired retention.
        rng: the source of randomness for the spread.

    Returns:
        The new fields, with ``reps`` one higher.
    """
    card, _log = scheduler_for(retention).review_card(to_fsrs(fields), rating, review_datetime=now)
    due = card.due
    interval = due - now
    if card.state == State.Review and interval >= timedelta(days=3):
        spread = round(interval.days * FUZZ_SHARE * rng.uniform(-1.0, 1.0))
        due = due + timedelta(days=spread)
    return CardFields(
        state=int(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=due,
        last_review=card.last_review,
        reps=fields.reps + 1,
    )


def quiz_rating(correct: bool, response_ms: int | None, question_type: str) -> Rating:
    """Map a quiz answer to a rating: wrong is Again, a slow right answer Hard, otherwise Good.

    Args:
        correct: whether the answer was right.
        response_ms: the time taken, if known.
        question_type: ``multiple_choice`` or ``date``.

    Returns:
        The FSRS rating.
    """
    if not correct:
        return Rating.Again
    slow = SLOW_ANSWER_MS.get(question_type, 20_000)
    if response_ms is not None and response_ms > slow:
        return Rating.Hard
    return Rating.Good


def retrievability(fields: CardFields | None, now: datetime) -> float:
    """The probability the student recalls the card now (0 for a question never met).

    Args:
        fields: the card, or None.
        now: the current time.

    Returns:
        A probability between 0 and 1.
    """
    if fields is None or fields.last_review is None:
        return 0.0
    return float(scheduler_for(DEFAULT_RETENTION).get_card_retrievability(to_fsrs(fields), now))


def forecast(dues: Iterable[datetime], now: datetime, days: int = FORECAST_DAYS) -> Forecast:
    """Count the cards due now and those falling due later today and on each of the next days.

    Args:
        dues: the due times of the student's cards.
        now: the current time (UTC).
        days: how many calendar days to cover, today included.

    Returns:
        ``due_now`` and one (date, count) pair per day; cards due after the last day are not counted.
    """
    today = now.date()
    counts = {today + timedelta(days=i): 0 for i in range(days)}
    due_now = 0
    for due in dues:
        if due <= now:
            due_now += 1
        elif due.date() in counts:
            counts[due.date()] += 1
    return Forecast(due_now=due_now, days=sorted(counts.items()))

