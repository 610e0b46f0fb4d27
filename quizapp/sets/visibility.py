"""Which sets a user may study: the single rule that quizzes, review, exports, progress and the home page follow.

A published set is studied by
- everyone logged in, when it has no owner (the shipped default set and others loaded with ``flask bank``);
- the students of a class it is assigned to, while the class is not archived;
- anyone who has already taken a quiz on it (leaving a class keeps one's own history and review cards).

A teacher also studies their own sets, published or not. "Published" on a teacher's set means "ready": it
may be assigned to the teacher's classes. Unpublishing a set hides its questions from quizzes, results,
review and the review-deck export of students; their answers and review cards are kept, and publishing the
set again brings everything back.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, exists, false, or_, select

from quizapp.extensions import db
from quizapp.sets.models import QuestionSet


def assigned_to(user_id: int) -> ColumnElement[bool]:
    """The SQL condition on ``QuestionSet``: assigned to a class, not archived, that this user belongs to."""
    from quizapp.classes.models import Assignment, Class, Membership  # the feature packages import this module

    return exists(
        select(Assignment.id)
        .join(Class, Class.id == Assignment.class_id)
        .join(Membership, Membership.class_id == Class.id)
        .where(Assignment.set_id == QuestionSet.id, Class.archived.is_(False), Membership.student_id == user_id)
    )


def studied_by(user_id: int) -> ColumnElement[bool]:
    """The SQL condition on ``QuestionSet``: this user has taken a quiz on it."""
    from quizapp.quiz.models import QuizAttempt

    return exists(select(QuizAttempt.id).where(QuizAttempt.set_id == QuestionSet.id, QuizAttempt.user_id == user_id))


def studyable(user_id: int, is_teacher: bool) -> ColumnElement[bool]:
    """The SQL condition on ``QuestionSet`` for sets this user may study."""
    own = QuestionSet.owner_id == user_id if is_teacher else false()
    shared = or_(QuestionSet.owner_id.is_(None), assigned_to(user_id), studied_by(user_id))
    return or_(and_(QuestionSet.published.is_(True), shared), own)


def studyable_set_ids(user_id: int, is_teacher: bool) -> Select[tuple[int]]:
    """A subquery of the ids of the sets this user may study (for ``Question.set_id.in_(...)``)."""
    return select(QuestionSet.id).where(studyable(user_id, is_teacher))


def is_studyable(qset: QuestionSet | None, user_id: int, is_teacher: bool) -> bool:
    """Whether this user may study the set (False for a missing one)."""
    if qset is None:
        return False
    if is_teacher and qset.owner_id == user_id:
        return True
    if not qset.published:
        return False
    if qset.owner_id is None:
        return True
    return db.session.scalar(select(QuestionSet.id).where(QuestionSet.id == qset.id, or_(assigned_to(user_id), studied_by(user_id)))) is not None
