"""Home page: what the app is; for a logged-in user, their classes' assignments and the other sets they may study."""

from __future__ import annotations

from flask import render_template
from flask_login import current_user
from sqlalchemy import func, select, text

from quizapp.extensions import db, utcnow
from quizapp.main import bp
from quizapp.sets.models import Question, QuestionSet


@bp.route("/")
def index() -> str:
    """Explain the app to visitors; list a user's assignments (due, done, score) and the other sets they may study."""
    sets: list[tuple[QuestionSet, int]] = []
    unfinished = {}
    assignments = []
    zone = None
    if current_user.is_authenticated:
        from quizapp.classes.queries import home_assignments
        from quizapp.quiz.operations import unfinished_attempts
        from quizapp.review.operations import zone_of
        from quizapp.sets.visibility import studyable

        unfinished = unfinished_attempts(current_user.id)
        assignments = home_assignments(current_user.id)
        assigned = {h.assignment.set_id for h in assignments}
        stmt = (
            select(QuestionSet, func.count(Question.id))
            .outerjoin(Question, Question.set_id == QuestionSet.id)
            .where(studyable(current_user.id, current_user.is_teacher))
            .group_by(QuestionSet.id)
            .order_by(QuestionSet.title)
        )
        sets = [(row[0], row[1]) for row in db.session.execute(stmt) if row[0].id not in assigned]
        zone = zone_of(current_user)
    return render_template("main/index.html", sets=sets, unfinished=unfinished, assignments=assignments, now=utcnow(), zone=zone)


@bp.route("/healthz")
def healthz() -> tuple[dict[str, str], int]:
    """For load balancers: 200 when the database answers, 503 otherwise."""
    try:
        db.session.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        db.session.rollback()
        return {"status": "unavailable"}, 503
    return {"status": "ok"}, 200
