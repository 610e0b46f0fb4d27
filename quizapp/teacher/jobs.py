"""Derivation jobs: their state as plain values, stored in the database so every worker and host sees them."""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import delete, func, select

from quizapp.extensions import db
from quizapp.teacher.models import DeriveJob

JOB_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
STALE_AFTER_SECONDS = 15 * 60
ACTIVE = ("queued", "running")
FINISHED = ("done", "failed", "cancelled")
GAVE_UP = "The derivation stopped without finishing (its worker process ended, also on the retry). Nothing was stored. Please try again."


@dataclass(frozen=True)
class Job:
    """The state of one derivation: ``state`` is queued, running, done, failed or cancelled."""

    id: str
    owner_id: int
    title: str
    state: str = "queued"
    done: int = 0
    total: int = 0
    set_id: int | None = None
    error: str = ""
    updated: float = 0.0
    attempts: int = 0

    @property
    def finished(self) -> bool:
        """Whether the job has ended: well, badly or cancelled."""
        return self.state in FINISHED

    @property
    def percent(self) -> int:
        """Progress in whole percent (100 once done)."""
        if self.state == "done":
            return 100
        return int(100 * self.done / self.total) if self.total else 0


def _job(row: DeriveJob) -> Job:
    return Job(
        id=row.id, owner_id=row.owner_id, title=row.title, state=row.state, done=row.done, total=row.total,
        set_id=row.set_id, error=row.error, updated=row.updated_at.timestamp(), attempts=row.attempts,
    )


class JobStore:
    """Jobs as rows of ``derive_jobs``, each change committed at once (needs an app context)."""

    def create(self, owner_id: int, title: str, now: float) -> Job:
        """Record a new queued job with a random id.

        Args:
            owner_id: the teacher who started it.
            title: the set's title.
            now: the current time (seconds since the epoch).

        Returns:
            The job.
        """
        job = Job(id=secrets.token_urlsafe(18), owner_id=owner_id, title=title[:200], updated=now)
        self.save(job)
        return job

    def save(self, job: Job) -> None:
        """Write a job's state, replacing the previous one, and commit."""
        row = db.session.get(DeriveJob, job.id) or DeriveJob(id=job.id)
        row.owner_id, row.title, row.state = job.owner_id, job.title, job.state
        row.done, row.total, row.set_id, row.error = job.done, job.total, job.set_id, job.error
        row.attempts = job.attempts
        row.updated_at = datetime.fromtimestamp(job.updated, UTC)
        db.session.add(row)
        db.session.commit()

    def update(self, job: Job, now: float, **changes: object) -> Job:
        """Save a job with some fields changed and ``updated`` set to ``now``.

        Returns:
            The new state.
        """
        new = replace(job, updated=now, **changes)  # type: ignore[arg-type]
        self.save(new)
        return new

    def delete(self, job_id: str) -> None:
        """Forget a job that never started (its queue refused it)."""
        db.session.execute(delete(DeriveJob).where(DeriveJob.id == job_id))
        db.session.commit()

    def state(self, job_id: str) -> str | None:
        """The job's stored state, read afresh (a worker polls it to notice a cancellation)."""
        state = db.session.scalar(select(DeriveJob.state).where(DeriveJob.id == job_id))
        db.session.commit()  # end the read transaction: the next poll must see other sessions' commits
        return state

    def active_count(self, now: float, owner_id: int | None = None) -> int:
        """Jobs queued or running (of one teacher, or of everyone), leaving out running ones gone silent."""
        stale = datetime.fromtimestamp(now - STALE_AFTER_SECONDS, UTC)
        stmt = select(func.count(DeriveJob.id)).where(DeriveJob.state.in_(ACTIVE), DeriveJob.updated_at > stale)
        if owner_id is not None:
            stmt = stmt.where(DeriveJob.owner_id == owner_id)
        return db.session.scalar(stmt) or 0

    def active_jobs(self, owner_id: int) -> list[Job]:
        """A teacher's jobs still queued or running, oldest first."""
        rows = db.session.scalars(select(DeriveJob).where(DeriveJob.owner_id == owner_id, DeriveJob.state.in_(ACTIVE)).order_by(DeriveJob.updated_at))
        return [_job(row) for row in rows]

    def load(self, job_id: str, now: float | None = None, *, queue_gave_up: bool = False, stale_check: bool = True) -> Job | None:
        """Read a job. An unfinished one is reported failed when the queue gave up on it, or (for jobs run
        outside RQ) when it has been silent for longer than ``STALE_AFTER_SECONDS``.

        Args:
            job_id: the id (anything not shaped like an id gives None).
            now: the current time, to detect a job whose process died.
            queue_gave_up: RQ failed or lost the job (``quizapp.jobs.queue.ended_badly``); it is stored failed.
            stale_check: apply the silence rule (off for RQ, which knows whether its jobs are alive).

        Returns:
            The job, or None if there is none with this id.
        """
        if not JOB_ID.match(job_id):
            return None
        row = db.session.get(DeriveJob, job_id, populate_existing=True)
        if row is None:
            return None
        job = _job(row)
        if job.finished:
            return job
        if queue_gave_up:
            return self.update(job, time.time() if now is None else now, state="failed", error=GAVE_UP)
        now = time.time() if now is None else now
        if stale_check and now - job.updated > STALE_AFTER_SECONDS:
            job = replace(job, state="failed", error="The derivation stopped without finishing. Please try again.")
        return job
