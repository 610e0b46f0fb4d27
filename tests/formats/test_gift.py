"""Moodle GIFT: reading Moodle's files, refusing what cannot be represented line by line, escaping, round trips."""

from __future__ import annotations

from collections.abc import Callable

from quizapp.bank.formats import gift
from quizapp.bank.types import AnswerKind, QuestionBank, QuestionType
from tests.conftest import sample_bank
from tests.formats.conftest import content, problems_of


def test_the_default_set_round_trips_through_gift(default_bank: QuestionBank) -> None:
    """Does the default set, written as GIFT and read back, give the same questions, answers and options?"""
    back = gift.read(gift.write(default_bank), title=default_bank.title)
    assert [content(q) for q in back.questions] == [content(q) for q in default_bank.questions]
    assert {q.type for q in back.questions} == {QuestionType.MULTIPLE_CHOICE, QuestionType.DATE, QuestionType.TYPED}


def test_a_date_question_without_options_goes_out_as_short_answer() -> None:
    """Is a date question with no distractors written as GIFT short answer accepting the words and the ISO date, and read back?"""
    bank = sample_bank()
    q = bank.questions[5]
    typed = QuestionBank("T", "", (q.__class__(**{**q.__dict__, "distractors": ()}),))
    text = gift.write(typed)
    assert "\t=10 December 1815\n\t=1815-12-10\n" in text
    assert [content(x) for x in gift.read(text, title="T").questions] == [content(x) for x in typed.questions]


def test_a_moodle_export_is_read(fixture_text: Callable[[str], str]) -> None:
    """Does a file as Moodle exports it come in: category skipped, HTML reduced to text, id and tags kept, dates recognised?"""
    bank = gift.read(fixture_text("moodle_export.gift.txt"), title="French Revolution")
    bastille, oath, terror, declaration, louis, napoleon = bank.questions
    assert (bastille.id, bastille.type, bastille.date, bastille.distractors) == ("bastille-1", QuestionType.DATE, "1789", ("1787", "1791", "1793"))
    assert bastille.prompt == "In which year was the Bastille stormed?"
    assert bastille.source_sentence == "The Bastille fell on 14 July 1789."
    assert bastille.tags == ("revolution", "paris")
    assert (oath.answer, oath.distractors) == ("Versailles", ("Paris", "Lyon", "Marseille"))
    assert terror.prompt.endswith("during the Terror: Danton, Marat or Robespierre?")
    assert (declaration.answer, declaration.distractors) == ("True", ("False",))
    assert (louis.type, louis.date, napoleon.date) == (QuestionType.DATE, "1793", "1769")


def test_the_documented_examples_report_each_unrepresentable_question_at_its_line(fixture_text: Callable[[str], str]) -> None:
    """Is every question type we cannot hold reported at the line it starts on, and the others accepted?"""
    problems = problems_of(lambda: gift.read(fixture_text("moodle_docs_examples.gift.txt"), title="T"))
    assert [line for line, _ in problems] == [9, 15, 25, 28, 31, 34, 52]
    reasons = " | ".join(reason for _, reason in problems)
    for words in ("short-answer", "matching", "whole year", "essay", "partial credit", "several right answers", "description"):
        assert words in reasons


def test_missing_words_become_a_blank_and_escapes_are_undone() -> None:
    """Does an answer block inside the sentence become ____, with GIFT's escapes read as the characters?"""
    text = "::n::Grant is {~buried =entombed ~living} in Grant's tomb\\: 1\\=1, \\{a\\}, \\~ and \\#.\n"
    text += "\nWho's buried in Grant's tomb?{~Grant ~Jefferson =no one}\n"
    text += "\nWhich one? {= \\\\ # right ~ \\~ ~ \\#}\n"
    first, second, third = gift.read(text, title="T").questions
    assert first.prompt == "Grant is ____ in Grant's tomb: 1=1, {a}, ~ and #."
    assert (first.answer, first.distractors) == ("entombed", ("buried", "living"))
    assert (second.answer, second.distractors) == ("no one", ("Grant", "Jefferson"))
    assert (third.answer, third.distractors) == ("\\", ("~", "#"))


