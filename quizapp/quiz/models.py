"""Quiz attempts, the items shown in them and the answers given."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.extensions import UTCDateTime, db, utcnow


class QuizAttempt(db.Model):  # type: ignore[name-defined,misc]
    """One quiz a student takes on one question set."""

    __tablename__ = "quiz_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    score: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    total: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    items: Mapped[list[QuizItem]] = relationship(
        back_populates="attempt", cascade="all, delete-orphan", order_by="QuizItem.position", passive_deletes=True
    )


class QuizItem(db.Model):  # type: ignore[name-defined,misc]
    """One position of an attempt: a question (``kind`` ``question``) or a timeline of several.

    ``options`` is what was shown, in the order shown: the shuffled choices of a multiple-choice
    question, or the question ids of a timeline.
    """

    __tablename__ = "quiz_items"
    __table_args__ = (UniqueConstraint("attempt_id", "position", name="uq_quiz_items_attempt_id_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("quiz_attempts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default="question", server_default="question")
    question_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    options: Mapped[list[Any]] = mapped_column(JSON, default=list)
    shown_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    attempt: Mapped[QuizAttempt] = relationship(back_populates="items")
    answer: Mapped[QuizAnswer | None] = relationship(back_populates="item", uselist=False, passive_deletes=True)


class QuizAnswer(db.Model):  # type: ignore[name-defined,misc]
    """The one answer to a quiz item: unique per item, so a resubmission never counts twice."""

    __tablename__ = "quiz_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("quiz_items.id", ondelete="CASCADE"), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    given_answer: Mapped[str] = mapped_column(Text, default="", server_default="")
    correct: Mapped[bool] = mapped_column(Boolean)
    response_ms: Mapped[int | None] = mapped_column(Integer)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    item: Mapped[QuizItem] = relationship(back_populates="answer")
