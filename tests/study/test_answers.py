"""Typed date answers: parsing at a granularity and grading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.bank.formats.partial_dates import Granularity, format_partial, granularity, parse_iso
from quizapp.study.answers import AnswerError, grade_choice, grade_date, grade_name, grade_question, parse_date_answer

DAY, MONTH, YEAR = Granularity.DAY, Granularity.MONTH, Granularity.YEAR


@pytest.mark.parametrize(
    "text",
    [
        "21 Dec 1911", "21st December 1911", "December 21, 1911", "1911-12-21", "21/12/1911", "21.12.1911",
        "Dec. 21st, 1911", "the 21st of December, 1911", "  21  DECEMBER 1911 ", "december 21 1911",
        "21-12-1911", "1911/12/21", "1911.12.21", "1911 December 21",
    ],
)
def test_full_date_spellings(text: str) -> None:
    """Do the common spellings of a full date all read as the same ISO date?"""
    assert parse_date_answer(text, DAY) == "1911-12-21"


@pytest.mark.parametrize("text", ["Dec 1911", "December, 1911", "december 1911", "1911-12", "12/1911", "Dec. 1911", "1911 December", "1911/12", "12-1911"])
def test_month_spellings(text: str) -> None:
    """Do month-and-year spellings read as ISO year-month?"""
    assert parse_date_answer(text, MONTH) == "1911-12"


@pytest.mark.parametrize(("text", "wanted", "expected"), [("21 Dec 1911", YEAR, "1911"), ("1911-12-21", MONTH, "1911-12"), ("Dec 1911", YEAR, "1911")])
def test_more_precise_answer_is_cut_to_the_question(text: str, wanted: Granularity, expected: str) -> None:
    """Is an answer more precise than the question cut down to the question's granularity?"""
    assert parse_date_answer(text, wanted) == expected


@pytest.mark.parametrize(
    ("text", "wanted", "fragment"),
    [
        ("", YEAR, "Type the year"),
        ("1911", MONTH, "Give the month and year"),
        ("Dec 1911", DAY, "Give the full date"),
        ("31 Feb 1911", DAY, "does not exist"),
        ("13/1911", MONTH, "no month 13"),
        ("11", YEAR, "year in full"),
        ("yesterday", YEAR, "not a date"),
        ("1" * 200, YEAR, "too long"),
        ("21 Smarch 1911", DAY, "not a date"),
    ],
)
def test_unreadable_answers_get_a_clear_message(text: str, wanted: Granularity, fragment: str) -> None:
    """Does each kind of unreadable answer raise AnswerError saying what to type instead?"""
    with pytest.raises(AnswerError, match=fragment):
        parse_date_answer(text, wanted)


@given(st.text(max_size=60), st.sampled_from(list(Granularity)))
def test_parser_never_raises_anything_else(text: str, wanted: Granularity) -> None:
    """Does any text either parse to a valid ISO date of the wanted granularity or raise AnswerError?"""
    try:
        iso = parse_date_answer(text, wanted)
    except AnswerError:
        return
    assert granularity(iso) == wanted


@pytest.mark.parametrize(
    ("text", "wanted", "before_era", "expected"),
    [
        ("44 BC", YEAR, False, "-0044"), ("44 b.c.", YEAR, False, "-0044"), ("218 BCE", YEAR, False, "-0218"),
        ("15 March 44 BC", DAY, False, "-0044-03-15"), ("March 44 BC", MONTH, False, "-0044-03"),
        ("44", YEAR, True, "-0044"), ("1479", YEAR, True, "-1479"), ("AD 14", YEAR, True, "0014"),
        ("15 march 44", DAY, True, "-0044-03-15"), ("1914 September 5", DAY, False, "1914-09-05"),
    ],
)
def test_dates_before_the_era(text: str, wanted: Granularity, before_era: bool, expected: str) -> None:
    """Is a year BC read with its era, or without it where the question's date is BC ("44" for 44 BC), and does a day
    before a short year read as a day, not the year ("15 March 44 BC")?"""
    assert parse_date_answer(text, wanted, before_era) == expected


def test_grading_across_the_era() -> None:
    """Are years counted across the missing year zero, and is a BC question's example written BC?"""
    assert grade_date("0014", "-0044").message == "57 years too late: it was 44 BC."
    assert grade_date("-0046", "-0044").message == "2 years too early: it was 44 BC."
    verdict = grade_question("date", "15 March 44 BC", "-0044-03-15", [], text="15 March 44")
    assert (verdict.correct, verdict.given, verdict.shown) == (True, "-0044-03-15", "15 March 44 BC")
    with pytest.raises(AnswerError, match="15 March 44 BC"):
        parse_date_answer("March 44", DAY, True)
    assert parse_iso("0000") is None and parse_iso("-0044-02-30") is None and format_partial("-0218") == "218 BC"


