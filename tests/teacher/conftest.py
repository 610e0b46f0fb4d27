"""Fixtures for the teacher area: uploads, a snapshot of stored sets, recorded answers, a fake derivation."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from quizapp.auth.models import User
from quizapp.bank.types import QuestionBank
from quizapp.extensions import db
from quizapp.quiz.models import QuizAnswer, QuizAttempt, QuizItem
from quizapp.sets.models import Question, QuestionSet
from quizapp.teacher import operations
from tests.conftest import sample_bank

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)



@pytest.fixture()
def upload(teacher_client: FlaskClient) -> Callable[..., Any]:
    """Factory: ``upload(filename, data, title="")`` posts a bank file as the teacher."""

    def post(filename: str, data: bytes | str, title: str = "", client: FlaskClient | None = None) -> Any:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        return (client or teacher_client).post(
            "/teacher/upload", data={"file": (io.BytesIO(raw), filename), "title": title}, content_type="multipart/form-data"
        )

    return post


@pytest.fixture()
def stored(app: Flask) -> Callable[[], tuple[int, int]]:
    """Factory: the number of stored sets and questions, to show that a refused upload changed nothing."""

    def count() -> tuple[int, int]:
        db.session.expire_all()
        return (db.session.scalar(select(func.count(QuestionSet.id))) or 0, db.session.scalar(select(func.count(Question.id))) or 0)

    return count


@pytest.fixture()
def record_answers(app: Flask) -> Callable[[User, QuestionSet, dict[str, bool]], QuizAttempt]:
    """Factory: one finished quiz attempt by ``user`` answering the set's questions (by uid) right or wrong."""
    offset = iter(range(10_000))

    def record(user: User, qset: QuestionSet, marks: dict[str, bool]) -> QuizAttempt:
        at = NOW + timedelta(minutes=next(offset))
        by_uid = {q.uid: q for q in qset.questions}
        attempt = QuizAttempt(user_id=user.id, set_id=qset.id, started_at=at, finished_at=at, score=sum(marks.values()), total=len(marks))
        db.session.add(attempt)
        for position, (uid, correct) in enumerate(marks.items()):
            item = QuizItem(position=position, question_id=by_uid[uid].id, options=[], shown_at=at)
            attempt.items.append(item)
            db.session.flush()
            db.session.add(QuizAnswer(item_id=item.id, user_id=user.id, question_id=by_uid[uid].id, given_answer="x", correct=correct, answered_at=at))
        db.session.commit()
        return attempt

    return record


@pytest.fixture()
def fake_derive(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    """Replace spaCy derivation by one returning the sample bank after reporting progress; yields its calls."""
    calls: list[dict[str, Any]] = []

    def derive(text: str, *, title: str, source: str, progress: Callable[[int, int], None] | None = None) -> QuestionBank:
        calls.append({"text": text, "title": title, "source": source})
        if "FAIL" in text:
            raise ValueError("The text is too short to derive questions from.")
        for done in range(1, 4):
            if progress:
                progress(done, 3)
        return sample_bank(title)

    monkeypatch.setattr(operations, "derive_function", lambda: derive)
    yield calls
