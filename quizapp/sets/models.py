"""Question sets and their questions, as stored."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizapp.extensions import UTCDateTime, db, utcnow


class QuestionSet(db.Model):  # type: ignore[name-defined,misc]
    """A titled bank of questions, owned by a teacher (or by no one for the shipped default)."""

    __tablename__ = "question_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    source_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    published: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    questions: Mapped[list[Question]] = relationship(
        back_populates="question_set",
        cascade="all, delete-orphan",
        order_by="Question.position",
        passive_deletes=True,
    )
    source: Mapped[SetSource | None] = relationship(cascade="all, delete-orphan", passive_deletes=True)

    @property
    def source_text(self) -> str:
        """The text the set was derived from ("" if none); read only when asked for (one more query)."""
        return self.source.text if self.source is not None else ""


class SetSource(db.Model):  # type: ignore[name-defined,misc]
    """The text a set came from, kept apart from the set's row so that lists of sets never read it."""

    __tablename__ = "set_sources"

    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class Question(db.Model):  # type: ignore[name-defined,misc]
    """One question; ``uid`` is the interchange id, stable across re-imports of the same set."""

    __tablename__ = "questions"
    __table_args__ = (UniqueConstraint("set_id", "uid", name="uq_questions_set_id_uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("question_sets.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    type: Mapped[str] = mapped_column(String(20))
    prompt: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    distractors: Mapped[list[str]] = mapped_column(JSON, default=list)
    date: Mapped[str | None] = mapped_column(String(11))  # "-0044-03-15": 15 March 44 BC
    answer_kind: Mapped[str] = mapped_column(String(20))
    source_sentence: Mapped[str] = mapped_column(Text, default="", server_default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    confidence: Mapped[float | None] = mapped_column(Float)  # the generator's, 0-1; None when written by hand
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    question_set: Mapped[QuestionSet] = relationship(back_populates="questions")

    def to_interchange(self) -> dict[str, Any]:
        """This question as the interchange format's JSON object."""
        return {
            "id": self.uid,
            "type": self.type,
            "prompt": self.prompt,
            "answer": self.answer,
            "distractors": list(self.distractors or []),
            "date": self.date,
            "answer_kind": self.answer_kind,
            "source_sentence": self.source_sentence,
            "tags": list(self.tags or []),
            **({"confidence": self.confidence} if self.confidence is not None else {}),
        }
