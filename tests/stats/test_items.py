"""Item statistics checked against small examples computed by hand."""

from __future__ import annotations

import math

import pytest

from quizapp.stats.items import Flag, ItemStats, Response, item_statistics, pearson

# Four students, three questions, one answer each (1 = right):
#        q1 q2 q3
#   A     1  1  0
#   B     1  1  1
#   C     1  0  1
#   D     0  0  1
GRID = {"A": (1, 1, 0), "B": (1, 1, 1), "C": (1, 0, 1), "D": (0, 0, 1)}


@pytest.fixture()
def responses() -> list[Response]:
    """The grid above as answers."""
    return [
        Response(student, f"q{i + 1}", bool(mark))
        for student, marks in GRID.items()
        for i, mark in enumerate(marks)
    ]


def _by_question(stats: list[ItemStats]) -> dict[object, ItemStats]:
    return {item.question: item for item in stats}


def test_facility_is_the_share_of_right_answers(responses: list[Response]) -> None:
    """Is facility the share of answers that were right (q1 3/4, q2 2/4, q3 3/4)?"""
    stats = _by_question(item_statistics(responses, min_students=4))
    assert stats["q1"].facility == pytest.approx(0.75)
    assert stats["q2"].facility == pytest.approx(0.5)
    assert stats["q3"].facility == pytest.approx(0.75)
    assert (stats["q1"].answers, stats["q1"].students) == (4, 4)


def test_discrimination_matches_the_hand_computed_correlations(responses: list[Response]) -> None:
    """Is discrimination the item/rest-of-test correlation: q1 = 1/3, q2 = 0, q3 = -0.375/sqrt(0.515625)?

    By hand for q1: item scores (1, 1, 1, 0), rest scores (1/2, 1, 1/2, 1/2); Sxy = 0.125, Sxx = 0.75,
    Syy = 0.1875, r = 0.125 / 0.375 = 1/3. For q3: item (0, 1, 1, 1), rest (1, 1, 1/2, 0); Sxy = -0.375,
    Sxx = 0.75, Syy = 0.6875.
    """
    stats = _by_question(item_statistics(responses, min_students=4))
    assert stats["q1"].discrimination == pytest.approx(1 / 3)
    assert stats["q2"].discrimination == pytest.approx(0.0)
    assert stats["q3"].discrimination == pytest.approx(-0.375 / math.sqrt(0.75 * 0.6875))


def test_flags_name_the_question_strong_students_miss(responses: list[Response]) -> None:
    """Is only q3 flagged, as inverse (negative discrimination), and q2 at exactly one half not hard?"""
    stats = _by_question(item_statistics(responses, min_students=4))
    assert stats["q1"].flags == ()
    assert stats["q2"].flags == ()
    assert stats["q3"].flags == (Flag.INVERSE,)


def test_no_flags_before_enough_students_answered(responses: list[Response]) -> None:
    """Does a question stay unflagged while fewer than min_students have answered it?"""
    stats = _by_question(item_statistics(responses, min_students=5))
    assert all(item.flags == () for item in stats.values())


def test_a_question_most_students_miss_is_flagged_hard(responses: list[Response]) -> None:
    """Does a fifth student who only missed q2 lower its facility to 2/5 and flag it hard, without entering its discrimination?"""
    stats = _by_question(item_statistics([*responses, Response("E", "q2", False)], min_students=5))
    assert stats["q2"].facility == pytest.approx(0.4)
    assert stats["q2"].students == 5
    assert stats["q2"].flags == (Flag.HARD,)
    assert stats["q2"].discrimination == pytest.approx(0.0)


def test_repeated_answers_count_as_a_share() -> None:
    """Does a student's item score become the share of their answers right when they answered twice?"""
    answers = [
        Response("A", "q1", True), Response("A", "q1", False), Response("A", "q2", True),
        Response("B", "q1", True), Response("B", "q2", False),
    ]
    stats = _by_question(item_statistics(answers))
    assert stats["q1"].answers == 3
    assert stats["q1"].facility == pytest.approx(2 / 3)
    # item (0.5, 1) against rest (1, 0): perfectly inverse.
    assert stats["q1"].discrimination == pytest.approx(-1.0)


def test_unanswered_questions_are_listed_empty() -> None:
    """Does a question no one answered appear, in the order given, with no statistics?"""
    stats = item_statistics([Response("A", "q2", True)], ["q1", "q2"])
    assert [item.question for item in stats] == ["q1", "q2"]
    assert stats[0] == ItemStats("q1", 0, 0, None, None, ())


def test_pearson_is_none_for_a_constant_sample() -> None:
    """Is the correlation undefined (None) when one sample does not vary or there is one pair?"""
    assert pearson([1, 1, 1], [0, 0.5, 1]) is None
    assert pearson([1], [1]) is None
    assert pearson([0, 1], [0, 1]) == pytest.approx(1.0)
