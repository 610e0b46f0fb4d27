"""Load benchmarks with gunicorn on 127.0.0.1, on SQLite and PostgreSQL (load from bench/loadgen.py).

``compare`` (default): requests per second and p99 of the quiz question page and of the answer POST, each as a
ratio to a bare Flask "hello" app served the same way in the same run (16 connections, 4 workers); each row
also says where the CPU went per request (server workers, load generator, elsewhere: database server, kernel).
``soak``: 64 connections of students viewing and answering questions for 60 s against 4 workers; checks that
stored answers equal acknowledged answers, that no review card lost an update, and that no 5xx occurred. With
``--jobs N``, a teacher keeps N real derivations (spaCy, 20,000 characters of the default text each) going
through the Redis job queue the whole time, run by one ``flask worker`` beside the web workers.

    .venv/bin/python bench/load_bench.py compare [--db sqlite postgres] [--duration 15]
    .venv/bin/python bench/load_bench.py soak [--db sqlite postgres] [--duration 60] [--jobs 2]

Prints the figures as JSON and keeps them in bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import loadgen  # noqa: E402
from bench.harness import BIN, ROOT, Browser, Server, app_env, flask, gunicorn, scratch_database  # noqa: E402
from bench.loadgen import Request  # noqa: E402

PASSWORD = "bench password 1"
RESULTS = Path(__file__).resolve().parent / "results"


def seed(database_url: str, base: str, students: int, items_per_student: int) -> list[dict[str, Any]]:
    """Register students over HTTP, then store quiz attempts for each directly in the database.

    Returns one record per student: its Cookie header and its list of (item path, answer body).
    """
    sessions: list[dict[str, Any]] = []
    for n in range(students):
        browser = Browser(base)
        browser.register(f"bench{n}@example.org", PASSWORD)
        csrf = browser.csrf_token("/")  # first: rendering the token may update the session cookie
        sessions.append({"cookie": browser.cookie_header(), "csrf": csrf})

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
        by_id = {q.id: q for q in questions}
        users = list(db.session.scalars(select(User).order_by(User.id)))
        for user, session in zip(users, sessions, strict=True):
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
            answers = []
            for attempt in attempts:
                for item in attempt.items:
                    question = by_id[item.question_id or 0]  # seeded items are all questions
                    typed = quote(question.answer) if question.type == "typed" else question.date  # a typed name, or the date
                    field = f"choice={rng.randint(1, len(item.options))}" if item.options else f"answer={typed}"
                    answers.append((f"/quiz/{attempt.id}/{item.position}", f"csrf_token={session['csrf']}&{field}"))
            session["answers"] = answers
        db.session.remove()
        db.engine.dispose()
    return sessions


def stored_state(database_url: str) -> dict[str, int]:
    """Answers and review cards read back from the database after a run."""
    from sqlalchemy import create_engine, text

    from quizapp.config import database_url as normalise

    engine = create_engine(normalise(database_url))
    with engine.connect() as conn:
        answers = conn.execute(text("SELECT count(*) FROM quiz_answers")).scalar_one()
        cards = conn.execute(text("SELECT count(*) FROM review_cards")).scalar_one()
        lost = conn.execute(
            text("SELECT count(*) FROM review_cards c WHERE c.reps <> (SELECT count(*) FROM review_logs l WHERE l.card_id = c.id)")
        ).scalar_one()
    engine.dispose()
    return {"answers": int(answers), "cards": int(cards), "cards_with_lost_updates": int(lost)}


def _cpu_seconds(pids: list[int]) -> float:
    """CPU time (user + system) used so far by processes ``pids``."""
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def _machine_seconds() -> tuple[float, float]:
    """CPU time used on the whole machine so far, busy and in all (from /proc/stat)."""
    with open("/proc/stat") as stat:
        ticks = [int(v) for v in stat.readline().split()[1:]]
    clock = os.sysconf("SC_CLK_TCK")
    return (sum(ticks) - ticks[3] - ticks[4]) / clock, sum(ticks) / clock


def measured(server: Server, lists: list[list[Request]], duration: int, wrap: bool = False) -> tuple[loadgen.RunResult, dict[str, float]]:
    """Run the load and say where the CPU went: microseconds per request in the server's workers, in the load
    generator (this process) and elsewhere (the database server, the kernel), and how busy the machine was."""
    workers = server.worker_pids()
    before = (_cpu_seconds(workers), time.process_time(), _machine_seconds())
    result = loadgen.run(server.base_url, lists, duration, wrap=wrap)
    after = (_cpu_seconds(workers), time.process_time(), _machine_seconds())
    done = max(1, sum(len(s.latencies_ms) for s in result.by_label.values()))
    busy, in_all = after[2][0] - before[2][0], after[2][1] - before[2][1]
    server_cpu, loadgen_cpu = after[0] - before[0], after[1] - before[1]
    cpu = {
        "server_workers_us": round(server_cpu / done * 1e6),
        "load_generator_us": round(loadgen_cpu / done * 1e6),
        "elsewhere_us": round(max(0.0, busy - server_cpu - loadgen_cpu) / done * 1e6),
        "machine_busy_percent": round(busy / in_all * 100, 1) if in_all else 0.0,
    }
    return result, cpu


def _lists(sessions: list[dict[str, Any]], connections: int, make: Any) -> list[list[Request]]:
    """One request list per connection; connection i plays student i mod len(sessions)."""
    return [make(sessions[i % len(sessions)]) for i in range(connections)]


def _pages(session: dict[str, Any]) -> list[Request]:
    return [Request("page", "GET", path, session["cookie"]) for path, _ in session["answers"][:50]]


def _answers(session: dict[str, Any]) -> list[Request]:
    return [Request("answer", "POST", path, session["cookie"], body) for path, body in session["answers"]]


def _student(session: dict[str, Any]) -> list[Request]:
    rows = []
    for path, body in session["answers"]:
        rows += [Request("page", "GET", path, session["cookie"]), Request("answer", "POST", path, session["cookie"], body)]
    return rows


def compare(kind: str, duration: int, connections: int, workers: int, threads: int) -> dict[str, Any]:
    """Hello baseline, question page and answer POST on one database, with the same server settings."""
    report: dict[str, Any] = {"database": kind, "workers": workers, "threads": threads, "connections": connections, "duration_s": duration}
    with scratch_database(kind) as url:
        env = app_env(url)
        flask(env, "db", "upgrade")
        flask(env, "bank", "load-default")
        with gunicorn("bench.hello_app:app", env, workers, threads) as hello:
            baseline, hello_cpu = measured(hello, [[Request("hello", "GET", "/")]] * connections, duration, wrap=True)
        with gunicorn("wsgi:app", env, workers, threads) as server:
            # one connection per student, so no two connections answer the same student's cards at once
            sessions = seed(url, server.base_url, connections, 150 * duration // connections * 8 + 20)
            pages, page_cpu = measured(server, _lists(sessions, connections, _pages), duration, wrap=True)
            before = stored_state(url)["answers"]
            posts, post_cpu = measured(server, _lists(sessions, connections, _answers), duration)
        after = stored_state(url)
    hello_row = {**baseline.summary("hello"), "cpu_per_request": hello_cpu}
    page_row = {**pages.summary("page"), "cpu_per_request": page_cpu}
    post_row = {**posts.summary("answer"), "cpu_per_request": post_cpu}
    acknowledged = posts.by_label["answer"].count("3")
    report.update(
        hello=hello_row,
        question_page=page_row,
        answer_post=post_row,
        question_page_ratio=round(page_row["rps"] / hello_row["rps"], 3),  # type: ignore[operator]
        answer_post_ratio=round(post_row["rps"] / hello_row["rps"], 3),  # type: ignore[operator]
        acknowledged_answers=acknowledged,
        stored_answers=after["answers"] - before,
        answers_match=acknowledged == after["answers"] - before,
        request_lists_ran_out=posts.exhausted_connections,
    )
    return report


class Derivations:
    """A teacher keeping ``jobs`` derivations going over HTTP until stopped; counts how they ended."""

    def __init__(self, url: str, base: str, jobs: int) -> None:
        from quizapp import create_app
        from quizapp.auth.models import Role
        from quizapp.auth.operations import create_user
        from quizapp.extensions import db

        app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench-secret"})
        with app.app_context():
            create_user("bench.teacher@example.org", PASSWORD, Role.TEACHER)
            db.engine.dispose()
        self.base, self.jobs = base, jobs
        self.text = (ROOT / "question_bank" / "sources" / "victor_serge.txt").read_text(encoding="utf-8")[:20_000]
        self.outcomes: dict[str, int] = {"done": 0, "failed": 0, "cancelled": 0, "refused": 0, "server_errors_5xx": 0}
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        browser = Browser(self.base)
        browser.request("/auth/login", {"email": "bench.teacher@example.org", "password": PASSWORD, "csrf_token": browser.csrf_token()})
        running: list[str] = []
        n = 0
        while not self.stopping.is_set():
            while len(running) < self.jobs:
                n += 1
                token = browser.csrf_token("/teacher/derive")
                status, location, _ = browser.request("/teacher/derive", {"title": f"Serge {n}", "text": self.text, "csrf_token": token})
                if status == 302:
                    running.append(location.replace(self.base, "") + "/status")
                else:
                    self.outcomes["server_errors_5xx" if status >= 500 else "refused"] += 1
                    break
            for path in list(running):
                status, _, body = browser.request(path)
                if status >= 500:
                    self.outcomes["server_errors_5xx"] += 1
                    continue
                state = json.loads(body)["state"]
                if state in ("done", "failed", "cancelled"):
                    self.outcomes[state] += 1
                    running.remove(path)
            self.stopping.wait(0.5)

    def __enter__(self) -> Derivations:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.thread.join(timeout=30)


def soak(kind: str, duration: int, connections: int, workers: int, threads: int, jobs: int = 0) -> dict[str, Any]:
    """Students viewing and answering for ``duration`` seconds (with ``jobs`` derivations going on); then every
    answer and card is checked."""
    report: dict[str, Any] = {"database": kind, "workers": workers, "threads": threads, "connections": connections, "duration_s": duration, "jobs": jobs}
    redis = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379")
    with scratch_database(kind) as url:
        extra = {"REDIS_URL": redis, "JOB_QUEUE_NAME": f"bench-{uuid.uuid4().hex[:8]}", "JOBS_PER_TEACHER": str(max(jobs, 1))} if jobs else {}
        env = app_env(url, RATELIMIT_STORAGE_URI=redis, **extra)
        flask(env, "db", "upgrade")
        flask(env, "bank", "load-default")
        worker = subprocess.Popen([str(BIN / "flask"), "worker"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) if jobs else None
        try:
            with gunicorn("wsgi:app", env, workers, threads) as server:
                sessions = seed(url, server.base_url, connections, 60 * duration // connections * 8 + 20)
                if jobs:
                    with Derivations(url, server.base_url, jobs) as derivations:
                        time.sleep(5)  # the worker has loaded spaCy and the first derivations run
                        result = loadgen.run(server.base_url, _lists(sessions, connections, _student), duration)
                    report["derivations"] = derivations.outcomes
                else:
                    result = loadgen.run(server.base_url, _lists(sessions, connections, _student), duration)
        finally:
            if worker is not None:
                worker.send_signal(signal.SIGTERM)
                try:
                    worker.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    worker.kill()
        state = stored_state(url)
    acknowledged = result.by_label["answer"].count("3")
    all_requests = [s for s in result.by_label.values()]
    report.update(
        pages=result.summary("page"),
        answers=result.summary("answer"),
        requests_per_second=round(sum(len(s.latencies_ms) for s in all_requests) / result.seconds, 1),
        answers_per_second=round(acknowledged / result.seconds, 1),
        acknowledged_answers=acknowledged,
        stored_answers=state["answers"],
        answers_match=acknowledged == state["answers"],
        review_cards=state["cards"],
        cards_with_lost_updates=state["cards_with_lost_updates"],
        server_errors_5xx=sum(s.count("5") for s in all_requests),
        connection_errors=sum(s.errors for s in all_requests),
        request_lists_ran_out=result.exhausted_connections,
    )
    return report


def main() -> int:
    """Run the chosen scenario on each database and print the report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scenario", choices=["compare", "soak"], nargs="?", default="compare")
    parser.add_argument("--db", nargs="+", choices=["sqlite", "postgres"], default=["sqlite", "postgres"])
    parser.add_argument("--duration", type=int)
    parser.add_argument("--connections", type=int)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    parser.add_argument("--jobs", type=int, default=0, help="soak: derivations kept running through the Redis job queue")
    args = parser.parse_args()
    duration = args.duration or (15 if args.scenario == "compare" else 60)
    connections = args.connections or (16 if args.scenario == "compare" else 64)
    if args.scenario == "compare":
        reports = [compare(kind, duration, connections, args.workers, args.threads) for kind in args.db]
    else:
        reports = [soak(kind, duration, connections, args.workers, args.threads, args.jobs) for kind in args.db]
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"{args.scenario}-{datetime.now(UTC):%Y%m%dT%H%M%S}.json"
    out.write_text(json.dumps(reports, indent=2))
    print(json.dumps(reports, indent=2))
    print(f"report: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
