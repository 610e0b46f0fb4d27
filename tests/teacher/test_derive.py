"""Deriving a set from a text: jobs, progress, local job processes, limits, cancelling, failures."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp.auth.models import Role, User
from quizapp.extensions import db
from quizapp.sets.models import QuestionSet
from quizapp.teacher import operations
from quizapp.teacher.jobs import STALE_AFTER_SECONDS, Job, JobStore
from tests.conftest import SAMPLE_SOURCE

T0 = 1_800_000_000.0


@pytest.fixture()
def foreground(app: Flask) -> None:
    """Derive inside the request (the inline job backend), so the test sees the outcome at once."""
    app.config["JOB_QUEUE"] = "inline"


def _derive(client: FlaskClient, **fields: Any) -> Any:
    data = {"title": "Ada", "text": "", **fields}
    return client.post("/teacher/derive", data=data, content_type="multipart/form-data")


@pytest.mark.usefixtures("foreground")
def test_pasted_text_becomes_a_draft_set(teacher_client: FlaskClient, teacher: User, fake_derive: list[dict[str, Any]]) -> None:
    """Does pasting a text start a job whose page leads to the new draft set holding the text?"""
    response = _derive(teacher_client, text=SAMPLE_SOURCE)
    assert response.status_code == 302 and "/teacher/jobs/" in response.headers["Location"]
    done = teacher_client.get(response.headers["Location"])
    assert done.status_code == 302
    qset = db.session.scalar(select(QuestionSet))
    assert qset is not None
    assert done.headers["Location"].endswith(f"/teacher/sets/{qset.id}")
    assert (qset.title, qset.owner_id, qset.published, qset.source_text, len(qset.questions)) == ("Ada", teacher.id, False, SAMPLE_SOURCE, 9)
    assert fake_derive == [{"text": SAMPLE_SOURCE, "title": "Ada", "source": "pasted text"}]


@pytest.mark.usefixtures("foreground")
def test_an_uploaded_text_file_is_derived(teacher_client: FlaskClient, fake_derive: list[dict[str, Any]]) -> None:
    """Is a UTF-8 .txt upload (with BOM) decoded and passed on with its file name as the source?"""
    data = "\ufeffÉmile Zola wrote J’accuse.".encode("utf-8")
    response = _derive(teacher_client, file=(io.BytesIO(data), "zola.txt"))
    assert response.status_code == 302
    assert fake_derive[0]["text"] == "Émile Zola wrote J’accuse."
    assert fake_derive[0]["source"] == "zola.txt"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "Upload a text file or paste a text"),
        ({"file": (io.BytesIO(b"\x00\x01\x02binary"), "x.txt")}, "binary"),
        ({"file": (io.BytesIO(b"   "), "x.txt")}, "the file is empty"),
        ({"file": (io.BytesIO(b"abc"), "x.pdf")}, "Upload a .txt file."),
        ({"title": "", "text": "Some text."}, "This field is required."),
    ],
)
def test_bad_text_input_is_refused(teacher_client: FlaskClient, fake_derive: list[dict[str, Any]], fields: dict[str, Any], message: str) -> None:
    """Is a missing, binary, empty or wrongly typed text refused with 400 and a reason, starting no job?"""
    response = _derive(teacher_client, **fields)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert fake_derive == []


@pytest.mark.usefixtures("foreground")
def test_a_failed_derivation_shows_its_reason(teacher_client: FlaskClient, fake_derive: list[dict[str, Any]]) -> None:
    """Does a derivation error end the job as failed, shown on its page, with nothing stored?"""
    job_page = teacher_client.get(_derive(teacher_client, text="FAIL").headers["Location"])
    assert job_page.status_code == 200
    assert "The text is too short to derive questions from." in job_page.get_data(as_text=True)
    assert db.session.scalar(select(QuestionSet)) is None


def test_a_local_job_process_reports_progress_then_finishes(app: Flask, teacher_client: FlaskClient) -> None:
    """Without Redis, does a job run in a process of its own, its status JSON reaching 'done' with a link to the set?"""
    app.config.update(JOB_QUEUE="local", DERIVE_FUNCTION="tests.jobs_fakes:slow_derive")
    job_url = _derive(teacher_client, text=SAMPLE_SOURCE).headers["Location"]
    deadline = time.monotonic() + 60
    status: dict[str, Any] = {}
    seen = set()
    while time.monotonic() < deadline:
        status = teacher_client.get(job_url + "/status").get_json()
        seen.add(status["percent"])
        if status["state"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert status["state"] == "done", status
    assert (status["percent"], status["next"]) == (100, job_url)
    assert len(seen) >= 3  # progress came from the job process while it ran
    assert teacher_client.get(job_url).status_code == 302


def test_the_progress_page_refreshes_itself_and_loads_its_script(teacher_client: FlaskClient, teacher: User) -> None:
    """Does a running job's page show its progress, a meta refresh for browsers without JS, and no inline script?"""
    store = JobStore()
    job = store.update(store.create(teacher.id, "Ada", time.time()), time.time(), state="running", done=2, total=8)
    page = teacher_client.get(f"/teacher/jobs/{job.id}").get_data(as_text=True)
    assert '<meta http-equiv="refresh" content="3">' in page
    assert "2 of 8 parts" in page and 'value="25"' in page
    assert 'src="/static/js/teacher-job.js"' in page
    assert "<script>" not in page


