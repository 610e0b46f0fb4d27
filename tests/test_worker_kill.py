"""A gunicorn worker killed in the middle of requests loses no answer it acknowledged."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from bench import loadgen
from bench.harness import app_env, flask, gunicorn
from bench.load_bench import seed
from quizapp.config import database_url as normalise


def test_killed_worker_loses_no_acknowledged_answer(empty_database: str, tmp_path: Path) -> None:
    """While students answer, SIGKILL a worker: is every answer that got its redirect stored, once?"""
    env = app_env(empty_database)
    flask(env, "db", "upgrade")
    flask(env, "bank", "load-default")
    with gunicorn("wsgi:app", env, workers=2, log=tmp_path / "gunicorn.log") as server:
        sessions = seed(empty_database, server.base_url, 4, 400)
        lists = [[loadgen.Request("answer", "POST", path, s["cookie"], body) for path, body in s["answers"]] for s in sessions]
        killed: list[int] = []

        def kill_one_worker() -> None:
            time.sleep(1.0)
            pid = server.worker_pids()[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

        killer = threading.Thread(target=kill_one_worker)
        killer.start()
        result = loadgen.run(server.base_url, lists, duration=3.0)
        killer.join()
        assert server.process.poll() is None, "the gunicorn master should replace the worker and keep serving"
    assert killed
    acknowledged = {req.path for req, status in result.outcomes if status == 302}
    assert len(acknowledged) > 50
    engine = create_engine(normalise(empty_database))
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT i.attempt_id, i.position, count(a.id) FROM quiz_items i JOIN quiz_answers a ON a.item_id = i.id GROUP BY i.attempt_id, i.position")
        ).all()
    engine.dispose()
    stored = {f"/quiz/{attempt}/{position}" for attempt, position, _ in rows}
    assert all(count == 1 for _, _, count in rows)
    assert acknowledged <= stored, f"acknowledged but lost: {sorted(acknowledged - stored)[:5]}"
    unanswered = [req for req, status in result.outcomes if status is None]
    assert len(stored - acknowledged) <= len(unanswered)
