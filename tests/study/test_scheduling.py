"""FSRS wrapper: ratings, retention, reviews and the due forecast."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fsrs import Rating, Scheduler, State

from quizapp.study.scheduling import (
    CardFields,
    RetentionError,
    format_interval,
    next_intervals,
    reschedule,
    to_fsrs,
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


def _mature(rating: Rating = Rating.Easy, reviews: int = 4) -> tuple[CardFields, datetime]:
    card, t = new_card(NOW), NOW
    for _ in range(reviews):
        card = review(card, rating, t, 0.9, random.Random(0), fuzz=False)
        t = card.due
    return card, t


def test_fuzz_is_fsrs_own_drawn_from_the_seeded_generator() -> None:
    """Is the spread exactly fsrs's fuzz (same range), reproducible with a seed, and never from global random?"""
    card, t = _mature()
    random.seed(1)
    first = review(card, Rating.Good, t, 0.9, random.Random(5))
    random.seed(2)
    assert review(card, Rating.Good, t, 0.9, random.Random(5)) == first
    ours = {review(card, Rating.Good, t, 0.9, random.Random(seed)).due - t for seed in range(200)}
    theirs = set()
    for seed in range(200):
        random.seed(seed)
        fsrs_card, _ = Scheduler(enable_fuzzing=True).review_card(to_fsrs(card), Rating.Good, review_datetime=t)
        theirs.add(fsrs_card.due - t)
    assert len(ours) > 3 and ours == theirs


def test_fuzz_spreads_short_intervals_too() -> None:
    """Are cards learnt together spread from 3 days on (the old 5 % spread was zero below about 11 days)?"""
    card, t = new_card(NOW), NOW
    card = review(card, Rating.Good, t, 0.9, random.Random(0), fuzz=False)
    card = review(card, Rating.Good, card.due, 0.9, random.Random(0), fuzz=False)
    t = card.due
    unfuzzed = review(card, Rating.Good, t, 0.9, random.Random(0), fuzz=False).due - t
    assert timedelta(days=3) <= unfuzzed <= timedelta(days=11)
    assert len({review(card, Rating.Good, t, 0.9, random.Random(seed)).due for seed in range(30)}) > 1


def test_early_review_goes_through_fsrs() -> None:
    """Is a card reviewed before it is due changed by fsrs (a wrong answer is a lapse)?"""
    card, t = _mature(Rating.Good)
    early = t - timedelta(days=3)
    lapse = review(card, Rating.Again, early, 0.9, random.Random(0), fuzz=False)
    assert lapse.state == int(State.Relearning) and lapse.last_review == early and lapse.reps == card.reps + 1
    assert lapse.stability is not None and card.stability is not None and lapse.stability < card.stability


def test_quiz_rating_never_easy() -> None:
    """Is a right multiple-choice answer, however quick, rated no higher than Good?"""
    assert max(quiz_rating(True, ms, "multiple_choice") for ms in (0, 500, 3000)) == Rating.Good


def test_next_intervals_and_their_labels() -> None:
    """Do the rating buttons' intervals grow from Again to Easy, with short Anki-like labels?"""
    card, t = _mature(Rating.Good)
    intervals = next_intervals(card, t, 0.9)
    assert intervals[Rating.Again] < intervals[Rating.Hard] < intervals[Rating.Good] < intervals[Rating.Easy]
    assert format_interval(timedelta(minutes=10)) == "10 min"
    assert format_interval(timedelta(hours=5)) == "5 h"
    assert format_interval(timedelta(days=4)) == "4 d"
    assert format_interval(timedelta(days=75)) == "2.5 mo"
    assert format_interval(timedelta(days=730)) == "2 y"


def test_reschedule_for_a_new_retention() -> None:
    """Does replaying a card's history at a higher retention bring it due sooner, and at the same retention change nothing?"""
    card, t, history = new_card(NOW), NOW, []
    for _ in range(4):
        card = review(card, Rating.Good, t, 0.9, random.Random(0), fuzz=False)
        history.append((Rating.Good, t))
        t = card.due
    assert reschedule(card, history, 0.9, random.Random(0), fuzz=False) == card
    sooner = reschedule(card, history, 0.95, random.Random(0), fuzz=False)
    assert sooner.due < card.due and sooner.stability == card.stability and sooner.reps == card.reps


def test_forecast_uses_the_students_days() -> None:
    """Is a card due at 23:30 UTC counted on the next day for a student in Paris?"""
    late = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
    paris = forecast([late], NOW, ZoneInfo("Europe/Paris"), days=3)
    utc = forecast([late], NOW, UTC, days=3)
    assert [n for _, n in utc.days] == [1, 0, 0]
    assert [n for _, n in paris.days] == [0, 1, 0]


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
    result = forecast(dues, NOW, UTC, days=3)
    assert result.due_now == 2
    assert [(d.isoformat(), n) for d, n in result.days] == [("2026-03-02", 1), ("2026-03-03", 2), ("2026-03-04", 0)]
