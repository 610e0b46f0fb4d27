"""Helpers shared by the benchmarks and the process-level tests: scratch databases, gunicorn, logins."""

from __future__ import annotations

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PG_ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
USER_AGENT = "quizapp-bench"  # the session is bound to it; bench/loadgen.py sends the same


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def scratch_database(kind: str, postgres_url: str = PG_ADMIN_URL) -> Iterator[str]:
    """A new empty database: a SQLite file in a temporary folder, or a new PostgreSQL database (created through
    ``postgres_url``) dropped afterwards."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{folder}/scratch.sqlite3"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from quizapp.config import database_url

    url = make_url(database_url(postgres_url))
    name = f"quizapp_scratch_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def app_env(database_url: str, **extra: str) -> dict[str, str]:
    """The environment a quizapp process gets in a benchmark."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        SECRET_KEY="bench-secret",
        LOGIN_RATE_LIMIT="100000 per minute",
        LOGIN_ACCOUNT_RATE_LIMIT="100000 per minute",
        REGISTER_RATE_LIMIT="100000 per minute",
        FLASK_APP="quizapp",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def flask(env: dict[str, str], *args: str) -> str:
    """Run a ``flask`` command for the app and return its output; raise if it fails."""
    done = subprocess.run([str(BIN / "flask"), *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"flask {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


@dataclass
class Server:
    """A running gunicorn."""

    process: subprocess.Popen[bytes]
    base_url: str

    def worker_pids(self) -> list[int]:
        """The pids of the master's worker processes."""
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(self.process.pid)], capture_output=True, text=True, check=False)
        return [int(pid) for pid in out.stdout.split()]


@contextmanager
def gunicorn(app: str, env: dict[str, str], workers: int, threads: int = 1, log: Path | None = None) -> Iterator[Server]:
    """Serve ``app`` (e.g. ``wsgi:app``) with gunicorn on a free loopback port until the block ends."""
    port = free_port()
    command = [
        str(BIN / "gunicorn"), "--workers", str(workers), "--threads", str(threads), "--bind", f"127.0.0.1:{port}",
        "--timeout", "60", "--graceful-timeout", "5", "--log-level", "warning", "--chdir", str(ROOT), app,
    ]
    output = open(log or os.devnull, "ab")  # noqa: SIM115 - closed below
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base + "/healthz", process)
        yield Server(process, base)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        output.close()


def wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    """Wait until ``url`` answers 200."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback only
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not become ready")


def csrf_token_in(page: str) -> str:
    """The CSRF token of the (first) form in an HTML page."""
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page) or re.search(r'value="([^"]+)"[^>]*name="csrf_token"', page)
    if not match:
        raise RuntimeError("no CSRF token on the page")
    return match.group(1)


class Browser:
    """A tiny cookie-keeping HTTP client for setting up benchmarks (not for load)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())
        self.opener.addheaders = [("User-Agent", USER_AGENT)]  # the session is bound to it (session_protection)

    def request(self, path: str, data: dict[str, str] | None = None) -> tuple[int, str, str]:
        """GET (or POST ``data``) and return status, Location and body."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(self.base + path, data=body, timeout=30) as response:
                return response.status, response.headers.get("Location", ""), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Location", ""), error.read().decode()

    def csrf_token(self, path: str = "/auth/login") -> str:
        """The CSRF token of the form on ``path``."""
        _, _, page = self.request(path)
        return csrf_token_in(page)

    def register(self, email: str, password: str) -> None:
        """Create a student account and stay logged in."""
        token = self.csrf_token("/auth/register")
        status, _, body = self.request("/auth/register", {"email": email, "password": password, "confirm": password, "csrf_token": token})
        if status != 302:
            raise RuntimeError(f"registration failed ({status}): {body[:300]}")

    def cookie_header(self) -> str:
        """The Cookie header this client would send."""
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None
