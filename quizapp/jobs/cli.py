"""``flask worker``: run background jobs from the Redis queue, with spaCy loaded once before any job."""

from __future__ import annotations

import logging
import os
import socket

import click
from flask import current_app

from quizapp.jobs.queue import redis_connection, rq_queue
from quizapp.jobs.runner import resolve, set_worker_app

log = logging.getLogger(__name__)
WARM_UP_TEXT = "Ada Lovelace was born in London in 1815. In 1833 she met Charles Babbage in London."


@click.command("worker")
@click.option("--burst", is_flag=True, help="Stop once the queue is empty (batch runs and tests).")
@click.option("--no-warm-up", is_flag=True, help="Do not load the derivation (spaCy) before the first job.")
def worker_command(burst: bool, no_warm_up: bool) -> None:
    """Run derivations and other background jobs from the Redis queue (needs REDIS_URL).

    The derivation pipeline, spaCy included, is loaded once here; each job then runs in a forked child that
    shares it, so a job that crashes its child is retried once and never takes the worker down.
    """
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if app.config["JOB_QUEUE"] != "rq":
        raise click.ClickException(
            "flask worker takes jobs from Redis: set REDIS_URL. Without Redis the web app runs each job in a "
            "process of its own, and there is nothing else to start."
        )
    from rq import Worker

    set_worker_app(app)
    if not no_warm_up:
        resolve(app.config["DERIVE_FUNCTION"])(WARM_UP_TEXT, title="warm-up", source="warm-up")
        log.info("derivation pipeline loaded")
    name = f"quizapp-{socket.gethostname()}-{os.getpid()}"
    worker = Worker([rq_queue(app)], connection=redis_connection(app), name=name)
    worker.work(burst=burst, with_scheduler=False, logging_level="INFO")
