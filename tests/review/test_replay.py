"""Every answer is a review: 1,000 random quiz and review events through the app, replayed through fsrs directly."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from fsrs import Card, Rating, ReviewLog as FsrsLog, Scheduler
from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.quiz.models import QuizItem
from quizapp.review.models import ReviewCard, ReviewLog
from quizapp.review.views import card_options
from quizapp.sets.models import Question, QuestionSet
from quizapp.study.scheduling import SLOW_ANSWER_MS

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
EVENTS = 1000


@dataclass
class Expected:
    """One question's card and log as fsrs itself makes them."""

    card: Card
    logs: list[FsrsLog] = field(default_factory=list)


class Clock:
    """The time the app sees; the test moves it."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, rng: random.Random) -> None:
        kind = rng.random()
        if kind < 0.4:
            self.now += timedelta(seconds=rng.randint(1, 300))
        elif kind < 0.7:
            self.now += timedelta(minutes=rng.randint(10, 600))
        else:
            self.now += timedelta(days=rng.uniform(0.5, 12))


def _right(question: Question, options: list[str]) -> dict[str, str]:
    if question.type == "date":
        return {"answer": question.date or ""}
    return {"choice": str(options.index(question.answer) + 1)}


def _wrong(question: Question, options: list[str]) -> dict[str, str]:
    if question.type == "date":
        return {"answer": "1700" if len(question.date or "") == 4 else "1700-01-01"[: len(question.date or "")]}
    wrong = next(i for i, option in enumerate(options, start=1) if option != question.answer)
    return {"choice": str(wrong)}


@pytest.fixture()
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """The app's clock in the quiz and review views, under the test's control."""
    fake = Clock()
    monkeypatch.setattr("quizapp.quiz.views.utcnow", fake)
    monkeypatch.setattr("quizapp.review.views.utcnow", fake)
    return fake


def test_thousand_events_match_fsrs(app: Flask, student: User, student_client: FlaskClient, make_set: object, clock: Clock) -> None:
    """With fuzz off, do 1,000 random quiz answers (right and wrong, due or early), self-ratings, quiz-style
    review answers and a retention change leave every card and log exactly as fsrs computes them directly,
    with one log row per event?"""
    app.config["REVIEW_FUZZ"] = False
    qset: QuestionSet = make_set()  # type: ignore[operator]
    questions = {q.id: q for q in db.session.scalars(select(Question).where(Question.set_id == qset.id))}
    rng = random.Random(2026)
    scheduler = Scheduler(desired_retention=0.9, enable_fuzzing=False)
    expected: dict[int, Expected] = {}
    attempt_url: str | None = None
    events = counted = 0
    kinds = {"quiz": 0, "quiz early": 0, "rate": 0, "review answer": 0, "wrong": 0}

    def expect(question_id: int, rating: Rating, duration: int | None) -> None:
        entry = expected.setdefault(question_id, Expected(Card(card_id=question_id, due=clock.now)))
        entry.card, log = scheduler.review_card(entry.card, rating, review_datetime=clock.now, review_duration=duration)
        entry.logs.append(log)
        kinds["wrong"] += rating == Rating.Again

    while events < EVENTS:
        clock.advance(rng)
        if events == EVENTS // 2:  # a retention change reschedules every card from its log
            assert student_client.post("/review/retention", data={"retention": "0.85"}).status_code == 302
            scheduler = Scheduler(desired_retention=0.85, enable_fuzzing=False)
            for entry in expected.values():
                entry.card = scheduler.reschedule_card(entry.card, entry.logs)
        cards = list(db.session.scalars(select(ReviewCard).where(ReviewCard.user_id == student.id)))
        choice = rng.random()
        if choice < 0.5 or not cards:
            if attempt_url is None:
                response = student_client.post(f"/sets/{qset.slug}/quiz", data={"length": "5", "new": "y"})
                assert response.status_code == 302
                attempt_url = response.headers["Location"]
            item_url = student_client.get(attempt_url.rsplit("/", 1)[0]).headers["Location"]
            if item_url.endswith("/result"):
                attempt_url = None
                continue
            assert student_client.get(item_url).status_code == 200  # shown now: answered at once, so quick
            db.session.expire_all()
            attempt_id, position = (int(part) for part in item_url.rstrip("/").split("/")[-2:])
            item = db.session.scalar(select(QuizItem).where(QuizItem.attempt_id == attempt_id, QuizItem.position == position))
            assert item is not None
            if item.kind == "timeline":
                data = {f"pos-{qid}": str(n) for n, qid in enumerate(item.options, start=1)}
                assert student_client.post(item_url, data=data).status_code == 302
                continue
            question = questions[item.question_id]
            right = rng.random() < 0.7
            data = (_right if right else _wrong)(question, list(item.options))
            card = next((c for c in cards if c.question_id == question.id), None)
            kinds["quiz early" if card is not None and card.due > clock.now else "quiz"] += 1
            assert student_client.post(item_url, data=data).status_code == 302
            expect(question.id, Rating.Good if right else Rating.Again, 0)
        else:
            card = rng.choice(cards)
            question = questions[card.question_id]
            duration = rng.choice([800, 4000, 12_000, 25_000, 90_000])
            shown = str(int(clock.now.timestamp() * 1000) - duration)
            if rng.random() < 0.5:
                rating = Rating(rng.randint(1, 4))
                response = student_client.post(f"/review/{card.id}/rate", data={"rating": str(int(rating)), "version": str(card.reps), "shown_ms": shown})
                kinds["rate"] += 1
            else:
                right = rng.random() < 0.7
                options = card_options(card, question) if question.type != "date" else []
                data = {**(_right if right else _wrong)(question, options), "version": str(card.reps), "shown_ms": shown}
                response = student_client.post(f"/review/{card.id}/answer", data=data)
                rating = Rating.Again if not right else Rating.Hard if duration > SLOW_ANSWER_MS[question.type] else Rating.Good
                kinds["review answer"] += 1
            assert response.status_code == 302
            expect(question.id, rating, duration)
        events += 1
        counted += 1
        db.session.expire_all()

    stored = {c.question_id: c for c in db.session.scalars(select(ReviewCard).where(ReviewCard.user_id == student.id))}
    assert set(stored) == set(expected)
    for question_id, entry in expected.items():
        card = stored[question_id]
        assert (card.state, card.step, card.due, card.last_review) == (int(entry.card.state), entry.card.step, entry.card.due, entry.card.last_review)
        assert card.stability == pytest.approx(entry.card.stability, rel=1e-9)
        assert card.difficulty == pytest.approx(entry.card.difficulty, rel=1e-9)
        assert card.reps == len(entry.logs)
        logs = db.session.execute(
            select(ReviewLog.rating, ReviewLog.reviewed_at, ReviewLog.review_duration_ms).where(ReviewLog.card_id == card.id).order_by(ReviewLog.id)
        ).all()
        assert [tuple(row) for row in logs] == [(int(log.rating), log.review_datetime, log.review_duration) for log in entry.logs]
    total_logs = db.session.scalar(select(db.func.count(ReviewLog.id)).where(ReviewLog.user_id == student.id))
    assert total_logs == counted == EVENTS
    assert min(kinds.values()) > 50, kinds  # every kind of event, early quiz answers and wrong ones included