def test_another_teachers_job_is_not_found(login: Callable[[User], FlaskClient], make_user: Callable[..., User], teacher: User) -> None:
    """Does a job page answer 404 to anyone but the teacher who started it, and for a malformed id?"""
    job = JobStore().create(teacher.id, "Ada", time.time())
    other = login(make_user(role=Role.TEACHER))
    assert other.get(f"/teacher/jobs/{job.id}").status_code == 404
    assert other.get("/teacher/jobs/..%2F..%2Fsecret_key").status_code == 404


def test_a_silent_job_is_reported_failed(teacher: User) -> None:
    """Is a job whose worker stopped updating it reported failed after the stale limit?"""
    store = JobStore()
    job = store.update(store.create(teacher.id, "Ada", T0), T0, state="running", done=1, total=4)
    assert store.load(job.id, now=T0 + 60) == job
    stale = store.load(job.id, now=T0 + STALE_AFTER_SECONDS + 1)
    assert stale is not None and stale.state == "failed" and "stopped" in stale.error


def test_job_ids_must_look_like_job_ids(app: Flask) -> None:
    """Does the store refuse ids that are not shaped like job ids, such as paths?"""
    assert JobStore().load("../secret") is None
    assert JobStore().load("secret") is None


def test_job_percent() -> None:
    """Is progress a whole percentage, 100 once done?"""
    assert Job("x" * 16, 1, "t", state="running", done=1, total=3).percent == 33
    assert Job("x" * 16, 1, "t", state="done").percent == 100


@pytest.mark.usefixtures("foreground")
def test_the_real_pipeline_derives_a_set(teacher_client: FlaskClient) -> None:
    """Does the real spaCy derivation turn a short pasted text into a stored draft set with source sentences?"""
    job_url = _derive(teacher_client, text=SAMPLE_SOURCE).headers["Location"]
    response = teacher_client.get(job_url)
    assert response.status_code == 302, response.get_data(as_text=True)
    qset = db.session.scalar(select(QuestionSet))
    assert qset is not None and qset.questions
    assert all(q.source_sentence in SAMPLE_SOURCE for q in qset.questions)


def test_a_text_over_the_limit_is_refused(app: Flask, teacher_client: FlaskClient, fake_derive: list[dict[str, Any]]) -> None:
    """Is a text longer than DERIVE_MAX_CHARS refused with 413 and the limit, starting no job?"""
    app.config["DERIVE_MAX_CHARS"] = 100
    response = _derive(teacher_client, file=(io.BytesIO(b"x" * 101), "long.txt"))
    assert response.status_code == 413
    assert "at most 100 can be derived" in response.get_data(as_text=True)
    assert fake_derive == [] and JobStore().active_jobs(db.session.scalars(select(User.id)).first() or 0) == []


def test_jobs_per_teacher_are_limited(app: Flask, teacher_client: FlaskClient, teacher: User, make_user: Callable[..., User], login: Callable[[User], FlaskClient], fake_derive: list[dict[str, Any]]) -> None:
    """With two jobs queued or running, is a third refused with 429 and a reason, while another teacher may still derive?"""
    store = JobStore()
    for _ in range(2):
        store.create(teacher.id, "Waiting", time.time())
    response = _derive(teacher_client, text=SAMPLE_SOURCE)
    assert response.status_code == 429
    assert "You already have 2 derivations queued or running" in response.get_data(as_text=True)
    app.config["JOB_QUEUE"] = "inline"
    assert _derive(login(make_user(role=Role.TEACHER)), text=SAMPLE_SOURCE).status_code == 302


