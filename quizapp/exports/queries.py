"""Database reads for exports: a stored set as a plain bank and cloze notes, and a student's review deck
with each card's FSRS state and review log."""

from __future__ import annotations

from collections import defaultdict

from flask import abort
from fsrs import Rating
from sqlalchemy import select

from quizapp.auth.models import User
from quizapp.bank.types import AnswerKind, BankQuestion, QuestionBank, QuestionType
from quizapp.exports.anki_csv import deck_name
from quizapp.exports.apkg import CardSchedule, LoggedReview
from quizapp.exports.cloze import ClozeNote, cloze_notes
from quizapp.extensions import db
from quizapp.review.models import ReviewCard, ReviewLog
from quizapp.review.operations import parameters_of
from quizapp.sets.models import Question, QuestionSet
from quizapp.sets.visibility import is_studyable, studyable
from quizapp.study.scheduling import Parameters, states_before

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


def set_notes(qset: QuestionSet) -> tuple[str, list[ClozeNote]]:
    """The deck name and cloze notes of a set (GUIDs keyed by the set's slug and the source sentences)."""
    return deck_name(APP_DECK, qset.title), cloze_notes(set_bank(qset).questions, set_key=qset.slug)


def set_timestamp(qset: QuestionSet) -> float:
    """When the set's content last changed (seconds since the epoch): the note time of its .apkg.

    Anki updates an imported note only when the package's note is newer, so an edit must make the next
    export newer, and an unchanged set should export the same time.
    """
    times = [q.updated_at for q in qset.questions if q.updated_at is not None] or [qset.updated_at]
    return max(times).timestamp()


def review_notes(user_id: int) -> tuple[str, list[ClozeNote], dict[tuple[str, int], CardSchedule]]:
    """A student's review cards as cloze notes (the set exports' GUIDs), with each card's FSRS state and log.

    Returns:
        The deck name, the notes, and the schedule of each card keyed by (note GUID, cloze number).
    """
    user = db.session.get(User, user_id)
    retention = float(user.desired_retention) if user is not None else 0.9
    parameters = parameters_of(user_id)
    rows = db.session.execute(
        select(Question, QuestionSet.slug, ReviewCard)
        .join(ReviewCard, ReviewCard.question_id == Question.id)
        .join(QuestionSet, QuestionSet.id == Question.set_id)
        .where(ReviewCard.user_id == user_id, studyable(user_id, user is not None and user.is_teacher))
        .order_by(QuestionSet.slug, Question.position, Question.id)
    ).all()
    logs: dict[int, list[LoggedReview]] = defaultdict(list)
    for card_id, rating, at, duration in db.session.execute(
        select(ReviewLog.card_id, ReviewLog.rating, ReviewLog.reviewed_at, ReviewLog.review_duration_ms)
        .where(ReviewLog.user_id == user_id)
        .order_by(ReviewLog.reviewed_at, ReviewLog.id)
    ):
        logs[card_id].append(LoggedReview(at, rating, duration, None))
    by_set: dict[str, list[tuple[Question, ReviewCard]]] = defaultdict(list)
    for question, slug, card in rows:
        by_set[slug].append((question, card))
    notes: list[ClozeNote] = []
    schedules: dict[tuple[str, int], CardSchedule] = {}
    for slug, pairs in by_set.items():
        cards = {question.uid: card for question, card in pairs}
        for note in cloze_notes([bank_question(question) for question, _ in pairs], set_key=slug):
            notes.append(note)
            for cloze in note.clozes:
                card = cards[cloze.question_id]
                if card.last_review is None:
                    continue
                schedules[(note.guid, cloze.number)] = CardSchedule(
                    state=card.state,
                    due=card.due,
                    last_review=card.last_review,
                    stability=card.stability,
                    difficulty=card.difficulty,
                    desired_retention=retention,
                    reviews=_with_states(logs.get(card.id, []), retention, parameters),
                )
    return deck_name(APP_DECK, "My review deck"), notes, schedules


def _with_states(reviews: list[LoggedReview], retention: float, parameters: Parameters | None) -> list[LoggedReview]:
    """The log with each review's state before it, replayed through fsrs (Anki's revlog type)."""
    states = states_before([(Rating(r.rating), r.at) for r in reviews], retention, parameters)
    return [LoggedReview(r.at, r.rating, r.duration_ms, state) for r, state in zip(reviews, states, strict=True)]


def may_export(qset: QuestionSet, user: User) -> bool:
    """Every teacher for an unowned set; anyone who may study the set (``quizapp.sets.visibility``)."""
    if qset.owner_id is None and user.is_teacher:
        return True
    return is_studyable(qset, user.id, bool(user.is_teacher))


def exportable_set_or_404(slug: str, user: User) -> QuestionSet:
    """The set with this slug if ``user`` may export it, else 404 (hiding other teachers' drafts)."""
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))
    if qset is None or not may_export(qset, user):
        abort(404)
    return qset


def set_by_slug(slug: str) -> QuestionSet | None:
    """The set with this slug (for the CLI, which may export any set)."""
    return db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))


def studyable_sets(user: User) -> list[QuestionSet]:
    """Every set the user may study, by title."""
    return list(db.session.scalars(select(QuestionSet).where(studyable(user.id, bool(user.is_teacher))).order_by(QuestionSet.title)))
