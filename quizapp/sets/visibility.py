"""Which sets a user may study: published ones, and a teacher's own drafts. Unpublishing a set hides its
questions from quizzes, results, review and the review-deck export of students; their answers and review
cards are kept, and publishing the set again brings everything back."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, false, or_, select

from quizapp.sets.models import QuestionSet


def studyable(user_id: int, is_teacher: bool) -> ColumnElement[bool]:
    """The SQL condition on ``QuestionSet`` for sets this user may study."""
    own = QuestionSet.owner_id == user_id if is_teacher else false()
    return or_(QuestionSet.published.is_(True), own)


def studyable_set_ids(user_id: int, is_teacher: bool) -> Select[tuple[int]]:
    """A subquery of the ids of the sets this user may study (for ``Question.set_id.in_(...)``)."""
    return select(QuestionSet.id).where(studyable(user_id, is_teacher))


def is_studyable(qset: QuestionSet | None, user_id: int, is_teacher: bool) -> bool:
    """Whether this user may study the set (False for a missing one)."""
    return qset is not None and (bool(qset.published) or (is_teacher and qset.owner_id == user_id))
