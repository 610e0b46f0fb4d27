"""Spaced repetition through the ``fsrs`` library: stored card fields, ratings, fuzz, retention and forecasts."""

from __future__ import annotations

import math
import random
import types
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache

import fsrs.scheduler
from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import DEFAULT_PARAMETERS

MIN_RETENTION = 0.7
MAX_RETENTION = 0.97
DEFAULT_RETENTION = 0.9
FORECAST_DAYS = 7
# Thinking longer than this before a right answer means it was hard to recall.
SLOW_ANSWER_MS = {"multiple_choice": 15_000, "date": 20_000, "typed_name": 25_000, "typed": 25_000}
# The best a right answer can earn: recognising an option among four is no proof of easy recall.
QUIZ_BEST = Rating.Good

Parameters = tuple[float, ...]


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
    """How many cards are due now, and how many more fall due on each of the coming days (local dates)."""

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


def check_parameters(parameters: Sequence[float] | None) -> Parameters:
    """The 21 FSRS-6 parameters to use: the given ones if fsrs accepts them, else the defaults.

    Args:
        parameters: a student's fitted parameters, or None.

    Returns:
        A tuple fsrs accepts.
    """
    if parameters is None:
        return tuple(DEFAULT_PARAMETERS)
    values = tuple(float(p) for p in parameters)
    try:
        Scheduler(parameters=values)
    except (ValueError, TypeError):
        return tuple(DEFAULT_PARAMETERS)
    return values


@lru_cache(maxsize=256)
def scheduler_for(retention: float, parameters: Parameters | None = None) -> Scheduler:
    """The FSRS scheduler for a desired retention and parameters (its own fuzz is off: see ``fuzzed``).

    Args:
        retention: a value accepted by ``check_retention``.
        parameters: the student's parameters, or None for fsrs's defaults.

    Returns:
        A shared, stateless scheduler.
    """
    return Scheduler(parameters=check_parameters(parameters), desired_retention=check_retention(retention), enable_fuzzing=False)


# fsrs's own fuzz (``Scheduler._get_fuzzed_interval``) draws from the global ``random``. The same code is run
# here with its ``random`` bound to the caller's seeded generator, so the app's spread is exactly fsrs's.
_FSRS_FUZZ = Scheduler._get_fuzzed_interval
_FSRS_GLOBALS = vars(fsrs.scheduler)


def fuzzed(scheduler: Scheduler, interval: timedelta, rng: random.Random) -> timedelta:
    """fsrs's fuzz of a Review interval (none below 2.5 days), drawn from ``rng``.

    Args:
        scheduler: the scheduler that computed the interval (its maximum interval bounds the fuzz).
        interval: the unfuzzed interval.
        rng: the source of randomness.

    Returns:
        The fuzzed interval, in whole days as fsrs gives it.
    """
    fuzz = types.FunctionType(_FSRS_FUZZ.__code__, {**_FSRS_GLOBALS, "random": rng.random}, _FSRS_FUZZ.__name__)
    result: timedelta = fuzz(scheduler, interval=interval)
    return result


def new_card(now: datetime) -> CardFields:
    """A card never reviewed, due at once.

    Args:
        now: the current time (timezone-aware).

    Returns:
        The fields of the new card.
    """
    return CardFields(state=int(State.Learning), step=0, stability=None, difficulty=None, due=now, last_review=None)


def to_fsrs(fields: CardFields, card_id: int = 1) -> Card:
    """The ``fsrs.Card`` for stored fields (with a fixed id, so ``Card`` never reads the clock)."""
    return Card(
        card_id=card_id,
        state=State(fields.state),
        step=fields.step,
        stability=fields.stability,
        difficulty=fields.difficulty,
        due=fields.due,
        last_review=fields.last_review,
    )


def from_fsrs(card: Card, reps: int) -> CardFields:
    """Stored fields for an ``fsrs.Card``."""
    return CardFields(
        state=int(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
        reps=reps,
    )


def review(
    fields: CardFields,
    rating: Rating,
    now: datetime,
    retention: float,
    rng: random.Random,
    parameters: Parameters | None = None,
    fuzz: bool = True,
) -> CardFields:
    """Apply one rating to a card with FSRS, whether or not the card is due (fsrs handles early reviews).

    Args:
        fields: the card as stored.
        rating: Again, Hard, Good or Easy.
        now: the time of the review (timezone-aware UTC).
        retention: the student's desired retention.
        rng: the source of randomness for fsrs's fuzz.
        parameters: the student's FSRS parameters, or None for the defaults.
        fuzz: whether to spread Review intervals as fsrs does (off in replay tests).

    Returns:
        The new fields, with ``reps`` one higher.
    """
    scheduler = scheduler_for(retention, parameters)
    card, _log = scheduler.review_card(to_fsrs(fields), rating, review_datetime=now)
    if fuzz and card.state == State.Review:
        card.due = now + fuzzed(scheduler, card.due - now, rng)
    return from_fsrs(card, fields.reps + 1)


def next_intervals(
    fields: CardFields, now: datetime, retention: float, parameters: Parameters | None = None
) -> dict[Rating, timedelta]:
    """The time until the card's next review for each rating given now (before fuzz), as Anki shows it.

    Args:
        fields: the card as stored.
        now: the time of the review.
        retention: the student's desired retention.
        parameters: the student's parameters, or None.

    Returns:
        One interval per rating.
    """
    scheduler = scheduler_for(retention, parameters)
    card = to_fsrs(fields)
    return {rating: scheduler.review_card(card, rating, review_datetime=now)[0].due - now for rating in Rating}


def format_interval(interval: timedelta) -> str:
    """A short interval as a rating button shows it: ``1 min``, ``10 min``, ``3 h``, ``4 d``, ``2.5 mo``, ``1.2 y``.

    Args:
        interval: a non-negative duration.

    Returns:
        The text.
    """
    minutes = interval.total_seconds() / 60
    if minutes < 60:
        return f"{max(1, round(minutes))} min"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)} h"
    days = hours / 24
    if days < 30.5:
        return f"{round(days)} d"
    if days < 365:
        return f"{days / 30.4:.1f} mo".replace(".0 ", " ")
    return f"{days / 365.25:.1f} y".replace(".0 ", " ")