def test_escaping_round_trips_every_control_character() -> None:
    """Do prompts and options holding ~ = # { } : \\ and line breaks survive being written and read?"""
    q = sample_bank().questions[0]
    tricky = q.__class__(**{**q.__dict__, "prompt": "A {b} ~c =d #e: f\\g", "answer": "x = y", "distractors": ("~z", "#1", "{w}"), "source_sentence": "one\ntwo"})
    back = gift.read(gift.write(QuestionBank("T", "", (tricky,))), title="T").questions[0]
    assert (back.prompt, back.answer, back.distractors) == (tricky.prompt, tricky.answer, tricky.distractors)
    assert back.source_sentence == "one\ntwo"
    assert back.answer_kind is AnswerKind.PLACE


def test_broken_braces_and_invalid_questions_are_reported_with_lines() -> None:
    """Are an unclosed answer block, an unclosed name and an invalid question each reported at their line, all together?"""
    text = "Q1 {=a ~b\n\n::name Q2 {=a ~b}\n\nQ3 {=a ~a}\n\nQ4 {=a ~b}\n"
    problems = problems_of(lambda: gift.read(text, title="T"))
    assert [line for line, _ in problems] == [1, 3, 5]
    assert "braces" in problems[0][1] and "::" in problems[1][1] and "repeats the answer" in problems[2][1]


def test_a_file_without_questions_is_refused() -> None:
    """Is a file of comments only refused with a clear reason?"""
    assert problems_of(lambda: gift.read("// nothing here\n", title="T")) == [(0, "the file holds no GIFT questions")]


def test_options_that_are_all_years_make_a_date_question() -> None:
    """Does a foreign multiple choice whose options are all years become a date question?"""
    (question,) = gift.read("When was Grant born?{=1822 ~1820 ~1825}\n", title="T").questions
    assert (question.type, question.date, question.distractors) == (QuestionType.DATE, "1822", ("1820", "1825"))


def test_html_markers_are_written_only_for_text_that_looks_like_html() -> None:
    """Is [plain] written for a prompt holding < or &, so Moodle shows it as typed, and read back as text?"""
    q = sample_bank().questions[0]
    risky = q.__class__(**{**q.__dict__, "id": "q-risky", "prompt": "Is <b> & </b> bold?"})
    text = gift.write(QuestionBank("T", "", (risky, q)))
    assert "[plain]Is <b> & </b> bold?" in text
    assert text.count("[plain]") == 1
    assert gift.read(text, title="T").questions[0].prompt == "Is <b> & </b> bold?"


def test_a_huge_file_stops_at_the_question_limit() -> None:
    """Is a file of 200,000 questions refused naming the 5,000-question limit, without reading them all?"""
    problems = problems_of(lambda: gift.read("Q{=a ~b}\n\n" * 200_000, title="T"))
    assert problems[0] == (0, "the file holds more than 5000 questions")
    assert len(problems) <= 5001


def test_a_typed_question_goes_out_as_short_answer_and_comes_back_typed() -> None:
    """Is a typed question written as a GIFT short answer with its one right answer, and read back typed with its
    kind; is a teacher's short answer with one name read as a typed question?"""
    q = sample_bank().questions[0]
    typed = QuestionBank("T", "", (q.__class__(**{**q.__dict__, "type": QuestionType.TYPED, "distractors": ()}),))
    text = gift.write(typed)
    assert f"{{\n\t={q.answer}\n" in text and "~" not in text.split("{", 1)[1].split("}", 1)[0]
    assert [content(x) for x in gift.read(text, title="T").questions] == [content(x) for x in typed.questions]
    own = gift.read("Who wrote the Communist Manifesto with Engels? {=Karl Marx}\n", title="T").questions[0]
    assert (own.type, own.answer, own.distractors) == (QuestionType.TYPED, "Karl Marx", ())
