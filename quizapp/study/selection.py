"""Choosing a quiz: N questions favouring the unseen and the missed, both types mixed, options shuffled."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

MULTIPLE_CHOICE = "multiple_choice"
DATE = "date"
DEFAULT_QUIZ_LENGTH = 10


@dataclass(frozen=True)
class Candidate:
    """A question that could be asked, with what this student has done with it so far."""

    id: int
    type: str
    date: str | None = None
    times_seen: int = 0
    times_wrong: int = 0
    last_correct: bool | None = None
    has_source: bool = True  # a teacher-written question may have no source sentence to show as an event
    about: tuple[str, ...] = ()  # its source sentence and answer: one quiz asks each once while the set allows


def priority(candidate: Candidate) -> int:
    """How urgently a question should be asked: 0 unseen, 1 last answered wrong, 2 missed before, 3 known.

    Args:
        candidate: the question and its history.

    Returns:
        The tier; lower is asked first.
    """
    if candidate.times_seen == 0:
        return 0
    if candidate.last_correct is False:
        return 1
    if candidate.times_wrong > 0:
        return 2
    return 3


def choose_questions(candidates: Sequence[Candidate], count: int, rng: random.Random) -> list[Candidate]:
    """Pick ``count`` distinct questions, most urgent first, with each type holding at least a quarter, and no two of
    one source sentence or one answer while the set has others (one would give the other away).

    Within a tier the order is random; the result is shuffled so types are interleaved.

    Args:
        candidates: every question of the set.
        count: how many to pick (fewer are returned if the set is smaller).
        rng: the source of randomness.

    Returns:
        The chosen questions in the order to ask them.
    """
    if count <= 0:
        return []
    ranked = sorted(candidates, key=lambda c: (priority(c), rng.random()))
    types = sorted({c.type for c in ranked})
    chosen: list[Candidate] = []
    taken: set[int] = set()
    told: set[str] = set()

    def take(pool: list[Candidate], upto: int, apart: bool) -> None:
        for candidate in pool:
            if len(chosen) >= upto:
                return
            if candidate.id not in taken and not (apart and told & set(candidate.about)):
                chosen.append(candidate)
                taken.add(candidate.id)
                told.update(candidate.about)

    if len(types) > 1:
        floor = count // (2 * len(types))
        for kind in types:
            take([c for c in ranked if c.type == kind], len(chosen) + floor, apart=True)
    for apart in (True, False):  # first questions of sentences and answers not yet asked, then any
        take(ranked, count, apart)
    chosen = chosen[:count]
    rng.shuffle(chosen)
    return chosen


def shuffled_options(answer: str, distractors: Sequence[str], rng: random.Random, size: int = 4) -> list[str]:
    """The options of a multiple-choice question: the answer and up to ``size - 1`` distractors, shuffled.

    Args:
        answer: the right answer.
        distractors: the wrong answers on offer (duplicates and copies of the answer are dropped).
        rng: the source of randomness.
        size: how many options at most.

    Returns:
        The options in the order to show them.
    """
    wrong = list(dict.fromkeys(d for d in distractors if d != answer))
    rng.shuffle(wrong)
    options = [answer, *wrong[: size - 1]]
    rng.shuffle(options)
    return options
