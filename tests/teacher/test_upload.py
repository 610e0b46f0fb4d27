"""Uploading question files: valid files become draft sets; every bad file is refused whole, with reasons."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp.auth.models import Role, User
from quizapp.bank.formats.interchange import dump_json
from quizapp.extensions import db
from quizapp.sets.models import Question, QuestionSet
from tests.conftest import PASSWORD, sample_bank

HEADER = "type,prompt,answer,distractors,date,tags\n"
Counter = Callable[[], tuple[int, int]]


def test_json_upload_creates_a_draft_set_of_the_teacher(upload: Callable[..., Any], teacher: User, stored: Counter) -> None:
    """Does a valid JSON bank become an unpublished set owned by the teacher, opening its review page?"""
    response = upload("ada.json", dump_json(sample_bank()))
    assert response.status_code == 302
    qset = db.session.scalar(select(QuestionSet))
    assert qset is not None
    assert response.headers["Location"].endswith(f"/teacher/sets/{qset.id}")
    assert (qset.title, qset.owner_id, qset.published, len(qset.questions)) == ("Ada Lovelace", teacher.id, False, 9)
    assert stored() == (1, 9)


def test_csv_upload_in_excel_encoding_is_named_after_the_file(upload: Callable[..., Any]) -> None:
    """Does a cp1252 CSV left untitled become a set titled from its file name, with its accents intact?"""
    text = HEADER + "multiple_choice,Où est né Jaurès ?,Castres,Albi|Paris,,\n"
    assert upload("jean_jaures.csv", text.encode("cp1252")).status_code == 302
    qset = db.session.scalar(select(QuestionSet))
    assert qset is not None
    assert qset.title == "Jean jaures"
    assert qset.questions[0].prompt == "Où est né Jaurès ?"


def test_a_typed_question_is_uploaded_and_shown_as_typed(upload: Callable[..., Any], teacher_client: FlaskClient) -> None:
    """Is a CSV row of type "typed" (no distractors) stored with its kind, and listed as a typed answer for review?"""
    text = "type,prompt,answer,distractors,date,tags,answer_kind\ntyped,He was shot in the ____.,Temple of Music,,,,place\n"
    response = upload("typed.csv", text)
    assert response.status_code == 302
    question = db.session.scalars(select(Question)).one()
    assert (question.type, question.answer, question.distractors, question.answer_kind) == ("typed", "Temple of Music", [], "place")
    page = teacher_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Typed answer" in page and "Temple of Music" in page


def test_the_title_field_overrides_the_file(upload: Callable[..., Any]) -> None:
    """Does a title typed by the teacher replace the JSON title, and two uploads get distinct slugs?"""
    upload("ada.json", dump_json(sample_bank()), title="Lovelace notes")
    upload("ada.json", dump_json(sample_bank()), title="Lovelace notes")
    slugs = sorted(db.session.scalars(select(QuestionSet.slug)))
    assert slugs == ["lovelace-notes", "lovelace-notes-2"]


BAD_UPLOADS = [
    pytest.param("empty.csv", b"", "the file is empty", id="empty"),
    pytest.param("image.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="binary"),
    pytest.param("odd.csv", b"type,prompt\n\x81\x8d\x8f\x90\x9d", "neither UTF-8 nor Windows-1252", id="wrong-encoding"),
    pytest.param("cols.csv", "type,prompt,answer\nmultiple_choice,P,A\n", "lacks the column(s) distractors, date, tags", id="missing-columns"),
    pytest.param("dup.csv", "id," + HEADER + "x,multiple_choice,P,A,B,,\nx,multiple_choice,Q,A,B,,\n", "Line 3: the id &#39;x&#39; is also used by row 2", id="duplicate-ids"),
    pytest.param("mc.csv", HEADER + "multiple_choice,P,A,,,\n", "Line 2: a multiple-choice question needs at least one distractor", id="mc-without-distractors"),
    pytest.param("date.csv", HEADER + "date,When?,,,1917-02-30,\n", "Line 2: &#39;date&#39; must be an ISO date", id="invalid-date"),
    pytest.param("typed.csv", HEADER + "typed,P,A,B,,\n", "Line 2: a typed question has no distractors", id="typed-with-distractors"),
    pytest.param("bank.json", '{"title": "T", "questions": [', "not valid JSON", id="broken-json"),
    pytest.param("bank.json", '{"title": "T", "questions": [{"type": "date", "prompt": "P"}]}', "Question 1: &#39;date&#39; is missing", id="json-row"),
    pytest.param("sheet.xlsx", b"PK\x03\x04", "Upload a .json, .csv, .txt, .gift or .xml file.", id="wrong-extension"),
    pytest.param("none.csv", HEADER, "the file holds no questions", id="header-only"),
]


@pytest.mark.parametrize(("filename", "data", "message"), BAD_UPLOADS)
def test_bad_uploads_are_refused_with_a_reason_and_store_nothing(
    upload: Callable[..., Any], make_set: Callable[..., QuestionSet], stored: Counter, filename: str, data: bytes | str, message: str
) -> None:
    """Is each bad file answered 400 with a clear message, leaving the database as it was?"""
    make_set()
    before = stored()
    response = upload(filename, data)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert stored() == before


def test_every_bad_row_is_listed_on_one_page(upload: Callable[..., Any], stored: Counter) -> None:
    """Are all bad rows of a file listed together, with their line numbers, and the good rows not stored?"""
    text = HEADER + "multiple_choice,Good,A,B,,\nmultiple_choice,P,A,,,\nmultiple_choice,Fine,A,B,,\ndate,D,,,99,\nquiz,X,A,B,,\n"
    page = upload("many.csv", text).get_data(as_text=True)
    assert "these 3 problems" in page
    for line in ("Line 3:", "Line 5:", "Line 6:"):
        assert line in page
    assert stored() == (0, 0)


def test_a_file_over_the_size_limit_answers_413(teacher_client: FlaskClient, stored: Counter) -> None:
    """Is a file over 2 MB refused with 413 and a page naming the limit, storing nothing?"""
    huge = (HEADER + "multiple_choice,P,A,B,,\n" * 120_000).encode()
    # The body is encoded here: the test client would spool a large file to a temporary file it never closes.
    body = b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n\r\n" + huge + b"\r\n--b--\r\n"
    response = teacher_client.post("/teacher/upload", data=body, content_type="multipart/form-data; boundary=b")
    assert response.status_code == 413
    assert "The limit is 2 MB" in response.get_data(as_text=True)
    assert stored() == (0, 0)


def test_html_in_fields_is_shown_as_text(upload: Callable[..., Any], teacher_client: FlaskClient) -> None:
    """Is markup in an uploaded question shown escaped on the review page, never run?"""
    text = HEADER + 'multiple_choice,"<script>alert(1)</script>","<img src=x onerror=alert(2)>",<b>B</b>,,\n'
    response = upload("xss.csv", text)
    page = teacher_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<script>alert" not in page and "<img src=x" not in page


def test_the_upload_page_lists_the_csv_columns(teacher_client: FlaskClient) -> None:
    """Does the upload form document the CSV columns and the | separator?"""
    page = teacher_client.get("/teacher/upload").get_data(as_text=True)
    for column in ("type", "prompt", "answer", "distractors", "date", "tags"):
        assert f"<code>{column}</code>" in page
    assert "<code>|</code>" in page


def _token(page: str) -> str:
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page) or re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, "no CSRF token on the page"
    return match.group(1)


@pytest.mark.csrf
def test_an_upload_without_csrf_token_is_refused(app: Flask, make_user: Callable[..., User], stored: Counter) -> None:
    """Is an upload posted without the form's CSRF token refused with 400 and nothing stored, while one with it works?"""
    teacher = make_user(role=Role.TEACHER)
    client = app.test_client()
    token = _token(client.get("/auth/login").get_data(as_text=True))
    assert client.post("/auth/login", data={"email": teacher.email, "password": PASSWORD, "csrf_token": token}).status_code == 302
    data = dump_json(sample_bank()).encode()
    response = client.post("/teacher/upload", data={"file": (io.BytesIO(data), "ada.json")}, content_type="multipart/form-data")
    assert response.status_code == 400
    assert stored() == (0, 0)
    token = _token(client.get("/teacher/upload").get_data(as_text=True))
    form = {"file": (io.BytesIO(data), "ada.json"), "csrf_token": token}
    assert client.post("/teacher/upload", data=form, content_type="multipart/form-data").status_code == 302
    assert stored() == (1, 9)


