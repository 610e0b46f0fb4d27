"""Extreme input reaches no traceback: ids outside 64 bits on every route, surrogates, huge and non-finite numbers."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from werkzeug.routing import IntegerConverter

from quizapp import create_app
from quizapp.auth.models import Role, User
from quizapp.bank.formats.csv_format import load_csv
from quizapp.bank.formats.interchange import MAX_DISTRACTORS, MAX_TAGS, load_json, lone_surrogates
from quizapp.bank.types import BankFormatError
from quizapp.extensions import db
from quizapp.sets.models import Question, QuestionSet
from tests.strategies import dump_hostile_json, hostile_field_values, hostile_json_values, hostile_questions, hostile_text

FIXTURES = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
EXTREME_INTS = (2**63, 2**64, 10**40, int("9" * 300))
EXTREME_STRINGS = ("9" * 5000, "%F0%9F%98%80" * 10, "x" * 1000, "..%2F..%2Fetc%2Fpasswd")
HOSTILE_FORM = {
    "retention": "sNaN", "version": str(2**63), "choice": "9" * 40, "answer": "NaN", "rating": "inf",
    "published": "1" * 31, "title": "x", "text": "9" * 5000, "time_zone": "Infinity",
}


def _rules() -> list[tuple[str, str, str]]:
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    with app.app_context():
        db.engine.dispose()
    return sorted(
        (rule.rule, method, ",".join(f"{name}:{'int' if isinstance(conv, IntegerConverter) else 'str'}" for name, conv in rule._converters.items()))
        for rule in app.url_map.iter_rules()
        for method in rule.methods - {"HEAD", "OPTIONS"}  # type: ignore[operator]
        if rule.arguments and rule.endpoint != "static"
    )


RULES = _rules()


def _urls(rule: str, kinds: str) -> list[str]:
    urls = []
    names = dict(item.split(":") for item in kinds.split(","))
    for extreme in range(max(len(EXTREME_INTS), len(EXTREME_STRINGS))):
        url = rule
        for name, kind in names.items():
            value = str(EXTREME_INTS[extreme % len(EXTREME_INTS)]) if kind == "int" else EXTREME_STRINGS[extreme % len(EXTREME_STRINGS)]
            url = re.sub(rf"<(?:[^:<>]+:)?{name}>", value, url)
        urls.append(url)
    return urls


def test_the_walk_covers_routes_with_ids() -> None:
    """Does the URL map walk find the routes that take ids (a test that cannot fail would be worthless)?"""
    assert any(kinds.count(":int") >= 2 for _, _, kinds in RULES)
    assert len(RULES) >= 20


@pytest.mark.parametrize(("rule", "method", "kinds"), RULES, ids=[f"{m} {r}" for r, m, _ in RULES])
def test_extreme_ids_on_every_route(app: Flask, login: Callable[[User], FlaskClient], make_user: Callable[..., User], make_set: Callable[..., QuestionSet], rule: str, method: str, kinds: str) -> None:
    """Does every route with a parameter answer ids outside 64 bits and absurd names with a 4xx (or a redirect), never a 5xx?"""
    teacher = make_user("t@example.org", Role.TEACHER)
    make_set("ada", owner=teacher)
    clients = [app.test_client(), login(make_user("s@example.org")), login(teacher)]
    for url in _urls(rule, kinds):
        for client in clients:
            response = client.open(url, method=method, data=HOSTILE_FORM)
            assert response.status_code < 500, (method, url[:120], response.status_code)
            if ":int" in kinds and any(str(n) in url for n in EXTREME_INTS) and response.status_code != 302:
                assert response.status_code in (400, 403, 404, 405), (method, url[:120], response.status_code)
            response.close()
            db.session.rollback()


@pytest.mark.parametrize("url", ["/quiz/9223372036854775808", "/quiz/18446744073709551616/result", "/teacher/sets/9223372036854775808", "/review/99999999999999999999/quiz"])
def test_ids_outside_64_bits_are_not_found(student_client: FlaskClient, url: str) -> None:
    """Is an id that no 64-bit column can hold a plain 404 (it was an OverflowError)?"""
    assert student_client.get(url).status_code in (403, 404)


@pytest.mark.parametrize(
    ("value", "message"),
    [("sNaN", "finite"), ("-sNaN12", "finite"), ("NaN", "0.70"), ("-Infinity", "0.70"), ("1e999", "0.70"), ("9" * 40, "30 digits"), (str(2**63), "too large")],
)
def test_non_finite_and_huge_numbers_in_forms_are_refused(student_client: FlaskClient, value: str, message: str) -> None:
    """Is a non-finite or oversized number in a form field a 400 that says why (``retention=sNaN`` raised)?"""
    response = student_client.post("/review/retention", data={"retention": value})
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


def test_ordinary_numbers_and_words_still_pass(student_client: FlaskClient) -> None:
    """Do a normal retention and a word that merely starts like a number reach the form as before?"""
    assert student_client.post("/review/retention", data={"retention": "0.85"}).status_code == 302
    assert student_client.post("/review/retention", data={"retention": "Nancy"}).status_code == 400


@pytest.mark.parametrize(
    ("document", "line", "reason"),
    [
        ('{"title": "x\\ud800y", "questions": []}', 1, "lone UTF-16 surrogate (\\ud800)"),
        ('{\n "title": "T",\n "questions": [{"type": "multiple_choice", "prompt": "p\\udc00", "answer": "a", "distractors": ["b"]}]}', 3, "(\\udc00)"),
        ('{"title": "T",\n\n "questions": [{"n": ' + "1" * 5000 + "}]}", 3, "more than 30 digits"),
        ('{"title": "T", "questions": [NaN]}', 1, "NaN is not a number JSON allows"),
        ('{"title": "T", "questions": [-Infinity]}', 1, "-Infinity is not a number"),
        ('{"title": "T", "questions": [1e400]}', 1, "too large to be finite"),
    ],
)
def test_json_refusals_name_the_line(document: str, line: int, reason: str) -> None:
    """Is a surrogate, a 5,000-digit number or a non-finite number refused with the line that holds it?"""
    with pytest.raises(BankFormatError) as caught:
        load_json(document)
    assert any(p.reason.startswith(f"line {line}: ") and reason in p.reason for p in caught.value.problems), caught.value.problems


def test_paired_surrogates_and_escaped_backslashes_are_fine() -> None:
    """Is an emoji written as a surrogate pair accepted, and is a literal backslash-u text not taken for one?"""
    assert lone_surrogates('"\\ud83d\\ude00"') == []
    assert lone_surrogates('"\\\\ud800"') == []
    assert lone_surrogates('"\\ud83d\\ud83d\\ude00"') == [(1, "\\ud83d")]


def test_caps_on_distractors_and_tags() -> None:
    """Are 20,000 distractors or too many tags refused with the cap in the message?"""
    many = {"title": "T", "questions": [{"type": "multiple_choice", "prompt": "Who?", "answer": "Ada", "distractors": [f"d{i}" for i in range(20_000)]}]}
    with pytest.raises(BankFormatError, match=f"at most {MAX_DISTRACTORS} are allowed"):
        load_json(json.dumps(many))
    tags = {"title": "T", "questions": [{"type": "multiple_choice", "prompt": "Who?", "answer": "Ada", "distractors": ["Bob"], "tags": [f"t{i}" for i in range(MAX_TAGS + 1)]}]}
    with pytest.raises(BankFormatError, match=f"at most {MAX_TAGS} are allowed"):
        load_json(json.dumps(tags))
    csv_text = "type,prompt,answer,distractors,date,tags\nmultiple_choice,Who?,Ada," + "|".join(f"d{i}" for i in range(11)) + ",,\n"
    with pytest.raises(BankFormatError, match="11 distractors"):
        load_csv(csv_text, title="T")


def test_a_csv_cell_with_a_surrogate_is_refused_at_its_line() -> None:
    """Does a CSV text holding a lone surrogate get refused at the line that holds it?"""
    with pytest.raises(BankFormatError) as caught:
        load_csv("type,prompt,answer,distractors,date,tags\nmultiple_choice,Who?,Ada,Bob,,\nmultiple_choice,Wh\ud800o?,Ada,Bob,,\n", title="T")
    assert [p.row for p in caught.value.problems] == [3]


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({"title": hostile_text | hostile_json_values, "questions": st.lists(hostile_questions, max_size=3) | hostile_json_values}))
def test_hostile_json_gives_a_bank_or_a_refusal(document: dict[str, object]) -> None:
    """Does any document with surrogates, huge or non-finite numbers give a bank or a clear refusal, never another error?"""
    try:
        bank = load_json(dump_hostile_json(document))
    except BankFormatError as error:
        assert error.problems and all(p.reason for p in error.problems)
        return
    for question in bank.questions:
        for text in (question.prompt, question.answer, *question.distractors, *question.tags, bank.title):
            text.encode("utf-8")  # storable and printable: no lone surrogate got through
        assert len(question.distractors) <= MAX_DISTRACTORS and len(question.tags) <= MAX_TAGS


@FIXTURES
@given(st.lists(hostile_questions, min_size=1, max_size=3))
@example([{"type": "multiple_choice", "prompt": "Who?", "answer": "Ada", "distractors": ["B\ud800"], "tags": ["\udfff"]}])
def test_hostile_uploads_over_http(teacher_client: FlaskClient, questions: list[dict[str, object]]) -> None:
    """Does an upload of hostile questions get a redirect or a 400, with every page of a stored set then rendering?"""
    before = db.session.scalar(select(func.count(QuestionSet.id)))
    data = dump_hostile_json({"title": "Hostile", "questions": questions}).encode("utf-8", "surrogatepass")
    response = teacher_client.post("/teacher/upload", data={"file": (io.BytesIO(data), "bank.json")}, content_type="multipart/form-data")
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        assert db.session.scalar(select(func.count(QuestionSet.id))) == before
        return
    set_id = int(response.headers["Location"].rsplit("/", 1)[1])
    for url in (f"/teacher/sets/{set_id}", f"/teacher/sets/{set_id}/results"):
        assert teacher_client.get(url).status_code == 200
    question = db.session.scalar(select(Question).where(Question.set_id == set_id))
    assert question is not None
    assert teacher_client.get(f"/teacher/sets/{set_id}/questions/{question.id}/edit").status_code == 200


@FIXTURES
@given(value=hostile_field_values)
def test_hostile_numbers_in_every_form_field(student_client: FlaskClient, value: str) -> None:
    """Does any value in the review forms' number fields get a redirect, a 400 or a 404, never a 5xx?"""
    for url, field in (("/review/retention", "retention"), ("/review/1/rate", "version"), ("/review/1/answer", "version")):
        response = student_client.post(url, data={field: value, "rating": "3"})
        assert response.status_code in (302, 400, 404), (url, value[:40], response.status_code)
