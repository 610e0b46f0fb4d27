"""Reading and validating the JSON interchange format."""

from __future__ import annotations

import json
from typing import Any

import pytest

from quizapp.bank.formats.interchange import dump_json, load_json
from quizapp.bank.types import BankFormatError
from tests.conftest import sample_bank


def _doc(*questions: dict[str, Any]) -> str:
    return json.dumps({"title": "T", "source": "s.txt", "questions": list(questions)})


MC = {"id": "a", "type": "multiple_choice", "prompt": "Who?", "answer": "Ada", "distractors": ["Bob", "Cy", "Di"], "answer_kind": "person"}
TYPED = {"id": "c", "type": "typed", "prompt": "The hymn he murmured was ____.", "answer": "Nearer, My God, to Thee", "answer_kind": "work"}
DATE = {"id": "b", "type": "date", "prompt": "When?", "answer": "21 December 1911", "date": "1911-12-21", "distractors": ["1911-12-20"]}


def test_dump_then_load_gives_the_same_bank() -> None:
    """Does writing a bank and reading it back give an equal bank?"""
    bank = sample_bank()
    assert load_json(dump_json(bank)) == bank


def test_a_typed_question_is_read_with_no_options() -> None:
    """Is a typed question (a name typed from memory) read with its kind and no distractors, and written back?"""
    bank = load_json(_doc(TYPED))
    question = bank.questions[0]
    assert (question.type.value, question.answer_kind.value, question.distractors) == ("typed", "work", ())
    assert load_json(dump_json(bank)) == bank


def test_written_date_distractors_become_iso() -> None:
    """Are date distractors written as people write them converted to ISO dates of the answer's precision?"""
    bank = load_json(_doc({**DATE, "distractors": ["20 Dec 1911", "December 22, 1911", "1911-11-21"]}))
    assert bank.questions[0].distractors == ("1911-12-20", "1911-12-22", "1911-11-21")


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ({**MC, "distractors": []}, "needs at least one distractor"),
        ({**MC, "distractors": ["Ada", "Bob"]}, "repeats the answer"),
        ({**MC, "type": "essay"}, "must be multiple_choice, date or typed"),
        ({**MC, "prompt": ""}, "'prompt' is missing"),
        ({**TYPED, "distractors": ["Abide with Me"]}, "a typed question has no distractors"),
        ({**TYPED, "answer": ""}, "'answer' is missing"),
        ({**TYPED, "answer_kind": "date"}, "cannot have answer_kind 'date'"),
        ({**TYPED, "date": "1901"}, "'date' is only for date questions"),
        ({**MC, "prompt": 42}, "'prompt' must be text"),
        ({**DATE, "date": "1911-13-01"}, "must be an ISO date"),
        ({**DATE, "date": "1911-02-30"}, "must be an ISO date"),
        ({**DATE, "distractors": ["1911"]}, "not a date of the same precision"),
        ({**MC, "answer_kind": "animal"}, "'answer_kind' must be one of"),
        ({**MC, "tags": "not a list"}, "'tags' must be a list of texts"),
        ({**MC, "tags": ["a\x00b"]}, "contains a NUL character"),
        ({**MC, "distractors": ["B\x00b", "Cy"]}, "contains a NUL character"),
        ({**MC, "prompt": "Who\x00?"}, "contains a NUL character"),
    ],
)
def test_bad_question_is_refused_with_its_reason(question: dict[str, Any], reason: str) -> None:
    """Is each kind of bad question refused with a reason naming its question number?"""
    with pytest.raises(BankFormatError) as caught:
        load_json(_doc(MC | {"id": "ok"}, question))
    assert any(p.row == 2 and reason in p.reason for p in caught.value.problems), caught.value.problems


def test_every_problem_is_reported_at_once() -> None:
    """Are the problems of all questions, and repeated ids, reported together?"""
    with pytest.raises(BankFormatError) as caught:
        load_json(_doc({**MC, "distractors": []}, {**DATE, "date": "x"}, MC, MC))
    rows = sorted({p.row for p in caught.value.problems})
    assert rows == [1, 2, 4]
    assert any("also used by row 3" in p.reason for p in caught.value.problems)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01binary", "binary"),
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", '"questions" list'),
        (b'{"title": "T", "questions": []}', "no questions"),
        (b"[" * 100000, "not valid JSON"),
    ],
)
def test_bad_file_is_refused(data: bytes, reason: str) -> None:
    """Are empty, binary, malformed and empty-bank files refused with a clear reason?"""
    with pytest.raises(BankFormatError) as caught:
        load_json(data)
    assert reason in str(caught.value)


def test_cp1252_and_bom_are_read() -> None:
    """Are a UTF-8 file with BOM and a Windows-1252 file both read correctly?"""
    doc = _doc({**MC, "answer": "Zoë"})
    assert load_json(b"\xef\xbb\xbf" + doc.encode()).questions[0].answer == "Zoë"
    assert load_json(doc.replace("\\u00eb", "ë").encode("cp1252")).questions[0].answer == "Zoë"


def test_missing_ids_are_stable() -> None:
    """Does a question without an id get the same id on every upload?"""
    question = {k: v for k, v in MC.items() if k != "id"}
    assert load_json(_doc(question)).questions[0].id == load_json(_doc(question)).questions[0].id


def test_nul_in_title_is_refused() -> None:
    """Is a title holding a NUL character refused (no database can store it)?"""
    with pytest.raises(BankFormatError) as caught:
        load_json(json.dumps({"title": "T\x00", "questions": [MC]}))
    assert "NUL" in str(caught.value)
