"""Writes to classes: codes, joining, adding by e-mail, removing, assigning, archiving."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from quizapp.auth.models import Role, User
from quizapp.classes import operations
from quizapp.classes.models import Assignment, Class, Membership
from quizapp.extensions import db
from quizapp.sets.models import QuestionSet
from tests.classes.conftest import DUE, School


def _members(class_id: int) -> set[int]:
    db.session.expire_all()
    return set(db.session.scalars(select(Membership.student_id).where(Membership.class_id == class_id)))


def test_a_new_class_gets_an_unguessable_code(teacher: User) -> None:
    """Does each new class get its own join code of at least 12 URL-safe characters, and a tidied name?"""
    first = operations.create_class(teacher.id, "  History   1 ")
    second = operations.create_class(teacher.id, "History 2")
    assert first.name == "History 1"
    assert first.join_code != second.join_code
    assert len(first.join_code) >= 12 and all(c.isalnum() or c in "-_" for c in first.join_code)


def test_a_class_needs_a_name(teacher: User) -> None:
    """Is a blank name refused with nothing stored?"""
    with pytest.raises(operations.ClassError, match="name"):
        operations.create_class(teacher.id, "   ")
    assert db.session.scalar(select(func.count(Class.id))) == 0


def test_joining_twice_keeps_one_membership(school: School) -> None:
    """Does joining a class one is already in change nothing and say so?"""
    assert operations.join_class(school.klass.id, school.users["student"].id) is False
    assert _members(school.klass.id) == {school.users["student"].id}


def test_an_archived_class_takes_no_one(school: School) -> None:
    """Is joining or adding students to an archived class refused, and allowed again once it is restored?"""
    operations.set_archived(school.klass.id, True)
    newcomer = school.users["other_student"]
    with pytest.raises(operations.ClassError, match="archived"):
        operations.join_class(school.klass.id, newcomer.id)
    with pytest.raises(operations.ClassError, match="archived"):
        operations.add_students(school.klass.id, [newcomer.email])
    operations.set_archived(school.klass.id, False)
    assert operations.join_class(school.klass.id, newcomer.id) is True


def test_adding_by_email_reports_each_address(school: School, make_user: Callable[..., User]) -> None:
    """Are students added by e-mail (any case, once each), and members, teachers and unknown addresses reported, not added?"""
    new = make_user("new@example.org")
    report = operations.add_students(
        school.klass.id, ["NEW@example.org", "new@example.org", "student@example.org", "teacher@example.org", "nobody@example.org"]
    )
    assert report.added == ["new@example.org"]
    assert report.already == ["student@example.org"]
    assert report.not_students == ["teacher@example.org"]
    assert report.unknown == ["nobody@example.org"]
    assert _members(school.klass.id) == {school.users["student"].id, new.id}


def test_removing_a_student(school: School) -> None:
    """Does removing take the student out (and say whether they were in)?"""
    assert operations.remove_student(school.klass.id, school.users["student"].id) is True
    assert operations.remove_student(school.klass.id, school.users["student"].id) is False
    assert _members(school.klass.id) == set()


def test_assigning_again_changes_the_due_time(school: School) -> None:
    """Does assigning an assigned set again keep one assignment with the new due time (or none)?"""
    later = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
    operations.assign_set(school.klass.id, school.qset.id, later)
    rows = db.session.scalars(select(Assignment).where(Assignment.class_id == school.klass.id)).all()
    assert [(a.set_id, a.due_at) for a in rows] == [(school.qset.id, later)]
    operations.assign_set(school.klass.id, school.qset.id, None)
    db.session.expire_all()
    assert db.session.scalars(select(Assignment.due_at).where(Assignment.class_id == school.klass.id)).all() == [None]


def test_due_times_come_back_in_utc(school: School) -> None:
    """Is a due time read back timezone-aware UTC, on SQLite too?"""
    db.session.expire_all()
    due = db.session.get(Assignment, school.assignment.id).due_at
    assert due == DUE and due.tzinfo is not None and due.utcoffset().total_seconds() == 0


def test_a_draft_cannot_be_assigned(school: School, make_set: Callable[..., QuestionSet]) -> None:
    """Is an unpublished set refused with a clear message?"""
    draft = make_set("draft", owner=school.users["teacher"], published=False)
    with pytest.raises(operations.ClassError, match="Publish"):
        operations.assign_set(school.klass.id, draft.id, None)


def test_unassigning_and_a_new_code(school: School) -> None:
    """Does unassigning remove only the assignment, and a new code replace the old one?"""
    old = school.klass.join_code
    operations.unassign(school.assignment.id)
    assert db.session.get(QuestionSet, school.qset.id) is not None
    assert db.session.scalar(select(func.count(Assignment.id)).where(Assignment.class_id == school.klass.id)) == 0
    assert operations.renew_join_code(school.klass.id) != old


def test_an_administrator_is_a_teacher(make_user: Callable[..., User]) -> None:
    """Is an administrator a teacher (teacher area, classes) and the only administrator?"""
    admin, teacher = make_user("a@example.org", Role.ADMIN), make_user("t@example.org", Role.TEACHER)
    assert admin.is_teacher and admin.is_admin
    assert teacher.is_teacher and not teacher.is_admin