def reschedule(
    fields: CardFields,
    history: Sequence[tuple[Rating, datetime]],
    retention: float,
    rng: random.Random,
    parameters: Parameters | None = None,
    fuzz: bool = True,
) -> CardFields:
    """Recompute a card from its review history under a new retention or new parameters.

    Args:
        fields: the card as stored (its version is kept).
        history: its ratings with their times, in any order.
        retention: the desired retention to schedule for.
        rng: the source of randomness for fsrs's fuzz of the last interval.
        parameters: the student's parameters, or None.
        fuzz: whether to spread the resulting Review interval.

    Returns:
        The card as if every review had been scheduled this way; unchanged when it has no history.
    """
    if not history:
        return fields
    scheduler = scheduler_for(retention, parameters)
    card = Card(card_id=1, due=fields.due)
    for rating, at in sorted(history, key=lambda entry: entry[1]):
        card, _log = scheduler.review_card(card, rating, review_datetime=at)
    if fuzz and card.state == State.Review and card.last_review is not None:
        card.due = card.last_review + fuzzed(scheduler, card.due - card.last_review, rng)
    return from_fsrs(card, fields.reps)


def states_before(
    history: Sequence[tuple[Rating, datetime]], retention: float, parameters: Parameters | None = None
) -> list[int | None]:
    """The card's state before each review of its history (None before the first), replayed through fsrs.

    Args:
        history: ratings with their times, in order.
        retention: the desired retention.
        parameters: the student's parameters, or None.

    Returns:
        One state per review: None, then ``State`` values as ints.
    """
    scheduler = scheduler_for(retention, parameters)
    card: Card | None = None
    states: list[int | None] = []
    for rating, at in history:
        states.append(None if card is None else int(card.state))
        card, _log = scheduler.review_card(card or Card(card_id=1, due=at), rating, review_datetime=at)
    return states


@dataclass(frozen=True)
class RecallCheck:
    """Expected against actual recall over reviews that came a day or more after the card's previous one."""

    reviews: int
    expected: float
    actual: float


def recall_check(
    histories: Iterable[Sequence[tuple[Rating, datetime]]], retention: float, parameters: Parameters | None = None
) -> RecallCheck:
    """Compare the recall FSRS expected at each review (replaying each card) with what the student did (not Again).

    Args:
        histories: each card's ratings with their times, in order.
        retention: the desired retention (it does not change the memory state, only the intervals).
        parameters: the student's parameters, or None.

    Returns:
        The number of reviews compared and the mean expected and actual recall (0 when there are none).
    """
    scheduler = scheduler_for(retention, parameters)
    expected: list[float] = []
    recalled = 0
    for history in histories:
        card: Card | None = None
        for rating, at in history:
            if card is not None and card.last_review is not None and (at - card.last_review).days >= 1:
                expected.append(float(scheduler.get_card_retrievability(card, at)))
                recalled += rating != Rating.Again
            card, _log = scheduler.review_card(card or Card(card_id=1, due=at), rating, review_datetime=at)
    if not expected:
        return RecallCheck(0, 0.0, 0.0)
    return RecallCheck(len(expected), sum(expected) / len(expected), recalled / len(expected))


def quiz_rating(correct: bool, response_ms: int | None, question_type: str) -> Rating:
    """Map a quiz answer to a rating: wrong is Again, a slow right answer Hard, otherwise Good (never Easy).

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
    return QUIZ_BEST


def retrievability(fields: CardFields | None, now: datetime, parameters: Parameters | None = None) -> float:
    """The probability the student recalls the card now (0 for a question never met).

    Args:
        fields: the card, or None.
        now: the current time.
        parameters: the student's parameters (their decay shapes the curve), or None.

    Returns:
        A probability between 0 and 1.
    """
    if fields is None or fields.last_review is None:
        return 0.0
    value = float(scheduler_for(DEFAULT_RETENTION, parameters).get_card_retrievability(to_fsrs(fields), now))
    return value if math.isfinite(value) else 0.0


def forecast(dues: Iterable[datetime], now: datetime, zone: tzinfo, days: int = FORECAST_DAYS) -> Forecast:
    """Count the cards due now and those falling due later today and on each of the next days, in the student's days.

    Args:
        dues: the due times of the student's cards (timezone-aware).
        now: the current time (timezone-aware).
        zone: the student's time zone: a day runs from one local midnight to the next.
        days: how many calendar days to cover, today included.

    Returns:
        ``due_now`` and one (local date, count) pair per day; cards due after the last day are not counted.
    """
    today = now.astimezone(zone).date()
    counts = {today + timedelta(days=i): 0 for i in range(days)}
    due_now = 0
    for due in dues:
        if due <= now:
            due_now += 1
            continue
        local = due.astimezone(zone).date()
        if local in counts:
            counts[local] += 1
    return Forecast(due_now=due_now, days=sorted(counts.items()))
