"""Spaced-repetition state: one FSRS card per student and question, and the log of its reviews."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Integer, UniqueConstraint
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
