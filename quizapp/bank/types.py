"""Plain value types of a question bank: the interchange format in Python form."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class QuestionType(StrEnum):
    """How a question is asked."""

    MULTIPLE_CHOICE = "multiple_choice"
    DATE = "date"
    TYPED = "typed"  # a name typed from memory: the text names too few of its sort to offer options


class AnswerKind(StrEnum):
    """What sort of thing the answer names."""

    PERSON = "person"
    PLACE = "place"
    ORG = "org"
    WORK = "work"
    NUMBER = "number"
    DATE = "date"


@dataclass(frozen=True)
class BankQuestion:
    """One question of a bank, as derived or uploaded.

    ``date`` is the ISO partial date (``1890``, ``1918-10``, ``1911-12-21``) of a date question and
    ``None`` otherwise; ``id`` is stable across runs on the same text; ``confidence`` (0 to 1) is how sure
    the generator is of a derived question, ``None`` for one written by hand.
    """

    id: str
    type: QuestionType
    prompt: str
    answer: str
    distractors: tuple[str, ...]
    answer_kind: AnswerKind
    source_sentence: str = ""
    date: str | None = None
    tags: tuple[str, ...] = ()
    confidence: float | None = None


@dataclass(frozen=True)
class QuestionBank:
    """A titled set of questions with the text they came from."""

    title: str
    source: str
    questions: tuple[BankQuestion, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class RowProblem:
    """One reason an uploaded bank was refused: ``row`` is the 1-based line (CSV) or question number
    (JSON), 0 when the problem concerns the whole file."""

    row: int
    reason: str


class BankFormatError(ValueError):
    """An uploaded bank is invalid; ``problems`` lists every reason found, not only the first."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__("; ".join(f"row {p.row}: {p.reason}" if p.row else p.reason for p in problems))
        self.problems = problems
