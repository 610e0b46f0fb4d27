"""Engine settings that depend on the database: SQLite gets WAL, a busy timeout, foreign keys and queued writers;
PostgreSQL connections are checked for a server-side close when taken from the pool, and keep their prepared
statements across requests."""

from __future__ import annotations

import fcntl
import re
import select
from typing import Any

import psycopg
from psycopg.pq import ConnStatus, TransactionStatus
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DisconnectionError

_WRITE = re.compile(r"^\s*(?:INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.IGNORECASE)
_READ = re.compile(r"^\s*SELECT\b", re.IGNORECASE)
_LOCK = "quizapp_write_lock"


def configure_engine(engine: Engine) -> None:
    """Make SQLite safe and fair for several workers; on PostgreSQL (psycopg), replace pooled connections the
    server has closed and keep prepared statements across requests (see the two functions below).

    SQLite has one writer at a time, and a writer that finds the database locked polls with sleeps of 1, 2,
    5, 10… ms, which makes the slowest answers wait far longer than the work takes. So each connection
    takes an exclusive ``flock`` on ``<database>.write-lock`` before its first write and gives it back
    after its commit or rollback: writers of every worker process queue in the kernel and are woken at once.
    """
    if engine.dialect.name == "postgresql" and engine.driver == "psycopg":
        event.listen(engine, "checkout", _discard_if_closed_by_server)
        _end_reads_with_commit(engine)
    if engine.dialect.name != "sqlite":
        return
    database = engine.url.database
    lock_path = f"{database}.write-lock" if database and database != ":memory:" else None

    @event.listens_for(engine, "connect")
    def _sqlite_setup(dbapi_connection: Any, record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        if lock_path:
            record.info[_LOCK] = [open(lock_path, "a+b"), False]  # noqa: SIM115 - closed with the connection

    if lock_path is None:
        return

    @event.listens_for(engine, "before_cursor_execute")
    def _queue_for_writing(conn: Connection, cursor: Any, statement: str, *_args: Any) -> None:
        lock = conn.info.get(_LOCK)
        if lock is not None and not lock[1] and _WRITE.match(statement):
            fcntl.flock(lock[0].fileno(), fcntl.LOCK_EX)
            lock[1] = True

    def _finish(conn: Connection, end: str) -> None:
        lock = conn.info.get(_LOCK)
        if lock is not None and lock[1]:
            try:
                getattr(conn.connection.dbapi_connection, end)()  # end the transaction, then let the next writer in
            finally:
                fcntl.flock(lock[0].fileno(), fcntl.LOCK_UN)
                lock[1] = False

    event.listen(engine, "commit", lambda conn: _finish(conn, "commit"))
    event.listen(engine, "rollback", lambda conn: _finish(conn, "rollback"))

    @event.listens_for(engine, "checkin")
    def _release_on_checkin(dbapi_connection: Any, record: Any) -> None:
        lock = record.info.get(_LOCK)
        if lock is not None and lock[1]:
            fcntl.flock(lock[0].fileno(), fcntl.LOCK_UN)
            lock[1] = False

    @event.listens_for(engine, "close")
    def _close_lock_file(dbapi_connection: Any, record: Any) -> None:
        lock = record.info.pop(_LOCK, None)
        if lock is not None:
            lock[0].close()


_WROTE = "quizapp_wrote"


def _end_reads_with_commit(engine: Engine) -> None:
    """End a PostgreSQL transaction that wrote nothing with COMMIT rather than ROLLBACK.

    psycopg prepares a statement on the server after its fifth use, so PostgreSQL stops parsing and planning
    it (planning the quiz item's join takes longer than running it), but it forgets every prepared statement
    at each ROLLBACK. SQLAlchemy ends every request's transaction with a ROLLBACK, so without this nothing
    would ever stay prepared. For a transaction that only read, COMMIT and ROLLBACK leave the same database.
    """

    @event.listens_for(engine, "before_cursor_execute")
    def _note_writes(conn: Connection, cursor: Any, statement: str, *_args: Any) -> None:
        if not conn.info.get(_WROTE) and not _READ.match(statement):  # anything but a plain SELECT may write
            conn.info[_WROTE] = True

    @event.listens_for(engine, "rollback")
    def _commit_if_read_only(conn: Connection) -> None:
        if conn.closed or conn.invalidated or conn.info.pop(_WROTE, False):
            return  # the connection is gone, or a real rollback: something may have been written
        dbapi_connection = conn.connection.dbapi_connection
        if dbapi_connection is None or dbapi_connection.pgconn.transaction_status != TransactionStatus.INTRANS:
            return
        try:
            dbapi_connection.commit()  # psycopg then finds no transaction to roll back
        except psycopg.Error:
            pass  # the rollback that follows meets the same fault and is handled as usual

    @event.listens_for(engine, "commit")
    def _forget_writes(conn: Connection) -> None:
        conn.info.pop(_WROTE, None)


def _discard_if_closed_by_server(dbapi_connection: Any, record: Any, proxy: Any) -> None:
    """Refuse a pooled psycopg connection that the server has closed, so the pool opens a fresh one.

    A server that ends a connection (restart, ``pg_terminate_backend``, idle timeout) sends its farewell and
    closes the socket, so an idle pooled connection with bytes to read is one the server is done with. This
    looks without a round trip, where ``pool_pre_ping`` sends a ``SELECT 1`` per request.
    """
    pgconn = dbapi_connection.pgconn
    if pgconn.status != ConnStatus.OK:
        raise DisconnectionError("this pooled connection is broken")
    readable = select.poll()  # poll, not select: a busy worker's descriptors may pass select's limit of 1024
    readable.register(pgconn.socket, select.POLLIN)
    if readable.poll(0):
        raise DisconnectionError("the server closed this pooled connection")


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Alembic autogenerate hook: write our ``UTCDateTime`` as a plain ``sa.DateTime(timezone=True)``."""
    from quizapp.extensions import UTCDateTime

    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False
