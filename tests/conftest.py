"""Shared fixtures: an app on SQLite (or on PostgreSQL with TEST_DATABASE_URL), clients, users and sets."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask, g
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import select

from bench.harness import scratch_database
from quizapp import create_app
from quizapp.auth.models import Role, User
from quizapp.bank.types import AnswerKind, BankQuestion, QuestionBank, QuestionType
from quizapp.classes.models import Assignment, Class, Membership
from quizapp.extensions import db, limiter
from quizapp.sets.models import QuestionSet
from quizapp.sets.operations import import_bank

PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The database the suite runs on: TEST_DATABASE_URL, or a fresh SQLite file."""
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


@pytest.fixture(scope="session")
def _schema(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Create the tables once per run (the migrations are checked by their own test)."""
    app = create_app(_test_config(database_url, tmp_path_factory.mktemp("instance")))
    with app.app_context():
        db.drop_all()
        db.create_all()
    yield
    with app.app_context():
        db.drop_all()
        db.engine.dispose()


@pytest.fixture()
def empty_database() -> Iterator[str]:
    """A new, empty database of the kind the suite runs on (a scratch PostgreSQL database, or SQLite)."""
    base = os.environ.get("TEST_DATABASE_URL")
    with scratch_database("postgres" if base else "sqlite", base or "") as url:
        yield url


def _test_config(database_url: str, _instance: Path) -> dict[str, Any]:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_STORAGE_URI": "memory://",
        "REGISTER_RATE_LIMIT": "10000 per minute",  # hypothesis registers hundreds; tests/auth/test_rate_limits.py sets its own
    }


def _empty_tables() -> None:
    for table in reversed(db.metadata.sorted_tables):
        db.session.execute(table.delete())
    db.session.commit()


class FreshGlobalsClient(FlaskClient):
    """A test client whose every request starts with an empty ``g``, as in production.

    The ``app`` fixture keeps one app context open for the whole test (so tests can use ``db.session``), and
    Flask reuses it for requests; without this, Flask-Login's cached user (``g._login_user``) and the CSRF
    token would leak from one client's request to the next client's.
    """

    def open(self, *args: Any, **kwargs: Any) -> Any:
        for name in list(vars(g)):
            delattr(g, name)
        return super().open(*args, **kwargs)


@pytest.fixture()
def app(request: pytest.FixtureRequest, database_url: str, _schema: None, tmp_path: Path) -> Iterator[Flask]:
    """An app with empty tables; mark a test ``csrf`` to keep CSRF protection on."""
    config = _test_config(database_url, tmp_path)
    if request.node.get_closest_marker("csrf"):
        config["WTF_CSRF_ENABLED"] = True
    app = create_app(config)
    app.test_client_class = FreshGlobalsClient
    with app.app_context():
        _empty_tables()
        limiter.reset()
        yield app
        db.session.remove()
        _empty_tables()
        db.engine.dispose()


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    """A browser-like test client with no one logged in."""
    return app.test_client()


@pytest.fixture()
def runner(app: Flask) -> FlaskCliRunner:
    """Runs the app's CLI commands."""
    return app.test_cli_runner()


@pytest.fixture()
def make_user(app: Flask) -> Callable[..., User]:
    """Factory: ``make_user(email=None, role=Role.STUDENT)`` creates an account with PASSWORD."""
    counter = iter(range(1, 10_000))

    def make(email: str | None = None, role: Role = Role.STUDENT) -> User:
        user = User(email=email or f"user{next(counter)}@example.org", role=int(role))
        user.set_password(PASSWORD)
        db.session.add(user)
        db.session.commit()
        return user

    return make


@pytest.fixture()
def login(app: Flask) -> Callable[[User], FlaskClient]:
    """Factory: a new client logged in as ``user``."""

    def log_in(user: User) -> FlaskClient:
        client = app.test_client()
        response = client.post("/auth/login", data={"email": user.email, "password": PASSWORD})
        assert response.status_code == 302, response.data
        return client

    return log_in


@pytest.fixture()
def student(make_user: Callable[..., User]) -> User:
    """A student account."""
    return make_user("student@example.org")


@pytest.fixture()
def teacher(make_user: Callable[..., User]) -> User:
    """A teacher account."""
    return make_user("teacher@example.org", Role.TEACHER)


@pytest.fixture()
def student_client(login: Callable[[User], FlaskClient], student: User) -> FlaskClient:
    """A client logged in as ``student``."""
    return login(student)


@pytest.fixture()
def teacher_client(login: Callable[[User], FlaskClient], teacher: User) -> FlaskClient:
    """A client logged in as ``teacher``."""
    return login(teacher)


SAMPLE_SOURCE = (
    "Ada Lovelace was born in London on 10th December, 1815. In 1833 she met Charles Babbage in London. "
    "Babbage designed the Analytical Engine. In 1843 Lovelace published her Notes in Taylor's Scientific Memoirs. "
    "She died in Marylebone in November, 1852."
)


def sample_bank(title: str = "Ada Lovelace") -> QuestionBank:
    """A small hand-written bank: five multiple-choice and four date questions."""
    mc = QuestionType.MULTIPLE_CHOICE
    date = QuestionType.DATE
    s1, s2, s3, s4, s5 = (
        "Ada Lovelace was born in London on 10th December, 1815.",
        "In 1833 she met Charles Babbage in London.",
        "Babbage designed the Analytical Engine.",
        "In 1843 Lovelace published her Notes in Taylor's Scientific Memoirs.",
        "She died in Marylebone in November, 1852.",
    )
    questions = [
        BankQuestion("q-born-place", mc, "In which city was Ada Lovelace born?", "London", ("Paris", "Edinburgh", "Dublin"), AnswerKind.PLACE, s1, None, ("place",)),
        BankQuestion("q-met", mc, "In 1833 Ada Lovelace met ____ in London.", "Charles Babbage", ("Michael Faraday", "Mary Somerville", "Augustus De Morgan"), AnswerKind.PERSON, s2, None, ("person",)),
        BankQuestion("q-engine", mc, "Which machine did Charles Babbage design?", "the Analytical Engine", ("the Jacquard loom", "the Difference Loom", "the Pascaline"), AnswerKind.WORK, s3, None, ()),
        BankQuestion("q-journal", mc, "In 1843 Ada Lovelace published her Notes in ____.", "Taylor's Scientific Memoirs", ("The Times", "Nature", "The Edinburgh Review"), AnswerKind.WORK, s4, None, ()),
        BankQuestion("q-died", mc, "Where did Ada Lovelace die in November 1852?", "Marylebone", ("Kensington", "Chelsea", "Hampstead"), AnswerKind.PLACE, s5, None, ()),
        BankQuestion("d-born", date, "When was Ada Lovelace born?", "10 December 1815", ("1815-11-10", "1816-12-10", "1815-12-20"), AnswerKind.DATE, s1, "1815-12-10", ("date",)),
        BankQuestion("d-met", date, "In what year did Ada Lovelace meet Charles Babbage?", "1833", ("1831", "1835", "1836"), AnswerKind.DATE, s2, "1833", ()),
        BankQuestion("d-notes", date, "In what year did Ada Lovelace publish her Notes?", "1843", ("1841", "1845", "1840"), AnswerKind.DATE, s4, "1843", ()),
        BankQuestion("d-died", date, "In which month did Ada Lovelace die?", "November 1852", ("1852-10", "1852-12", "1851-11"), AnswerKind.DATE, s5, "1852-11", ()),
    ]
    return QuestionBank(title=title, source="ada.txt", questions=tuple(questions))


@pytest.fixture()
def make_set(app: Flask) -> Callable[..., QuestionSet]:
    """Factory: ``make_set(slug="ada", owner=None, published=True, bank=None)`` stores a question set."""

    def make(slug: str = "ada", owner: User | None = None, published: bool = True, bank: QuestionBank | None = None) -> QuestionSet:
        return import_bank(
            bank or sample_bank(),
            slug,
            owner_id=owner.id if owner else None,
            source_text=SAMPLE_SOURCE,
            published=published,
        )

    return make


@pytest.fixture()
def enrol(app: Flask) -> Callable[..., Class]:
    """Factory: ``enrol(student, qset, teacher=None)`` puts the student in a class of ``teacher`` (by default the
    set's owner) that has the set assigned; the class is made on first use and reused for that teacher."""
    classes: dict[int, Class] = {}

    def put(student: User, qset: QuestionSet, teacher: User | None = None) -> Class:
        teacher_id = teacher.id if teacher is not None else qset.owner_id
        assert teacher_id is not None, "an unowned set needs a teacher for the class"
        klass = classes.get(teacher_id)
        if klass is None:
            klass = classes[teacher_id] = Class(teacher_id=teacher_id, name=f"Class {len(classes) + 1}", join_code=f"code-{teacher_id}")
            db.session.add(klass)
            db.session.flush()
        if db.session.scalar(select(Membership.id).where(Membership.class_id == klass.id, Membership.student_id == student.id)) is None:
            db.session.add(Membership(class_id=klass.id, student_id=student.id))
        if db.session.scalar(select(Assignment.id).where(Assignment.class_id == klass.id, Assignment.set_id == qset.id)) is None:
            db.session.add(Assignment(class_id=klass.id, set_id=qset.id))
        db.session.commit()
        return klass

    return put
