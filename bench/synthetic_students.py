"""Synthetic students with known FSRS parameters: their cards are scheduled by the app (default parameters,
desired retention 0.9) and each review's outcome is drawn from the recall the student's *true* parameters give.

Used by ``bench/fsrs_params_bench.py`` and the optimiser's tests.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler
from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

from quizapp.study.optimizer import Review
from quizapp.study.scheduling import new_card, review

START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
FIRST_RATINGS = ((Rating.Again, 0.25), (Rating.Hard, 0.1), (Rating.Good, 0.55), (Rating.Easy, 0.1))
PASS_RATINGS = ((Rating.Hard, 0.15), (Rating.Good, 0.75), (Rating.Easy, 0.10))
# Parameters that make students differ: initial stabilities, difficulty, recall and forgetting stability, decay.
VARIED = (0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 20)


def true_parameters(rng: random.Random, spread: float = 0.35) -> tuple[float, ...]:
    """A student's own parameters: fsrs's defaults scaled by log-normal noise, kept within fsrs's bounds."""
    values = list(DEFAULT_PARAMETERS)
    for index in VARIED:
        scaled = values[index] * math.exp(rng.gauss(0.0, spread))
        values[index] = min(max(scaled, LOWER_BOUNDS_PARAMETERS[index]), UPPER_BOUNDS_PARAMETERS[index])
    return tuple(values)


def _pick(rng: random.Random, choices: tuple[tuple[Rating, float], ...]) -> Rating:
    draw, total = rng.random(), 0.0
    for rating, share in choices:
        total += share
        if draw < total:
            return rating
    return choices[-1][0]


def simulate(parameters: tuple[float, ...], days: int, new_per_day: int, rng: random.Random, max_cards: int | None = None) -> list[Review]:
    """A student's review log over ``days`` days: one session a day of the due cards and ``new_per_day`` new ones,
    learning steps revisited in the same session.

    Args:
        parameters: the student's true parameters (they decide what is recalled).
        days: how many days to simulate.
        new_per_day: new cards met each day.
        rng: the source of randomness (outcomes, ratings, fuzz).
        max_cards: stop adding new cards at this many.

    Returns:
        Every review, in time order.
    """
    truth = Scheduler(parameters=parameters, enable_fuzzing=False)
    cards: list[tuple[object, Card]] = []  # (the app's card fields, the true memory state)
    log: list[Review] = []
    for day in range(days):
        now = START + timedelta(days=day, minutes=rng.randint(0, 600))
        for _ in range(new_per_day if max_cards is None else min(new_per_day, max_cards - len(cards))):
            cards.append((new_card(now), Card(card_id=len(cards) + 1, due=now)))
        for _session_pass in range(8):
            due = [i for i, (fields, _true) in enumerate(cards) if fields.due <= now]  # type: ignore[attr-defined]
            if not due:
                break
            for index in due:
                fields, true_card = cards[index]
                if true_card.last_review is None:
                    rating = _pick(rng, FIRST_RATINGS)
                else:
                    recall = truth.get_card_retrievability(true_card, now)
                    rating = _pick(rng, PASS_RATINGS) if rng.random() < recall else Rating.Again
                fields = review(fields, rating, now, 0.9, rng)  # type: ignore[arg-type]
                true_card, _ = truth.review_card(true_card, rating, review_datetime=now)
                cards[index] = (fields, true_card)
                log.append(Review(card=index + 1, rating=int(rating), at=now))
                now += timedelta(seconds=rng.randint(4, 20))
            now += timedelta(minutes=10)
    return log

