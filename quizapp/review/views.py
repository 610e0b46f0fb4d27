"""The Review page: the next due card, ratings, quiz-style answers, the forecast and the retention setting."""

from __future__ import annotations

import random
import secrets
from datetime import datetime, timedelta

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from fsrs import Rating
from sqlalchemy import func, select
from werkzeug.wrappers import Response

from quizapp.bank.formats.partial_dates import format_partial
from quizapp.extensions import db, utcnow
from quizapp.review import bp
from quizapp.review.forms import RateForm, RetentionForm, ReviewAnswerForm, TimeZoneForm
from quizapp.review.models import ReviewCard
from quizapp.review.operations import (
    TimeZoneError,
    fields_of,
    parameters_of,
    rate_card,
    set_retention,
    set_time_zone,
    zone_of,
)
from quizapp.sets.models import Question, QuestionSet
from quizapp.sets.visibility import is_studyable, studyable, studyable_set_ids
from quizapp.study.answers import WHAT, AnswerError, date_granularity, example_of, grade_name, grade_question
from quizapp.study.scheduling import FORECAST_DAYS, forecast, format_interval, next_intervals, quiz_rating
from quizapp.study.selection import shuffled_options


def _rng() -> random.Random:
    return random.Random(secrets.randbits(64))


def card_options(card: ReviewCard, question: Question) -> list[str]:
    """A card's options in quiz mode: shuffled, but the same for one card version (so a POST can re-derive them);
    none for a date or a typed question."""
    if question.type != "multiple_choice":
        return []
    return shuffled_options(question.answer, list(question.distractors or []), random.Random(f"{card.id}:{card.reps}"))


def _own_card(card_id: int) -> tuple[ReviewCard, Question]:
    row = db.session.execute(
        select(ReviewCard, Question).join(Question, Question.id == ReviewCard.question_id).where(ReviewCard.id == card_id)
    ).first()
    if row is None or row[0].user_id != current_user.id:
        abort(404)
    if not is_studyable(db.session.get(QuestionSet, row[1].set_id), current_user.id, current_user.is_teacher):
        abort(404)  # its set was unpublished: the card is kept, hidden until the set is published again
    return row[0], row[1]


def _chosen_set() -> QuestionSet | None:
    """The set named by ``?set=SLUG`` (review that set only), or None for all sets; an unknown slug is a 404."""
    slug = request.args.get("set", "")
    if not slug:
        return None
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug[:200]))
    if qset is None or not is_studyable(qset, current_user.id, current_user.is_teacher):
        abort(404, description="No such question set.")
    return qset


def _my_sets() -> list[tuple[str, str, int]]:
    """The sets the student has cards in: slug, title and the number of cards."""
    rows = db.session.execute(
        select(QuestionSet.slug, QuestionSet.title, func.count(ReviewCard.id))
        .join(Question, Question.set_id == QuestionSet.id)
        .join(ReviewCard, ReviewCard.question_id == Question.id)
        .where(ReviewCard.user_id == current_user.id, studyable(current_user.id, current_user.is_teacher))
        .group_by(QuestionSet.slug, QuestionSet.title)
        .order_by(QuestionSet.title)
    ).all()
    return [(r[0], r[1], int(r[2])) for r in rows]


def _page(retention_form: RetentionForm | None = None, status: int = 200, mode: str = "recall", card_id: int | None = None,
          answer_form: ReviewAnswerForm | None = None, error: str | None = None, zone_form: TimeZoneForm | None = None) -> tuple[str, int]:
    now = utcnow()
    qset = _chosen_set()
    in_set = [Question.set_id == qset.id] if qset is not None else [Question.set_id.in_(studyable_set_ids(current_user.id, current_user.is_teacher))]
    dues = db.session.scalars(
        select(ReviewCard.due).join(Question, Question.id == ReviewCard.question_id)
        .where(ReviewCard.user_id == current_user.id, ReviewCard.due < now + timedelta(days=FORECAST_DAYS + 1), *in_set)
    ).all()
    total = db.session.scalar(
        select(func.count(ReviewCard.id)).join(Question, Question.id == ReviewCard.question_id).where(ReviewCard.user_id == current_user.id, *in_set)
    ) or 0
    outlook = forecast(dues, now, zone_of(current_user))
    stmt = select(ReviewCard, Question).join(Question, Question.id == ReviewCard.question_id).where(ReviewCard.user_id == current_user.id, *in_set)
    if card_id is not None:
        stmt = stmt.where(ReviewCard.id == card_id)
    else:
        stmt = stmt.where(ReviewCard.due <= now).order_by(ReviewCard.due, ReviewCard.id)
    row = db.session.execute(stmt.limit(1)).first()
    card, question = (row[0], row[1]) if row else (None, None)
    intervals = {}
    if card is not None:
        intervals = {int(r): format_interval(i) for r, i in next_intervals(fields_of(card), now, current_user.desired_retention, parameters_of(current_user.id)).items()}
    context: dict[str, object] = {
        "card": card,
        "question": question,
        "outlook": outlook,
        "total": total,
        "mode": mode,
        "retention_form": retention_form or RetentionForm(retention=current_user.desired_retention),
        "answer_form": answer_form or ReviewAnswerForm(),
        "error": error,
        "shown_ms": int(now.timestamp() * 1000),
        "format_partial": format_partial,
        "options": card_options(card, question) if card is not None and question is not None else [],
        "ratings": [(1, "Again"), (2, "Hard"), (3, "Good"), (4, "Easy")],
        "intervals": intervals,
        "qset": qset,
        "my_sets": _my_sets(),
        "zone_form": zone_form or TimeZoneForm(time_zone=current_user.time_zone),
    }
    if question is not None and question.type == "date" and question.date:
        granularity = date_granularity(question.date)
        context["what"], context["example"] = WHAT[granularity], example_of(granularity, question.date.startswith("-"))
    return render_template("review/index.html", **context), status


