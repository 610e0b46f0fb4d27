"""Quiz pages: start, one item at a time (question, then its result), and the final score."""

from __future__ import annotations

import random
import secrets
from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select
from werkzeug.wrappers import Response

from quizapp.bank.formats.partial_dates import format_partial, parse_iso
from quizapp.extensions import db, utcnow
from quizapp.quiz import bp
from quizapp.quiz.forms import AnswerForm, StartQuizForm
from quizapp.quiz.models import QuizAttempt
from quizapp.quiz.operations import (
    TIMELINE,
    ItemView,
    QuizInputError,
    Submission,
    answer_item,
    finish_attempt,
    first_unanswered,
    load_item,
    mark_shown,
    mistakes,
    start_quiz,
    timeline_events,
    unfinished_attempts,
)
from quizapp.sets.models import QuestionSet
from quizapp.sets.visibility import is_studyable
from quizapp.study.answers import WHAT, date_granularity, example_of
from quizapp.study.timeline import correct_order


def _rng() -> random.Random:
    return random.Random(secrets.randbits(64))


def _own_attempt(attempt_id: int) -> QuizAttempt:
    attempt = db.session.get(QuizAttempt, attempt_id)
    if attempt is None or attempt.user_id != current_user.id:
        abort(404)
    _studyable_or_404(attempt.set_id)
    return attempt


def _studyable_or_404(set_id: int) -> None:
    """A quiz on a set its teacher has unpublished is hidden (kept, and back once the set is published again)."""
    if not is_studyable(db.session.get(QuestionSet, set_id), current_user.id, current_user.is_teacher):
        abort(404)


@bp.route("/sets/<slug>/quiz", methods=["POST"])
@login_required
def start(slug: str) -> Response:
    """Start a quiz of 5, 10 or 20 items on a set; with one unfinished on that set, resume it unless ``new`` is ticked."""
    form = StartQuizForm()
    if not form.validate_on_submit():
        abort(400, description="Choose 5, 10 or 20 questions.")
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))
    if qset is None or not is_studyable(qset, current_user.id, current_user.is_teacher):
        abort(404)
    open_quiz = unfinished_attempts(current_user.id).get(qset.id)
    if open_quiz is not None and not form.new.data:
        flash(f"You have an unfinished quiz on this set ({open_quiz.answered} of {open_quiz.count} answered): here it is.", "info")
        return redirect(url_for("quiz.show", attempt_id=open_quiz.attempt_id))
    attempt = start_quiz(current_user.id, qset.id, utcnow(), _rng(), int(form.length.data or 10), typed_names=bool(form.typed.data))
    if attempt is None:
        abort(400, description="This set has no questions yet.")
    return redirect(url_for("quiz.item", attempt_id=attempt.id, position=1))


@bp.route("/quiz/<int:attempt_id>")
@login_required
def show(attempt_id: int) -> Response:
    """Resume an attempt at its first unanswered item, or show its result."""
    _own_attempt(attempt_id)
    position = first_unanswered(attempt_id)
    if position is None:
        return redirect(url_for("quiz.result", attempt_id=attempt_id))
    return redirect(url_for("quiz.item", attempt_id=attempt_id, position=position))


def _render_item(view: ItemView, form: AnswerForm | None = None, error: str | None = None, status: int = 200) -> tuple[str, int]:
    question = view.question
    granularity = date_granularity(question.date) if question is not None and question.type == "date" and question.date else None
    context: dict[str, Any] = {
        "view": view,
        "form": form,
        "error": error,
        "what": WHAT[granularity] if granularity else "",
        "example": example_of(granularity, (question.date or "").startswith("-")) if question and granularity else "",
        "format_partial": format_partial,
    }
    if view.answer is not None and view.item.kind == TIMELINE:
        by_id = {e.id: e for e in view.events}
        given = [int(i) for i in view.answer.given_answer.split(",") if i.isdigit()]
        context["given_order"] = [by_id[i] for i in given if i in by_id]
        context["right_order"] = [by_id[i] for i in correct_order(view.events)]
    if view.answer is not None and question is not None and question.type == "date" and question.date:
        from quizapp.study.answers import grade_date

        given = view.answer.given_answer
        same_grain = parse_iso(given) is not None and date_granularity(given) == date_granularity(question.date)
        context["date_message"] = grade_date(given, question.date).message if same_grain else ""
    return render_template("quiz/item.html", **context), status


@bp.route("/quiz/<int:attempt_id>/<int:position>")
@login_required
def item(attempt_id: int, position: int) -> Response | tuple[str, int]:
    """Show an item: the question if unanswered, else its stored result."""
    view = load_item(attempt_id, position)
    if view is None:
        _own_attempt(attempt_id)  # the item was removed with its question: go on with the rest
        return redirect(url_for("quiz.show", attempt_id=attempt_id))
    if view.attempt.user_id != current_user.id:
        abort(404)
    _studyable_or_404(view.attempt.set_id)
    page = _render_item(view)
    if view.answer is None and view.item.shown_at is None:
        mark_shown(view.item.id, utcnow())  # after rendering, so the commit does not expire what the page used
    return page


@bp.route("/quiz/<int:attempt_id>/<int:position>", methods=["POST"])
@login_required
def answer(attempt_id: int, position: int) -> Response | tuple[str, int]:
    """Record an answer once, then show the item's result (a repeat shows the first answer)."""
    view = load_item(attempt_id, position)
    if view is None:
        _own_attempt(attempt_id)
        flash("That question was removed from the set by its teacher, so it is skipped.", "info")
        return redirect(url_for("quiz.show", attempt_id=attempt_id))
    if view.attempt.user_id != current_user.id:
        abort(404)
    _studyable_or_404(view.attempt.set_id)
    form = AnswerForm()
    if not form.validate_on_submit():
        if form.errors.get("csrf_token"):
            abort(400, description="The form expired. Reload the page and answer again.")
        return _render_item(view, form, "That answer is too long.", 400)
    positions = {e.id: request.form.get(f"pos-{e.id}", "") for e in view.events}
    submission = Submission(choice=form.choice.data, text=form.answer.data, positions=positions)
    try:
        answer_item(view, current_user.id, submission, utcnow(), _rng())
    except QuizInputError as error:
        return _render_item(view, form, str(error), 400)
    return redirect(url_for("quiz.item", attempt_id=attempt_id, position=position))


@bp.route("/quiz/<int:attempt_id>/result")
@login_required
def result(attempt_id: int) -> Response | str:
    """The score, the time taken and a review of the mistakes."""
    attempt = _own_attempt(attempt_id)
    position = first_unanswered(attempt_id)
    if position is not None:
        return redirect(url_for("quiz.item", attempt_id=attempt_id, position=position))
    if attempt.finished_at is None:
        finish_attempt(attempt_id, utcnow())
        db.session.refresh(attempt)
    qset = db.session.get(QuestionSet, attempt.set_id)
    wrong = []
    for item_row, question, given in mistakes(attempt_id):
        if item_row.kind == TIMELINE:
            events = timeline_events([int(i) for i in item_row.options])
            by_id = {e.id: e for e in events}
            wrong.append({"timeline": True, "right": [by_id[i] for i in correct_order(events)]})
        elif question is not None:
            shown = format_partial(given.given_answer) if question.type == "date" else given.given_answer
            wrong.append({"timeline": False, "question": question, "given": shown, "right": question.answer})
    return render_template("quiz/result.html", attempt=attempt, qset=qset, wrong=wrong, format_partial=format_partial)