def test_local_job_processes_are_limited(app: Flask, teacher_client: FlaskClient, make_user: Callable[..., User], fake_derive: list[dict[str, Any]]) -> None:
    """When LOCAL_JOB_PROCESSES jobs run on the machine, is another refused with a clear 503?"""
    app.config.update(JOB_QUEUE="local", LOCAL_JOB_PROCESSES=1)
    JobStore().create(make_user(role=Role.TEACHER).id, "Elsewhere", time.time())
    response = _derive(teacher_client, text=SAMPLE_SOURCE)
    assert response.status_code == 503
    assert "deriving other texts right now" in response.get_data(as_text=True)


def test_a_queued_job_can_be_cancelled(teacher_client: FlaskClient, teacher: User) -> None:
    """Does the cancel button end a queued job as cancelled, so that running it later stores nothing?"""
    job = JobStore().create(teacher.id, "Ada", time.time())
    assert "Cancel this derivation" in teacher_client.get(f"/teacher/jobs/{job.id}").get_data(as_text=True)
    response = teacher_client.post(f"/teacher/jobs/{job.id}/cancel")
    assert response.status_code == 302
    page = teacher_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "was cancelled; nothing was stored" in page
    operations.derive_task(job.id, SAMPLE_SOURCE, "pasted text")
    assert db.session.scalar(select(QuestionSet)) is None


def test_a_running_job_stops_when_cancelled(app: Flask, teacher: User, monkeypatch: pytest.MonkeyPatch) -> None:
    """Does a job cancelled while it runs stop at its next progress report and store nothing?"""
    job = JobStore().create(teacher.id, "Ada", time.time())

    def derive(text: str, *, title: str, source: str, progress: Callable[[int, int], None] | None = None) -> Any:
        assert progress is not None
        progress(1, 3)
        operations.cancel_job(job.id)
        progress(3, 3)
        raise AssertionError("the job went on after being cancelled")

    monkeypatch.setattr(operations, "derive_function", lambda: derive)
    operations.derive_task(job.id, SAMPLE_SOURCE, "pasted text")
    assert JobStore().state(job.id) == "cancelled"
    assert db.session.scalar(select(QuestionSet)) is None


def test_a_retried_job_stores_its_set_once(teacher: User, fake_derive: list[dict[str, Any]]) -> None:
    """If a job is run again after it finished (a retry after a late crash), is the set stored only once?"""
    job = JobStore().create(teacher.id, "Ada", time.time())
    operations.derive_task(job.id, SAMPLE_SOURCE, "pasted text")
    operations.derive_task(job.id, SAMPLE_SOURCE, "pasted text")
    assert len(db.session.scalars(select(QuestionSet)).all()) == 1
    assert len(fake_derive) == 1


def test_a_job_and_its_set_are_written_together(teacher: User, fake_derive: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    """If storing the set fails, is the job failed with nothing half-stored (the set and 'done' are one transaction)?"""
    job = JobStore().create(teacher.id, "Ada", time.time())

    def broken(qset: QuestionSet) -> None:
        raise RuntimeError("disk full")

    real = operations.create_set
    monkeypatch.setattr(operations, "create_set", lambda bank, owner, source_text="", before_commit=None: real(bank, owner, source_text, before_commit=broken))
    operations.derive_task(job.id, SAMPLE_SOURCE, "pasted text")
    assert JobStore().state(job.id) == "failed"
    assert db.session.scalar(select(QuestionSet)) is None


def test_web_processes_never_import_spacy(tmp_path: Path) -> None:
    """Does a fresh web process serve the derive form and start a derivation without ever importing spaCy?"""
    script = f"""
import sys
from quizapp import create_app
from quizapp.auth.models import Role
from quizapp.auth.operations import create_user
from quizapp.extensions import db
app = create_app({{"TESTING": True, "SECRET_KEY": "x", "WTF_CSRF_ENABLED": False, "SQLALCHEMY_DATABASE_URI": "sqlite:///{tmp_path}/web.sqlite3",
                  "JOB_QUEUE": "local", "DERIVE_FUNCTION": "quizapp.bank.derive:derive_bank"}})
with app.app_context():
    db.create_all()
    create_user("t@example.org", "a good password", Role.TEACHER)
client = app.test_client()
assert client.post("/auth/login", data={{"email": "t@example.org", "password": "a good password"}}).status_code == 302
assert client.get("/teacher/derive").status_code == 200
response = client.post("/teacher/derive", data={{"title": "Ada", "text": "Ada Lovelace was born in London in 1815."}})
assert response.status_code == 302, response.status_code
assert client.get(response.headers["Location"] + "/status").status_code == 200
print(sorted(name for name in sys.modules if name.split(".")[0] in ("spacy", "thinc", "en_core_web_sm")))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
