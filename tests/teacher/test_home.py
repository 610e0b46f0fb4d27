"""The teacher's home page: one query of counts that never reads a set's source text, however large."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event, select

from bench import teacher_home
from quizapp.auth.models import User
from quizapp.extensions import db
from quizapp.sets.models import QuestionSet, SetSource


@pytest.fixture()
def statements(app: Flask) -> Iterator[list[str]]:
    """Every SQL statement the app runs while the test is going on."""
    seen: list[str] = []

    def record(conn: object, cursor: object, statement: str, *args: object) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(db.engine, "before_cursor_execute", record)


def test_the_home_page_is_one_query_of_counts(teacher_client: FlaskClient, teacher: User, make_set: Callable[..., QuestionSet], statements: list[str]) -> None:
    """Does the list of sets take one statement on the sets, with each set's question count, and never touch source texts?"""
    make_set("ada", owner=teacher)
    make_set("shipped")
    statements.clear()
    page = teacher_client.get("/teacher/").get_data(as_text=True)
    on_sets = [s for s in statements if "question_sets" in s]
    assert len(on_sets) == 1, on_sets
    assert "count(" in on_sets[0].lower() and "GROUP BY" not in on_sets[0]
    assert not any("set_sources" in s or "source_text" in s for s in statements)
    assert page.count("<td>9</td>") == 2 and "(shipped, read-only)" in page


def test_source_text_lives_in_its_own_table(app: Flask, make_set: Callable[..., QuestionSet]) -> None:
    """Is a set's text stored apart, read back on demand, and deleted with the set?"""
    qset = make_set("ada")
    db.session.expire_all()
    assert "source_text" not in QuestionSet.__table__.c
    assert db.session.get(QuestionSet, qset.id).source_text.startswith("Ada Lovelace was born")  # type: ignore[union-attr]
    db.session.delete(db.session.get(QuestionSet, qset.id))
    db.session.commit()
    assert db.session.scalar(select(SetSource)) is None


@pytest.fixture()
def restored_environ() -> Iterator[None]:
    """The benchmark configures the app through the environment: give the suite its own back afterwards."""
    saved = dict(os.environ)
    yield
    os.environ.clear()
    os.environ.update(saved)


@pytest.mark.usefixtures("restored_environ")
@pytest.mark.skipif(bool(os.environ.get("TEST_DATABASE_URL")), reason="run once, in the SQLite pass of the suite")
def test_the_benchmark_runs() -> None:
    """Does a tiny run of ``bench/teacher_home.py`` list every set and report times and memory (no speed is checked)?"""
    report = teacher_home.measure("sqlite", sets=2, text_mb=0.01, questions=3, requests=3)
    assert report["median_ms"] > 0 and report["rss_after_mb"] > 0
