"""Derive a bank from every corpus text and report recall of its gold facts; optionally print a seeded sample.

Run: .venv/bin/python bench/corpus_eval.py [--sample N] [--seed S] [--only NAME] [--missed]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "bank" / "corpus"


def main() -> None:
    """Derive, score and sample each corpus text."""
    sys.path.insert(0, str(ROOT))
    from quizapp.bank.derive import derive_bank
    from tests.bank.conftest import title_of
    from tests.bank.gold import covered

    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--only", default="")
    parser.add_argument("--missed", action="store_true")
    args = parser.parse_args()
    golds = sorted(CORPUS.glob("*.gold.json"))
    total_hit = total = 0
    for gold_path in golds:
        name = gold_path.name.removesuffix(".gold.json")
        if args.only and args.only not in name:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (gold_path.parent / gold["text"]).read_text(encoding="utf-8")
        started = time.perf_counter()
        bank = derive_bank(text, title=gold.get("title", title_of(name)), source=gold["text"])
        seconds = time.perf_counter() - started
        hits = [f for f in gold["facts"] if covered(f, bank)]
        total_hit += len(hits)
        total += len(gold["facts"])
        print(f"{name:32} recall {len(hits) / len(gold['facts']):.2f} ({len(hits)}/{len(gold['facts'])})"
              f"  {len(bank.questions)} questions  {seconds:.1f} s")
        if args.missed:
            for f in gold["facts"]:
                if f not in hits:
                    print(f"    MISSED {f['kind']}: {f['answer']} {f['context']}\n        {f['sentence'][:160]}")
        if args.sample:
            rng = random.Random(args.seed)
            for q in rng.sample(list(bank.questions), min(args.sample, len(bank.questions))):
                print(f"  [{q.answer_kind.value}] {q.prompt}\n      -> {q.answer} | {' / '.join(q.distractors)}")
    if total:
        print(f"{'all':32} recall {total_hit / total:.2f} ({total_hit}/{total})")


if __name__ == "__main__":
    main()
