"""Writes of the teacher area: create sets from banks or texts, edit questions, publish; plain ids and values."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from quizapp.bank.interchange import stable_id
from quizapp.bank.types import BankQuestion, QuestionBank
from quizapp.extensions import db
from quizapp.sets.models import Question, QuestionSet
from quizapp.sets.operations import delete_set, fill_question, import_bank, set_published, slugify, unique_slug
from quizapp.teacher.jobs import Job, JobStore

log = logging.getLogger(__name__)

DeriveFn = Callable[..., QuestionBank]
PROGRESS_EVERY_SECONDS = 0.25

__all__ = ["create_set", "delete_set", "set_published", "save_question", "delete_question", "start_derive_job", "run_derive_job"]


def create_set(bank: QuestionBank, owner_id: int, source_text: str = "") -> QuestionSet:
    """Store a validated bank as a new unpublished set of ``owner_id``, in one transaction.

    The slug comes from the title, made unique; a clash with a set created at the same moment is retried.
    """
    for attempt in range(3):
        slug = unique_slug(slugify(bank.title))
        try:
            return import_bank(bank, slug, owner_id=owner_id, source_text=source_text, published=False, replace_owner_id=owner_id)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def save_question(set_id: int, question_id: int | None, item: BankQuestion) -> Question:
    """Update a question's fields (keeping its id, so answers and review cards stay) or add a new one at the end.

    Args:
        set_id: the set.
        question_id: the question to change, or None to add one.
        item: the validated fields.

    Returns:
        The stored question.
    """
    qset = db.get_or_404(QuestionSet, set_id)
    if question_id is None:
        taken = set(db.session.scalars(select(Question.uid).where(Question.set_id == set_id)))
        uid, n = stable_id(item.type.value, item.prompt, item.answer), 1
        while uid in taken:
            n += 1
            uid = f"{stable_id(item.type.value, item.prompt, item.answer)[:58]}-{n}"
        position = (db.session.scalar(select(func.max(Question.position)).where(Question.set_id == set_id)) or 0) + 1
        question = Question(uid=uid, position=position)
        qset.questions.append(question)
    else:
        question = db.get_or_404(Question, question_id)
    fill_question(question, item)
    db.session.commit()
    return question


def delete_question(question_id: int) -> None:
    """Delete one question with its history."""
    question = db.get_or_404(Question, question_id)
    db.session.delete(question)
    db.session.commit()


def derive_function() -> DeriveFn:
    """The derivation pipeline, imported only when a text is derived (it loads spaCy)."""
    from quizapp.bank.derive import derive_bank

    return derive_bank


def run_derive_job(app: Flask, store: JobStore, job: Job, text: str, source: str, clock: Callable[[], float] = time.time) -> Job:
    """Derive a bank from ``text``, store it as the job owner's new set and record progress and the outcome.

    Never raises: a failure is recorded in the job for the progress page to show.
    """
    last = [0.0]

    def progress(done: int, total: int) -> None:
        nonlocal job
        now = clock()
        if now - last[0] >= PROGRESS_EVERY_SECONDS or done >= total:
            last[0] = now
            job = store.update(job, now, state="running", done=done, total=total)

    with app.app_context():
        job = store.update(job, clock(), state="running")
        try:
            bank = derive_function()(text, title=job.title, source=source, progress=progress)
            if not bank.questions:
                raise ValueError("No questions could be derived from this text. Is it a history text in English?")
            qset = create_set(bank, job.owner_id, source_text=text)
            job = store.update(job, clock(), state="done", set_id=qset.id, done=job.total or 1, total=job.total or 1)
        except ValueError as error:
            job = store.update(job, clock(), state="failed", error=str(error))
        except Exception:  # noqa: BLE001 - a background job must record its failure, not die silently
            log.exception("derivation job %s failed", job.id)
            db.session.rollback()
            job = store.update(job, clock(), state="failed", error="The derivation failed unexpectedly. The error has been logged.")
        finally:
            db.session.remove()
    return job


def start_derive_job(app: Flask, owner_id: int, title: str, text: str, source: str, *, background: bool = True) -> Job:
    """Record a derivation job and run it, in a background thread unless ``background`` is False.

    Returns:
        The job as recorded when this returns (finished when run in the foreground).
    """
    store = JobStore()
    job = store.create(owner_id, title, time.time())
    if not background:
        return run_derive_job(app, store, job, text, source)
    thread = threading.Thread(target=run_derive_job, args=(app, store, job, text, source), name=f"derive-{job.id[:8]}", daemon=True)
    thread.start()
    return job
