"""Derivation jobs: their state as plain values, stored in the database so every worker and host sees them."""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from quizapp.extensions import db
from quizapp.teacher.models import DeriveJob

JOB_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
STALE_AFTER_SECONDS = 15 * 60


@dataclass(frozen=True)
class Job:
    """The state of one derivation: ``state`` is queued, running, done or failed."""

    id: str
    owner_id: int
    title: str
    state: str = "queued"
    done: int = 0
    total: int = 0
    set_id: int | None = None
    error: str = ""
    updated: float = 0.0

    @property
    def finished(self) -> bool:
        """Whether the job has ended, well or badly."""
        return self.state in ("done", "failed")

    @property
    def percent(self) -> int:
        """Progress in whole percent (100 once done)."""
        if self.state == "done":
            return 100
        return int(100 * self.done / self.total) if self.total else 0


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

    def load(self, job_id: str, now: float | None = None) -> Job | None:
        """Read a job; a job silent for longer than ``STALE_AFTER_SECONDS`` is reported failed.

        Args:
            job_id: the id (anything not shaped like an id gives None).
            now: the current time, to detect a job whose worker died.

        Returns:
            The job, or None if there is none with this id.
        """
        if not JOB_ID.match(job_id):
            return None
        row = db.session.get(DeriveJob, job_id, populate_existing=True)
        if row is None:
            return None
        job = Job(
            id=row.id, owner_id=row.owner_id, title=row.title, state=row.state, done=row.done, total=row.total,
            set_id=row.set_id, error=row.error, updated=row.updated_at.timestamp(),
        )
        now = time.time() if now is None else now
        if not job.finished and now - job.updated > STALE_AFTER_SECONDS:
            job = replace(job, state="failed", error="The derivation stopped without finishing. Please try again.")
        return job
