"""``flask data export`` and ``flask data import`` round-trip the whole database."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask
from flask.testing import FlaskCliRunner

from quizapp import create_app
from quizapp.auth.models import Role, User
from quizapp.data.operations import export_all
from quizapp.extensions import db
from quizapp.quiz.models import QuizAnswer, QuizAttempt, QuizItem
from quizapp.review.models import ReviewCard, ReviewLog
from quizapp.sets.models import QuestionSet
from quizapp.teacher.models import DeriveJob

NOW = datetime(2026, 3, 1, 12, 30, tzinfo=UTC)


def _history(user: User, qset: QuestionSet) -> None:
    question = qset.questions[0]
    attempt = QuizAttempt(user_id=user.id, set_id=qset.id, started_at=NOW, finished_at=NOW, score=1, total=1)
    item = QuizItem(position=0, kind="question", question_id=question.id, options=["London", "Paris"], shown_at=NOW)
    attempt.items.append(item)
    db.session.add(attempt)
    db.session.flush()
    db.session.add(QuizAnswer(item_id=item.id, user_id=user.id, question_id=question.id, given_answer="Łódź — “quoted”", correct=True, response_ms=1234, answered_at=NOW))
    card = ReviewCard(user_id=user.id, question_id=question.id, state=2, step=None, stability=3.2, difficulty=5.1, due=NOW, last_review=NOW, reps=1)
    db.session.add(card)
    db.session.flush()
    db.session.add(ReviewLog(card_id=card.id, user_id=user.id, question_id=question.id, rating=3, reviewed_at=NOW, review_duration_ms=900))
    db.session.add(DeriveJob(id="job-" + "x" * 20, owner_id=qset.owner_id, title="A text", state="done", set_id=qset.id, updated_at=NOW))
    db.session.commit()


def test_backup_round_trips_into_an_empty_database(
    app: Flask, runner: FlaskCliRunner, make_user: Callable[..., User], make_set: Callable[..., QuestionSet], empty_database: str, tmp_path: Path
) -> None:
    """Does a backup restored into an empty migrated database hold exactly the same rows, and can new rows follow?"""
    teacher = make_user("t@example.org", Role.TEACHER)
    student = make_user("s@example.org")
    _history(student, make_set(owner=teacher))
    before = export_all()
    backup = tmp_path / "backup.json"
    result = runner.invoke(args=["data", "export", "-o", str(backup)])
    assert result.exit_code == 0, result.output

    other = create_app({"TESTING": True, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": empty_database})
    other_runner = other.test_cli_runner()
    with other.app_context():  # the CLI runs in the innermost app context: the other database's
        try:
            assert other_runner.invoke(args=["db", "upgrade"]).exit_code == 0
            restored = other_runner.invoke(args=["data", "import", str(backup)])
            assert restored.exit_code == 0, restored.output
            after = export_all()
            assert after["tables"] == before["tables"]
            assert db.session.get(QuizAnswer, before["tables"]["quiz_answers"][0]["id"]).answered_at == NOW  # type: ignore[union-attr]
            db.session.add(User(email="new@example.org", password_hash="x"))
            db.session.commit()
            again = other_runner.invoke(args=["data", "import", str(backup)])
            assert again.exit_code != 0 and "not empty" in again.output
        finally:
            db.session.remove()
            db.engine.dispose()
    assert json.loads(backup.read_text())["format"] == "quizapp-backup"


def test_import_refuses_a_file_that_is_not_a_backup(runner: FlaskCliRunner, tmp_path: Path) -> None:
    """Is a JSON file of another kind refused with a clear message?"""
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"questions": []}')
    result = runner.invoke(args=["data", "import", str(bogus)])
    assert result.exit_code != 0 and "not a quizapp backup" in result.output
