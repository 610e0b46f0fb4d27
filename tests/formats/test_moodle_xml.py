"""Moodle XML: reading Moodle's export, refusing what cannot be represented at its line, safe parsing, round trips."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.bank.formats import moodle_xml
from quizapp.bank.types import QuestionBank, QuestionType
from tests.conftest import sample_bank
from tests.formats.conftest import content, problems_of


def test_the_default_set_round_trips_through_moodle_xml(default_bank: QuestionBank) -> None:
    """Does the default set, written as Moodle XML and read back, give the same questions, answers and options?"""
    back = moodle_xml.read(moodle_xml.write(default_bank), title=default_bank.title)
    assert [content(q) for q in back.questions] == [content(q) for q in default_bank.questions]


def test_the_sample_bank_round_trips_including_special_characters() -> None:
    """Do HTML-like text, ampersands and ]]> in a prompt survive the HTML-in-CDATA Moodle uses?"""
    q = sample_bank().questions[0]
    tricky = q.__class__(**{**q.__dict__, "prompt": "Is <b> & ]]> bold?", "answer": "a < b"})
    bank = QuestionBank("T", "", (tricky, *sample_bank().questions[1:]))
    back = moodle_xml.read(moodle_xml.write(bank), title="T")
    assert [content(x) for x in back.questions] == [content(x) for x in bank.questions]


def test_unrepresentable_questions_of_a_moodle_export_are_reported_at_their_lines(fixture_text: Callable[[str], str]) -> None:
    """Are the essay and matching questions of a Moodle export reported at their <question> lines, and only they?"""
    text = fixture_text("moodle_export.xml")
    problems = problems_of(lambda: moodle_xml.read(text, title="T"))
    assert problems == [(157, "Moodle's essay questions cannot be represented"), (185, "Moodle's matching questions cannot be represented")]


def test_the_representable_questions_of_a_moodle_export_are_read(fixture_text: Callable[[str], str]) -> None:
    """Without its essay and matching, does the export give its multichoice, true/false, date and year questions?"""
    text = re.sub(r"<!-- question: 730[56]  -->\s*<question type=\"(essay|matching)\">.*?</question>", "", fixture_text("moodle_export.xml"), flags=re.S)
    feb, abdication, october, lenin = moodle_xml.read(text, title="T").questions
    assert (feb.id, feb.prompt, feb.answer, feb.distractors) == ("rr-feb", "In which city did the February Revolution of 1917 break out?", "Petrograd", ("Moscow", "Kiev", "Odessa"))
    assert feb.source_sentence == "It began with strikes in Petrograd on International Women's Day."
    assert feb.tags == ("russia", "1917")
    assert (abdication.answer, abdication.distractors) == ("True", ("False",))
    assert (october.type, october.date) == (QuestionType.DATE, "1917-11-07")
    assert (lenin.type, lenin.date) == (QuestionType.DATE, "1870")


def test_several_right_answers_and_partial_credit_are_refused() -> None:
    """Are a multi-answer question and a partial-credit one each reported, at their lines?"""
    text = (
        '<?xml version="1.0"?>\n<quiz>\n'
        '<question type="multichoice"><name><text>a</text></name><questiontext format="html"><text>Q</text></questiontext>\n'
        '<single>false</single><answer fraction="50"><text>x</text></answer><answer fraction="50"><text>y</text></answer></question>\n'
        '<question type="multichoice"><name><text>b</text></name><questiontext format="html"><text>Q</text></questiontext>\n'
        '<single>true</single><answer fraction="100"><text>x</text></answer><answer fraction="33.33333"><text>y</text></answer></question>\n'
        "</quiz>\n"
    )
    problems = problems_of(lambda: moodle_xml.read(text, title="T"))
    assert [line for line, _ in problems] == [3, 5]
    assert "several right answers" in problems[0][1] and "partial credit" in problems[1][1]


def test_malformed_xml_is_reported_with_its_line() -> None:
    """Is broken XML refused with the line the parser stopped on?"""
    problems = problems_of(lambda: moodle_xml.read("<quiz>\n<question type='multichoice'>\n</quiz>\n", title="T"))
    assert problems[0][0] == 3 and "malformed" in problems[0][1]


def test_entities_and_dtds_are_refused() -> None:
    """Is a file declaring entities (a billion laughs, an external file) refused, not expanded?"""
    bomb = '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<quiz>&b;</quiz>\n'
    external = '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<quiz>&x;</quiz>\n'
    for text in (bomb, external):
        assert problems_of(lambda text=text: moodle_xml.read(text, title="T")) == [(0, "the XML declares a DTD or entities, which are refused")]


def test_a_document_that_is_not_a_moodle_quiz_is_refused() -> None:
    """Is an XML file whose root is not <quiz> refused with a clear reason?"""
    assert problems_of(lambda: moodle_xml.read("<html><body/></html>", title="T")) == [(1, "expected Moodle's <quiz> element, not <html>")]


def test_a_multichoice_without_single_is_one_right_answer_as_moodle_reads_it() -> None:
    """Is a <multichoice> lacking <single> read as one right answer, as Moodle's importer does?"""
    text = (
        '<quiz><question type="multichoice"><name><text>n</text></name><questiontext format="plain_text"><text>Who?</text></questiontext>'
        '<answer fraction="100"><text>Ada</text></answer><answer fraction="0"><text>Bob</text></answer></question></quiz>'
    )
    (question,) = moodle_xml.read(text, title="T").questions
    assert (question.prompt, question.answer, question.distractors) == ("Who?", "Ada", ("Bob",))


def test_a_huge_file_stops_at_the_question_limit() -> None:
    """Is a file of 80,000 questions refused naming the 5,000-question limit, not listing them all?"""
    problems = problems_of(lambda: moodle_xml.read("<quiz>" + '<question type="essay"/>' * 80_000 + "</quiz>", title="T"))
    assert problems[0] == (0, "the file holds more than 5000 questions")
    assert len(problems) == 5001


def test_a_typed_question_round_trips_as_shortanswer() -> None:
    """Is a typed question written as a Moodle shortanswer and read back typed, with its answer and kind?"""
    q = sample_bank().questions[0]
    typed = QuestionBank("T", "", (q.__class__(**{**q.__dict__, "type": QuestionType.TYPED, "distractors": ()}),))
    text = moodle_xml.write(typed)
    assert '<question type="shortanswer">' in text and 'fraction="0"' not in text
    assert [content(x) for x in moodle_xml.read(text, title="T").questions] == [content(x) for x in typed.questions]
