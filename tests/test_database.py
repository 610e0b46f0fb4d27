"""Engine settings: SQLite writers of every process queue on a file lock instead of polling; PostgreSQL
connections keep their prepared statements across read-only transactions."""

from __future__ import annotations

import fcntl
import os
import threading
import time
from pathlib import Path

import socket
from types import SimpleNamespace

import pytest
from psycopg.pq import ConnStatus
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DisconnectionError

from quizapp.config import database_url as normalise
from quizapp.database import _discard_if_closed_by_server, configure_engine


def _lock_is_held(path: Path) -> bool:
    with path.open("a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return False


def _engine(path: Path):  # type: ignore[no-untyped-def]
    engine = create_engine(f"sqlite:///{path}")
    configure_engine(engine)
    return engine


def test_sqlite_writers_queue_and_the_lock_is_released(tmp_path: Path) -> None:
    """Does a second writer wait for the first one's commit (not fail, not interleave), and is the lock freed after commit and rollback?"""
    first_engine, second_engine = _engine(tmp_path / "q.sqlite3"), _engine(tmp_path / "q.sqlite3")
    with first_engine.begin() as conn:
        conn.execute(text("CREATE TABLE events (who TEXT)"))
    order: list[str] = []
    with first_engine.connect() as first:
        first.execute(text("INSERT INTO events VALUES ('first')"))  # takes the write lock
        assert _lock_is_held(tmp_path / "q.sqlite3.write-lock")

        def second_writer() -> None:
            with second_engine.begin() as second:
                second.execute(text("INSERT INTO events VALUES ('second')"))
                order.append("second wrote")

        thread = threading.Thread(target=second_writer)
        thread.start()
        time.sleep(0.3)
        assert order == []  # still queued behind the first writer
        order.append("first commits")
        first.commit()
        thread.join(timeout=5)
    assert order == ["first commits", "second wrote"]
    assert not _lock_is_held(tmp_path / "q.sqlite3.write-lock")

    with first_engine.connect() as conn:  # a rollback frees the lock too
        conn.execute(text("INSERT INTO events VALUES ('undone')"))
        assert _lock_is_held(tmp_path / "q.sqlite3.write-lock")
        conn.rollback()
        assert not _lock_is_held(tmp_path / "q.sqlite3.write-lock")
    with second_engine.begin() as conn:
        conn.execute(text("INSERT INTO events VALUES ('third')"))
        rows = [r[0] for r in conn.execute(text("SELECT who FROM events ORDER BY rowid"))]
    assert rows == ["first", "second", "third"]
    first_engine.dispose()
    second_engine.dispose()


def test_in_memory_sqlite_needs_no_lock() -> None:
    """Does an in-memory database (nothing shared) work without a lock file?"""
    engine = _engine(Path(":memory:"))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
        conn.execute(text("INSERT INTO t VALUES (1)"))
    engine.dispose()


@pytest.mark.skipif(not os.environ.get("TEST_DATABASE_URL"), reason="psycopg's prepared statements: PostgreSQL only")
def test_postgres_reads_keep_prepared_statements_and_rollbacks_still_undo_writes(empty_database: str) -> None:
    """Does a connection keep its prepared statements across read-only transactions ended by rollback (psycopg
    forgets them at each ROLLBACK), while a transaction that wrote, even inside a CTE, is still undone?"""
    engine = create_engine(normalise(empty_database))
    configure_engine(engine)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE events (who TEXT)"))
    with engine.connect() as conn:
        for _ in range(8):  # psycopg prepares a statement at its fifth use
            conn.execute(text("SELECT count(*) FROM events WHERE who = :who"), {"who": "x"}).scalar()
            conn.rollback()
        assert conn.execute(text("SELECT count(*) FROM pg_prepared_statements")).scalar() == 1
        conn.rollback()
        conn.execute(text("INSERT INTO events VALUES ('inserted')"))
        conn.rollback()
        conn.execute(text("WITH w AS (INSERT INTO events VALUES ('in a CTE') RETURNING who) SELECT count(*) FROM w")).scalar()
        conn.rollback()
        assert conn.execute(text("SELECT count(*) FROM events")).scalar() == 0
    engine.dispose()


def test_a_pooled_connection_with_bytes_from_the_server_is_discarded_at_any_descriptor() -> None:
    """Is an idle pooled connection kept while its socket is quiet, refused once the server has written (its
    farewell, or the end of the stream), and is this so for a descriptor above select()'s limit of 1024?"""
    ours, servers = socket.socketpair()
    high = os.dup2(ours.fileno(), 2000)
    try:
        connection = SimpleNamespace(pgconn=SimpleNamespace(status=ConnStatus.OK, socket=high))
        _discard_if_closed_by_server(connection, None, None)  # quiet: kept
        servers.close()  # the server ends the connection
        with pytest.raises(DisconnectionError):
            _discard_if_closed_by_server(connection, None, None)
        broken = SimpleNamespace(pgconn=SimpleNamespace(status=ConnStatus.BAD, socket=high))
        with pytest.raises(DisconnectionError):
            _discard_if_closed_by_server(broken, None, None)
    finally:
        os.close(high)
        ours.close()
