"""Personal FSRS parameters: a student's review log turned into training items and fitted with fsrs-rs
(``fsrs-rs-python``, Rust, no GPU framework); held-out log loss and RMSE before and after. Pure: no Flask, no database."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

import fsrs_rs_python as fsrs_rs
from fsrs.scheduler import DEFAULT_PARAMETERS

# Fewer reviews than this and a fit is mostly noise (fsrs's own optimiser keeps the defaults below 512
# reviews; fsrs-rs needs some reviews of cards seen on earlier days). Documented in the README.
MIN_REVIEWS = 400
# Refit once this many new reviews have been logged since the last fit.
REFIT_AFTER = 400
HELD_OUT_SHARE = 0.2


class NotEnoughReviews(ValueError):
    """Too few reviews (of cards seen again on a later day) to fit or evaluate parameters."""


@dataclass(frozen=True)
class Review:
    """One logged rating of one card."""

    card: int
    rating: int
    at: datetime


@dataclass(frozen=True)
class Evaluation:
    """How well parameters predict recall on some reviews: log loss and RMSE over bins (lower is better)."""

    log_loss: float
    rmse: float
    items: int


@dataclass(frozen=True)
class Fit:
    """Fitted parameters with held-out figures for the defaults and for the parameters fitted without those reviews."""

    parameters: tuple[float, ...]
    reviews: int
    default: Evaluation
    personal: Evaluation


def _histories(reviews: Iterable[Review], zone: tzinfo) -> dict[int, list[tuple[int, date, datetime]]]:
    cards: dict[int, list[tuple[int, date, datetime]]] = defaultdict(list)
    for review in sorted(reviews, key=lambda r: (r.card, r.at)):
        cards[review.card].append((review.rating, review.at.astimezone(zone).date(), review.at))
    return cards


@dataclass(frozen=True)
class Item:
    """A card's history up to one of its reviews: when that review was, the fsrs-rs item, and the days before it."""

    at: datetime
    item: fsrs_rs.FSRSItem
    last_gap_days: int


def training_items(reviews: Iterable[Review], zone: tzinfo) -> list[Item]:
    """Every card's history cut after each of its reviews from the second on, as fsrs-rs trains on them.

    Days are the student's calendar days (``delta_t`` 0 for a review on the same day as the one before).

    Args:
        reviews: the student's review log.
        zone: the student's time zone.

    Returns:
        The items.
    """
    items: list[Item] = []
    for history in _histories(reviews, zone).values():
        steps: list[fsrs_rs.FSRSReview] = []
        previous: date | None = None
        for rating, day, at in history:
            gap = 0 if previous is None else (day - previous).days
            steps.append(fsrs_rs.FSRSReview(rating, gap))
            previous = day
            if len(steps) > 1:
                items.append(Item(at, fsrs_rs.FSRSItem(list(steps)), gap))
    return items


def evaluate(parameters: Sequence[float], items: Sequence[Item]) -> Evaluation:
    """Log loss and RMSE (bins) of the recall predicted by ``parameters`` for each item's last review, where that
    review came a day or more after the one before (same-day learning steps are not scored, as in fsrs-rs).

    Raises:
        NotEnoughReviews: no item has a review on a later day than the one before.
    """
    usable = [entry.item for entry in items if entry.last_gap_days > 0]
    if not usable:
        raise NotEnoughReviews("no card was reviewed again on a later day")
    result = fsrs_rs.FSRS(list(parameters)).evaluate(usable)
    return Evaluation(log_loss=float(result.log_loss), rmse=float(result.rmse_bins), items=len(usable))


def fit_parameters(items: Sequence[Item]) -> tuple[float, ...]:
    """Parameters fitted to the items, starting from fsrs's defaults.

    Raises:
        NotEnoughReviews: fsrs-rs finds too little to learn from.
    """
    usable = [entry.item for entry in items if entry.item.long_term_review_cnt() > 0]  # fsrs-rs panics on the others
    if not usable:
        raise NotEnoughReviews("no card was reviewed again on a later day")
    try:
        fitted = fsrs_rs.FSRS(list(DEFAULT_PARAMETERS)).compute_parameters(usable)
    except ValueError as error:  # fsrs-rs raises ValueError("NotEnoughData")
        raise NotEnoughReviews(str(error)) from error
    return tuple(float(p) for p in fitted)


def fit_student(reviews: Sequence[Review], zone: tzinfo, min_reviews: int = MIN_REVIEWS) -> Fit:
    """Fit a student's parameters, and measure them on their latest reviews held out from a first fit.

    The last ``HELD_OUT_SHARE`` of the items (by time) are held out: parameters fitted on the earlier items
    and the defaults are both scored on them; then the parameters are fitted again on everything.

    Args:
        reviews: the student's whole review log.
        zone: the student's time zone (their days).
        min_reviews: the fewest reviews to fit on.

    Returns:
        The parameters fitted on all reviews, with the held-out figures.

    Raises:
        NotEnoughReviews: fewer than ``min_reviews`` reviews, or too few reviewed again on later days.
    """
    if len(reviews) < min_reviews:
        raise NotEnoughReviews(f"{len(reviews)} reviews; at least {min_reviews} are needed")
    dated = sorted(training_items(reviews, zone), key=lambda entry: entry.at)
    cut = int(len(dated) * (1 - HELD_OUT_SHARE))
    train, test = dated[:cut], dated[cut:]
    held_out_fit = fit_parameters(train)
    default = evaluate(DEFAULT_PARAMETERS, test)
    personal = evaluate(held_out_fit, test)
    return Fit(parameters=fit_parameters(dated), reviews=len(reviews), default=default, personal=personal)