@given(st.dates(min_value=__import__("datetime").date(100, 1, 1)), st.sampled_from(list(Granularity)))
def test_displayed_dates_read_back(day: object, wanted: Granularity) -> None:
    """Does the way the app displays a date (``21 December 1911``) parse back to the same ISO date?"""
    iso = day.isoformat()[: {YEAR: 4, MONTH: 7, DAY: 10}[wanted]]  # type: ignore[attr-defined]
    assert parse_date_answer(format_partial(iso), wanted) == iso


@pytest.mark.parametrize(
    ("given_iso", "expected_iso", "correct", "years_off", "message"),
    [
        ("1911", "1911", True, 0, "Exactly right."),
        ("1908", "1911", False, -3, "3 years too early: it was 1911."),
        ("1912", "1911", False, 1, "1 year too late: it was 1911."),
        ("1911-11", "1911-12", False, 0, "Right year, wrong month: it was December 1911."),
        ("1911-12-20", "1911-12-21", False, 0, "Right month, wrong day: it was 21 December 1911."),
    ],
)
def test_grade_date_says_how_far_off(given_iso: str, expected_iso: str, correct: bool, years_off: int, message: str) -> None:
    """Does grading mark only the exact date right and say how many years off a wrong one was?"""
    grade = grade_date(given_iso, expected_iso)
    assert (grade.correct, grade.years_off, grade.message) == (correct, years_off, message)


def test_grade_choice_is_exact() -> None:
    """Is a chosen option right only when it is the answer itself?"""
    assert grade_choice("London", "London")
    assert not grade_choice("london", "London")


def test_grade_question_multiple_choice() -> None:
    """Is an option chosen by its number graded against the answer, and a missing or bad number refused?"""
    options = ["Paris", "London", "Rome", "Oslo"]
    assert grade_question("multiple_choice", "London", None, options, choice="2").correct
    wrong = grade_question("multiple_choice", "London", None, options, choice="1")
    assert (wrong.correct, wrong.given, wrong.message) == (False, "Paris", "The answer is London.")
    for bad in (None, "", "0", "5", "x", "²"):
        with pytest.raises(AnswerError, match="Choose one"):
            grade_question("multiple_choice", "London", None, options, choice=bad)


def test_grade_question_date() -> None:
    """Is a typed date parsed at the question's granularity, stored as ISO and shown as people write it?"""
    verdict = grade_question("date", "10 December 1815", "1815-12-10", [], text="10/12/1815")
    assert (verdict.correct, verdict.given, verdict.shown) == (True, "1815-12-10", "10 December 1815")
    off = grade_question("date", "1833", "1833", [], text="1830")
    assert not off.correct and off.message.startswith("3 years too early")


@pytest.mark.parametrize(
    ("typed", "answer", "others", "right"),
    [
        ("lev trotsky", "Lev Trotsky", [], True),
        ("Trotski", "Lev Trotsky", [], False),
        ("trotsky", "Lev Trotsky", ["Victor Serge"], True),
        ("trotsky", "Lev Trotsky", ["Sergei Trotsky"], False),  # the surname alone is ambiguous
        ("Memoires d'un revolutionnaire", "Mémoires d’un révolutionnaire", [], True),
        ("analytical engine", "the Analytical Engine", [], True),
        ("Paris", "Paris", [], True),
        ("Lille", "Paris", [], False),
    ],
)
def test_typed_names_are_matched_forgivingly(typed: str, answer: str, others: list[str], right: bool) -> None:
    """Do case, accents, punctuation and a leading article not count, and a surname alone count only when unambiguous?"""
    assert grade_name(typed, answer, others).correct is right


def test_the_last_word_of_a_place_or_a_work_is_no_surname() -> None:
    """Is "music" not enough for the Temple of Music, nor "engine" for the Analytical Engine, while "babbage" is for
    Charles Babbage?"""
    assert not grade_name("music", "Temple of Music", [], person=False).correct
    assert not grade_name("engine", "the Analytical Engine", [], person=False).correct
    assert grade_name("temple of music", "Temple of Music", [], person=False).correct
    assert grade_name("babbage", "Charles Babbage", [], person=True).correct


@pytest.mark.parametrize("typed", ["", "   ", "x" * 101])
def test_typed_name_that_cannot_be_read_is_refused(typed: str) -> None:
    """Is an empty or overlong typed name refused with AnswerError?"""
    with pytest.raises(AnswerError):
        grade_name(typed, "Paris", [])
