"""The baseline for load benchmarks: a bare Flask app that answers "hello", served like quizapp."""

from flask import Flask

app = Flask(__name__)


@app.route("/")
def hello() -> str:
    """Answer with a word."""
    return "hello"


@app.route("/healthz")
def healthz() -> tuple[dict[str, str], int]:
    """Ready probe, like quizapp's."""
    return {"status": "ok"}, 200
