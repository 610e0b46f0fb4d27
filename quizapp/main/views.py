"""Home page: what the app is, and the sets a logged-in user can study."""

from __future__ import annotations

from flask import render_template
from flask_login import current_user
from sqlalchemy import func, select, text

from quizapp.extensions import db
from quizapp.main import bp
from quizapp.sets.models import Question, QuestionSet


@bp.route("/")
def index() -> str:
    """Explain the app to visitors; list studyable sets for logged-in users."""
    sets: list[tuple[QuestionSet, int]] = []
    unfinished = {}
    if current_user.is_authenticated:
        from quizapp.quiz.operations import unfinished_attempts

        unfinished = unfinished_attempts(current_user.id)
        stmt = (
            select(QuestionSet, func.count(Question.id))
            .outerjoin(Question, Question.set_id == QuestionSet.id)
            .where(QuestionSet.published.is_(True))
            .group_by(QuestionSet.id)
            .order_by(QuestionSet.title)
        )
        sets = [(row[0], row[1]) for row in db.session.execute(stmt)]
    return render_template("main/index.html", sets=sets, unfinished=unfinished)


@bp.route("/healthz")
def healthz() -> tuple[dict[str, str], int]:
    """For load balancers: 200 when the database answers, 503 otherwise."""
    try:
        db.session.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        db.session.rollback()
        return {"status": "unavailable"}, 503
    return {"status": "ok"}, 200
