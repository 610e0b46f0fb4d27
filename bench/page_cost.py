"""What a logged-in page costs in-process, part by part: ``app.wsgi_app`` called directly, no HTTP, no server.

Times, per request, a bare Flask "hello", then quizapp with extra views that stop at each stage of the
question page (a word for a logged-in user; the item read; the base template alone), then the real question
page and answer POST. On a fresh SQLite file (or PostgreSQL with ``--db postgres``).

    .venv/bin/python bench/page_cost.py [--db sqlite|postgres] [--requests 3000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import app_env, csrf_token_in, flask, scratch_database  # noqa: E402

PASSWORD = "bench password 1"


def _call(app: Any, environ: dict[str, Any]) -> str:
    status: list[str] = []
    body = app.wsgi_app(environ, lambda s, h, e=None: status.append(s))
    b"".join(body)
    getattr(body, "close", lambda: None)()
    return status[0]


WARM_UP = 200


def _time(app: Any, environs: Iterable[dict[str, Any]], expect: str) -> float:
    """Microseconds per request over ``environs``, the first ``WARM_UP`` of them not timed."""
    environs = list(environs)
    for environ in environs[:WARM_UP]:
        _call(app, environ)
    timed = environs[WARM_UP:]
    started = time.perf_counter()
    for environ in timed:
        status = _call(app, environ)
        if not status.startswith(expect):
            raise RuntimeError(f"{environ['PATH_INFO']}: {status}")
    return round((time.perf_counter() - started) / len(timed) * 1e6, 1)


def _add_stage_views(app: Any) -> None:
    """Views that stop at each stage of the question page (registered on this benchmark's app only)."""
    from flask import render_template
    from flask_login import login_required

    from quizapp.quiz.operations import load_item

    @app.route("/stage/word")
    @login_required
    def stage_word() -> str:
        return "x"

    @app.route("/stage/item/<int:attempt_id>/<int:position>")
    @login_required
    def stage_item(attempt_id: int, position: int) -> str:
        load_item(attempt_id, position)
        return "x"

    @app.route("/stage/base")
    @login_required
    def stage_base() -> str:
        return render_template("base.html")


def measure(kind: str, requests: int) -> dict[str, Any]:
    """Per-request microseconds of each stage on one database."""
    from werkzeug.test import EnvironBuilder

    with scratch_database(kind) as url:
        env = app_env(url)
        flask(env, "db", "upgrade")
        flask(env, "bank", "load-default")
        os.environ.update(env)
        from sqlalchemy import select, text

        from bench.hello_app import app as hello
        from quizapp import create_app
        from quizapp.extensions import db
        from quizapp.quiz.models import QuizItem
        from quizapp.quiz.operations import start_quiz
        from quizapp.sets.models import Question, QuestionSet

        app = create_app()
        _add_stage_views(app)
        client = app.test_client()
        client.environ_base.update(HTTP_USER_AGENT="page-cost", REMOTE_ADDR="127.0.0.1")

        form = {"email": "cost@example.org", "password": PASSWORD, "confirm": PASSWORD}
        client.post("/auth/register", data={**form, "csrf_token": csrf_token_in(client.get("/auth/register").text)})
        with app.app_context():
            qset = db.session.scalars(select(QuestionSet.id)).one()
            user_id = db.session.scalars(text("SELECT id FROM users")).one()
            total = requests + WARM_UP
            attempts = []
            for n in range(total // 9 + 1):
                attempt = start_quiz(user_id, qset, datetime.now(UTC), random.Random(n))
                assert attempt is not None, "the default set has no questions"
                attempts.append(attempt.id)
            db.session.execute(text("UPDATE quiz_items SET shown_at = CURRENT_TIMESTAMP"))  # as in load_bench's seed
            db.session.commit()
            rows = db.session.execute(
                select(QuizItem.attempt_id, QuizItem.position, Question.date, Question.type, Question.answer)
                .join(Question, Question.id == QuizItem.question_id)
                .where(QuizItem.attempt_id.in_(attempts))
            ).all()
            items = [(a, p, answer if kind == "typed" else date) for a, p, date, kind, answer in rows]  # typed: the name
            db.session.remove()
        csrf = csrf_token_in(client.get(f"/quiz/{attempts[0]}/1").text)
        cookie = client.get_cookie("session")
        assert cookie is not None, "not logged in"

        def environs(paths: Iterable[str], data: Callable[[int], dict[str, str]] | None = None) -> Iterable[dict[str, Any]]:
            for n, path in enumerate(paths):
                yield EnvironBuilder(
                    path=path,
                    method="POST" if data else "GET",
                    data=data(n) if data else None,
                    headers=[("Cookie", f"session={cookie.value}"), ("User-Agent", "page-cost")],
                    environ_base={"REMOTE_ADDR": "127.0.0.1"},
                ).get_environ()

        total = requests + WARM_UP
        items = items[:total]
        pages = [f"/quiz/{a}/{p}" for a, p, _ in items]
        report: dict[str, Any] = {"database": kind, "requests": requests, "microseconds_per_request": {}}
        cost = report["microseconds_per_request"]
        cost["hello (bare Flask)"] = _time(hello, (EnvironBuilder(path="/").get_environ() for _ in range(total)), "200")
        cost["logged-in view returning a word"] = _time(app, environs(["/stage/word"] * total), "200")
        cost["... reading the quiz item"] = _time(app, environs(f"/stage/item/{a}/{p}" for a, p, _ in items), "200")
        cost["... rendering the base template only"] = _time(app, environs(["/stage/base"] * total), "200")
        cost["question page"] = _time(app, environs(pages), "200")
        def answer(n: int) -> dict[str, str]:
            return {"csrf_token": csrf, "choice": "1", "answer": items[n][2] or ""}

        cost["answer POST"] = _time(app, environs(pages, answer), "302")
        with app.app_context():
            db.engine.dispose()
    return report


def main() -> int:
    """Measure and print the report as JSON."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--requests", type=int, default=3000)
    args = parser.parse_args()
    print(json.dumps(measure(args.db, args.requests), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
