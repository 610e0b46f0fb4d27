"""Benchmark derive_bank: time and peak memory on the default text and on a 1 MB text built at run time.

Run: .venv/bin/python bench/derive_bench.py   (each case runs in a fresh process so peaks are separate)
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "question_bank" / "sources" / "victor_serge.txt"
TARGET_BYTES = 1_000_000


def big_text() -> str:
    """Build a text of about 1 MB by repeating the default text with its names and years varied."""
    base = SOURCE.read_text(encoding="utf-8")
    parts: list[str] = []
    size, i = 0, 0
    while size < TARGET_BYTES:
        varied = base.replace("Serge", f"Serge{chr(65 + i % 26)}").replace("19", str(17 + i % 3))
        parts.append(f"Part {i + 1}\n\n{varied}")
        size += len(parts[-1].encode("utf-8"))
        i += 1
    return "\n\n".join(parts)


def run_case(case: str) -> dict[str, float | int | str]:
    """Time one derivation in this process (model load included) and report its peak RSS."""
    start = time.perf_counter()
    from quizapp.bank.derive import derive_bank

    text = SOURCE.read_text(encoding="utf-8") if case == "default" else big_text()
    bank = derive_bank(text, title="bench", source=case)
    elapsed = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime
    own = usage.ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # spaCy workers, if any
    return {"case": case, "bytes": len(text.encode("utf-8")), "seconds": round(elapsed, 2), "cpu_seconds": round(cpu, 2),
            "peak_rss_mb": round(max(own, children), 1),
            "questions": len(bank.questions)}


def main() -> None:
    """Run each case in a fresh interpreter and print the figures."""
    if len(sys.argv) == 2:
        print(json.dumps(run_case(sys.argv[1])))
        return
    for case in ("default", "1mb"):
        out = subprocess.run([sys.executable, __file__, case], capture_output=True, text=True, check=True,
                             cwd=ROOT)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['case']:>8}: {r['bytes']:>9,} bytes  {r['seconds']:>6.2f} s wall  {r['cpu_seconds']:>6.2f} s CPU"
              f"  peak RSS {r['peak_rss_mb']:.0f} MB  {r['questions']} questions")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
