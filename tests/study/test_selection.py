"""Choosing questions and timelines, and shuffling options."""

from __future__ import annotations

import random

from quizapp.study.selection import Candidate, choose_questions, priority, shuffled_options
from quizapp.study.timeline import (
    TimelineError,
    TimelineEvent,
    correct_order,
    date_span,
    event_label,
    parse_order,
    pick_timeline,
)

import pytest


def bank(mc: int, dates: int) -> list[Candidate]:
    """``mc`` multiple-choice and ``dates`` date candidates, never seen."""
    items = [Candidate(i, "multiple_choice") for i in range(mc)]
    items += [Candidate(100 + i, "date", f"{1800 + i * 3}") for i in range(dates)]
    return items


def test_priority_tiers() -> None:
    """Are unseen questions first, then last-wrong, then ever-wrong, then known?"""
    assert priority(Candidate(1, "date")) == 0
    assert priority(Candidate(1, "date", times_seen=2, times_wrong=1, last_correct=False)) == 1
    assert priority(Candidate(1, "date", times_seen=2, times_wrong=1, last_correct=True)) == 2
    assert priority(Candidate(1, "date", times_seen=2, last_correct=True)) == 3


def test_choose_favours_unseen_and_wrong() -> None:
    """When half the set is known, are the unseen and missed questions the ones chosen?"""
    known = [Candidate(i, "multiple_choice", times_seen=1, last_correct=True) for i in range(10)]
    known += [Candidate(50 + i, "date", "1900", times_seen=1, last_correct=True) for i in range(10)]
    fresh = [Candidate(20 + i, "multiple_choice") for i in range(3)] + [Candidate(70 + i, "date", "1901") for i in range(3)]
    missed = [Candidate(30, "multiple_choice", times_seen=3, times_wrong=2, last_correct=False)]
    chosen = choose_questions(known + fresh + missed, 7, random.Random(1))
    assert {c.id for c in chosen} == {c.id for c in fresh + missed}


def test_choose_mixes_types_and_has_no_duplicates() -> None:
    """With many more multiple-choice questions, does a quiz still get a fair share of date questions?"""
    for seed in range(20):
        chosen = choose_questions(bank(40, 5), 10, random.Random(seed))
        assert len(chosen) == 10
        assert len({c.id for c in chosen}) == 10
        assert sum(c.type == "date" for c in chosen) >= 2


def test_choose_is_seeded_and_bounded() -> None:
    """Is the choice reproducible with a seed, and limited by the size of the set?"""
    assert choose_questions(bank(5, 5), 6, random.Random(3)) == choose_questions(bank(5, 5), 6, random.Random(3))
    assert len(choose_questions(bank(2, 1), 10, random.Random(3))) == 3
    assert choose_questions(bank(2, 1), 0, random.Random(3)) == []


def test_shuffled_options_contain_answer_once() -> None:
    """Does every option list hold the answer once, at most four options, in varying order?"""
    firsts = set()
    for seed in range(30):
        options = shuffled_options("London", ["Paris", "London", "Rome", "Rome", "Oslo", "Bern"], random.Random(seed))
        assert options.count("London") == 1
        assert len(options) == 4 == len(set(options))
        firsts.add(options[0])
    assert len(firsts) > 1


def test_date_span() -> None:
    """Do years and months span all their days, and is an invalid date None?"""
    assert date_span("1911") == ((1911, 1, 1), (1911, 12, 31))
    assert date_span("1912-02") == ((1912, 2, 1), (1912, 2, 29))
    assert date_span("1911-12") == ((1911, 12, 1), (1911, 12, 31))
    assert date_span("-0044-03") == ((-44, 3, 1), (-44, 3, 31))
    assert date_span("1911-13") is None and date_span("0000") is None


def test_timeline_orders_dates_before_the_era() -> None:
    """Are dates BC put in time order, before those of the era (218 BC, 44 BC, 15 March 44 BC, AD 14)?"""
    events = [TimelineEvent(1, "0014", ""), TimelineEvent(2, "-0044-03-15", ""), TimelineEvent(3, "-0218", ""),
              TimelineEvent(4, "-0044-09", "")]
    assert correct_order(events) == [3, 2, 4, 1]


