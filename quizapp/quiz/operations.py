"""Quiz writes: start an attempt, record when an item is shown, record an answer once, finish."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, case, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from quizapp.extensions import UTCDateTime, db
from quizapp.quiz.models import QuizAnswer, QuizAttempt, QuizItem
from quizapp.review.operations import record_quiz_result
from quizapp.sets.models import Question, QuestionSet
from quizapp.study.answers import AnswerError, Verdict, grade_name, grade_question
from quizapp.study.selection import DEFAULT_QUIZ_LENGTH, Candidate, choose_questions, shuffled_options
from quizapp.study.timeline import TimelineError, TimelineEvent, correct_order, parse_order, pick_timeline

QUESTION = "question"
TIMELINE = "timeline"


class QuizInputError(ValueError):
    """A submitted answer cannot be read; nothing was stored."""


@dataclass
class Submission:
    """What the student sent for one item."""

    choice: str | None = None
    text: str | None = None
    positions: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ItemView:
    """One item with everything needed to show it: its attempt, question (or timeline events) and answer.

    ``number`` and ``count`` are the item's place among the attempt's items and how many it has now (a
    question a teacher deletes takes its items with it); ``next_position`` is the next item's, if any.
    """

    item: QuizItem
    attempt: QuizAttempt
    question: Question | None
    answer: QuizAnswer | None
    events: list[TimelineEvent]
    number: int = 1
    count: int = 1
    next_position: int | None = None


@dataclass(frozen=True)
class Unfinished:
    """A quiz the student left before its end."""

    attempt_id: int
    set_id: int
    answered: int
    count: int


def _candidates(user_id: int, set_id: int) -> list[Candidate]:
    """The set's questions with this student's history: two queries, whatever the size of the set."""
    questions = db.session.execute(
        select(Question.id, Question.type, Question.date, Question.source_sentence, Question.answer)
        .where(Question.set_id == set_id)
    ).all()
    stats = db.session.execute(
        select(
            QuizAnswer.question_id,
            func.count(QuizAnswer.id),
            func.sum(case((QuizAnswer.correct.is_(False), 1), else_=0)),
            func.max(QuizAnswer.id),
        )
        .join(Question, Question.id == QuizAnswer.question_id)
        .where(QuizAnswer.user_id == user_id, Question.set_id == set_id)
        .group_by(QuizAnswer.question_id)
    ).all()
    last_ids = [row[3] for row in stats]
    last_correct: dict[int | None, bool] = {}
    if last_ids:
        rows = db.session.execute(select(QuizAnswer.question_id, QuizAnswer.correct).where(QuizAnswer.id.in_(last_ids)))
        last_correct = {row[0]: row[1] for row in rows}
    seen = {row[0]: (int(row[1]), int(row[2] or 0)) for row in stats}
    return [
        Candidate(
            id=qid,
            type=qtype,
            date=qdate if qtype == "date" else None,
            times_seen=seen.get(qid, (0, 0))[0],
            times_wrong=seen.get(qid, (0, 0))[1],
            last_correct=last_correct.get(qid),
            has_source=bool((source or "").strip()),
            about=tuple(f"{k}:{v.strip().casefold()}" for k, v in (("s", source or ""), ("a", answer or "")) if v.strip()),
        )
        for qid, qtype, qdate, source, answer in questions
    ]


def start_quiz(
    user_id: int, set_id: int, now: datetime, rng: random.Random, length: int = DEFAULT_QUIZ_LENGTH, typed_names: bool = False
) -> QuizAttempt | None:
    """Create an attempt of ``length`` items: questions favouring the unseen and missed, and a timeline last.

    The timeline takes one of the places when the set has four events with distinct dates. With
    ``typed_names`` the name questions are asked for typed recall: their items hold no options.

    Returns:
        The committed attempt, or None when the set has no questions.
    """
    candidates = _candidates(user_id, set_id)
    if not candidates:
        return None
    timeline = pick_timeline([c for c in candidates if c.type == "date"], rng) if length > 1 else None
    chosen = choose_questions(candidates, length - 1 if timeline else length, rng)
    if timeline:
        timeline = pick_timeline([c for c in candidates if c.type == "date"], rng, avoid=frozenset(c.id for c in chosen))
    options: dict[int, list[str]] = {}
    mc_ids = [c.id for c in chosen if c.type == "multiple_choice"]  # dates and typed questions have no options
    if mc_ids and not typed_names:
        for qid, answer, distractors in db.session.execute(
            select(Question.id, Question.answer, Question.distractors).where(Question.id.in_(mc_ids))
        ):
            options[qid] = shuffled_options(answer, list(distractors or []), rng)
    attempt = QuizAttempt(user_id=user_id, set_id=set_id, started_at=now, total=len(chosen) + (1 if timeline else 0))
    for position, candidate in enumerate(chosen, start=1):
        attempt.items.append(QuizItem(position=position, kind=QUESTION, question_id=candidate.id, options=options.get(candidate.id, [])))
    if timeline:
        attempt.items.append(QuizItem(position=len(chosen) + 1, kind=TIMELINE, question_id=None, options=[c.id for c in timeline]))
    db.session.add(attempt)
    db.session.commit()
    return attempt


# The statements of the question page and the answer POST are built once: building one costs more than running it.
_SIBLINGS = select(func.count(QuizItem.id)).where(QuizItem.attempt_id == bindparam("attempt_id"))
_NEXT = select(func.min(QuizItem.position)).where(QuizItem.attempt_id == bindparam("attempt_id"), QuizItem.position > bindparam("position"))
_ITEM = (
    select(
        QuizItem,
        QuizAttempt,
        Question,
        QuizAnswer,
        _SIBLINGS.where(QuizItem.position <= bindparam("position")).scalar_subquery(),
        _SIBLINGS.scalar_subquery(),
        _NEXT.scalar_subquery(),
    )
    .join(QuizAttempt, QuizAttempt.id == QuizItem.attempt_id)
    .outerjoin(Question, Question.id == QuizItem.question_id)
    .outerjoin(QuizAnswer, QuizAnswer.item_id == QuizItem.id)
    .where(QuizItem.attempt_id == bindparam("attempt_id"), QuizItem.position == bindparam("position"))
)


def load_item(attempt_id: int, position: int) -> ItemView | None:
    """The item at ``position`` of an attempt with its question and answer (one query; two for a timeline)."""
    row = db.session.execute(_ITEM, {"attempt_id": attempt_id, "position": position}).first()
    if row is None:
        return None
    item, attempt, question, answer, number, count, next_position = row
    events: list[TimelineEvent] = []
    if item.kind == TIMELINE:
        events = timeline_events([int(i) for i in item.options])
    return ItemView(item, attempt, question, answer, events, int(number or 1), int(count or 1), next_position)


def timeline_events(question_ids: list[int]) -> list[TimelineEvent]:
    """The events of a timeline in the order shown, dates blanked out of their texts."""
    from quizapp.study.timeline import event_label

    rows = {
        q.id: q
        for q in db.session.scalars(select(Question).where(Question.id.in_(question_ids)))
    }
    return [
        TimelineEvent(qid, rows[qid].date or "", event_label(rows[qid].source_sentence, rows[qid].prompt))
        for qid in question_ids
        if qid in rows
    ]


def mark_shown(item_id: int, now: datetime) -> None:
    """Record when an item was first shown (later views keep the first time)."""
    db.session.execute(update(QuizItem).where(QuizItem.id == item_id, QuizItem.shown_at.is_(None)).values(shown_at=now))
    db.session.commit()


def _grade(view: ItemView, submission: Submission) -> Verdict:
    if view.item.kind == TIMELINE:
        shown = [e.id for e in view.events]
        try:
            order = parse_order(shown, submission.positions)
        except TimelineError as error:
            raise QuizInputError(str(error)) from error
        right = order == correct_order(view.events)
        given = ",".join(str(i) for i in order)
        return Verdict(right, given, given, "Right order." if right else "Not quite: see the right order below.")
    question = view.question
    if question is None:
        raise QuizInputError("This question no longer exists.")
    try:
        if question.type != "date" and not view.item.options:  # typed recall of a name
            return grade_name(submission.text or "", question.answer, list(question.distractors or []), question.answer_kind == "person")
        return grade_question(question.type, question.answer, question.date, list(view.item.options or []), submission.choice, submission.text)
    except AnswerError as error:
        raise QuizInputError(str(error)) from error


_INSERT_ANSWER = insert(QuizAnswer.__table__)  # Core: no unit of work for a row nothing reads back
_ANSWER_OF_ITEM = select(QuizAnswer).where(QuizAnswer.item_id == bindparam("item_id"))
_ANSWERS = select(func.count(QuizAnswer.id)).join(QuizItem, QuizItem.id == QuizAnswer.item_id).where(QuizItem.attempt_id == bindparam("attempt_id"))
_ITEMS = select(func.count(QuizItem.id)).where(QuizItem.attempt_id == bindparam("attempt_id")).scalar_subquery()
_FINISH = (
    update(QuizAttempt)
    .where(QuizAttempt.id == bindparam("attempt_id"), QuizAttempt.finished_at.is_(None))
    .values(
        score=_ANSWERS.where(QuizAnswer.correct.is_(True)).scalar_subquery(),
        total=_ITEMS,  # fewer when a teacher deleted one of its questions meanwhile
        finished_at=case((_ANSWERS.scalar_subquery() >= _ITEMS, bindparam("now", type_=UTCDateTime())), else_=None),
    )
    .execution_options(synchronize_session=False)
)


def answer_item(view: ItemView, user_id: int, submission: Submission, now: datetime, rng: random.Random) -> bool:
    """Grade and store the answer to an item, once: an item already answered keeps its first answer.

    A first answer to a question also schedules the question's review card (see
    ``review.operations.record_quiz_result``), in the same transaction.

    Returns:
        True when this call stored the answer; False when the item had its answer already.

    Raises:
        QuizInputError: the submission cannot be read (nothing is stored).
    """
    if view.answer is not None:
        return False
    verdict = _grade(view, submission)
    shown_at = view.item.shown_at
    response_ms = max(0, int((now - shown_at).total_seconds() * 1000)) if shown_at else None
    answer = {
        "item_id": view.item.id,
        "user_id": user_id,
        "question_id": view.item.question_id,
        "given_answer": verdict.given,
        "correct": verdict.correct,
        "response_ms": response_ms,
        "answered_at": now,
    }
    try:
        # the card first: its read and scheduling run before the transaction's first write, so on SQLite
        # the write lock is held for three statements only; a refused answer below rolls the card back too
        if view.question is not None:
            record_quiz_result(user_id, view.question.id, view.question.type, verdict.correct, response_ms, now, rng)
        db.session.execute(_INSERT_ANSWER, answer)
        _finish(view.attempt.id, now)
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        if db.session.scalar(_ANSWER_OF_ITEM, {"item_id": view.item.id}) is None:
            raise
        return False
    return True


def _finish(attempt_id: int, now: datetime) -> None:
    """Store the score; mark the attempt finished when every item has its answer (one statement, no commit)."""
    db.session.execute(_FINISH, {"attempt_id": attempt_id, "now": now})


def finish_attempt(attempt_id: int, now: datetime) -> None:
    """Bring the score and the finished time up to date (for an attempt whose last answer raced another)."""
    _finish(attempt_id, now)
    db.session.commit()


def unfinished_attempts(user_id: int) -> dict[int, Unfinished]:
    """The student's latest unfinished quiz per set, with how many of its items are answered."""
    rows = db.session.execute(
        select(QuizAttempt.id, QuizAttempt.set_id, func.count(QuizItem.id), func.count(QuizAnswer.id))
        .join(QuizItem, QuizItem.attempt_id == QuizAttempt.id)
        .outerjoin(QuizAnswer, QuizAnswer.item_id == QuizItem.id)
        .where(QuizAttempt.user_id == user_id, QuizAttempt.finished_at.is_(None))
        .group_by(QuizAttempt.id, QuizAttempt.set_id)
        .order_by(QuizAttempt.id)
    ).all()
    found: dict[int, Unfinished] = {}
    for attempt_id, set_id, count, answered in rows:
        if answered < count:
            found[set_id] = Unfinished(attempt_id, set_id, int(answered), int(count))
    return found


def first_unanswered(attempt_id: int) -> int | None:
    """The position of the first item without an answer, or None when all are answered."""
    return db.session.scalar(
        select(func.min(QuizItem.position))
        .outerjoin(QuizAnswer, QuizAnswer.item_id == QuizItem.id)
        .where(QuizItem.attempt_id == attempt_id, QuizAnswer.id.is_(None))
    )


def mistakes(attempt_id: int) -> list[tuple[QuizItem, Question | None, QuizAnswer]]:
    """The wrongly answered items of an attempt, in order, with their questions."""
    rows = db.session.execute(
        select(QuizItem, Question, QuizAnswer)
        .join(QuizAnswer, QuizAnswer.item_id == QuizItem.id)
        .outerjoin(Question, Question.id == QuizItem.question_id)
        .where(QuizItem.attempt_id == attempt_id, QuizAnswer.correct.is_(False))
        .order_by(QuizItem.position)
    ).all()
    return [(r[0], r[1], r[2]) for r in rows]
