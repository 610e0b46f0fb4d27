"""Running a task by its import path inside an application context: in an RQ worker's child, in a local process
(``python -m quizapp.jobs.runner`` with the task as JSON on standard input), or inline."""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from flask import Flask, has_app_context

_worker_app: Flask | None = None
_worker_pid: int | None = None


def resolve(path: str) -> Callable[..., Any]:
    """The function named ``"package.module:function"``.

    Raises:
        ValueError: the path is not shaped like that.
    """
    module, _, name = path.partition(":")
    if not module or not name:
        raise ValueError(f"a task is named 'package.module:function', not {path!r}")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def set_worker_app(app: Flask) -> None:
    """Remember the app a job worker built once, for the tasks it runs (its forked children inherit it)."""
    global _worker_app, _worker_pid
    _worker_app, _worker_pid = app, os.getpid()


def _app() -> Flask:
    global _worker_app
    if _worker_app is None:
        from quizapp import create_app

        _worker_app = create_app()
    return _worker_app


def run_task(path: str, *args: Any) -> Any:
    """Run the task ``path`` with ``args`` in an application context: the current one when run inline, else a
    new one of the worker's app, whose inherited database connections are dropped first (in a child forked by
    an RQ worker they must never be shared with the parent).
    """
    task = resolve(path)
    if has_app_context() and _worker_pid is None:
        return task(*args)
    app = _app()
    with app.app_context():
        from quizapp.extensions import db

        db.engine.dispose(close=False)
        try:
            return task(*args)
        finally:
            db.session.remove()


def main() -> int:
    """Entry point of a local job process: read ``{"task": ..., "args": [...]}`` from standard input and run it."""
    payload = json.loads(sys.stdin.read())
    run_task(payload["task"], *payload["args"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
