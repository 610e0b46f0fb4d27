"""The migration that moves set texts into their own table keeps every text, both ways."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from quizapp import create_app
from quizapp.extensions import db

MIGRATION = "c6c0bc061939"


def test_texts_move_to_their_own_table_and_back(empty_database: str) -> None:
    """Are the texts of existing sets copied into ``set_sources`` on upgrade, and back on downgrade?"""
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": empty_database})
    runner = app.test_cli_runner()
    assert runner.invoke(args=["db", "upgrade", f"{MIGRATION}-1"]).exit_code == 0
    engine = create_engine(app.config["SQLALCHEMY_DATABASE_URI"])
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO question_sets (slug, title, source_name, source_text, published, created_at, updated_at) "
                          "VALUES ('a', 'A', '', 'The text of A.', false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP), "
                          "('b', 'B', '', '', false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    result = runner.invoke(args=["db", "upgrade", MIGRATION])
    assert result.exit_code == 0, result.output
    with engine.connect() as conn:
        assert conn.execute(text("SELECT q.slug, s.text FROM set_sources s JOIN question_sets q ON q.id = s.set_id")).all() == [("a", "The text of A.")]
    assert runner.invoke(args=["db", "downgrade", f"{MIGRATION}-1"]).exit_code == 0
    with engine.connect() as conn:
        assert conn.execute(text("SELECT slug, source_text FROM question_sets ORDER BY slug")).all() == [("a", "The text of A."), ("b", "")]
    engine.dispose()
    with app.app_context():
        db.engine.dispose()
