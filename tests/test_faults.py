"""Faults under the app: dropped database connections and failed imports."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import IntegrityError

from quizapp.bank.types import BankQuestion, QuestionBank
from quizapp.config import database_url as normalise
from quizapp.extensions import db
from quizapp.sets.models import Question, QuestionSet
from quizapp.sets.operations import import_bank
from tests.conftest import sample_bank


@pytest.mark.skipif(not os.environ.get("TEST_DATABASE_URL"), reason="terminating backends is a PostgreSQL fault")
def test_request_succeeds_after_postgres_kills_the_connections(student_client: FlaskClient, make_set: Callable[..., QuestionSet]) -> None:
    """When PostgreSQL terminates every connection of the app (pg_terminate_backend), does the next request still succeed?"""
    make_set()
    assert student_client.get("/").status_code == 200
    db.session.remove()  # give the connection back to the pool, as at the end of a real request
    admin = create_engine(normalise(os.environ["TEST_DATABASE_URL"]), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        killed = conn.execute(
            text(
                "SELECT array_agg(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
            )
        ).scalar()
        assert killed and all(conn.execute(text("SELECT pg_terminate_backend(pid) FROM unnest(:pids) AS pid"), {"pids": killed}).scalars())
        # pg_terminate_backend only signals: wait until those backends have ended, as after a server restart
        deadline = time.monotonic() + 10
        while conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(:pids)"), {"pids": killed}).scalar():
            assert time.monotonic() < deadline, "the terminated backends did not end"
            time.sleep(0.01)
    admin.dispose()
    response = student_client.get("/")
    assert response.status_code == 200
    assert b"Ada Lovelace" in response.data


def test_failed_import_leaves_the_set_as_it_was(make_set: Callable[..., QuestionSet]) -> None:
    """If replacing a set fails half way (a database error), is the old set left exactly as it was?"""
    qset = make_set()
    before = [(q.uid, q.prompt) for q in qset.questions]
    bank = sample_bank("Changed title")
    first = bank.questions[0]
    twice = BankQuestion("q-new", first.type, "A new question", "x", ("y", "z", "w"), first.answer_kind)
    # the same new id twice slips past the caller: the database's unique constraint fails mid-import
    bank = QuestionBank(title="Changed title", source=bank.source, questions=(*bank.questions[1:], twice, twice))
    with pytest.raises(IntegrityError):
        import_bank(bank, "ada", owner_id=None)
    db.session.expire_all()
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == "ada"))
    assert qset is not None and qset.title == "Ada Lovelace"
    assert [(q.uid, q.prompt) for q in qset.questions] == before
    assert db.session.scalar(select(func.count(Question.id))) == len(before)
