"""Dump every table to one JSON document and restore it into an empty database."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, Table, func, select, text

from quizapp.extensions import UTCDateTime, db

FORMAT = "quizapp-backup"
VERSION = 1


class RestoreError(ValueError):
    """A backup cannot be restored here."""


def _encode(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _decoder(table: Table) -> dict[str, bool]:
    return {column.name: isinstance(column.type, UTCDateTime) for column in table.columns}


def _schema_revision() -> str | None:
    try:
        return db.session.scalar(text("SELECT version_num FROM alembic_version"))
    except Exception:  # noqa: BLE001 - a database made without migrations has no version table
        db.session.rollback()
        return None


def export_all() -> dict[str, Any]:
    """Every row of every table (users, sets, questions, attempts, answers, review cards and logs).

    Returns:
        A JSON-ready document with the schema revision and one list of rows per table.
    """
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in db.metadata.sorted_tables:
        rows = db.session.execute(select(table).order_by(*table.primary_key.columns)).mappings()
        tables[table.name] = [{key: _encode(value) for key, value in row.items()} for row in rows]
    return {"format": FORMAT, "version": VERSION, "schema_revision": _schema_revision(), "tables": tables}


def restore_all(document: Any) -> dict[str, int]:
    """Insert a backup into an empty database in one transaction.

    Returns:
        The number of rows restored per table.

    Raises:
        RestoreError: the document is not a backup, is for another schema, or the database is not empty.
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT or not isinstance(document.get("tables"), dict):
        raise RestoreError("This file is not a quizapp backup.")
    if document.get("version") != VERSION:
        raise RestoreError(f"Unsupported backup version {document.get('version')!r}.")
    revision = _schema_revision()
    if document.get("schema_revision") and revision and document["schema_revision"] != revision:
        raise RestoreError(
            f"The backup is of schema {document['schema_revision']}, the database is at {revision}: "
            "restore into a database migrated to the same revision."
        )
    for table in db.metadata.sorted_tables:
        if db.session.scalar(select(func.count()).select_from(table)):
            raise RestoreError(f"The database is not empty (table {table.name} has rows): restore needs an empty database.")
    counts: dict[str, int] = {}
    try:
        for table in db.metadata.sorted_tables:
            rows = document["tables"].get(table.name, [])
            if not isinstance(rows, list):
                raise RestoreError(f"The rows of {table.name} are not a list.")
            is_time = _decoder(table)
            decoded = [
                {
                    key: datetime.fromisoformat(value) if is_time.get(key) and isinstance(value, str) else value
                    for key, value in row.items()
                    if key in is_time
                }
                for row in rows
            ]
            if decoded:
                db.session.execute(table.insert(), decoded)
            counts[table.name] = len(decoded)
        _reset_sequences()
        db.session.commit()
    except RestoreError:
        db.session.rollback()
        raise
    except Exception as error:
        db.session.rollback()
        raise RestoreError(f"The backup could not be restored: {error.__class__.__name__}: {str(error)[:200]}") from error
    return counts


def _reset_sequences() -> None:
    """On PostgreSQL, move each id sequence past the restored ids."""
    if db.engine.dialect.name != "postgresql":
        return
    for table in db.metadata.sorted_tables:
        column = table.columns.get("id")
        if column is not None and isinstance(column.type, Integer) and column.primary_key:
            db.session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )
