"""Stand-ins for the spaCy derivation, importable by name (``DERIVE_FUNCTION``) in job processes and workers."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from quizapp.bank.types import QuestionBank

Progress = Callable[[int, int], None] | None


def _bank(title: str) -> QuestionBank:
    from tests.conftest import sample_bank

    return sample_bank(title)


def quick_derive(text: str, *, title: str, source: str, progress: Progress = None) -> QuestionBank:
    """Three progress steps, then the sample bank; a text containing FAIL fails with a reason."""
    if "FAIL" in text:
        raise ValueError("The text is too short to derive questions from.")
    for done in range(1, 4):
        if progress:
            progress(done, 3)
    return _bank(title)


def slow_derive(text: str, *, title: str, source: str, progress: Progress = None) -> QuestionBank:
    """Four steps of ``FAKE_DERIVE_STEP_SECONDS`` (default 0.5 s) each, reporting progress, then the sample bank.

    With ``FAKE_DERIVE_PID_FILE`` set, the process writes its pid there first (a fault test kills it).
    """
    pid_file = os.environ.get("FAKE_DERIVE_PID_FILE")
    if pid_file and title != "warm-up":
        with open(pid_file, "a") as handle:
            handle.write(f"{os.getpid()}\n")
    step = float(os.environ.get("FAKE_DERIVE_STEP_SECONDS", "0.5"))
    for done in range(1, 5):
        if title != "warm-up":
            time.sleep(step)
        if progress:
            progress(done, 4)
    return _bank(title)
