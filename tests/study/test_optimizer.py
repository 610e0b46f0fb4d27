"""Personal FSRS parameters: training items in the student's days, the fit, and held-out log loss on synthetic students."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bench.synthetic_students import simulate, true_parameters
from quizapp.study.optimizer import MIN_REVIEWS, NotEnoughReviews, Review, fit_student, training_items
from quizapp.study.scheduling import check_parameters

NOW = datetime(2026, 3, 2, 22, 30, tzinfo=UTC)


def test_items_count_days_in_the_students_time_zone() -> None:
    """Are two reviews an hour apart across Paris midnight a day apart for a Paris student, and the same day in UTC?"""
    log = [Review(1, 3, NOW), Review(1, 3, NOW + timedelta(hours=1))]  # 22:30 and 23:30 UTC = 23:30 and 00:30 Paris
    assert training_items(log, ZoneInfo("Europe/Paris"))[0].last_gap_days == 1
    assert training_items(log, UTC)[0].last_gap_days == 0


def test_too_few_reviews_are_not_fitted() -> None:
    """Is a log shorter than the minimum refused with NotEnoughReviews (nothing is guessed)?"""
    rng = random.Random(4)
    log = simulate(true_parameters(rng), days=6, new_per_day=5, rng=rng)
    assert len(log) < MIN_REVIEWS
    with pytest.raises(NotEnoughReviews):
        fit_student(log, UTC)


def test_personal_parameters_predict_held_out_reviews_better() -> None:
    """On synthetic students with parameters of their own, do parameters fitted on earlier reviews predict the
    held-out later ones better than fsrs's defaults (mean log loss and RMSE lower, for most students), and does
    fsrs accept them?"""
    fits = []
    for seed in range(4):
        rng = random.Random(100 + seed)
        log = simulate(true_parameters(rng), days=90, new_per_day=12, rng=rng)
        fit = fit_student(log, UTC)
        assert fit.reviews == len(log) and fit.default.items == fit.personal.items > 300
        assert check_parameters(fit.parameters) == fit.parameters
        fits.append(fit)
    assert sum(f.personal.log_loss for f in fits) < sum(f.default.log_loss for f in fits)
    assert sum(f.personal.rmse for f in fits) < sum(f.default.rmse for f in fits)
    assert sum(f.personal.log_loss < f.default.log_loss for f in fits) >= 3
