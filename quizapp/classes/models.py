"""Classes, their members and their assignments, as stored."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.extensions import UTCDateTime, db, utcnow


class Class(db.Model):  # type: ignore[name-defined,misc]
    """A teacher's class; students join it with ``join_code``. An archived class takes no one and shows nothing
    to its students, and keeps its results for its teacher."""

    __tablename__ = "classes"

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    join_code: Mapped[str] = mapped_column(String(32), unique=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    memberships: Mapped[list[Membership]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    assignments: Mapped[list[Assignment]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class Membership(db.Model):  # type: ignore[name-defined,misc]
    """A student in a class."""

    __tablename__ = "class_memberships"
    __table_args__ = (UniqueConstraint("class_id", "student_id", name="uq_class_memberships_class_id_student_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Assignment(db.Model):  # type: ignore[name-defined,misc]
    """A set given to a class, with an optional due time (UTC)."""

    __tablename__ = "class_assignments"
    __table_args__ = (UniqueConstraint("class_id", "set_id", name="uq_class_assignments_class_id_set_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"), index=True)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
