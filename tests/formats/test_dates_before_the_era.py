"""Dates BC ("-0044-03-15", 15 March 44 BC) through the interchange format, GIFT and Moodle XML."""

from __future__ import annotations

import json

import pytest

from quizapp.bank.formats import gift, moodle_xml
from quizapp.bank.formats.interchange import dump_json, load_json
from quizapp.bank.types import AnswerKind, BankFormatError, BankQuestion, QuestionBank, QuestionType

_DAY = QuestionType.DATE
BANK = QuestionBank(title="Caesar", source="caesar.txt", questions=(
    BankQuestion("d-ides", _DAY, "Caesar was murdered on ____.", "15 March 44 BC",
                 ("-0045-03-15", "-0043-03-15", "-0046-03-15"), AnswerKind.DATE,
                 "Caesar was murdered on 15 March 44 BC.", "-0044-03-15", ()),
    BankQuestion("d-rubicon", _DAY, "Caesar crossed the Rubicon in ____.", "49 BC", ("-0050", "-0048", "-0052"),
                 AnswerKind.DATE, "Caesar crossed the Rubicon in 49 BC.", "-0049", ()),
))


@pytest.mark.parametrize("name", ["json", "gift", "moodle"])
def test_a_date_before_the_era_goes_out_and_comes_back(name: str) -> None:
    """Does a question dated 15 March 44 BC (eleven characters) and its wrong dates BC survive each format?"""
    if name == "json":
        back = load_json(dump_json(BANK))
    else:
        module = gift if name == "gift" else moodle_xml
        back = module.read(module.write(BANK), title="Caesar")
    assert [(q.date, q.answer, q.distractors) for q in back.questions] == [
        (q.date, q.answer, q.distractors) for q in BANK.questions]


@pytest.mark.parametrize("date", ["-0000", "0000", "-44", "-0044-02-30"])
def test_a_date_before_the_era_that_is_no_date_is_refused_with_its_form(date: str) -> None:
    """Is a year zero, a short year or a day the calendar lacks refused, the message showing how a date BC is
    written?"""
    doc = {"title": "t", "questions": [{"id": "a", "type": "date", "prompt": "In ____ x.", "answer": "x", "date": date,
                                        "distractors": [], "answer_kind": "date"}]}
    with pytest.raises(BankFormatError, match=r"-0044-03-15 \(15 March 44 BC\)"):
        load_json(json.dumps(doc))
