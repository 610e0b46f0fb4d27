"""The Progress page (no forms; its only write is queueing a parameter fit when one is due)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from flask import render_template
from flask_login import current_user, login_required
from fsrs import Rating
from markupsafe import Markup
from sqlalchemy import func, select

from quizapp.extensions import db, utcnow
from quizapp.progress import bp
from quizapp.quiz.models import QuizAttempt
from quizapp.review.fitting import request_fit
from quizapp.review.models import ReviewCard, ReviewLog, StudentParameters
from quizapp.review.operations import fields_of, parameters_of, zone_of
from quizapp.sets.models import Question, QuestionSet
from quizapp.study.charts import bar_chart, line_chart
from quizapp.study.optimizer import MIN_REVIEWS
from quizapp.study.scheduling import FORECAST_DAYS, RecallCheck, forecast, recall_check, retrievability

RECENT_ATTEMPTS = 30


def _recall(user_id: int, retention: float) -> RecallCheck:
    """The student's expected against actual recall, replaying every card's log."""
    histories: dict[int, list[tuple[Rating, datetime]]] = defaultdict(list)
    for card_id, rating, at in db.session.execute(
        select(ReviewLog.card_id, ReviewLog.rating, ReviewLog.reviewed_at).where(ReviewLog.user_id == user_id).order_by(ReviewLog.reviewed_at, ReviewLog.id)
    ):
        histories[card_id].append((Rating(rating), at))
    return recall_check(histories.values(), retention, parameters_of(user_id))


@bp.route("/progress")
@login_required
def index() -> str:
    """Scores of the last finished quizzes, expected recall per set, expected against actual recall, the student's
    FSRS parameters (a fit is queued here once enough reviews are logged), and cards due in the coming days."""
    now = utcnow()
    request_fit(current_user.id)
    attempts = db.session.execute(
        select(QuizAttempt, QuestionSet.title)
        .join(QuestionSet, QuestionSet.id == QuizAttempt.set_id)
        .where(QuizAttempt.user_id == current_user.id, QuizAttempt.finished_at.is_not(None), QuizAttempt.total > 0)
        .order_by(QuizAttempt.finished_at.desc(), QuizAttempt.id.desc())
        .limit(RECENT_ATTEMPTS)
    ).all()
    attempts = list(reversed(attempts))
    zone = zone_of(current_user)
    score_points = [(a.finished_at.astimezone(zone).strftime("%d %b"), round(100 * a.score / a.total)) for a, _ in attempts if a.finished_at]

    cards = db.session.execute(
        select(ReviewCard, Question.set_id).join(Question, Question.id == ReviewCard.question_id).where(ReviewCard.user_id == current_user.id)
    ).all()
    recall: dict[int, float] = defaultdict(float)
    parameters = parameters_of(current_user.id)
    for card, set_id in cards:
        recall[set_id] += retrievability(fields_of(card), now, parameters)
    set_ids = set(recall) | {a.set_id for a, _ in attempts}
    mastery: list[tuple[str, int, int, int]] = []
    if set_ids:
        for set_id, title, count in db.session.execute(
            select(QuestionSet.id, QuestionSet.title, func.count(Question.id))
            .join(Question, Question.set_id == QuestionSet.id)
            .where(QuestionSet.id.in_(set_ids))
            .group_by(QuestionSet.id, QuestionSet.title)
            .order_by(QuestionSet.title)
        ):
            met = sum(1 for _, s in cards if s == set_id)
            mastery.append((title, round(100 * recall[set_id] / count) if count else 0, met, count))

    outlook = forecast([card.due for card, _ in cards if card.due < now + timedelta(days=FORECAST_DAYS + 1)], now, zone)
    forecast_bars = [("Now", float(outlook.due_now))] + [
        ("Today" if i == 0 else day.strftime("%a"), float(n)) for i, (day, n) in enumerate(outlook.days)
    ]
    return render_template(
        "progress/index.html",
        attempts=attempts,
        score_chart=Markup(line_chart(score_points, "Quiz scores over time, in percent")) if score_points else None,
        mastery=mastery,
        mastery_chart=Markup(bar_chart([(m[0], m[1]) for m in mastery], "Expected recall per question set, in percent", y_max=100, y_unit="%")) if mastery else None,
        forecast_chart=Markup(bar_chart(forecast_bars, "Review cards due in the coming days", whole=True)),
        outlook=outlook,
        zone=zone,
        recall=_recall(current_user.id, current_user.desired_retention),
        fitted=db.session.get(StudentParameters, current_user.id),
        min_reviews=MIN_REVIEWS,
        reviews=db.session.scalar(select(func.count(ReviewLog.id)).where(ReviewLog.user_id == current_user.id)) or 0,
    )
