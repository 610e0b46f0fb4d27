"""Benchmark personal FSRS parameters: on synthetic students with known parameters, held-out log loss and RMSE
with fsrs's defaults and with parameters fitted (fsrs-rs) on the earlier reviews.

Run: .venv/bin/python bench/fsrs_params_bench.py [--students 40] [--days 90] [--new-per-day 12]
Writes bench/results/fsrs-params-<time>.json and prints a table (the README quotes it).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic_students import simulate, true_parameters  # noqa: E402
from quizapp.study.optimizer import NotEnoughReviews, fit_student  # noqa: E402


def run(students: int, days: int, new_per_day: int, seed: int) -> dict[str, object]:
    """Simulate and fit every student; the per-student figures and their means."""
    rows = []
    for index in range(students):
        rng = random.Random(seed * 1000 + index)
        parameters = true_parameters(rng)
        log = simulate(parameters, days, new_per_day, rng)
        started = time.perf_counter()
        try:
            fit = fit_student(log, UTC)
        except NotEnoughReviews as error:
            rows.append({"student": index, "reviews": len(log), "skipped": str(error)})
            continue
        rows.append({
            "student": index, "reviews": len(log), "held_out_items": fit.default.items,
            "log_loss_default": fit.default.log_loss, "log_loss_personal": fit.personal.log_loss,
            "rmse_default": fit.default.rmse, "rmse_personal": fit.personal.rmse,
            "fit_seconds": time.perf_counter() - started,
        })
    fitted = [r for r in rows if "skipped" not in r]

    def mean(key: str) -> float:
        return statistics.fmean(float(r[key]) for r in fitted)  # type: ignore[arg-type]

    summary = {
        "students": students, "fitted": len(fitted), "days": days, "new_per_day": new_per_day, "seed": seed,
        "mean_reviews": mean("reviews"), "mean_held_out_items": mean("held_out_items"),
        "log_loss_default": mean("log_loss_default"), "log_loss_personal": mean("log_loss_personal"),
        "rmse_default": mean("rmse_default"), "rmse_personal": mean("rmse_personal"),
        "students_better_log_loss": sum(1 for r in fitted if r["log_loss_personal"] < r["log_loss_default"]),  # type: ignore[operator]
        "mean_fit_seconds": mean("fit_seconds"),
    }
    return {"summary": summary, "students": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--new-per-day", type=int, default=12)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    result = run(args.students, args.days, args.new_per_day, args.seed)
    out = ROOT / "bench" / "results" / f"fsrs-params-{datetime.now(UTC):%Y%m%dT%H%M%S}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    s = result["summary"]
    assert isinstance(s, dict)
    print(f"{s['fitted']} of {s['students']} synthetic students, {s['days']} days, {s['new_per_day']} new cards a day, "
          f"{s['mean_reviews']:.0f} reviews each on average, {s['mean_held_out_items']:.0f} held-out reviews each")
    print("| parameters | log loss | RMSE (bins) |")
    print("|---|---|---|")
    print(f"| fsrs defaults | {s['log_loss_default']:.4f} | {s['rmse_default']:.4f} |")
    print(f"| personal (fitted on earlier reviews) | {s['log_loss_personal']:.4f} | {s['rmse_personal']:.4f} |")
    print(f"personal log loss lower for {s['students_better_log_loss']} of {s['fitted']} students; "
          f"fit (two fits and two evaluations) {s['mean_fit_seconds'] * 1000:.0f} ms per student; written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