TEACHER_PAGES = [
    ("get", "/teacher/"), ("get", "/teacher/upload"), ("post", "/teacher/upload"), ("get", "/teacher/derive"),
    ("get", "/teacher/sets/{id}"), ("post", "/teacher/sets/{id}/publish"), ("get", "/teacher/sets/{id}/results"),
    ("get", "/teacher/sets/{id}/scores.csv"), ("get", "/teacher/sets/{id}/questions/new"), ("post", "/teacher/sets/{id}/delete"),
]


@pytest.mark.parametrize(("method", "path"), TEACHER_PAGES)
def test_students_get_403_on_teacher_pages(
    student_client: FlaskClient, client: FlaskClient, make_set: Callable[..., QuestionSet], make_user: Callable[..., User], method: str, path: str
) -> None:
    """Does a student get 403 on every teacher page, and a visitor get sent to log in?"""
    qset = make_set(owner=make_user(role=Role.TEACHER))
    url = path.format(id=qset.id)
    assert getattr(student_client, method)(url).status_code == 403
    response = getattr(client, method)(url)
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_json_export_uploaded_again_gives_the_same_set(
    app: Flask, teacher_client: FlaskClient, upload: Callable[..., Any], make_set: Callable[..., QuestionSet], teacher: User
) -> None:
    """Does exporting a set as JSON and uploading the file again give a set with the same questions?"""
    original = make_set(owner=teacher, published=False)
    exported = teacher_client.get(f"/export/sets/{original.slug}/bank.json")
    assert exported.status_code == 200
    assert upload("ada.json", exported.data).status_code == 302
    copy = db.session.scalars(select(QuestionSet).where(QuestionSet.id != original.id)).one()
    assert [q.to_interchange() for q in copy.questions] == [q.to_interchange() for q in original.questions]
    assert json.loads(exported.data)["title"] == copy.title == original.title
