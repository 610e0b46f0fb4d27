"""Database reads for exports: a stored set as a plain bank, and a student's review deck."""

from __future__ import annotations

from flask import abort
from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.bank.types import AnswerKind, BankQuestion, QuestionBank, QuestionType
from quizapp.exports.anki_csv import deck_name
from quizapp.exports.cards import Flashcard, flashcard, flashcards
from quizapp.extensions import db
from quizapp.review.models import ReviewCard
from quizapp.sets.models import Question, QuestionSet

APP_DECK = "quizapp"


def bank_question(question: Question) -> BankQuestion:
    """A stored question as the plain value the exports take."""
    return BankQuestion(
        id=question.uid,
        type=QuestionType(question.type),
        prompt=question.prompt,
        answer=question.answer,
        distractors=tuple(question.distractors or ()),
        answer_kind=AnswerKind(question.answer_kind),
        source_sentence=question.source_sentence or "",
        date=question.date,
        tags=tuple(question.tags or ()),
    )


def set_bank(qset: QuestionSet) -> QuestionBank:
    """A stored set as a bank, in the set's order."""
    return QuestionBank(title=qset.title, source=qset.source_name, questions=tuple(bank_question(q) for q in qset.questions))


def set_flashcards(qset: QuestionSet) -> tuple[str, list[Flashcard]]:
    """The deck name and flashcards of a set (GUIDs keyed by the set's slug and the questions' ids)."""
    return deck_name(APP_DECK, qset.title), flashcards(set_bank(qset).questions, set_key=qset.slug)


def set_timestamp(qset: QuestionSet) -> float:
    """When the set's content last changed (seconds since the epoch): the note time of its .apkg.

    Anki updates an imported note only when the package's note is newer, so an edit must make the next
    export newer, and an unchanged set should export the same time.
    """
    times = [q.updated_at for q in qset.questions if q.updated_at is not None] or [qset.updated_at]
    return max(times).timestamp()


def review_flashcards(user_id: int) -> tuple[str, list[Flashcard]]:
    """The deck name and flashcards of a student's review cards, across sets, with the same GUIDs as set exports."""
    rows = db.session.execute(
        select(Question, QuestionSet.slug)
        .join(ReviewCard, ReviewCard.question_id == Question.id)
        .join(QuestionSet, QuestionSet.id == Question.set_id)
        .where(ReviewCard.user_id == user_id)
        .order_by(QuestionSet.slug, Question.position, Question.id)
    )
    cards = [flashcard(bank_question(question), set_key=slug) for question, slug in rows]
    return deck_name(APP_DECK, "My review deck"), cards


def may_export(qset: QuestionSet, user: User) -> bool:
    """The owner always; every teacher for an unowned set; everyone logged in for a published set."""
    if qset.published:
        return True
    if qset.owner_id is None:
        return bool(user.is_teacher)
    return qset.owner_id == user.id


def exportable_set_or_404(slug: str, user: User) -> QuestionSet:
    """The set with this slug if ``user`` may export it, else 404 (hiding other teachers' drafts)."""
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))
    if qset is None or not may_export(qset, user):
        abort(404)
    return qset


def set_by_slug(slug: str) -> QuestionSet | None:
    """The set with this slug (for the CLI, which may export any set)."""
    return db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))


def published_sets() -> list[QuestionSet]:
    """Every published set, by title."""
    return list(db.session.scalars(select(QuestionSet).where(QuestionSet.published.is_(True)).order_by(QuestionSet.title)))
