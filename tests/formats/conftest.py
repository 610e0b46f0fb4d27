"""Fixtures for the foreign formats: the shipped default bank and the files written as Moodle and Quizlet write them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.bank.formats.interchange import load_json
from quizapp.bank.types import BankFormatError, BankQuestion, QuestionBank

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def default_bank() -> QuestionBank:
    """The shipped default set, ``question_bank/victor_serge.json``."""
    return load_json((ROOT / "question_bank" / "victor_serge.json").read_bytes())


@pytest.fixture()
def fixture_text() -> Callable[[str], str]:
    """Factory: the text of a file in ``tests/formats/fixtures``."""
    return lambda name: (FIXTURES / name).read_text(encoding="utf-8")


def content(question: BankQuestion) -> tuple[object, ...]:
    """What a round trip must keep: id, type, prompt, answer, options, date, kind, source sentence and tags."""
    return (question.id, question.type, question.prompt, question.answer, question.distractors, question.date,
            question.answer_kind, question.source_sentence, question.tags)


def problems_of(read: Callable[[], object]) -> list[tuple[int, str]]:
    """The ``(line, reason)`` problems a read refuses with."""
    with pytest.raises(BankFormatError) as caught:
        read()
    return [(p.row, p.reason) for p in caught.value.problems]
