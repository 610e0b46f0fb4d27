"""The job queue against the machine's Redis: a real ``flask worker``, killed children, a web restart, Redis down."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from quizapp import create_app
from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.sets.models import QuestionSet
from quizapp.teacher.jobs import GAVE_UP
from quizapp.teacher.models import DeriveJob
from tests.conftest import PASSWORD, SAMPLE_SOURCE

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def _redis_up() -> bool:
    from redis import Redis
    from redis.exceptions import RedisError

    try:
        return bool(Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except RedisError:
        return False


pytestmark = pytest.mark.skipif(not _redis_up(), reason=f"no Redis at {REDIS_URL}")


class Worker:
    """``flask worker`` processes on this test's queue."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self) -> subprocess.Popen[bytes]:
        process = subprocess.Popen([str(Path(sys.executable).parent / "flask"), "--app", "quizapp", "worker"], env=self.env, cwd=ROOT)
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture()
def queue_app(app: Flask, tmp_path: Path) -> Iterator[dict[str, Any]]:
    """The app on RQ with a queue of this test's own, the environment a worker needs, and cleanup of its keys."""
    name = f"h14-test-{uuid.uuid4().hex[:10]}"
    pid_file = tmp_path / "horse-pids"
    app.config.update(JOB_QUEUE="rq", REDIS_URL=REDIS_URL, JOB_QUEUE_NAME=name, DERIVE_FUNCTION="tests.jobs_fakes:slow_derive")
    env = dict(os.environ)
    env.update(
        DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"], SECRET_KEY="test-secret", REDIS_URL=REDIS_URL, JOB_QUEUE_NAME=name,
        DERIVE_FUNCTION="tests.jobs_fakes:slow_derive", FAKE_DERIVE_PID_FILE=str(pid_file), FAKE_DERIVE_STEP_SECONDS="0.6",
        PYTHONPATH=str(ROOT), RATELIMIT_STORAGE_URI="memory://",
    )
    worker = Worker(env)
    yield {"app": app, "env": env, "worker": worker, "pid_file": pid_file, "name": name}
    worker.stop()
    from redis import Redis

    client = Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(f"rq:*{name}*"))
    job_ids = [row for row in db.session.scalars(select(DeriveJob.id))]
    keys += [f"rq:job:{job_id}" for job_id in job_ids] + [f"rq:results:{job_id}" for job_id in job_ids]
    if keys:
        client.delete(*keys)
    client.close()


def _derive(client: FlaskClient) -> str:
    response = client.post("/teacher/derive", data={"title": "Ada", "text": SAMPLE_SOURCE}, content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)
    return str(response.headers["Location"]).rsplit("/", 1)[1]


