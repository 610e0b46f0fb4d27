"""Deriving a set from a text: job files, progress, the background thread, failures."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp.auth.models import Role, User
from quizapp.extensions import db
from quizapp.sets.models import QuestionSet
from quizapp.teacher.jobs import STALE_AFTER_SECONDS, Job, JobStore
from tests.conftest import SAMPLE_SOURCE

T0 = 1_800_000_000.0


@pytest.fixture()
def foreground(app: Flask) -> None:
    """Derive inside the request (no thread), so the test sees the outcome at once."""
    app.config["DERIVE_IN_BACKGROUND"] = False


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


def test_background_job_reports_progress_then_finishes(teacher_client: FlaskClient, fake_derive: list[dict[str, Any]]) -> None:
    """Does a job run in a background thread, its status JSON reaching 'done' with a link to the set?"""
    job_url = _derive(teacher_client, text=SAMPLE_SOURCE).headers["Location"]
    deadline = time.monotonic() + 10
    status: dict[str, Any] = {}
    while time.monotonic() < deadline:
        status = teacher_client.get(job_url + "/status").get_json()
        if status["state"] == "done":
            break
        time.sleep(0.05)
    assert status["state"] == "done"
    assert (status["percent"], status["next"]) == (100, job_url)
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
