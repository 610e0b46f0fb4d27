"""How much of the hand-written gold list of facts of the default text the derived bank asks about."""

from __future__ import annotations

import json
from pathlib import Path

from quizapp.bank.types import QuestionBank
from tests.bank.gold import covered

GOLD = Path(__file__).with_name("gold_victor_serge.json")
THRESHOLD = 0.74  # measured 0.744 (67 of 90) with the general pipeline (0.91 with rules fitted to this text). A bank
# and the secret police whose options were bodies of other sorts, and "The gang murdered ..." (which gang, only the
# sentence before says) are no longer asked, nor, in a text of over 5,000 words, a person it names once with nothing
# said of their calling (Peter Lavrov), nor Belgium after "a member of the Belgian government" (a giveaway); raise it
# as the generator improves


def test_recall_of_gold_facts(serge_bank: QuestionBank) -> None:
    """Does the bank ask about at least the threshold share of the gold facts?"""
    facts = json.loads(GOLD.read_text(encoding="utf-8"))["facts"]
    missed = [f"{f['kind']}: {f['answer']} {f['context']}" for f in facts if not covered(f, serge_bank)]
    recall = 1 - len(missed) / len(facts)
    assert recall >= THRESHOLD, f"recall {recall:.2f} below {THRESHOLD}; missed: {missed}"


def test_every_kind_of_gold_fact_is_asked(serge_bank: QuestionBank) -> None:
    """Is every kind of fact (dates, people, places, organisations, works, numbers) asked about at least once?"""
    facts = json.loads(GOLD.read_text(encoding="utf-8"))["facts"]
    kinds = {f["kind"] for f in facts if covered(f, serge_bank)}
    assert kinds == {"date", "person", "place", "org", "work", "number"}


def test_enough_questions(serge_bank: QuestionBank) -> None:
    """Does the default text give at least 100 questions?"""
    assert len(serge_bank.questions) >= 100
