"""The migrations build the schema the models describe, on an empty database."""

from __future__ import annotations

from sqlalchemy import inspect

from quizapp import create_app
from quizapp.extensions import db


def test_migrations_match_models(empty_database: str) -> None:
    """Does ``flask db upgrade`` on an empty database give every table, and does ``flask db check`` find no drift?"""
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": empty_database})
    runner = app.test_cli_runner()
    upgrade = runner.invoke(args=["db", "upgrade"])
    assert upgrade.exit_code == 0, upgrade.output
    with app.app_context():
        tables = set(inspect(db.engine).get_table_names())
        assert set(db.metadata.tables) <= tables
        assert "alembic_version" in tables
    check = runner.invoke(args=["db", "check"])
    assert check.exit_code == 0, check.output
    downgrade = runner.invoke(args=["db", "downgrade", "base"])
    assert downgrade.exit_code == 0, downgrade.output
    with app.app_context():
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        db.engine.dispose()
