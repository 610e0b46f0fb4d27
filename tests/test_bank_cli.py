"""``flask bank derive|import|load-default``: from a text file to a stored set, with clear errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from flask.testing import FlaskCliRunner
from sqlalchemy import func, select

from quizapp.auth.models import User
from quizapp.bank.formats.interchange import dump_json, load_json
from quizapp.extensions import db
from quizapp.quiz.models import QuizAnswer, QuizAttempt, QuizItem
from quizapp.sets.models import Question, QuestionSet
from tests.conftest import sample_bank

TEXT = (
    "Ada Lovelace was born in London on 10th December, 1815. In 1833 Ada Lovelace met Charles Babbage in London. "
    "In 1835 Ada Lovelace married William King in Ockham. In 1843 Ada Lovelace published her Notes in Taylor's "
    "Scientific Memoirs, with the help of Charles Babbage. In 1844 Mary Somerville visited Ada Lovelace in Ockham. "
    "In 1850 Ada Lovelace travelled to Paris with William King. Ada Lovelace died in Marylebone in November, 1852."
)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Zoë était née à Paris en 1850.".encode("latin-1"), "UTF-8"),
    ],
)
def test_derive_refuses_bad_files(runner: FlaskCliRunner, tmp_path: Path, content: bytes | None, message: str) -> None:
    """Does ``bank derive`` explain a missing, empty, binary or non-UTF-8 file, write nothing and fail?"""
    source = tmp_path / "source.txt"
    if content is not None:
        source.write_bytes(content)
    out = tmp_path / "bank.json"
    result = runner.invoke(args=["bank", "derive", str(source), "-o", str(out)])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_derive_writes_a_valid_bank(runner: FlaskCliRunner, tmp_path: Path) -> None:
    """Does ``bank derive`` write a bank in the interchange format, with dated and multiple-choice questions?"""
    source = tmp_path / "ada_lovelace.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "bank.json"
    result = runner.invoke(args=["bank", "derive", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    bank = load_json(out.read_bytes())
    assert bank.title == "Ada Lovelace" and bank.source == "ada_lovelace.txt"
    assert {"1815-12-10", "1833", "1852-11"} <= {q.date for q in bank.questions}
    assert any(q.type.value == "multiple_choice" for q in bank.questions)


def _answer_first_question(user: User, qset: QuestionSet) -> None:
    question = qset.questions[0]
    attempt = QuizAttempt(user_id=user.id, set_id=qset.id, total=1)
    item = QuizItem(position=1, kind="question", question_id=question.id, options=[])
    attempt.items.append(item)
    db.session.add(attempt)
    db.session.flush()
    db.session.add(QuizAnswer(item_id=item.id, user_id=user.id, question_id=question.id, given_answer="x", correct=True))
    db.session.commit()


def test_import_creates_then_replaces_keeping_history(
    runner: FlaskCliRunner, tmp_path: Path, make_user: Callable[..., User]
) -> None:
    """Does ``bank import`` create a set, and on re-import keep answers of unchanged ids and drop removed questions?"""
    bank = sample_bank()
    path = tmp_path / "bank.json"
    path.write_text(dump_json(bank))
    first = runner.invoke(args=["bank", "import", str(path), "--slug", "ada", "--publish"])
    assert first.exit_code == 0, first.output
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == "ada"))
    assert qset is not None and qset.published and len(qset.questions) == len(bank.questions)
    _answer_first_question(make_user(), qset)

    document = json.loads(path.read_text())
    document["questions"] = document["questions"][:1] + document["questions"][2:]  # drop the second question
    document["questions"][0]["prompt"] = "Where was Ada Lovelace born? (edited)"
    path.write_text(json.dumps(document))
    again = runner.invoke(args=["bank", "import", str(path), "--slug", "ada"])
    assert again.exit_code == 0, again.output
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Question.id))) == len(bank.questions) - 1
    assert db.session.scalar(select(func.count(QuizAnswer.id))) == 1
    kept = db.session.scalar(select(Question).where(Question.uid == bank.questions[0].id))
    assert kept is not None and kept.prompt.endswith("(edited)")


def test_import_reports_every_bad_question(runner: FlaskCliRunner, tmp_path: Path) -> None:
    """Does ``bank import`` of an invalid file list its problems by question number and store nothing?"""
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"title": "T", "questions": [{"type": "date", "prompt": "When?", "date": "1911-13"}, {"type": "x"}]}))
    result = runner.invoke(args=["bank", "import", str(path), "--slug", "bad"])
    assert result.exit_code != 0
    assert "question 1" in result.output and "question 2" in result.output
    assert db.session.scalar(select(func.count(QuestionSet.id))) == 0


def test_load_default_once(runner: FlaskCliRunner) -> None:
    """Does ``bank load-default`` load the shipped set, published, and leave it alone the second time?"""
    first = runner.invoke(args=["bank", "load-default"])
    assert first.exit_code == 0, first.output
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == "victor-serge"))
    assert qset is not None and qset.published and len(qset.questions) >= 100
    second = runner.invoke(args=["bank", "load-default"])
    assert second.exit_code == 0 and "already loaded" in second.output
    assert db.session.scalar(select(func.count(QuestionSet.id))) == 1
