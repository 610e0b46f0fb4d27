"""Shared fixtures of the question-bank tests: the spaCy model, the default text's bank and the corpus banks, built once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from quizapp.bank.derive import derive_bank
from quizapp.bank.nlp.parse import load_model
from quizapp.bank.types import QuestionBank

ROOT = Path(__file__).resolve().parents[2]
SERGE = ROOT / "question_bank" / "sources" / "victor_serge.txt"
CORPUS = Path(__file__).with_name("corpus")
NAMES = sorted(p.name.removesuffix(".gold.json") for p in CORPUS.glob("*.gold.json"))


@dataclass(frozen=True)
class CorpusText:
    """One text of the development corpus, its gold facts and pronouns, and the bank derived from it."""

    name: str
    text: str
    facts: list[dict[str, Any]]
    pronouns: list[dict[str, Any]]
    bank: QuestionBank


def title_of(name: str) -> str:
    """The title a teacher would give a corpus text: "wiki_joan_of_arc" -> "Joan of Arc"."""
    small = {"of", "the", "and", "de", "du"}
    return " ".join(w if w in small or w.isdigit() else w.capitalize() for w in name.split("_")[1:])


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The spaCy pipeline, loaded once per session."""
    return load_model()


@pytest.fixture(scope="session")
def serge_text() -> str:
    """The default source text."""
    return SERGE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def serge_bank(nlp: Any, serge_text: str) -> QuestionBank:
    """The bank derived from the default text."""
    return derive_bank(serge_text, title="Victor Serge", source="victor_serge.txt")


@pytest.fixture(scope="session")
def corpus(nlp: Any) -> dict[str, CorpusText]:
    """Every corpus text with its gold and its derived bank (titled as a teacher would title it)."""
    out: dict[str, CorpusText] = {}
    for name in NAMES:
        gold = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
        text = (CORPUS / gold["text"]).read_text(encoding="utf-8")
        pronoun_file = CORPUS / f"{name}.pronouns.json"
        pronouns = json.loads(pronoun_file.read_text(encoding="utf-8"))["items"] if pronoun_file.exists() else []
        bank = derive_bank(text, title=title_of(name), source=gold["text"])
        out[name] = CorpusText(name, text, gold["facts"], pronouns, bank)
    return out
