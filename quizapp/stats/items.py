"""Per-question statistics in the manner of Moodle's quiz report: facility, discrimination, and flags.

Definitions (the unit is the student, since students answer different random selections of a bank):

- **facility** of a question: the share of all answers to it that were right (Moodle's facility index,
  mean score over maximum score).
- **discrimination index**: Moodle's definition, the Pearson correlation between the score on this
  question and the score on the rest of the test. For each student who answered the question and at
  least one other, the item score is the share of their answers to this question that were right and
  the rest score is the share of their answers to *all other* questions that were right (a share, not a
  sum, because students answer different numbers of questions). It lies in [-1, 1]; positive means
  stronger students get it right more often. It is None when fewer than two students qualify or either
  score does not vary.
- **flags**, only once ``min_students`` students have answered: ``hard`` when the facility is below one
  half (most answers are wrong); ``inverse`` when the discrimination is negative (stronger students miss
  it more than weaker ones). Either suggests a wrong answer key, an ambiguous prompt or a bad distractor.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

HARD_BELOW = 0.5
MIN_STUDENTS = 5


class Flag(StrEnum):
    """Why a question is likely bad."""

    HARD = "hard"
    INVERSE = "inverse"


FLAG_TEXT = {
    Flag.HARD: "most answers are wrong",
    Flag.INVERSE: "stronger students miss it more often than weaker ones",
}


@dataclass(frozen=True)
class Response:
    """One answer: who gave it, to which question, and whether it was right."""

    student: Hashable
    question: Hashable
    correct: bool


@dataclass(frozen=True)
class ItemStats:
    """The statistics of one question."""

    question: Hashable
    answers: int
    students: int
    facility: float | None
    discrimination: float | None
    flags: tuple[Flag, ...]


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The Pearson correlation of two equally long samples.

    Args:
        xs: the first sample.
        ys: the second sample.

    Returns:
        The correlation in [-1, 1], or None with fewer than two pairs or when either sample is constant.
    """
    n = len(xs)
    if n < 2 or n != len(ys):
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def item_statistics(
    responses: Iterable[Response],
    questions: Sequence[Hashable] = (),
    *,
    min_students: int = MIN_STUDENTS,
    hard_below: float = HARD_BELOW,
) -> list[ItemStats]:
    """Compute facility, discrimination and flags for every question.

    Args:
        responses: every answer given (several answers by one student to one question all count).
        questions: the questions to report, in order; questions without answers get empty statistics.
            Questions only seen in ``responses`` follow in order of first appearance.
        min_students: how many students must have answered a question before it is flagged.
        hard_below: the facility under which a question is flagged ``hard``.

    Returns:
        One ``ItemStats`` per question.
    """
    right: dict[tuple[Hashable, Hashable], int] = defaultdict(int)
    seen: dict[tuple[Hashable, Hashable], int] = defaultdict(int)
    student_right: dict[Hashable, int] = defaultdict(int)
    student_seen: dict[Hashable, int] = defaultdict(int)
    order = list(dict.fromkeys(questions))
    known = set(order)
    by_question: dict[Hashable, list[Hashable]] = defaultdict(list)
    for response in responses:
        key = (response.student, response.question)
        if seen[key] == 0:
            by_question[response.question].append(response.student)
        seen[key] += 1
        right[key] += int(response.correct)
        student_seen[response.student] += 1
        student_right[response.student] += int(response.correct)
        if response.question not in known:
            known.add(response.question)
            order.append(response.question)
    results = []
    for question in order:
        students = by_question.get(question, [])
        answers = sum(seen[(s, question)] for s in students)
        if answers == 0:
            results.append(ItemStats(question, 0, 0, None, None, ()))
            continue
        facility = sum(right[(s, question)] for s in students) / answers
        item_scores, rest_scores = [], []
        for s in students:
            rest_seen = student_seen[s] - seen[(s, question)]
            if rest_seen == 0:
                continue
            item_scores.append(right[(s, question)] / seen[(s, question)])
            rest_scores.append((student_right[s] - right[(s, question)]) / rest_seen)
        discrimination = pearson(item_scores, rest_scores)
        flags: list[Flag] = []
        if len(students) >= min_students:
            if facility < hard_below:
                flags.append(Flag.HARD)
            if discrimination is not None and discrimination < 0:
                flags.append(Flag.INVERSE)
        results.append(ItemStats(question, answers, len(students), facility, discrimination, tuple(flags)))
    return results
