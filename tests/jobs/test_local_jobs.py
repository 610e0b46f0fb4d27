"""Jobs without Redis: a process per job, started by the web worker, that outlives it."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from bench.harness import ROOT, Browser, app_env, flask, gunicorn
from quizapp.config import database_url as normalise

PASSWORD = "teacher password 1"


def _make_teacher(url: str) -> None:
    from quizapp import create_app
    from quizapp.auth.models import Role
    from quizapp.auth.operations import create_user
    from quizapp.extensions import db

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "x"})
    with app.app_context():
        create_user("teacher@example.org", PASSWORD, Role.TEACHER)
        db.engine.dispose()


def test_a_job_outlives_the_web_worker_that_started_it(empty_database: str, tmp_path: Path) -> None:
    """With every gunicorn worker killed mid-derivation, does the job process finish and store its set once?"""
    env = app_env(empty_database, JOB_QUEUE="local", DERIVE_FUNCTION="tests.jobs_fakes:slow_derive", FAKE_DERIVE_STEP_SECONDS="0.7",
                  FAKE_DERIVE_PID_FILE=str(tmp_path / "pids"), PYTHONPATH=str(ROOT), REDIS_URL="")
    flask(env, "db", "upgrade")
    _make_teacher(empty_database)
    with gunicorn("wsgi:app", env, workers=1, log=tmp_path / "gunicorn.log") as server:
        browser = Browser(server.base_url)
        assert browser.request("/auth/login", {"email": "teacher@example.org", "password": PASSWORD, "csrf_token": browser.csrf_token()})[0] == 302
        token = browser.csrf_token("/teacher/derive")
        status, location, _ = browser.request("/teacher/derive", {"title": "Ada", "text": "Ada Lovelace was born in London in 1815.", "csrf_token": token})
        assert status == 302, location
        job_path = location.replace(server.base_url, "")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and json.loads(browser.request(job_path + "/status")[2])["done"] < 1:
            time.sleep(0.1)
        for pid in server.worker_pids():
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 60
        state: dict[str, object] = {}
        while time.monotonic() < deadline:
            try:
                state = json.loads(browser.request(job_path + "/status")[2])
            except (OSError, ValueError):
                state = {}
            if state.get("state") in ("done", "failed"):
                break
            time.sleep(0.2)
        assert state.get("state") == "done", state
    assert len((tmp_path / "pids").read_text().split()) == 1  # one run, not restarted
    engine = create_engine(normalise(empty_database))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM question_sets")).scalar() == 1
    engine.dispose()
