"""Reads for classes: who may see a class, rosters, assignable sets, and each student's progress on an assignment.

An assignment is *done* by a student once they have answered every question of its set at least once (in
quizzes, at any time); their *score* is the share of the set's questions whose latest answer was right.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from flask import abort
from sqlalchemy import Select, func, or_, select

from quizapp.auth.models import User
from quizapp.classes.models import Assignment, Class, Membership
from quizapp.extensions import db
from quizapp.quiz.models import QuizAnswer
from quizapp.sets.models import Question, QuestionSet


def taught_by(teacher_id: int) -> Select[tuple[int]]:
    """A subquery of the ids of the students in the teacher's classes (archived ones too)."""
    return select(Membership.student_id).join(Class, Class.id == Membership.class_id).where(Class.teacher_id == teacher_id)


def is_member(class_id: int, user_id: int) -> bool:
    """Whether the user is a student of the class."""
    stmt = select(Membership.id).where(Membership.class_id == class_id, Membership.student_id == user_id)
    return db.session.scalar(stmt) is not None


def own_class_or_404(class_id: int, teacher_id: int) -> Class:
    """The teacher's own class, or 404 (another teacher's class is not theirs to see)."""
    klass = db.session.get(Class, class_id)
    if klass is None or klass.teacher_id != teacher_id:
        abort(404)
    return klass


def open_class_by_code(code: str) -> Class | None:
    """The class that takes new students with this join code, if any."""
    if not code or len(code) > 32:
        return None
    return db.session.scalar(select(Class).where(Class.join_code == code, Class.archived.is_(False)))


def teacher_email(klass: Class) -> str:
    """The e-mail address of the class's teacher."""
    return db.session.scalar(select(User.email).where(User.id == klass.teacher_id)) or ""


@dataclass(frozen=True)
class ClassSummary:
    """One line of a list of classes."""

    id: int
    name: str
    archived: bool
    students: int
    assignments: int
    teacher_email: str


def _summaries(where: object) -> list[ClassSummary]:
    students = select(func.count(Membership.id)).where(Membership.class_id == Class.id).correlate(Class).scalar_subquery()
    assignments = select(func.count(Assignment.id)).where(Assignment.class_id == Class.id).correlate(Class).scalar_subquery()
    rows = db.session.execute(
        select(Class.id, Class.name, Class.archived, students, assignments, User.email)
        .join(User, User.id == Class.teacher_id)
        .where(where)  # type: ignore[arg-type]
        .order_by(Class.archived, Class.name, Class.id)
    )
    return [ClassSummary(*row) for row in rows]


def teacher_classes(teacher_id: int) -> list[ClassSummary]:
    """The teacher's classes, open ones first."""
    return _summaries(Class.teacher_id == teacher_id)


def student_classes(student_id: int) -> list[ClassSummary]:
    """The classes the student is in, open ones first."""
    return _summaries(Class.id.in_(select(Membership.class_id).where(Membership.student_id == student_id)))


@dataclass(frozen=True)
class Member:
    """A student of a class."""

    user_id: int
    email: str
    joined_at: datetime


def roster(class_id: int) -> list[Member]:
    """The class's students, by e-mail address."""
    rows = db.session.execute(
        select(User.id, User.email, Membership.joined_at)
        .join(Membership, Membership.student_id == User.id)
        .where(Membership.class_id == class_id)
        .order_by(User.email)
    )
    return [Member(*row) for row in rows]


def assignable_sets(teacher_id: int) -> list[QuestionSet]:
    """The published sets a teacher may assign: their own and the unowned shared ones."""
    stmt = (
        select(QuestionSet)
        .where(QuestionSet.published.is_(True), or_(QuestionSet.owner_id == teacher_id, QuestionSet.owner_id.is_(None)))
        .order_by(QuestionSet.owner_id.is_(None), QuestionSet.title)
    )
    return list(db.session.scalars(stmt))


@dataclass(frozen=True)
class AssignmentView:
    """An assignment with its set's title, slug and number of questions."""

    id: int
    class_id: int
    set_id: int
    due_at: datetime | None
    title: str
    slug: str
    questions: int
    published: bool