def _wait(predicate: Callable[[], Any], timeout: float = 40, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _job_row(job_id: str) -> DeriveJob:
    db.session.expire_all()
    row = db.session.get(DeriveJob, job_id)
    db.session.commit()
    assert row is not None
    return row


def _pids(pid_file: Path) -> list[int]:
    return [int(line) for line in pid_file.read_text().split()] if pid_file.exists() else []


def _sets() -> int:
    db.session.expire_all()
    count = db.session.scalar(select(func.count(QuestionSet.id))) or 0
    db.session.commit()
    return count


def test_a_job_waits_for_a_worker_and_survives_a_web_restart(queue_app: dict[str, Any], teacher_client: FlaskClient, teacher: User) -> None:
    """Is a job queued until a worker starts, then finished by it and seen as done by a new web app (a restarted one)?"""
    job_id = _derive(teacher_client)
    time.sleep(0.5)
    assert _job_row(job_id).state == "queued"
    restarted = create_app({**{k: queue_app["app"].config[k] for k in ("TESTING", "SECRET_KEY", "SQLALCHEMY_DATABASE_URI", "WTF_CSRF_ENABLED",
                                                                        "JOB_QUEUE", "REDIS_URL", "JOB_QUEUE_NAME", "RATELIMIT_STORAGE_URI")}})
    client = restarted.test_client()
    assert client.post("/auth/login", data={"email": teacher.email, "password": PASSWORD}).status_code == 302
    assert "Waiting for a free worker" in client.get(f"/teacher/jobs/{job_id}").get_data(as_text=True)
    queue_app["worker"].start()
    _wait(lambda: client.get(f"/teacher/jobs/{job_id}/status").get_json()["state"] == "done", what="the job to finish")
    row = _job_row(job_id)
    assert (row.attempts, _sets()) == (1, 1)
    with restarted.app_context():
        db.engine.dispose()


def test_a_killed_job_process_is_retried_once_and_stores_one_set(queue_app: dict[str, Any], teacher_client: FlaskClient) -> None:
    """When the process running a derivation is killed mid-way, is the job run again and its set stored exactly once?"""
    queue_app["worker"].start()
    job_id = _derive(teacher_client)
    first = _wait(lambda: _pids(queue_app["pid_file"]) and _job_row(job_id).done >= 1 and _pids(queue_app["pid_file"])[0], what="the first run")
    os.kill(first, signal.SIGKILL)
    _wait(lambda: _job_row(job_id).state == "done", what="the retry to finish")
    assert len(_pids(queue_app["pid_file"])) == 2
    assert (_job_row(job_id).attempts, _sets()) == (2, 1)


def test_a_job_killed_twice_fails_clearly_with_nothing_stored(queue_app: dict[str, Any], teacher_client: FlaskClient) -> None:
    """When the retry is killed too, does the progress page say the job failed, with no set stored?"""
    queue_app["worker"].start()
    job_id = _derive(teacher_client)
    for run in (1, 2):
        pid = _wait(lambda: len(_pids(queue_app["pid_file"])) >= run and _job_row(job_id).attempts == run and _pids(queue_app["pid_file"])[run - 1], what=f"run {run}")
        os.kill(pid, signal.SIGKILL)
    status = _wait(lambda: (s := teacher_client.get(f"/teacher/jobs/{job_id}/status").get_json())["state"] == "failed" and s, what="the failure")
    assert status["error"] == GAVE_UP
    assert GAVE_UP in teacher_client.get(f"/teacher/jobs/{job_id}").get_data(as_text=True)
    assert _sets() == 0


def test_a_running_job_is_stopped_by_cancel(queue_app: dict[str, Any], teacher_client: FlaskClient) -> None:
    """Does cancelling a running job stop its process at once, without a retry and with nothing stored?"""
    queue_app["worker"].start()
    job_id = _derive(teacher_client)
    _wait(lambda: _job_row(job_id).done >= 1, what="the job to start")
    assert teacher_client.post(f"/teacher/jobs/{job_id}/cancel").status_code == 302
    time.sleep(3)
    row = _job_row(job_id)
    assert (row.state, row.attempts, _sets(), len(_pids(queue_app["pid_file"]))) == ("cancelled", 1, 0, 1)


def test_a_queued_job_is_taken_off_the_queue_by_cancel(queue_app: dict[str, Any], teacher_client: FlaskClient) -> None:
    """Is a job cancelled before any worker took it never run?"""
    job_id = _derive(teacher_client)
    assert teacher_client.post(f"/teacher/jobs/{job_id}/cancel").status_code == 302
    queue_app["worker"].start()
    time.sleep(4)
    assert (_job_row(job_id).state, _pids(queue_app["pid_file"]), _sets()) == ("cancelled", [], 0)


def test_redis_down_refuses_derivation_with_503_and_studying_goes_on(app: Flask, teacher_client: FlaskClient, student_client: FlaskClient,
                                                                     student: User, make_set: Callable[..., QuestionSet]) -> None:
    """With Redis unreachable, is a derivation refused with a clear 503 (no job left behind), while students log in and study?"""
    app.config.update(JOB_QUEUE="rq", REDIS_URL="redis://127.0.0.1:1/0", JOB_QUEUE_NAME="h14-down")
    response = teacher_client.post("/teacher/derive", data={"title": "Ada", "text": SAMPLE_SOURCE}, content_type="multipart/form-data")
    assert response.status_code == 503
    assert "the job queue does not answer" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(DeriveJob.id))) == 0
    make_set()
    start = student_client.post("/sets/ada/quiz")
    assert start.status_code == 302
    assert student_client.get(start.headers["Location"], follow_redirects=True).status_code == 200
    config = {k: app.config[k] for k in ("TESTING", "SECRET_KEY", "SQLALCHEMY_DATABASE_URI", "WTF_CSRF_ENABLED")}
    on_dead_redis = create_app({**config, "RATELIMIT_STORAGE_URI": "redis://127.0.0.1:1/0", "REDIS_URL": "redis://127.0.0.1:1/0"})
    client = on_dead_redis.test_client()
    assert client.post("/auth/login", data={"email": student.email, "password": PASSWORD}).status_code == 302
    assert client.get("/review").status_code == 200
    with on_dead_redis.app_context():
        db.engine.dispose()


def test_the_worker_needs_redis(runner: Any) -> None:
    """Does ``flask worker`` without REDIS_URL explain that nothing needs starting, instead of failing obscurely?"""
    result = runner.invoke(args=["worker"])
    assert result.exit_code != 0
    assert "set REDIS_URL" in result.output
