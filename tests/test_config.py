"""Configuration order: defaults, instance folder, environment, test overrides."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from quizapp.config import database_url, instance_secret_key, load_config


def test_secret_key_is_generated_once_and_kept(tmp_path: Path) -> None:
    """Without SECRET_KEY, is a random key created in the instance folder and reused next time?"""
    first = instance_secret_key(tmp_path)
    assert len(first) == 64
    assert instance_secret_key(tmp_path) == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def test_environment_overrides_instance_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Does the environment win over the instance config file, and test overrides over both?"""
    (tmp_path / "config.py").write_text("SECRET_KEY = 'from-file'\nSQLALCHEMY_DATABASE_URI = 'sqlite:///file.db'\n")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@h/db")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    app = Flask("quizapp", instance_path=str(tmp_path), instance_relative_config=True)
    load_config(app, None)
    assert app.config["SECRET_KEY"] == "from-file"
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/db"
    load_config(app, {"SECRET_KEY": "from-test"})
    assert app.config["SECRET_KEY"] == "from-test"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_database_url_uses_psycopg3(raw: str, expected: str) -> None:
    """Are plain PostgreSQL URLs steered to the psycopg 3 driver?"""
    assert database_url(raw) == expected
