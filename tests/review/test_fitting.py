"""Personal FSRS parameters in the app: a fit is queued once a student has enough reviews, stored with its held-out
figures, used for their cards, shown on the progress page; ``flask review fit`` runs one at once."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner, FlaskClient
from fsrs import Rating
from sqlalchemy import insert, select

from bench.synthetic_students import simulate, true_parameters
from quizapp.auth.models import User
from quizapp.bank.types import AnswerKind, BankQuestion, QuestionBank, QuestionType
from quizapp.extensions import db
from quizapp.review.models import ReviewCard, ReviewLog, StudentParameters
from quizapp.review.operations import fields_of, parameters_of
from quizapp.sets.models import QuestionSet
from quizapp.study.optimizer import MIN_REVIEWS
from quizapp.study.scheduling import reschedule

CARDS = 80


def _bank() -> QuestionBank:
    questions = tuple(
        BankQuestion(f"q{i}", QuestionType.MULTIPLE_CHOICE, f"Question {i}?", f"A{i}", ("B", "C", "D"), AnswerKind.PERSON, f"A{i} did it.", None, ())
        for i in range(CARDS)
    )
    return QuestionBank("Eighty", "eighty.txt", questions)


@pytest.fixture()
def give_history(make_set: Callable[..., QuestionSet]) -> Callable[[User, int], int]:
    """Factory: ``give_history(user, days)`` stores a synthetic student's cards and review log; returns the review count."""

    def give(user: User, days: int) -> int:
        qset = make_set("eighty", bank=_bank())
        rng = random.Random(2)  # a student whose fit beats the defaults on held-out reviews (not all do: see the README)
        log = simulate(true_parameters(rng), days=days, new_per_day=4, rng=rng, max_cards=CARDS)
        card_ids = {}
        for index, question in enumerate(qset.questions, start=1):
            card = ReviewCard(user_id=user.id, question_id=question.id, due=log[0].at, reps=0)
            db.session.add(card)
            db.session.flush()
            card_ids[index] = (card.id, question.id)
        rows = [
            {"card_id": card_ids[r.card][0], "user_id": user.id, "question_id": card_ids[r.card][1], "rating": r.rating, "reviewed_at": r.at, "review_duration_ms": 3000}
            for r in log
        ]
        db.session.execute(insert(ReviewLog.__table__), rows)
        db.session.commit()
        return len(rows)

    return give


def test_no_fit_below_the_minimum(student_client: FlaskClient, student: User, give_history: Callable[[User, int], int]) -> None:
    """With fewer reviews than the minimum, is nothing queued, and does the page say how many are needed?"""
    count = give_history(student, 5)
    assert count < MIN_REVIEWS
    page = student_client.get("/progress").get_data(as_text=True)
    assert db.session.get(StudentParameters, student.id) is None
    assert f"From {MIN_REVIEWS} reviews" in page and f"you have {count}" in page


def test_enough_reviews_fit_store_and_use_personal_parameters(
    app: Flask, student_client: FlaskClient, student: User, give_history: Callable[[User, int], int]
) -> None:
    """With enough reviews, does visiting the progress page run the fit (inline queue here), store parameters that
    beat the defaults on held-out reviews, reschedule every card with them, and show expected against actual recall?"""
    app.config["JOB_QUEUE"] = "inline"
    count = give_history(student, 100)
    assert count >= MIN_REVIEWS
    page = student_client.get("/progress").get_data(as_text=True)
    row = db.session.get(StudentParameters, student.id)
    assert row is not None and row.state == "done" and row.reviews_used == count and len(row.parameters) == 21
    assert row.log_loss_personal is not None and row.log_loss_default is not None
    assert row.log_loss_personal <= row.log_loss_default  # this synthetic student's fit wins on held-out reviews
    assert "fitted to your own" in page and "Recall expected by the scheduler" in page
    parameters = parameters_of(student.id)
    assert parameters is not None and parameters == tuple(row.parameters)
    card = db.session.scalars(select(ReviewCard).where(ReviewCard.user_id == student.id)).first()
    history = [(Rating(r), at) for r, at in db.session.execute(select(ReviewLog.rating, ReviewLog.reviewed_at).where(ReviewLog.card_id == card.id).order_by(ReviewLog.reviewed_at))]
    again = reschedule(fields_of(card), history, student.desired_retention, random.Random(0), parameters, fuzz=False)
    assert card.stability == pytest.approx(again.stability) and card.difficulty == pytest.approx(again.difficulty)
    student_client.get("/progress")  # no new reviews: no second fit
    assert db.session.get(StudentParameters, student.id).fitted_at == row.fitted_at


def test_a_fit_worse_than_the_defaults_is_not_used(student: User) -> None:
    """Are stored parameters that predicted held-out reviews worse than the defaults left unused?"""
    db.session.add(StudentParameters(user_id=student.id, parameters=[0.3] * 21, state="done", log_loss_default=0.30, log_loss_personal=0.31))
    db.session.commit()
    assert parameters_of(student.id) is None


def test_a_queued_fit_is_not_queued_twice(app: Flask, student_client: FlaskClient, student: User, give_history: Callable[[User, int], int], monkeypatch: pytest.MonkeyPatch) -> None:
    """With a fit queued (its job not run yet), does another visit queue nothing more, and does a queue that is
    down leave the fit to be queued on the next visit?"""
    from quizapp.jobs.queue import QueueUnavailable

    queued: list[tuple[object, ...]] = []
    monkeypatch.setattr("quizapp.review.fitting.enqueue", lambda *args, **kwargs: queued.append(args))
    give_history(student, 100)
    student_client.get("/progress")
    page = student_client.get("/progress").get_data(as_text=True)
    assert len(queued) == 1 and "being fitted" in page
    db.session.delete(db.session.get(StudentParameters, student.id))
    db.session.commit()

    def down(*args: object, **kwargs: object) -> None:
        raise QueueUnavailable("redis is down")

    monkeypatch.setattr("quizapp.review.fitting.enqueue", down)
    assert student_client.get("/progress").status_code == 200
    monkeypatch.setattr("quizapp.review.fitting.enqueue", lambda *args, **kwargs: queued.append(args))
    student_client.get("/progress")
    assert len(queued) == 2


def test_cli_fits_at_once(runner: FlaskCliRunner, student: User, give_history: Callable[[User, int], int]) -> None:
    """Does ``flask review fit EMAIL`` fit and report the held-out figures, and refuse an unknown email?"""
    give_history(student, 100)
    result = runner.invoke(args=["review", "fit", student.email])
    assert result.exit_code == 0, result.output
    assert "Held-out log loss" in result.output
    assert runner.invoke(args=["review", "fit", "nobody@example.org"]).exit_code != 0
