"""Load benchmarks with gunicorn and wrk on 127.0.0.1, on SQLite and PostgreSQL.

``compare`` (default): requests per second and p99 of the quiz question page and of the answer POST, each as a
ratio to a bare Flask "hello" app served the same way in the same run (16 connections).
``soak``: 64 connections of students viewing and answering questions for 60 s against 4 workers; checks that
stored answers equal acknowledged answers, that no review card lost an update, and that no 5xx occurred.

    .venv/bin/python bench/load_bench.py compare [--db sqlite postgres] [--duration 15]
    .venv/bin/python bench/load_bench.py soak [--db sqlite postgres] [--duration 60]

Writes a JSON report to bench/results/ and prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import Browser, WrkResult, app_env, flask, gunicorn, scratch_database, wrk  # noqa: E402

PASSWORD = "bench password 1"
RESULTS = Path(__file__).resolve().parent / "results"


def seed(database_url: str, base: str, students: int, items_per_student: int) -> list[dict[str, object]]:
    """Register students over HTTP, then store many quiz items for each directly in the database.

    Returns one record per student: its Cookie header, CSRF token and list of (path, body) answers.
    """
    sessions = []
    for n in range(students):
        browser = Browser(base)
        browser.register(f"bench{n}@example.org", PASSWORD)
        sessions.append({"cookie": browser.cookie_header(), "csrf": browser.csrf_token("/")})

    os.environ.update(app_env(database_url))
    from sqlalchemy import select

    from quizapp import create_app
    from quizapp.auth.models import User
    from quizapp.extensions import db
    from quizapp.quiz.models import QuizAttempt, QuizItem
    from quizapp.sets.models import Question, QuestionSet

    app = create_app()
    rng = random.Random(7)
    now = datetime.now(UTC)
    with app.app_context():
        qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == "victor-serge"))
        assert qset is not None, "the default set is not loaded"
        questions = list(db.session.scalars(select(Question).where(Question.set_id == qset.id)))
        users = list(db.session.scalars(select(User).order_by(User.id)))
        for user, session in zip(users, sessions, strict=True):
            answers: list[tuple[str, str]] = []
            attempts = []
            for _ in range(items_per_student // 10 + 1):
                attempt = QuizAttempt(user_id=user.id, set_id=qset.id, started_at=now, total=10)
                for position, question in enumerate(rng.sample(questions, 10), start=1):
                    options: list[str] = []
                    if question.type == "multiple_choice":
                        options = [question.answer, *question.distractors[:3]]
                        rng.shuffle(options)
                    attempt.items.append(QuizItem(position=position, kind="question", question_id=question.id, options=options, shown_at=now))
                attempts.append(attempt)
            db.session.add_all(attempts)
            db.session.commit()
            for attempt in attempts:
                for item in attempt.items:
                    question = next(q for q in questions if q.id == item.question_id)
                    field = f"choice={rng.randint(1, len(item.options))}" if item.options else f"answer={question.date}"
                    answers.append((f"/quiz/{attempt.id}/{item.position}", f"csrf_token={session['csrf']}&{field}"))
            session["answers"] = answers
        db.session.remove()
        db.engine.dispose()
    return sessions


def write_requests(folder: Path, sessions: list[dict[str, object]], threads: int, make: Callable[[dict[str, object]], list[str]]) -> str:
    """Split request lines over wrk's threads (students dealt round-robin); returns the file prefix."""
    prefix = str(folder / "requests")
    lines: list[list[str]] = [[] for _ in range(threads)]
    for n, session in enumerate(sessions):
        lines[n % threads].extend(make(session))
    for thread, rows in enumerate(lines, start=1):
        Path(f"{prefix}-{thread}.tsv").write_text("\n".join(rows) + "\n")
    return prefix


def _post_lines(session: dict[str, object]) -> list[str]:
    return [f"POST\t{path}\t{session['cookie']}\t{body}" for path, body in session["answers"]]  # type: ignore[attr-defined]


def _get_lines(session: dict[str, object]) -> list[str]:
    return [f"GET\t{path}\t{session['cookie']}\t" for path, _ in session["answers"][:50]]  # type: ignore[index]


def _student_lines(session: dict[str, object]) -> list[str]:
    rows = []
    for path, body in session["answers"]:  # type: ignore[attr-defined]
        rows.append(f"GET\t{path}\t{session['cookie']}\t")
        rows.append(f"POST\t{path}\t{session['cookie']}\t{body}")
    return rows


def stored_state(database_url: str) -> dict[str, int]:
    """Counts read back from the database after a run."""
    from sqlalchemy import create_engine, text

    from quizapp.config import database_url as normalise

    engine = create_engine(normalise(database_url))
    with engine.connect() as conn:
        answers = conn.execute(text("SELECT count(*) FROM quiz_answers")).scalar_one()
        cards = conn.execute(text("SELECT count(*) FROM review_cards")).scalar_one()
        lost = conn.execute(
            text(
                "SELECT count(*) FROM review_cards c WHERE c.reps <> "
                "(SELECT count(*) FROM review_logs l WHERE l.card_id = c.id)"
            )
        ).scalar_one()
    engine.dispose()
    return {"answers": int(answers), "cards": int(cards), "cards_with_lost_updates": int(lost)}


