"""Reads for the teacher area: which sets a teacher may see or edit, and the results of a set.

Results count only the students a teacher teaches (``taught_ids``): no teacher sees the work of anyone else,
and the shared default set has no site-wide results."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from flask import abort
from sqlalchemy import and_, bindparam, case, func, or_, select

from quizapp.auth.models import User
from quizapp.bank.formats.interchange import question_to_dict
from quizapp.bank.types import QuestionBank
from quizapp.extensions import db
from quizapp.quiz.models import QuizAnswer, QuizAttempt
from quizapp.review.models import ReviewCard
from quizapp.sets.models import Question, QuestionSet
from quizapp.stats.items import ItemStats, Response, item_statistics


def can_edit(qset: QuestionSet | SetSummary, user_id: int) -> bool:
    """Only the owner edits a set; the unowned shipped set is read-only in the browser."""
    return qset.owner_id is not None and qset.owner_id == user_id


def visible_set_or_404(set_id: int, user_id: int, *, edit: bool = False) -> QuestionSet:
    """The set if this teacher may see it (own or unowned); 404 for another teacher's, 403 to edit an unowned one."""
    qset = db.get_or_404(QuestionSet, set_id)
    if qset.owner_id is not None and qset.owner_id != user_id:
        abort(404)
    if edit and not can_edit(qset, user_id):
        abort(403)
    return qset


@dataclass(frozen=True)
class ReplacementPlan:
    """What replacing a set's questions by a new version does: which stay, which come, which go and whose
    answers go with them."""

    kept: int
    changed: int
    added: int
    removed: int
    students_losing_answers: int
    answers_lost: int
    cards_lost: int


def replacement_plan(qset: QuestionSet, bank: QuestionBank) -> ReplacementPlan:
    """Compare a set with a new version of its questions (matched by id), counting the history that would go."""
    current = {q.uid: q for q in qset.questions}
    incoming = {item.id: item for item in bank.questions}
    kept = [uid for uid in incoming if uid in current]
    changed = sum(1 for uid in kept if current[uid].to_interchange() | {"confidence": None} != question_to_dict(incoming[uid]) | {"confidence": None})
    gone = [current[uid].id for uid in current if uid not in incoming]
    answers = students = cards = 0
    if gone:
        answers = db.session.scalar(select(func.count(QuizAnswer.id)).where(QuizAnswer.question_id.in_(gone))) or 0
        cards = db.session.scalar(select(func.count(ReviewCard.id)).where(ReviewCard.question_id.in_(gone))) or 0
        students = len(
            set(db.session.scalars(select(QuizAnswer.user_id).where(QuizAnswer.question_id.in_(gone)).distinct()))
            | set(db.session.scalars(select(ReviewCard.user_id).where(ReviewCard.question_id.in_(gone)).distinct()))
        )
    return ReplacementPlan(len(kept), changed, len(incoming) - len(kept), len(gone), students, answers, cards)


def question_or_404(qset: QuestionSet, question_id: int) -> Question:
    """A question of this set, or 404."""
    question = db.session.get(Question, question_id)
    if question is None or question.set_id != qset.id:
        abort(404)
    return question


@dataclass(frozen=True)
class SetSummary:
    """One line of the teacher's list of sets."""

    id: int
    slug: str
    title: str
    published: bool
    owner_id: int | None
    questions: int


_QUESTION_COUNT = select(func.count(Question.id)).where(Question.set_id == QuestionSet.id).correlate(QuestionSet).scalar_subquery()
_TEACHER_SETS = (
    select(QuestionSet.id, QuestionSet.slug, QuestionSet.title, QuestionSet.published, QuestionSet.owner_id, _QUESTION_COUNT)
    .where(or_(QuestionSet.owner_id == bindparam("user_id"), QuestionSet.owner_id.is_(None)))
    .order_by(QuestionSet.owner_id.is_(None), QuestionSet.title, QuestionSet.id)
)


def teacher_sets(user_id: int) -> list[SetSummary]:
    """The teacher's own sets, then the unowned ones, each with its number of questions: one query that reads
    the sets' short columns and counts questions on their index (never a set's source text or a question row)."""
    return [SetSummary(*row) for row in db.session.execute(_TEACHER_SETS, {"user_id": user_id})]