def class_assignments(class_ids: Collection[int]) -> list[AssignmentView]:
    """The assignments of these classes, soonest due first (those without a due time last)."""
    if not class_ids:
        return []
    count = select(func.count(Question.id)).where(Question.set_id == QuestionSet.id).correlate(QuestionSet).scalar_subquery()
    rows = db.session.execute(
        select(Assignment.id, Assignment.class_id, Assignment.set_id, Assignment.due_at, QuestionSet.title, QuestionSet.slug, count, QuestionSet.published)
        .join(QuestionSet, QuestionSet.id == Assignment.set_id)
        .where(Assignment.class_id.in_(class_ids))
        .order_by(Assignment.due_at.is_(None), Assignment.due_at, QuestionSet.title, Assignment.id)
    )
    return [AssignmentView(*row) for row in rows]


def assignment_or_404(klass: Class, assignment_id: int) -> AssignmentView:
    """One assignment of this class, or 404."""
    for view in class_assignments([klass.id]):
        if view.id == assignment_id:
            return view
    abort(404)


@dataclass(frozen=True)
class Progress:
    """A student's work on one set: questions answered at least once, and right at their latest answer."""

    answered: int
    correct: int
    total: int
    last_at: datetime | None = None

    @property
    def done(self) -> bool:
        """Every question of the set answered at least once."""
        return self.total > 0 and self.answered >= self.total

    @property
    def score(self) -> int | None:
        """The share of the set's questions right at their latest answer, in percent (None before any answer)."""
        return round(100 * self.correct / self.total) if self.total and self.answered else None

    def overdue(self, due_at: datetime | None, now: datetime) -> bool:
        """Not done, and past its due time."""
        return due_at is not None and not self.done and due_at < now


def progress(user_ids: Collection[int], set_ids: Collection[int]) -> dict[tuple[int, int], Progress]:
    """Each (user, set)'s progress, for every pair of these users and sets (one query for the answers)."""
    if not user_ids or not set_ids:
        return {}
    totals: dict[int, int] = {
        row[0]: row[1]
        for row in db.session.execute(select(Question.set_id, func.count(Question.id)).where(Question.set_id.in_(set_ids)).group_by(Question.set_id))
    }
    latest: dict[tuple[int, int], tuple[int, bool, datetime]] = {}
    rows = db.session.execute(
        select(QuizAnswer.user_id, Question.set_id, QuizAnswer.question_id, QuizAnswer.correct, QuizAnswer.answered_at)
        .join(Question, Question.id == QuizAnswer.question_id)
        .where(QuizAnswer.user_id.in_(user_ids), Question.set_id.in_(set_ids))
        .order_by(QuizAnswer.id)
    )
    for user_id, set_id, question_id, correct, at in rows:
        latest[(user_id, question_id)] = (set_id, bool(correct), at)
    counts: dict[tuple[int, int], list[int]] = {}
    last: dict[tuple[int, int], datetime] = {}
    for (user_id, _question), (set_id, correct, at) in latest.items():
        tally = counts.setdefault((user_id, set_id), [0, 0])
        tally[0] += 1
        tally[1] += int(correct)
        if at is not None and ((user_id, set_id) not in last or at > last[(user_id, set_id)]):
            last[(user_id, set_id)] = at
    return {
        (u, s): Progress(*counts.get((u, s), [0, 0]), totals.get(s, 0), last.get((u, s)))
        for u in user_ids
        for s in set_ids
    }


@dataclass(frozen=True)
class HomeAssignment:
    """An assignment on a student's home page."""

    assignment: AssignmentView
    class_name: str
    progress: Progress


def home_assignments(student_id: int) -> list[HomeAssignment]:
    """The assignments of the student's open classes, soonest due first, with their progress (published sets only)."""
    classes: dict[int, str] = {
        row[0]: row[1]
        for row in db.session.execute(
            select(Class.id, Class.name)
            .join(Membership, Membership.class_id == Class.id)
            .where(Membership.student_id == student_id, Class.archived.is_(False))
        )
    }
    views = [a for a in class_assignments(list(classes)) if a.published]
    mine = progress([student_id], {a.set_id for a in views})
    return [HomeAssignment(a, classes[a.class_id], mine[(student_id, a.set_id)]) for a in views]
