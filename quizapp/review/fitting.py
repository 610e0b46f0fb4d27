"""Personal FSRS parameters in the background: once a student has enough reviews, a job fits their parameters
to their log (``study.optimizer``), stores them with the held-out figures, and reschedules their cards."""

from __future__ import annotations

import logging
import random
import secrets

from sqlalchemy import func, select, update

from quizapp.extensions import db, utcnow
from quizapp.jobs.queue import QueueUnavailable, enqueue
from quizapp.review.models import ReviewLog, StudentParameters
from quizapp.review.operations import reschedule_cards, zone_of
from quizapp.study.optimizer import MIN_REVIEWS, REFIT_AFTER, NotEnoughReviews, Review, fit_student

log = logging.getLogger(__name__)
FIT_TASK = "quizapp.review.fitting:fit_task"
FIT_TIMEOUT_SECONDS = 600
QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


def review_count(user_id: int) -> int:
    """How many reviews the student has logged."""
    return db.session.scalar(select(func.count(ReviewLog.id)).where(ReviewLog.user_id == user_id)) or 0


def fit_due(user_id: int) -> bool:
    """Whether a fit should start: enough reviews, and ``REFIT_AFTER`` new ones since the last fit was queued.

    A fit queued or running counts as the last one, so a page visit never queues a second; if its job died,
    the next fit is queued once ``REFIT_AFTER`` more reviews are logged.
    """
    count = review_count(user_id)
    if count < MIN_REVIEWS:
        return False
    row = db.session.get(StudentParameters, user_id)
    return row is None or count >= row.reviews_used + REFIT_AFTER


def request_fit(user_id: int) -> bool:
    """Queue a fit of the student's parameters if one is due (on the app's job queue).

    Returns:
        True when a fit was queued (or, with the inline backend, run).
    """
    if not fit_due(user_id):
        return False
    row = db.session.get(StudentParameters, user_id)
    if row is None:
        row = StudentParameters(user_id=user_id)
        db.session.add(row)
    row.state, row.reviews_used = QUEUED, review_count(user_id)
    db.session.commit()
    try:
        enqueue(FIT_TASK, user_id, job_id=f"fsrs-fit-{user_id}-{secrets.token_hex(4)}", timeout=FIT_TIMEOUT_SECONDS, retry=False)
    except QueueUnavailable:
        log.warning("job queue unavailable: the parameter fit of user %s waits for the next request", user_id)
        retry_next_visit = StudentParameters.reviews_used - REFIT_AFTER
        db.session.execute(
            update(StudentParameters).where(StudentParameters.user_id == user_id).values(state=FAILED, error="queue unavailable", reviews_used=retry_next_visit)
        )
        db.session.commit()
        return False
    return True


def fit_task(user_id: int) -> None:
    """The job: fit the student's parameters on their whole log, store them, reschedule their cards.

    Runs in a job process (or synchronously, from ``flask review fit``); commits.
    """
    from quizapp.auth.models import User

    user = db.session.get(User, user_id)
    if user is None:
        return
    row = db.session.get(StudentParameters, user_id) or StudentParameters(user_id=user_id)
    row.state = RUNNING
    db.session.add(row)
    db.session.commit()
    reviews = [
        Review(card=card_id, rating=rating, at=at)
        for card_id, rating, at in db.session.execute(
            select(ReviewLog.card_id, ReviewLog.rating, ReviewLog.reviewed_at).where(ReviewLog.user_id == user_id).order_by(ReviewLog.reviewed_at, ReviewLog.id)
        )
    ]
    try:
        fit = fit_student(reviews, zone_of(user))
    except NotEnoughReviews as error:
        row.state, row.error, row.reviews_used = FAILED, str(error)[:300], len(reviews)
        db.session.commit()
        return
    row.parameters = list(fit.parameters)
    row.reviews_used = fit.reviews
    row.log_loss_default, row.log_loss_personal = fit.default.log_loss, fit.personal.log_loss
    row.fitted_at, row.state, row.error = utcnow(), DONE, ""
    db.session.flush()
    reschedule_cards(user_id, random.Random(secrets.randbits(64)))
    db.session.commit()