def _row(name: str, result: WrkResult) -> dict[str, object]:
    return {
        "name": name,
        "rps": round(result.rps, 1),
        "p50_ms": round(result.p50_ms, 2),
        "p99_ms": round(result.p99_ms, 2),
        "requests": result.requests,
        "statuses": result.statuses,
        "socket_errors": result.socket_errors,
    }


def compare(kind: str, duration: int, connections: int, workers: int, threads: int) -> dict[str, object]:
    """Hello baseline, question page and answer POST on one database."""
    report: dict[str, object] = {"database": kind, "workers": workers, "threads": threads, "connections": connections, "duration_s": duration}
    with scratch_database(kind) as url, tempfile.TemporaryDirectory() as folder:
        env = app_env(url)
        flask(env, "db", "upgrade")
        flask(env, "bank", "load-default")
        with gunicorn("bench.hello_app:app", env, workers, threads) as hello:
            hello_result = wrk(hello.base_url + "/", "get.lua", duration, connections)
        with gunicorn("wsgi:app", env, workers, threads) as server:
            per_student = int(1500 * duration / 16) + 10
            sessions = seed(url, server.base_url, 16, per_student)
            prefix = write_requests(Path(folder), sessions, 2, _get_lines)
            page = wrk(server.base_url, "requests.lua", duration, connections, env={"REQUESTS": prefix, "WRAP": "1"})
            prefix = write_requests(Path(folder), sessions, 2, _post_lines)
            before = stored_state(url)["answers"]
            post = wrk(server.base_url, "requests.lua", duration, connections, env={"REQUESTS": prefix})
        after = stored_state(url)
        acknowledged = post.statuses.get("302", 0)
        report.update(
            hello=_row("hello", hello_result),
            question_page=_row("question page", page),
            answer_post=_row("answer POST", post),
            question_page_ratio=round(page.rps / hello_result.rps, 3),
            answer_post_ratio=round(post.rps / hello_result.rps, 3),
            acknowledged_answers=acknowledged,
            stored_answers=after["answers"] - before,
            answers_match=acknowledged == after["answers"] - before,
            post_list_exhausted=post.statuses.get("200", 0) > 0,
        )
    return report


def soak(kind: str, duration: int, connections: int, workers: int, threads: int) -> dict[str, object]:
    """Students viewing and answering for ``duration`` seconds; then every answer and card is checked."""
    report: dict[str, object] = {"database": kind, "workers": workers, "threads": threads, "connections": connections, "duration_s": duration}
    with scratch_database(kind) as url, tempfile.TemporaryDirectory() as folder:
        env = app_env(url, RATELIMIT_STORAGE_URI=os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379"))
        flask(env, "db", "upgrade")
        flask(env, "bank", "load-default")
        with gunicorn("wsgi:app", env, workers, threads) as server:
            students = connections
            sessions = seed(url, server.base_url, students, int(800 * duration / students) + 10)
            prefix = write_requests(Path(folder), sessions, 2, _student_lines)
            result = wrk(server.base_url, "requests.lua", duration, connections, env={"REQUESTS": prefix})
        state = stored_state(url)
        acknowledged = result.statuses.get("302", 0)
        report.update(
            run=_row("students answering", result),
            answers_per_second=round(acknowledged / result.seconds, 1),
            acknowledged_answers=acknowledged,
            stored_answers=state["answers"],
            lost_answers=acknowledged - state["answers"] if acknowledged > state["answers"] else 0,
            unacknowledged_but_stored=max(0, state["answers"] - acknowledged),
            review_cards=state["cards"],
            cards_with_lost_updates=state["cards_with_lost_updates"],
            server_errors_5xx=result.server_errors,
        )
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scenario", choices=["compare", "soak"], nargs="?", default="compare")
    parser.add_argument("--db", nargs="+", choices=["sqlite", "postgres"], default=["sqlite", "postgres"])
    parser.add_argument("--duration", type=int)
    parser.add_argument("--connections", type=int)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    args = parser.parse_args()
    run = compare if args.scenario == "compare" else soak
    duration = args.duration or (15 if args.scenario == "compare" else 60)
    connections = args.connections or (16 if args.scenario == "compare" else 64)
    reports = [run(kind, duration, connections, args.workers, args.threads) for kind in args.db]
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"{args.scenario}-{datetime.now(UTC):%Y%m%dT%H%M%S}.json"
    out.write_text(json.dumps(reports, indent=2))
    print(json.dumps(reports, indent=2))
    print(f"report: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
