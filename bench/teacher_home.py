"""The teacher's home page with 20 sets derived from 1 MB texts: time per ``GET /teacher/`` and memory.

Builds a scratch database (SQLite file, or PostgreSQL with ``--db postgres``), migrates it, stores 20 sets
each with a 1 MB source text and 1,000 questions for one teacher, then calls the page in-process
(``app.test_client()``, no HTTP) and reports the median and 95th percentile time per request, the process's
resident memory before and after the timed requests, and the largest Python allocation of one request.

    .venv/bin/python bench/teacher_home.py [--db sqlite|postgres] [--sets 20] [--text-mb 1] [--requests 200]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import app_env, flask, scratch_database  # noqa: E402

PASSWORD = "bench password 1"
SENTENCE = "In {year} the delegates of the {n}th congress met in Lille and voted on the motion put by the committee. "


def rss_mb() -> float:
    """This process's resident memory in MB (from /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _bank(n: int, questions: int) -> Any:
    from quizapp.bank.types import AnswerKind, BankQuestion, QuestionBank, QuestionType

    items = tuple(
        BankQuestion(
            id=f"q-{n}-{i}", type=QuestionType.MULTIPLE_CHOICE, prompt=f"In {1800 + i % 200} the {i}th congress met in ____.",
            answer="Lille", distractors=("Paris", "Lyon", "Rouen"), answer_kind=AnswerKind.PLACE,
            source_sentence=SENTENCE.format(year=1800 + i % 200, n=i) * 2, tags=("place",),
        )
        for i in range(questions)
    )
    return QuestionBank(title=f"Congress history {n:02d}", source=f"congress-{n}.txt", questions=items)


def measure(kind: str, sets: int, text_mb: float, questions: int, requests: int) -> dict[str, Any]:
    """Time the teacher home page on one database."""
    with scratch_database(kind) as url:
        env = app_env(url)
        flask(env, "db", "upgrade")
        os.environ.update(env)
        from quizapp import create_app
        from quizapp.auth.models import Role
        from quizapp.auth.operations import create_user
        from quizapp.extensions import db
        from quizapp.sets.operations import import_bank

        app = create_app({"WTF_CSRF_ENABLED": False})
        text = (SENTENCE.format(year=1900, n=1) * (int(text_mb * 1024 * 1024) // len(SENTENCE) + 1))[: int(text_mb * 1024 * 1024)]
        with app.app_context():
            teacher = create_user("home@example.org", PASSWORD, Role.TEACHER)
            for n in range(sets):
                import_bank(_bank(n, questions), f"congress-{n}", owner_id=teacher.id, source_text=text, published=n % 2 == 0)
            db.session.remove()
        client = app.test_client()
        assert client.post("/auth/login", data={"email": "home@example.org", "password": PASSWORD}).status_code == 302
        for _ in range(20):
            page = client.get("/teacher/")
            assert page.status_code == 200 and page.text.count("Congress history") == sets
        rss_before = rss_mb()
        times = []
        for _ in range(requests):
            started = time.perf_counter()
            client.get("/teacher/")
            times.append((time.perf_counter() - started) * 1000)
        rss_after = rss_mb()
        tracemalloc.start()
        client.get("/teacher/")
        peak = tracemalloc.get_traced_memory()[1] / 1024
        tracemalloc.stop()
        with app.app_context():
            db.engine.dispose()
        times.sort()
        return {
            "db": kind, "sets": sets, "text_mb": text_mb, "questions_per_set": questions, "requests": requests,
            "median_ms": round(statistics.median(times), 2), "p95_ms": round(times[int(0.95 * len(times)) - 1], 2),
            "max_ms": round(times[-1], 2), "rss_before_mb": round(rss_before, 1), "rss_after_mb": round(rss_after, 1),
            "peak_python_kb_per_request": round(peak, 1),
        }


def main() -> None:
    """Parse the options, measure and print one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--sets", type=int, default=20)
    parser.add_argument("--text-mb", type=float, default=1.0)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    print(json.dumps(measure(args.db, args.sets, args.text_mb, args.questions, args.requests)))


if __name__ == "__main__":
    main()
