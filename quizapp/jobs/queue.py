"""Putting tasks on the configured backend (RQ on Redis, a local process, or inline), stopping them, and asking
RQ how a job ended."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from typing import Any

from flask import Flask, current_app

from quizapp.jobs.runner import run_task

log = logging.getLogger(__name__)
RUN_TASK = "quizapp.jobs.runner.run_task"
RESULT_TTL_SECONDS = 600  # a finished job (and the text in its arguments) leaves Redis after ten minutes
FAILURE_TTL_SECONDS = 24 * 3600


class QueueUnavailable(RuntimeError):
    """The job backend cannot take work now (Redis does not answer)."""


def redis_connection(app: Flask) -> Any:
    """The app's Redis client for jobs (made once per app; short timeouts so an outage fails fast)."""
    from redis import Redis

    client = app.extensions.get("quizapp.redis")
    if client is None:
        client = Redis.from_url(app.config["REDIS_URL"], socket_connect_timeout=2, socket_timeout=10, health_check_interval=30)
        app.extensions["quizapp.redis"] = client
    return client


def rq_queue(app: Flask) -> Any:
    """The RQ queue the app's jobs go to (``JOB_QUEUE_NAME``)."""
    from rq import Queue

    return Queue(app.config["JOB_QUEUE_NAME"], connection=redis_connection(app))


def enqueue(task: str, *args: Any, job_id: str, timeout: int, retry: bool = True) -> None:
    """Run ``task`` with ``args`` in the background on the app's backend.

    Args:
        task: the task's import path, ``"package.module:function"``.
        args: its JSON-ready arguments.
        job_id: the id to give the job (the derivation's id, so it can be stopped and looked up).
        timeout: seconds after which the job is stopped.
        retry: retry once if the job's process dies (RQ only).

    Raises:
        QueueUnavailable: Redis cannot be reached, or no local job process could be started.
    """
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    backend = app.config["JOB_QUEUE"]
    if backend == "inline":
        run_task(task, *args)
    elif backend == "local":
        try:
            _spawn(app, task, list(args))
        except OSError as error:  # no process could be started (out of memory, process limit)
            raise QueueUnavailable(str(error)) from error
    elif backend == "rq":
        from redis.exceptions import RedisError
        from rq import Retry

        try:
            rq_queue(app).enqueue(
                RUN_TASK, task, *args, job_id=job_id, job_timeout=timeout, retry=Retry(max=1) if retry else None,
                result_ttl=RESULT_TTL_SECONDS, failure_ttl=FAILURE_TTL_SECONDS, description=f"{task} {job_id}",
            )
        except RedisError as error:
            raise QueueUnavailable(str(error)) from error
    else:
        raise ValueError(f"JOB_QUEUE must be rq, local or inline, not {backend!r}")


def _spawn(app: Flask, task: str, args: list[Any]) -> None:
    """Start ``python -m quizapp.jobs.runner`` for one task; a thread feeds it the task and reaps it."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"],
        SECRET_KEY=str(app.config["SECRET_KEY"]),
        DERIVE_FUNCTION=app.config["DERIVE_FUNCTION"],
        JOB_QUEUE="inline",
    )
    payload = json.dumps({"task": task, "args": args}).encode()
    process = subprocess.Popen([sys.executable, "-m", "quizapp.jobs.runner"], stdin=subprocess.PIPE, env=env)  # noqa: S603

    def feed_and_reap() -> None:
        process.communicate(payload)
        if process.returncode:
            log.warning("local job process for %s exited with %s", task, process.returncode)

    threading.Thread(target=feed_and_reap, name=f"job-{process.pid}", daemon=True).start()


def stop(job_id: str) -> None:
    """Stop an RQ job: take it off the queue, or stop the child running it (it is not retried). Other backends
    stop at the task's next progress report, when it sees the job cancelled in the database."""
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    if app.config["JOB_QUEUE"] != "rq":
        return
    from redis.exceptions import RedisError
    from rq.command import send_stop_job_command
    from rq.exceptions import InvalidJobOperation, NoSuchJobError
    from rq.job import Job as RQJob
    from rq.job import JobStatus

    try:
        job = RQJob.fetch(job_id, connection=redis_connection(app))
        status = job.get_status()
        if status in (JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED):
            job.cancel()
        elif status == JobStatus.STARTED:
            send_stop_job_command(redis_connection(app), job_id)
    except (NoSuchJobError, InvalidJobOperation):
        return
    except RedisError:
        log.warning("could not reach Redis to stop job %s; it stops at its next progress report", job_id)


def ended_badly(job_id: str) -> bool:
    """Whether RQ gave up on the job (failed after its retry, stopped, or gone from Redis); False when unsure."""
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    if app.config["JOB_QUEUE"] != "rq":
        return False
    from redis.exceptions import RedisError
    from rq.exceptions import NoSuchJobError
    from rq.job import Job as RQJob
    from rq.job import JobStatus

    try:
        status = RQJob.fetch(job_id, connection=redis_connection(app)).get_status()
    except NoSuchJobError:
        return True
    except RedisError:
        return False
    return status in (JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED)
