"""A small asyncio HTTP/1.1 load generator: one coroutine per connection replays its own list of requests.

Unlike a time-cut tool it stops *issuing* at the deadline and then waits for every request in flight, so each
request sent is counted with its status: stored answers can be compared exactly with acknowledged ones.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

USER_AGENT = "quizapp-bench"


@dataclass(frozen=True)
class Request:
    """One prepared request; ``label`` groups results (e.g. "page", "answer")."""

    label: str
    method: str
    path: str
    cookie: str = ""
    body: str = ""


@dataclass
class Stats:
    """Results of one label."""

    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0

    def percentile(self, p: float) -> float:
        """The p-th percentile of the latencies (nearest rank)."""
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]

    def count(self, first_digit: str) -> int:
        """Responses whose status starts with ``first_digit``."""
        return sum(n for code, n in self.statuses.items() if str(code)[0] == first_digit)


@dataclass
class RunResult:
    """What a run measured, per label, over ``seconds``."""

    seconds: float
    by_label: dict[str, Stats]
    exhausted_connections: int
    outcomes: list[tuple[Request, int | None]] = field(default_factory=list)

    def summary(self, label: str) -> dict[str, object]:
        """JSON-ready figures of one label."""
        stats = self.by_label.get(label, Stats())
        done = len(stats.latencies_ms)
        return {
            "requests": done,
            "rps": round(done / self.seconds, 1),
            "p50_ms": round(stats.percentile(50), 2),
            "p99_ms": round(stats.percentile(99), 2),
            "statuses": {str(k): v for k, v in sorted(stats.statuses.items())},
            "connection_errors": stats.errors,
        }


def _encode(host: str, request: Request) -> bytes:
    lines = [f"{request.method} {request.path} HTTP/1.1", f"Host: {host}", f"User-Agent: {USER_AGENT}", "Connection: keep-alive"]
    if request.cookie:
        lines.append(f"Cookie: {request.cookie}")
    body = request.body.encode()
    if request.method == "POST":
        lines += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Read one response; return its status and whether the server will close the connection."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readline()).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.read()
        return status, True
    return status, headers.get("connection", "").lower() == "close"


async def _connection(
    host: str, port: int, requests: list[Request], deadline: float, wrap: bool, results: dict[str, Stats], outcomes: list[tuple[Request, int | None]]
) -> bool:
    """Replay ``requests`` until the deadline; return True if the list ran out first."""
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    index = 0
    try:
        while time.monotonic() < deadline:
            if index >= len(requests):
                if not wrap:
                    return True
                index = 0
            request = requests[index]
            index += 1
            stats = results.setdefault(request.label, Stats())
            started = time.perf_counter()
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(host, port)
                assert reader is not None
                writer.write(_encode(f"{host}:{port}", request))
                await writer.drain()
                status, close = await asyncio.wait_for(_read_response(reader), timeout=30)
            except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError):
                stats.errors += 1
                outcomes.append((request, None))
                if writer is not None:
                    writer.close()
                reader = writer = None
                continue
            stats.latencies_ms.append((time.perf_counter() - started) * 1000)
            stats.statuses[status] = stats.statuses.get(status, 0) + 1
            outcomes.append((request, status))
            if close:
                writer.close()
                reader = writer = None
    finally:
        if writer is not None:
            writer.close()
    return False


def run(base_url: str, lists: list[list[Request]], duration: float, wrap: bool = False) -> RunResult:
    """Replay one request list per connection against ``base_url`` for ``duration`` seconds.

    Args:
        base_url: ``http://127.0.0.1:PORT``.
        lists: one list per connection, replayed in order.
        duration: seconds after which no new request is sent (those in flight are awaited).
        wrap: start a list again when it runs out (for idempotent GETs).
    """
    host, port = base_url.removeprefix("http://").split(":")

    async def main() -> RunResult:
        results: dict[str, Stats] = {}
        outcomes: list[tuple[Request, int | None]] = []
        started = time.monotonic()
        deadline = started + duration
        exhausted = await asyncio.gather(*(_connection(host, int(port), rows, deadline, wrap, results, outcomes) for rows in lists))
        return RunResult(time.monotonic() - started, results, sum(exhausted), outcomes)

    # a thread of its own: the caller may already run an event loop (Playwright's sync API does, in tests)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(main())).result()
