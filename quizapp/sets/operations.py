"""Writes to question sets: importing a bank in one transaction, renaming and describing, publishing, deleting."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from sqlalchemy import select

from quizapp.bank.types import BankQuestion, QuestionBank
from quizapp.extensions import db
from quizapp.sets.models import Question, QuestionSet, SetSource

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class SetError(ValueError):
    """A set cannot be written as asked."""


def slugify(text: str) -> str:
    """A URL-safe slug: ``Victor Serge`` becomes ``victor-serge``."""
    dashed = re.sub("[\u2010-\u2015\u2212]", "-", text)  # 1789–1799 is 1789-1799, not 17891799
    ascii_text = unicodedata.normalize("NFKD", dashed).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80] or "set"


def unique_slug(base: str) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is free."""
    slug, n = base, 1
    while db.session.scalar(select(QuestionSet.id).where(QuestionSet.slug == slug)) is not None:
        n += 1
        slug = f"{base[:75]}-{n}"
    return slug


def fill_question(question: Question, item: BankQuestion) -> None:
    """Copy a validated bank question's fields onto a stored question (its uid and position stay)."""
    question.type = item.type.value
    question.prompt = item.prompt
    question.answer = item.answer
    question.distractors = list(item.distractors)
    question.date = item.date
    question.answer_kind = item.answer_kind.value
    question.source_sentence = item.source_sentence
    question.tags = list(item.tags)
    question.confidence = item.confidence


def import_bank(
    bank: QuestionBank,
    slug: str,
    *,
    owner_id: int | None,
    source_text: str = "",
    published: bool | None = None,
    replace_owner_id: int | None = None,
    before_commit: Callable[[QuestionSet], None] | None = None,
    description: str | None = None,
) -> QuestionSet:
    """Create the set ``slug`` or replace its questions, in one transaction.

    Questions whose id is unchanged are updated in place, so students' answers and review cards stay;
    questions no longer in the bank are deleted with their history.

    Args:
        bank: the validated bank.
        slug: the set's slug.
        owner_id: the owner of a new set.
        source_text: the text the bank came from, kept with the set.
        published: the new published flag, or None to keep it (new sets start unpublished).
        replace_owner_id: when given, refuse to replace a set owned by anyone else.
        before_commit: called with the flushed set inside the transaction (it may write more, or raise to
            roll everything back).
        description: the set's new description, or None to keep it (new sets start without one).

    Raises:
        SetError: the slug is malformed or belongs to another teacher's set.
    """
    if not SLUG_RE.match(slug) or len(slug) > 80:
        raise SetError("A slug is lowercase letters, digits and single hyphens, such as victor-serge.")
    try:
        qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))
        if qset is None:
            qset = QuestionSet(slug=slug, owner_id=owner_id, published=bool(published))
            db.session.add(qset)
        elif replace_owner_id is not None and qset.owner_id != replace_owner_id:
            raise SetError(f"The slug '{slug}' belongs to another teacher's set.")
        elif published is not None:
            qset.published = published
        qset.title = bank.title
        qset.source_name = bank.source
        if description is not None:
            qset.description = description
        if source_text and qset.source is not None:
            qset.source.text = source_text
        elif source_text:
            qset.source = SetSource(text=source_text)
        existing = {q.uid: q for q in qset.questions}
        keep = {item.id for item in bank.questions}
        for uid, question in existing.items():
            if uid not in keep:
                qset.questions.remove(question)
        db.session.flush()
        for position, item in enumerate(bank.questions):
            question = existing.get(item.id)
            if question is None:
                question = Question(uid=item.id)
                qset.questions.append(question)
            question.position = position
            fill_question(question, item)
        if before_commit is not None:
            db.session.flush()
            before_commit(qset)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return qset


def set_details(set_id: int, title: str, description: str) -> None:
    """Rename and describe a set; its slug stays, so links to it keep working."""
    qset = db.get_or_404(QuestionSet, set_id)
    qset.title = title
    qset.description = description
    db.session.commit()


def set_published(set_id: int, published: bool) -> None:
    """Publish or unpublish a set."""
    qset = db.get_or_404(QuestionSet, set_id)
    qset.published = published
    db.session.commit()


def delete_set(set_id: int) -> None:
    """Delete a set with its questions and all history attached to them."""
    qset = db.get_or_404(QuestionSet, set_id)
    db.session.delete(qset)
    db.session.commit()
