"""Writes of the teacher area: create sets from banks or texts, edit questions, publish; plain ids and values."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from flask import current_app
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from quizapp.bank.formats.interchange import stable_id
from quizapp.bank.types import BankQuestion, QuestionBank
from quizapp.extensions import db, utcnow
from quizapp.jobs.queue import QueueUnavailable, enqueue, stop
from quizapp.sets.models import Question, QuestionSet
from quizapp.sets.operations import delete_set, fill_question, import_bank, set_details, set_published, slugify, unique_slug
from quizapp.teacher.jobs import ACTIVE, Job, JobStore
from quizapp.teacher.models import DeriveJob

log = logging.getLogger(__name__)

DeriveFn = Callable[..., QuestionBank]
PROGRESS_EVERY_SECONDS = 0.25

__all__ = ["create_set", "replace_questions", "set_details", "delete_set", "set_published", "save_question", "delete_question", "start_derive_job", "cancel_job", "derive_task"]


def create_set(
    bank: QuestionBank, owner_id: int, source_text: str = "", before_commit: Callable[[QuestionSet], None] | None = None, description: str = ""
) -> QuestionSet:
    """Store a validated bank as a new unpublished set of ``owner_id``, in one transaction (``before_commit``
    may add to it, see ``import_bank``), with the teacher's description.

    The slug comes from the title, made unique; a clash with a set created at the same moment is retried.
    """
    for attempt in range(3):
        slug = unique_slug(slugify(bank.title))
        try:
            return import_bank(
                bank, slug, owner_id=owner_id, source_text=source_text, published=False, replace_owner_id=owner_id, before_commit=before_commit,
                description=description,
            )
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def replace_questions(set_id: int, bank: QuestionBank) -> QuestionSet:
    """Replace a set's questions by a new version of them, as ``flask bank import`` does, in one transaction.

    Questions whose id is unchanged are updated in place and keep students' answers and review cards; the
    ones not in ``bank`` are deleted with their history; new ones are added. The set keeps its title,
    description, slug and published state; its source name becomes the new file's.
    """
    qset = db.get_or_404(QuestionSet, set_id)
    renamed = QuestionBank(title=qset.title, source=bank.source or qset.source_name, questions=bank.questions)
    return import_bank(renamed, qset.slug, owner_id=qset.owner_id, replace_owner_id=qset.owner_id)


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
    """The derivation pipeline named by ``DERIVE_FUNCTION``, imported only when a text is derived (it loads
    spaCy: in a job worker or a job process, never in a web worker)."""
    from quizapp.jobs.runner import resolve

    return resolve(current_app.config["DERIVE_FUNCTION"])


class JobRefused(ValueError):
    """A derivation cannot start: ``status`` is the HTTP status to answer with, the message says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class JobCancelled(Exception):
    """The teacher cancelled the job while it ran."""


DERIVE_TASK = "quizapp.teacher.operations:derive_task"


def start_derive_job(owner_id: int, title: str, text: str, source: str) -> Job:
    """Record a derivation job and put it on the job queue, within the limits.

    Args:
        owner_id: the teacher.
        title: the new set's title.
        text: the text to derive from.
        source: where the text came from (a file name).

    Returns:
        The job as recorded (finished already when jobs run inline).

    Raises:
        JobRefused: the text is too long (413), the teacher has too many jobs queued or running (429), or the
            queue cannot take it (503: Redis does not answer, or all local job processes are busy).
    """
    config = current_app.config
    limit = int(config["DERIVE_MAX_CHARS"])
    if len(text) > limit:
        raise JobRefused(413, f"The text has {len(text):,} characters; at most {limit:,} can be derived at once. Split it into parts.")
    store, now = JobStore(), time.time()
    per_teacher = int(config["JOBS_PER_TEACHER"])
    busy = f"You already have {per_teacher} derivations queued or running. Wait for one to finish, or cancel one, then try again."
    if store.active_count(now, owner_id) >= per_teacher:
        raise JobRefused(429, busy)
    if config["JOB_QUEUE"] == "local" and store.active_count(now) >= int(config["LOCAL_JOB_PROCESSES"]):
        raise JobRefused(503, "The server is deriving other texts right now. Please try again in a few minutes.")
    job = store.create(owner_id, title, now)
    if store.active_count(now, owner_id) > per_teacher:  # another request of this teacher got in at the same moment
        store.delete(job.id)
        raise JobRefused(429, busy)
    try:
        enqueue(DERIVE_TASK, job.id, text, source, job_id=job.id, timeout=int(config["DERIVE_TIMEOUT_SECONDS"]))
    except QueueUnavailable as error:
        log.error("derivation queue unavailable: %s", error)
        store.delete(job.id)
        raise JobRefused(503, "Deriving questions is not available right now: the job queue does not answer. "
                              "Studying and everything else still work. Please try again later.") from error
    return store.load(job.id, stale_check=False) or job


def cancel_job(job_id: str) -> bool:
    """Cancel a queued or running job: it is marked cancelled at once (unless it has just ended) and stores nothing.

    Returns:
        Whether the job was still going and is now cancelled.
    """
    changed = db.session.execute(
        update(DeriveJob).where(DeriveJob.id == job_id, DeriveJob.state.in_(ACTIVE)).values(state="cancelled", error="Cancelled.", updated_at=utcnow())
    ).rowcount
    db.session.commit()
    if changed:
        stop(job_id)
    return bool(changed)


def derive_task(job_id: str, text: str, source: str, clock: Callable[[], float] = time.time) -> None:
    """The job: derive a bank from ``text``, store it as the owner's new set and record progress and outcome.

    Runs in a job worker (or a job process). A job that was cancelled, or has already ended, is left alone;
    the new set and the job's "done" are written in one transaction, so a worker dying at any point leaves
    either nothing or the whole set, and a retry never stores a second one. Never raises: a failure is
    recorded in the job for the progress page to show.
    """
    store = JobStore()
    job = store.load(job_id, stale_check=False)
    if job is None or job.finished:
        return
    job = store.update(job, clock(), state="running", done=0, total=0, attempts=job.attempts + 1, error="")
    last = [0.0]

    def progress(done: int, total: int) -> None:
        nonlocal job
        now = clock()
        if now - last[0] >= PROGRESS_EVERY_SECONDS or done >= total:
            last[0] = now
            if store.state(job_id) == "cancelled":
                raise JobCancelled
            job = store.update(job, now, state="running", done=done, total=total)

    def finish(qset: QuestionSet) -> None:
        row = db.session.get(DeriveJob, job_id, with_for_update=True, populate_existing=True)
        if row is None or row.state == "cancelled":
            raise JobCancelled
        row.state, row.set_id, row.done, row.total = "done", qset.id, job.total or 1, job.total or 1
        row.updated_at = datetime.fromtimestamp(clock(), UTC)

    try:
        bank = derive_function()(text, title=job.title, source=source, progress=progress)
        if not bank.questions:
            raise ValueError("No questions could be derived from this text. Is it a history text in English?")
        create_set(bank, job.owner_id, source_text=text, before_commit=finish)
    except JobCancelled:
        db.session.rollback()
    except ValueError as error:
        db.session.rollback()
        store.update(job, clock(), state="failed", error=str(error))
    except Exception as error:  # noqa: BLE001 - a background job must record its failure, not die silently
        db.session.rollback()
        log.exception("derivation job %s failed", job_id)
        timed_out = type(error).__name__ == "JobTimeoutException"
        message = "The derivation took too long and was stopped." if timed_out else "The derivation failed unexpectedly. The error has been logged."
        store.update(job, clock(), state="failed", error=message)