@dataclass(frozen=True)
class StudentResult:
    """One student's work on a set."""

    user_id: int
    email: str
    attempts: int
    finished: int
    mean_percent: float | None
    best_percent: float | None
    answers: int
    correct: int
    review_cards: int
    due_cards: int
    last_activity: datetime | None

    @property
    def correct_percent(self) -> float | None:
        """The share of all answers that were right, in percent."""
        return 100 * self.correct / self.answers if self.answers else None


def taught_ids(teacher_id: int) -> list[int]:
    """The ids of the students in the teacher's classes (archived ones too: their results stay)."""
    from quizapp.classes.queries import taught_by  # the classes views import this module

    return list(db.session.scalars(taught_by(teacher_id).distinct()))


def student_results(set_id: int, now: datetime, student_ids: Collection[int]) -> list[StudentResult]:
    """Each of these students who took a quiz on or has review cards for the set, with scores and progress."""
    if not student_ids:
        return []
    ids = list(student_ids)
    attempts: dict[int, list[QuizAttempt]] = {}
    for attempt in db.session.scalars(select(QuizAttempt).where(QuizAttempt.set_id == set_id, QuizAttempt.user_id.in_(ids))):
        attempts.setdefault(attempt.user_id, []).append(attempt)
    answer_rows = db.session.execute(
        select(QuizAnswer.user_id, func.count(QuizAnswer.id), func.sum(case((QuizAnswer.correct.is_(True), 1), else_=0)), func.max(QuizAnswer.answered_at))
        .join(Question, Question.id == QuizAnswer.question_id)
        .where(Question.set_id == set_id, QuizAnswer.user_id.in_(ids))
        .group_by(QuizAnswer.user_id)
    )
    answers = {row[0]: (row[1], int(row[2] or 0), row[3]) for row in answer_rows}
    card_rows = db.session.execute(
        select(ReviewCard.user_id, func.count(ReviewCard.id), func.count(ReviewCard.id).filter(ReviewCard.due <= now))
        .join(Question, Question.id == ReviewCard.question_id)
        .where(Question.set_id == set_id, ReviewCard.user_id.in_(ids))
        .group_by(ReviewCard.user_id)
    )
    cards = {row[0]: (row[1], row[2]) for row in card_rows}
    user_ids = set(attempts) | set(answers) | set(cards)
    if not user_ids:
        return []
    emails = {row[0]: row[1] for row in db.session.execute(select(User.id, User.email).where(User.id.in_(user_ids)))}
    results = []
    for user_id in user_ids:
        mine = attempts.get(user_id, [])
        done = [a for a in mine if a.finished_at is not None and a.total]
        percents = [100 * a.score / a.total for a in done]
        count, correct, last_answer = answers.get(user_id, (0, 0, None))
        times = [t for t in [last_answer, *(a.finished_at or a.started_at for a in mine)] if t is not None]
        total_cards, due = cards.get(user_id, (0, 0))
        results.append(
            StudentResult(
                user_id=user_id,
                email=emails.get(user_id, "?"),
                attempts=len(mine),
                finished=len(done),
                mean_percent=sum(percents) / len(percents) if percents else None,
                best_percent=max(percents) if percents else None,
                answers=count,
                correct=correct,
                review_cards=total_cards,
                due_cards=due,
                last_activity=max(times) if times else None,
            )
        )
    return sorted(results, key=lambda r: r.email)


def question_statistics(qset: QuestionSet, student_ids: Collection[int]) -> list[tuple[Question, ItemStats]]:
    """Facility, discrimination and flags of every question of the set, from these students' quiz answers to it."""
    rows = db.session.execute(
        select(QuizAnswer.user_id, QuizAnswer.question_id, QuizAnswer.correct)
        .join(Question, and_(Question.id == QuizAnswer.question_id, Question.set_id == qset.id))
        .where(QuizAnswer.user_id.in_(list(student_ids)))
        .order_by(QuizAnswer.id)
    ) if student_ids else []
    responses = [Response(user_id, question_id, bool(correct)) for user_id, question_id, correct in rows]
    questions = list(qset.questions)
    stats = item_statistics(responses, [q.id for q in questions])
    by_id = {item.question: item for item in stats}
    return [(q, by_id[q.id]) for q in questions]
