"""Quizlet: reading its export into multiple-choice questions with deterministic distractors, and writing it."""

from __future__ import annotations

from collections.abc import Callable

from quizapp.bank.formats import quizlet
from quizapp.bank.types import QuestionBank, QuestionType
from tests.formats.conftest import problems_of


def test_a_quizlet_export_becomes_multiple_choice(fixture_text: Callable[[str], str]) -> None:
    """Does each card become a question asking its definition, answered by its term, with three other terms as options?"""
    bank = quizlet.read(fixture_text("quizlet_export.txt"), title="Russia 1917")
    assert len(bank.questions) == 6
    first = bank.questions[0]
    assert (first.type, first.prompt, first.answer) == (QuestionType.MULTIPLE_CHOICE, "City where the February Revolution broke out in 1917", "Petrograd")
    terms = {q.answer for q in bank.questions}
    for q in bank.questions:
        assert len(q.distractors) == 3 and q.answer not in q.distractors and set(q.distractors) <= terms


def test_distractors_are_the_same_on_every_read(fixture_text: Callable[[str], str]) -> None:
    """Does the same file always give the same options (drawn with a generator seeded by the card)?"""
    text = fixture_text("quizlet_export.txt")
    first = quizlet.read(text, title="T")
    assert first == quizlet.read(text, title="T")
    assert quizlet.read("\n".join(reversed(text.splitlines())), title="T").questions[0].distractors == first.questions[-1].distractors


def test_comma_and_semicolon_separators_are_read(fixture_text: Callable[[str], str]) -> None:
    """Is Quizlet's comma/semicolon export read, a comma in the definition kept?"""
    bank = quizlet.read(fixture_text("quizlet_comma_semicolon.txt"), title="T", term_separator=",", row_separator=";")
    assert [q.answer for q in bank.questions] == ["Petrograd", "Vladimir Lenin", "Alexander Kerensky", "Leon Trotsky", "Nicholas II"]
    assert bank.questions[1].prompt == "Leader of the Bolsheviks, returned from Switzerland in April 1917"


def test_term_and_definition_pairs_round_trip(fixture_text: Callable[[str], str]) -> None:
    """Written out and read again, are the term and definition pairs the same?"""
    bank = quizlet.read(fixture_text("quizlet_export.txt"), title="T")
    back = quizlet.read(quizlet.write(bank), title="T")
    assert [(q.answer, q.prompt) for q in back.questions] == [(q.answer, q.prompt) for q in bank.questions]
    assert quizlet.write(back) == fixture_text("quizlet_export.txt")


def test_bad_cards_are_reported_each_at_its_line() -> None:
    """Are a card without a tab and cards with an empty side all reported with their lines?"""
    text = "a\tA\nb\tB\nno tab here\nc\tC\n\t empty term\nd\tD\ne\t\n"
    problems = problems_of(lambda: quizlet.read(text, title="T"))
    assert [line for line, _ in problems] == [3, 5, 7]
    assert problems[0][1] == "the card has no tab between its term and its definition"
    assert "term is empty" in problems[1][1] and "definition is empty" in problems[2][1]


def test_fewer_than_four_cards_are_refused() -> None:
    """Is a set too small to draw three wrong options from refused with a clear reason?"""
    assert problems_of(lambda: quizlet.read("a\tA\nb\tB\nc\tC\n", title="T")) == [
        (0, "a Quizlet set needs at least 4 cards with different terms, to draw wrong options from the others")
    ]


def test_writing_flattens_tabs_and_line_breaks() -> None:
    """Does a prompt holding a tab or a line break stay on one card line?"""
    q = quizlet.read("a\tA\nb\tB\nc\tC\nd\tD\n", title="T").questions[0]
    odd = q.__class__(**{**q.__dict__, "prompt": "one\ttwo\nthree"})
    assert quizlet.write(QuestionBank("T", "", (odd,))) == "a\tone two three\n"


def test_a_huge_file_is_refused_quickly_at_the_question_limit() -> None:
    """Is a 2 MB export of 400,000 tiny cards refused at once, naming the 5,000-question limit?"""
    text = "".join(f"t{i}\td{i}\n" for i in range(400_000))
    assert problems_of(lambda: quizlet.read(text, title="T")) == [(0, "the file holds more than 5000 cards")]
