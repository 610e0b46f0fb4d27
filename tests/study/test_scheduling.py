"""FSRS wrapper: ratings, retention, reviews and the due forecast."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating, State

from quizapp.study.scheduling import (
    RetentionError,
    check_retention,
    forecast,
    new_card,
    quiz_rating,
    retrievability,
    review,
)

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize("value", [0.69, 0.98, float("nan"), float("inf"), -1.0])
def test_retention_out_of_range_is_refused(value: float) -> None:
    """Is a retention outside 0.70-0.97 (or not a number) refused?"""
    with pytest.raises(RetentionError):
        check_retention(value)


def test_retention_in_range_is_kept() -> None:
    """Are the bounds themselves accepted?"""
    assert check_retention(0.7) == 0.7 and check_retention(0.97) == 0.97


def test_quiz_rating() -> None:
    """Is a wrong answer Again, a slow right one Hard, and a quick right one Good?"""
    assert quiz_rating(False, 1000, "date") == Rating.Again
    assert quiz_rating(True, 60_000, "date") == Rating.Hard
    assert quiz_rating(True, 4000, "multiple_choice") == Rating.Good
    assert quiz_rating(True, None, "multiple_choice") == Rating.Good


def test_review_moves_due_date_and_version() -> None:
    """Does Good push the card into the future and Again keep it soon, each bumping the version?"""
    card = new_card(NOW)
    good = review(card, Rating.Good, NOW, 0.9, random.Random(0))
    again = review(card, Rating.Again, NOW, 0.9, random.Random(0))
    assert good.reps == again.reps == 1
    assert good.due > again.due > NOW
    assert good.last_review == NOW


def test_higher_retention_means_shorter_intervals() -> None:
    """Does asking for more retention bring the next review of a mature card closer?"""
    card = new_card(NOW)
    t = NOW
    for _ in range(3):
        card = review(card, Rating.Good, t, 0.9, random.Random(0))
        t = card.due
    assert card.state == int(State.Review)
    low = review(card, Rating.Good, t, 0.7, random.Random(0))
    high = review(card, Rating.Good, t, 0.97, random.Random(0))
    assert high.due < low.due


def test_spread_is_seeded_and_small() -> None:
    """Is the random spread of long intervals reproducible with a seed and within 5 %?"""
    card = new_card(NOW)
    t = NOW
    for _ in range(4):
        card = review(card, Rating.Easy, t, 0.9, random.Random(0))
        t = card.due
    dues = {review(card, Rating.Good, t, 0.9, random.Random(seed)).due for seed in range(20)}
    assert review(card, Rating.Good, t, 0.9, random.Random(5)) == review(card, Rating.Good, t, 0.9, random.Random(5))
    assert len(dues) > 1
    spread = max(dues) - min(dues)
    assert spread <= (max(dues) - t) * 0.11


def test_retrievability() -> None:
    """Is recall probability 0 for an unmet question, high right after a review and lower much later?"""
    card = review(new_card(NOW), Rating.Good, NOW, 0.9, random.Random(0))
    assert retrievability(None, NOW) == 0.0
    assert retrievability(new_card(NOW), NOW) == 0.0
    assert retrievability(card, NOW + timedelta(minutes=1)) > 0.9
    assert retrievability(card, NOW + timedelta(days=60)) < 0.8


def test_forecast_counts_due_now_and_per_day() -> None:
    """Are overdue cards counted as due now and the rest per UTC day, ignoring those past the window?"""
    dues = [NOW - timedelta(days=2), NOW, NOW + timedelta(hours=2), NOW + timedelta(days=1), NOW + timedelta(days=1, hours=1), NOW + timedelta(days=30)]
    result = forecast(dues, NOW, days=3)
    assert result.due_now == 2
    assert [(d.isoformat(), n) for d, n in result.days] == [("2026-03-02", 1), ("2026-03-03", 2), ("2026-03-04", 0)]
