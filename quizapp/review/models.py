"""Spaced-repetition state: one FSRS card per student and question, and the log of its reviews."""

from __future__ import annotations

from datetime import datetime

from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.extensions import UTCDateTime, db, utcnow


class ReviewCard(db.Model):  # type: ignore[name-defined,misc]
    """The FSRS card of one student for one question (fields mirror ``fsrs.Card``).

    ``reps`` counts reviews and doubles as a version: a rating applies only to the version it was shown for.
    """

    __tablename__ = "review_cards"
    __table_args__ = (UniqueConstraint("user_id", "question_id", name="uq_review_cards_user_id_question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    state: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    step: Mapped[int | None] = mapped_column(Integer)
    stability: Mapped[float | None] = mapped_column(Float)
    difficulty: Mapped[float | None] = mapped_column(Float)
    due: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    last_review: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reps: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReviewLog(db.Model):  # type: ignore[name-defined,misc]
    """One rating given to a card (fields mirror ``fsrs.ReviewLog``)."""

    __tablename__ = "review_logs"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("review_cards.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    rating: Mapped[int] = mapped_column(Integer)
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    review_duration_ms: Mapped[int | None] = mapped_column(Integer)


class StudentParameters(db.Model):  # type: ignore[name-defined,misc]
    """A student's own FSRS parameters, fitted to their review log, with how well they predict held-out reviews."""

    __tablename__ = "student_parameters"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    parameters: Mapped[list[Any] | None] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(20), default="idle", server_default="idle")
    reviews_used: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    log_loss_default: Mapped[float | None] = mapped_column(Float)
    log_loss_personal: Mapped[float | None] = mapped_column(Float)
    fitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    error: Mapped[str] = mapped_column(String(300), default="", server_default="")
