"""Shared fixtures of the question-bank tests: the spaCy model and the default text's bank, built once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quizapp.bank.derive import derive_bank
from quizapp.bank.ner import load_model
from quizapp.bank.types import QuestionBank

ROOT = Path(__file__).resolve().parents[2]
SERGE = ROOT / "question_bank" / "sources" / "victor_serge.txt"


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The spaCy pipeline, loaded once per session."""
    return load_model()


@pytest.fixture(scope="session")
def serge_text() -> str:
    """The default source text."""
    return SERGE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def serge_bank(nlp: Any, serge_text: str) -> QuestionBank:
    """The bank derived from the default text."""
    return derive_bank(serge_text, title="Victor Serge", source="victor_serge.txt")