def _back() -> Response:
    """Back to the review page, in the same set when one was chosen."""
    slug = request.args.get("set", "")[:200]
    return redirect(url_for("review.index", set=slug or None))


def _elapsed_ms(shown_ms: str | None, now: datetime) -> int | None:
    """Milliseconds since the page stamped ``shown_ms`` (None when the stamp is missing or not a number)."""
    raw = shown_ms or ""
    if raw.isascii() and raw.isdigit() and len(raw) < 16:
        return int(now.timestamp() * 1000) - int(raw)
    return None


@bp.route("/review")
@login_required
def index() -> tuple[str, int]:
    """The next due card (prompt, reveal, rate), the due counts and the retention setting."""
    return _page()


@bp.route("/review/<int:card_id>/quiz")
@login_required
def quiz(card_id: int) -> tuple[str, int]:
    """A card asked as a quiz question (options or a typed date) instead of recall and self-rating."""
    _card, question = _own_card(card_id)
    if question.type == "typed":
        return _page(mode="type", card_id=card_id)  # no options to show: typed from memory
    return _page(mode="quiz", card_id=card_id)


@bp.route("/review/<int:card_id>/type")
@login_required
def type_in(card_id: int) -> tuple[str, int]:
    """A name card asked for typed recall: no options, the answer typed from memory (matched forgivingly)."""
    _card, question = _own_card(card_id)
    if question.type == "date":
        return _page(mode="quiz", card_id=card_id)  # dates are typed in quiz mode already
    return _page(mode="type", card_id=card_id)


@bp.route("/review/<int:card_id>/rate", methods=["POST"])
@login_required
def rate(card_id: int) -> Response | tuple[str, int]:
    """Apply Again/Hard/Good/Easy to the version of the card that was shown; a stale version is ignored."""
    card, _question = _own_card(card_id)
    form = RateForm()
    if not form.validate_on_submit():
        message = "; ".join(e for errors in form.errors.values() for e in errors)
        abort(400, description=message or "Choose a rating.")
    now = utcnow()
    duration_ms = _elapsed_ms(form.shown_ms.data, now)
    if rate_card(card, Rating(int(form.rating.data or "3")), form.version.data or 0, now, _rng(), duration_ms):
        flash("Saved. Next card.", "success")
    else:
        flash("That card was already rated.", "info")
    return _back()


@bp.route("/review/<int:card_id>/answer", methods=["POST"])
@login_required
def answer(card_id: int) -> Response | tuple[str, int]:
    """Grade a quiz-style answer to a card and rate the card from the result (wrong = Again, right = Good)."""
    card, question = _own_card(card_id)
    form = ReviewAnswerForm()
    if not form.validate_on_submit():
        if question.type == "typed":
            return _page(status=400, mode="type", card_id=card_id, answer_form=form, error="Type the answer, in at most 100 characters.")
        return _page(status=400, mode="quiz", card_id=card_id, answer_form=form, error="Answer with one of the options or a date.")
    typed = question.type == "typed" or (form.typed.data is not None and question.type != "date")
    options = card_options(card, question)
    try:
        if typed:
            verdict = grade_name(form.typed.data or "", question.answer, list(question.distractors or []), question.answer_kind == "person")
        else:
            verdict = grade_question(question.type, question.answer, question.date, options, form.choice.data, form.answer.data)
    except AnswerError as error:
        return _page(status=400, mode="type" if typed else "quiz", card_id=card_id, answer_form=form, error=str(error))
    now = utcnow()
    duration_ms = _elapsed_ms(form.shown_ms.data, now)
    rating = quiz_rating(verdict.correct, duration_ms, "typed_name" if typed else question.type)
    if not rate_card(card, rating, form.version.data or 0, now, _rng(), duration_ms):
        flash("That card was already reviewed.", "info")
        return _back()
    if verdict.correct:
        flash(f"Right: {question.answer}.", "success")
    else:
        flash(f"Wrong: you answered {verdict.shown}. {verdict.message}", "error")
    if question.source_sentence:
        flash(question.source_sentence, "source")
    return _back()


@bp.route("/review/retention", methods=["POST"])
@login_required
def retention() -> Response | tuple[str, int]:
    """Set the desired retention (0.70-0.97)."""
    form = RetentionForm()
    if not form.validate_on_submit():
        return _page(retention_form=form, status=400)
    value = set_retention(current_user.id, float(form.retention.data or 0), _rng())
    flash(f"Desired retention set to {value:.2f}; your cards are rescheduled for it.", "success")
    return redirect(url_for("review.index"))


@bp.route("/review/time-zone", methods=["POST"])
@login_required
def time_zone() -> Response | tuple[str, int]:
    """Set the time zone whose days the forecast counts in (an IANA name such as Europe/Paris)."""
    form = TimeZoneForm()
    if not form.validate_on_submit():
        return _page(zone_form=form, status=400)
    try:
        name = set_time_zone(current_user.id, form.time_zone.data or "")
    except TimeZoneError as error:
        form.time_zone.errors = [str(error)]
        return _page(zone_form=form, status=400)
    flash(f"Time zone set to {name}.", "success")
    return redirect(url_for("review.index"))
