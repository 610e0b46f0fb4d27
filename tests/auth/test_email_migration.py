"""The accounts migration stores the e-mails already there in their normal form."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text

from quizapp import create_app
from quizapp.extensions import db


def test_existing_emails_are_normalised(empty_database: str, caplog: pytest.LogCaptureFixture) -> None:
    """Does the migration rewrite stored e-mails to NFKC and folded case, leave one whose normal form another
    account holds as it was (with a warning), and give old accounts session version 1 and no display name?"""
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": empty_database})
    runner = app.test_cli_runner()
    assert runner.invoke(args=["db", "upgrade", "f3c1d2e4a5b6"]).exit_code == 0
    with app.app_context():
        for email in ("sa@x.org", "ｓａ@x.org", "Bob@Example.ORG", "ｃｌｅａｎ@x.org"):
            db.session.execute(
                text("INSERT INTO users (email, password_hash, role, desired_retention, time_zone, created_at) VALUES (:e, 'x', 1, 0.9, 'UTC', '2026-01-01 00:00:00')"),
                {"e": email},
            )
        db.session.commit()
    with caplog.at_level(logging.WARNING):
        assert runner.invoke(args=["db", "upgrade"]).exit_code == 0
    with app.app_context():
        rows = db.session.execute(text("SELECT email, display_name, session_version FROM users ORDER BY id")).all()
        db.session.remove()
        db.engine.dispose()
    assert [row[0] for row in rows] == ["sa@x.org", "ｓａ@x.org", "bob@example.org", "clean@x.org"]
    assert {(row[1], row[2]) for row in rows} == {("", 1)}
    assert "left as it was" in caplog.text