def test_pick_timeline_needs_distinct_dates() -> None:
    """Are the 4 events' dates impossible to confuse, and is there no timeline with too few dates?"""
    cands = [Candidate(1, "date", "1911"), Candidate(2, "date", "1911-12"), Candidate(3, "date", "1912"),
             Candidate(4, "date", "1913-01-02"), Candidate(5, "date", "1914"), Candidate(6, "multiple_choice")]
    for seed in range(20):
        events = pick_timeline(cands, random.Random(seed))
        assert events is not None and len(events) == 4
        assert not {1, 2} <= {e.id for e in events}
    assert pick_timeline(cands[:3], random.Random(0)) is None


def test_pick_timeline_leaves_out_questions_without_a_sentence() -> None:
    """Is a teacher-written date question with no source sentence ("In which year did Ada marry?") never an event?"""
    cands = [Candidate(i, "date", str(1800 + i)) for i in range(4)] + [Candidate(9, "date", "1835", has_source=False)]
    for seed in range(20):
        events = pick_timeline(cands, random.Random(seed))
        assert events is not None and 9 not in {e.id for e in events}
    assert pick_timeline(cands[1:], random.Random(0)) is None


def test_pick_timeline_prefers_questions_not_asked() -> None:
    """Are questions already in the quiz avoided when enough others exist?"""
    cands = [Candidate(i, "date", str(1800 + i)) for i in range(8)]
    events = pick_timeline(cands, random.Random(2), avoid=frozenset({0, 1, 2, 3}))
    assert events is not None and {e.id for e in events} == {4, 5, 6, 7}


def test_event_label_hides_dates() -> None:
    """Is every date blanked out of the event text?"""
    label = event_label("Ada Lovelace was born in London on 10th December, 1815.", "When?")
    assert "1815" not in label and "December" not in label and "born in London" in label
    assert event_label("", "When was the engine built in 1834?") == "When was the engine built in …?"


def test_correct_order_and_parse_order() -> None:
    """Is the right order chronological, and are submitted positions turned into an order of ids?"""
    events = [TimelineEvent(7, "1852-11", "d"), TimelineEvent(3, "1815-12-10", "a"), TimelineEvent(9, "1843", "c"), TimelineEvent(1, "1833", "b")]
    assert correct_order(events) == [3, 1, 9, 7]
    assert parse_order([7, 3, 9, 1], {7: "4", 3: "1", 9: "3", 1: "2"}) == [3, 1, 9, 7]


@pytest.mark.parametrize("positions", [{1: "1", 2: "1"}, {1: "1"}, {1: "0", 2: "1"}, {1: "x", 2: "2"}, {1: "²", 2: "1"}])
def test_parse_order_refuses_bad_positions(positions: dict[int, str]) -> None:
    """Are missing, repeated, out-of-range and non-numeric positions refused with TimelineError?"""
    with pytest.raises(TimelineError):
        parse_order([1, 2], positions)


def test_one_quiz_asks_a_sentence_or_an_answer_once_while_the_set_allows() -> None:
    """Are two questions of one source sentence, or with one answer, kept out of the same quiz while other questions
    remain, and still both asked when the set has nothing else?"""
    same_sentence = [Candidate(i, "multiple_choice", about=("s:one sentence", f"a:answer {i}")) for i in range(4)]
    same_answer = [Candidate(10 + i, "multiple_choice", about=(f"s:sentence {i}", "a:hong taiji")) for i in range(4)]
    others = [Candidate(20 + i, "multiple_choice", about=(f"s:other {i}", f"a:other {i}")) for i in range(8)]
    for seed in range(20):
        chosen = choose_questions(same_sentence + same_answer + others, 10, random.Random(seed))
        abouts = [a for c in chosen for a in c.about]
        assert len(chosen) == 10 and len(abouts) == len(set(abouts)), abouts
    small = choose_questions(same_sentence, 4, random.Random(1))
    assert {c.id for c in small} == {0, 1, 2, 3}
