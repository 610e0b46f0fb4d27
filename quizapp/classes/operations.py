"""Writes to classes: create, join, add and remove students, assign sets, archive; plain ids and values."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from quizapp.auth.models import User
from quizapp.auth.operations import normalise_email
from quizapp.classes.models import Assignment, Class, Membership
from quizapp.extensions import db, utcnow
from quizapp.sets.models import QuestionSet

JOIN_CODE_BYTES = 9  # 12 URL-safe characters: 72 random bits


class ClassError(ValueError):
    """A class cannot be changed as asked."""


def new_join_code() -> str:
    """An unguessable join code."""
    return secrets.token_urlsafe(JOIN_CODE_BYTES)


def create_class(teacher_id: int, name: str) -> Class:
    """Create a class for the teacher with a fresh join code."""
    name = " ".join(name.split())
    if not name:
        raise ClassError("Give the class a name.")
    klass = Class(teacher_id=teacher_id, name=name[:120], join_code=new_join_code())
    db.session.add(klass)
    db.session.commit()
    return klass


def renew_join_code(class_id: int) -> str:
    """Give the class a new join code; the old code and link stop working."""
    klass = db.get_or_404(Class, class_id)
    klass.join_code = new_join_code()
    db.session.commit()
    return klass.join_code


def set_archived(class_id: int, archived: bool) -> None:
    """Archive a class (no one joins, its students no longer see its assignments; results stay) or restore it."""
    klass = db.get_or_404(Class, class_id)
    klass.archived = archived
    db.session.commit()


def join_class(class_id: int, student_id: int, now: datetime | None = None) -> bool:
    """Put the student in the class; False if they were in it already.

    Raises:
        ClassError: the class is archived.
    """
    klass = db.get_or_404(Class, class_id)
    if klass.archived:
        raise ClassError("This class is archived: it takes no new students.")
    if _is_member(class_id, student_id):
        return False
    db.session.add(Membership(class_id=class_id, student_id=student_id, joined_at=now or utcnow()))
    try:
        db.session.commit()
    except IntegrityError:  # joined at the same moment from another tab
        db.session.rollback()
        return False
    return True


def _is_member(class_id: int, student_id: int) -> bool:
    stmt = select(Membership.id).where(Membership.class_id == class_id, Membership.student_id == student_id)
    return db.session.scalar(stmt) is not None


@dataclass
class AddReport:
    """What adding students by e-mail did, address by address."""

    added: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    not_students: list[str] = field(default_factory=list)


def add_students(class_id: int, emails: list[str]) -> AddReport:
    """Add the students with these e-mail addresses (existing student accounts only) to the class.

    Raises:
        ClassError: the class is archived.
    """
    klass = db.get_or_404(Class, class_id)
    if klass.archived:
        raise ClassError("This class is archived: restore it to add students.")
    report = AddReport()
    wanted = list(dict.fromkeys(normalise_email(e) for e in emails if e.strip()))
    users = {u.email.lower(): u for u in db.session.scalars(select(User).where(func.lower(User.email).in_(wanted)))} if wanted else {}
    members = set(db.session.scalars(select(Membership.student_id).where(Membership.class_id == class_id)))
    for email in wanted:
        user = users.get(email)
        if user is None:
            report.unknown.append(email)
        elif user.is_teacher:
            report.not_students.append(email)
        elif user.id in members:
            report.already.append(email)
        else:
            db.session.add(Membership(class_id=class_id, student_id=user.id))
            members.add(user.id)
            report.added.append(email)
    db.session.commit()
    return report


def remove_student(class_id: int, student_id: int) -> bool:
    """Take the student out of the class (their own history stays theirs); False if they were not in it."""
    result = db.session.execute(delete(Membership).where(Membership.class_id == class_id, Membership.student_id == student_id))
    db.session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


def assign_set(class_id: int, set_id: int, due_at: datetime | None) -> Assignment:
    """Assign a published set to the class, or change the due time of its assignment.

    Raises:
        ClassError: the set is not published.
    """
    qset = db.get_or_404(QuestionSet, set_id)
    if not qset.published:
        raise ClassError("Publish the set before assigning it.")
    assignment = db.session.scalar(select(Assignment).where(Assignment.class_id == class_id, Assignment.set_id == set_id))
    if assignment is None:
        assignment = Assignment(class_id=class_id, set_id=set_id)
        db.session.add(assignment)
    assignment.due_at = due_at
    db.session.commit()
    return assignment


def unassign(assignment_id: int) -> None:
    """Take an assignment off its class (students' answers stay)."""
    db.session.execute(delete(Assignment).where(Assignment.id == assignment_id))
    db.session.commit()
