"""Configuration: defaults, then the instance folder's ``config.py``, then the environment, then test overrides."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from flask import Flask

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
JOB_SETTINGS = ("REDIS_URL", "JOB_QUEUE", "JOB_QUEUE_NAME", "DERIVE_FUNCTION")
RATE_LIMITS = ("LOGIN_RATE_LIMIT", "LOGIN_ACCOUNT_RATE_LIMIT", "REGISTER_RATE_LIMIT", "FORGOT_RATE_LIMIT", "FORGOT_EMAIL_RATE_LIMIT", "ACCOUNT_RATE_LIMIT")
MAIL_SETTINGS = ("MAIL_SERVER", "MAIL_USERNAME", "MAIL_PASSWORD", "MAIL_DEFAULT_SENDER")
JOB_NUMBERS = ("DERIVE_MAX_CHARS", "JOBS_PER_TEACHER", "LOCAL_JOB_PROCESSES", "DERIVE_TIMEOUT_SECONDS")


def database_url(raw: str) -> str:
    """Return a SQLAlchemy URL, steering bare ``postgres(ql)://`` URLs to the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix):]
    return raw


def instance_secret_key(instance_path: Path) -> str:
    """Read the secret key kept in the instance folder, creating it (mode 600) on first use."""
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    key = secrets.token_hex(32)
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def load_config(app: Flask, test_config: dict[str, Any] | None) -> None:
    """Fill ``app.config`` in the documented order of precedence."""
    instance = Path(app.instance_path)
    instance.mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{instance / 'quizapp.sqlite3'}",
        MAX_CONTENT_LENGTH=MAX_UPLOAD_BYTES,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        RATELIMIT_ENABLED=True,  # explicit: the limiter is one object, and would keep an earlier app's False
        RATELIMIT_STORAGE_URI="memory://",
        RATELIMIT_HEADERS_ENABLED=True,
        LOGIN_RATE_LIMIT="10 per minute",
        LOGIN_ACCOUNT_RATE_LIMIT="10 per 15 minutes",
        REGISTER_RATE_LIMIT="30 per hour",
        FORGOT_RATE_LIMIT="10 per hour",  # forgotten-password requests and reset links, per address
        FORGOT_EMAIL_RATE_LIMIT="3 per hour",  # reset e-mails to one address
        ACCOUNT_RATE_LIMIT="10 per 15 minutes",  # password changes, per account
        BASE_URL="",  # e.g. https://quiz.example.org: links in e-mails and on the command line start with it
        MAIL_SERVER="",  # empty: reset links are written to the log instead of sent
        MAIL_PORT=587,
        MAIL_USE_TLS=True,
        MAIL_USE_SSL=False,
        MAIL_USERNAME=None,
        MAIL_PASSWORD=None,
        MAIL_DEFAULT_SENDER="quizapp <no-reply@localhost>",
        RATELIMIT_SWALLOW_ERRORS=True,
        WTF_CSRF_TIME_LIMIT=None,
        PROXY_FIX=False,
        REDIS_URL="",
        JOB_QUEUE="",  # "rq" (Redis), "local" (a process per job) or "inline" (in the request, for tests); "" picks rq or local
        JOB_QUEUE_NAME="quizapp",
        DERIVE_FUNCTION="quizapp.bank.derive:derive_bank",
        DERIVE_MAX_CHARS=1_000_000,
        JOBS_PER_TEACHER=2,
        LOCAL_JOB_PROCESSES=2,
        DERIVE_TIMEOUT_SECONDS=1800,
    )
    app.config.from_pyfile("config.py", silent=True)
    env = os.environ
    if env.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = env["SECRET_KEY"]
    if env.get("DATABASE_URL"):
        app.config["SQLALCHEMY_DATABASE_URI"] = env["DATABASE_URL"]
    if env.get("RATELIMIT_STORAGE_URI"):
        app.config["RATELIMIT_STORAGE_URI"] = env["RATELIMIT_STORAGE_URI"]
    for name in (*RATE_LIMITS, *MAIL_SETTINGS, "BASE_URL", *JOB_SETTINGS):
        if env.get(name):
            app.config[name] = env[name]
    if env.get("MAIL_PORT"):
        app.config["MAIL_PORT"] = int(env["MAIL_PORT"])
    for name in ("MAIL_USE_TLS", "MAIL_USE_SSL"):
        if env.get(name):
            app.config[name] = env[name] not in ("0", "false", "no", "")
    for name in JOB_NUMBERS:
        if env.get(name):
            app.config[name] = int(env[name])
    if env.get("PROXY_FIX"):
        app.config["PROXY_FIX"] = env["PROXY_FIX"] not in ("0", "false", "no", "")
    if env.get("SESSION_COOKIE_SECURE"):
        secure = env["SESSION_COOKIE_SECURE"] not in ("0", "false", "no", "")
        app.config["SESSION_COOKIE_SECURE"] = secure
        app.config["REMEMBER_COOKIE_SECURE"] = secure
    if test_config:
        app.config.from_mapping(test_config)
    limits_chosen = bool(env.get("RATELIMIT_STORAGE_URI")) or "RATELIMIT_STORAGE_URI" in (test_config or {})
    if app.config["REDIS_URL"] and not limits_chosen and app.config["RATELIMIT_STORAGE_URI"] == "memory://":
        app.config["RATELIMIT_STORAGE_URI"] = app.config["REDIS_URL"]  # one Redis for jobs and limits, shared by workers
    if not app.config["JOB_QUEUE"]:
        app.config["JOB_QUEUE"] = "rq" if app.config["REDIS_URL"] else "local"
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url(app.config["SQLALCHEMY_DATABASE_URI"])
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = instance_secret_key(instance)
