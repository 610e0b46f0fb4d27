"""The benchmarks still run and keep their accounting: a short run of each (no figure is checked for speed)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from bench import load_bench, page_cost

pytestmark = pytest.mark.skipif(bool(os.environ.get("TEST_DATABASE_URL")), reason="run once, in the SQLite pass of the suite")


@pytest.fixture()
def restored_environ() -> Iterator[None]:
    """The benchmarks configure the app through the environment: give the suite its own back afterwards."""
    saved = dict(os.environ)
    yield
    os.environ.clear()
    os.environ.update(saved)


@pytest.mark.usefixtures("restored_environ")
def test_compare_stores_every_acknowledged_answer_and_says_where_the_cpu_went() -> None:
    """Does a one-second ``compare`` on SQLite report every phase, with stored answers equal to acknowledged?"""
    report = load_bench.compare("sqlite", duration=1, connections=2, workers=1, threads=1)
    assert report["acknowledged_answers"] > 0
    assert report["answers_match"] is True
    for phase in ("hello", "question_page", "answer_post"):
        row = report[phase]
        assert row["rps"] > 0 and row["connection_errors"] == 0
        cpu = row["cpu_per_request"]
        assert set(cpu) == {"server_workers_us", "load_generator_us", "elsewhere_us", "machine_busy_percent"}
        assert cpu["server_workers_us"] + cpu["load_generator_us"] > 0
    assert report["question_page"]["statuses"] == {"200": report["question_page"]["requests"]}


@pytest.mark.usefixtures("restored_environ")
def test_page_cost_times_every_stage() -> None:
    """Does ``page_cost`` time each stage of the question page, each request answering as expected?"""
    report = page_cost.measure("sqlite", requests=30)
    stages = report["microseconds_per_request"]
    assert list(stages) == [
        "hello (bare Flask)",
        "logged-in view returning a word",
        "... reading the quiz item",
        "... rendering the base template only",
        "question page",
        "answer POST",
    ]
    assert all(value > 0 for value in stages.values())
