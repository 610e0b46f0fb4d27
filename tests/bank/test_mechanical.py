"""Mechanical checks of every question derived from the default text."""

from __future__ import annotations

import re

from quizapp.bank.types import AnswerKind, QuestionBank, QuestionType
from tests.bank.gold import is_wh_question

_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _shape(text: str) -> str:
    """A coarse shape of an option: digits or words, number of words in a date."""
    if re.fullmatch(r"[\d,]+", text):
        return "digits"
    return "words"


def test_every_question_is_well_formed(serge_bank: QuestionBank, serge_text: str) -> None:
    """Does every question have 3+ distinct distractors of the answer's shape, a hidden answer and a real source?"""
    flat = " ".join(serge_text.split())
    problems: list[str] = []
    for q in serge_bank.questions:
        options = [q.answer, *q.distractors]
        if q.type is QuestionType.TYPED:
            if q.distractors:
                problems.append(f"{q.id}: a typed question with distractors")
        elif len(q.distractors) < 3:
            problems.append(f"{q.id}: only {len(q.distractors)} distractors")
        if len({o.casefold() for o in options}) != len(options):
            problems.append(f"{q.id}: repeated options {options}")
        if q.answer.lower() in q.prompt.lower() or ("____" not in q.prompt and not is_wh_question(q.prompt)):
            problems.append(f"{q.id}: answer visible or no blank: {q.prompt}")
        if " ".join(q.source_sentence.split()) not in flat:
            problems.append(f"{q.id}: source sentence not in the text")
        if q.type is QuestionType.DATE:
            if q.answer_kind is not AnswerKind.DATE or q.date is None or not _ISO.match(q.date):
                problems.append(f"{q.id}: date question without ISO date")
            elif any(not _ISO.match(d) or d.count("-") != q.date.count("-") or d == q.date for d in q.distractors):
                problems.append(f"{q.id}: date distractors not other ISO dates of the same granularity {options}")
        else:
            if any(_shape(d) != _shape(q.answer) for d in q.distractors):
                problems.append(f"{q.id}: distractor of another shape {options}")
            if q.date is not None:
                problems.append(f"{q.id}: multiple choice question with a date")
    assert problems == []


def test_ids_are_unique_and_stable(serge_bank: QuestionBank, serge_text: str) -> None:
    """Are question ids unique, and the same when the text is derived again?"""
    from quizapp.bank.derive import derive_bank

    ids = [q.id for q in serge_bank.questions]
    assert len(ids) == len(set(ids))
    again = derive_bank(serge_text, title="Victor Serge", source="victor_serge.txt")
    assert [q.id for q in again.questions] == ids
    assert again == serge_bank
