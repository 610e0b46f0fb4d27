"""Derivation jobs kept as small JSON files keyed by job id, so that every worker process on a host sees them."""

from __future__ import annotations

import json
import os
import re
import secrets
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

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
    """Jobs as ``<folder>/<id>.json``, each written atomically (a temporary file, then a rename)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def create(self, owner_id: int, title: str, now: float) -> Job:
        """Record a new queued job with a random id.

        Args:
            owner_id: the teacher who started it.
            title: the set's title.
            now: the current time (seconds since the epoch).

        Returns:
            The job.
        """
        job = Job(id=secrets.token_urlsafe(18), owner_id=owner_id, title=title, updated=now)
        self.save(job)
        return job

    def save(self, job: Job) -> None:
        """Write a job's state, replacing the previous one atomically."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=self.folder, prefix=".job-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(job), handle)
        os.replace(temp, self.folder / f"{job.id}.json")

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
            job_id: the id (anything not shaped like an id gives None, so no path can be smuggled in).
            now: the current time, to detect a job whose worker died.

        Returns:
            The job, or None if there is none with this id.
        """
        if not JOB_ID.match(job_id):
            return None
        try:
            data = json.loads((self.folder / f"{job_id}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        job = Job(**data)
        now = time.time() if now is None else now
        if not job.finished and now - job.updated > STALE_AFTER_SECONDS:
            job = replace(job, state="failed", error="The derivation stopped without finishing. Please try again.")
        return job
