"""Uploading GIFT, Moodle XML and Quizlet files with a title and description, and every bad row of any format listed."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.sets.models import QuestionSet
from tests.formats.conftest import FIXTURES

Counter = Callable[[], tuple[int, int]]


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _post(client: FlaskClient, filename: str, data: bytes, **fields: str) -> Any:
    return client.post("/teacher/upload", data={"file": (io.BytesIO(data), filename), **fields}, content_type="multipart/form-data")


def _only_set() -> QuestionSet:
    qset = db.session.scalar(select(QuestionSet))
    assert qset is not None
    return qset


def test_a_moodle_gift_export_becomes_a_set_with_the_title_given(teacher_client: FlaskClient) -> None:
    """Does a GIFT file as Moodle exports it become a set titled and described as the teacher typed?"""
    response = _post(teacher_client, "questions.txt", _fixture("moodle_export.gift.txt"), title="The French Revolution", description="For Year 10.")
    assert response.status_code == 302
    qset = _only_set()
    assert (qset.title, qset.slug, qset.description, len(qset.questions)) == ("The French Revolution", "the-french-revolution", "For Year 10.", 6)
    assert qset.source_name == "questions.txt"
    assert qset.questions[0].uid == "bastille-1"


def test_a_moodle_xml_file_is_read_and_its_unrepresentable_questions_listed(teacher_client: FlaskClient, stored: Counter) -> None:
    """Is a Moodle XML export with an essay and a matching question refused, naming both lines, storing nothing?"""
    page = _post(teacher_client, "bank.xml", _fixture("moodle_export.xml"), title="Russia").get_data(as_text=True)
    assert "these 2 problems" in page
    assert "Line 157: Moodle&#39;s essay questions cannot be represented" in page
    assert "Line 185: Moodle&#39;s matching questions cannot be represented" in page
    assert stored() == (0, 0)


def test_a_moodle_xml_file_of_representable_questions_is_stored(teacher_client: FlaskClient) -> None:
    """Does the same export without its essay and matching become a set of four questions?"""
    text = _fixture("moodle_export.xml").decode()
    text = re.sub(r"<!-- question: 730[56]  -->\s*<question type=\"(essay|matching)\">.*?</question>", "", text, flags=re.S)
    assert _post(teacher_client, "bank.xml", text.encode(), title="Russia").status_code == 302
    assert [q.uid for q in _only_set().questions][0] == "rr-feb"
    assert len(_only_set().questions) == 4


def test_a_quizlet_export_is_recognised_by_its_tabs(teacher_client: FlaskClient) -> None:
    """Is a .txt file of tab-separated cards read as Quizlet's export without choosing the format?"""
    assert _post(teacher_client, "russia.txt", _fixture("quizlet_export.txt")).status_code == 302
    qset = _only_set()
    assert qset.title == "Russia"
    assert (qset.questions[0].prompt, qset.questions[0].answer) == ("City where the February Revolution broke out in 1917", "Petrograd")


def test_quizlets_comma_and_semicolon_separators_are_chosen_in_the_form(teacher_client: FlaskClient) -> None:
    """Is a comma/semicolon Quizlet export read when the teacher picks those separators?"""
    response = _post(teacher_client, "cards.txt", _fixture("quizlet_comma_semicolon.txt"), format="quizlet", term_separator="comma", row_separator="semicolon")
    assert response.status_code == 302
    assert len(_only_set().questions) == 5


def test_the_chosen_format_wins_over_the_extension(teacher_client: FlaskClient, stored: Counter) -> None:
    """Is a GIFT file read as Quizlet when the teacher says so, and refused with Quizlet's reasons?"""
    page = _post(teacher_client, "questions.gift", _fixture("moodle_export.gift.txt"), format="quizlet").get_data(as_text=True)
    assert "no tab between its term and its definition" in page
    assert stored() == (0, 0)


def test_every_unrepresentable_gift_question_is_listed_with_its_line(teacher_client: FlaskClient) -> None:
    """Are all seven questions of Moodle's documented examples that we cannot hold listed with their lines?"""
    response = _post(teacher_client, "examples.txt", _fixture("moodle_docs_examples.gift.txt"))
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "these 7 problems" in page
    for line in (9, 15, 25, 28, 31, 34, 52):
        assert f"Line {line}:" in page


def test_an_xml_bomb_is_refused_with_a_400(teacher_client: FlaskClient, stored: Counter) -> None:
    """Is an XML file declaring entities refused with a clear message, not expanded?"""
    bomb = b'<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n<quiz>&b;</quiz>\n'
    response = _post(teacher_client, "bomb.xml", bomb)
    assert response.status_code == 400
    assert "the XML declares a DTD or entities, which are refused" in response.get_data(as_text=True)
    assert stored() == (0, 0)


def test_a_csv_with_seven_bad_lines_lists_seven(teacher_client: FlaskClient, stored: Counter) -> None:
    """Does an upload with seven bad lines, broken quoting and cell counts among them, list all seven on one page?"""
    text = (
        "type,prompt,answer,distractors,date,tags\n"
        'multiple_choice,"Unclosed,A,B,,\n'
        "multiple_choice,Good,A,B,,\n"
        "multiple_choice,Too many,A,B,,,x\n"
        "multiple_choice,Too few,A\n"
        'multiple_choice,"Text" after,A,B,,\n'
        "essay,Type,A,B,,\n"
        "multiple_choice,None,A,,,\n"
        "date,Date,,,1911-13,\n"
    )
    page = _post(teacher_client, "bad.csv", text.encode()).get_data(as_text=True)
    assert "these 7 problems" in page
    assert [int(n) for n in re.findall(r"<li>Line (\d+):", page)] == [2, 4, 5, 6, 7, 8, 9]
    assert "&#39;date&#39; is missing" not in page
    assert stored() == (0, 0)


def test_an_unknown_format_choice_is_refused(teacher_client: FlaskClient, stored: Counter) -> None:
    """Is a format outside the list refused by the form with a 400?"""
    assert _post(teacher_client, "q.txt", b"a\tb\n", format="docx").status_code == 400
    assert stored() == (0, 0)


def test_the_upload_form_asks_for_a_title_format_and_description(teacher_client: FlaskClient) -> None:
    """Does the upload page offer the title (suggested from the file), the description and every format?"""
    page = teacher_client.get("/teacher/upload").get_data(as_text=True)
    assert 'data-title-from="file"' in page and 'name="description"' in page
    for label in ("Moodle GIFT", "Moodle XML", "Quizlet export"):
        assert label in page
    assert "naming its columns (below)" in page
