"""The gold-fact coverage rule of the development corpus (see tests/bank/corpus/SOURCES.md)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from quizapp.bank.types import QuestionBank


def fold(text: str) -> str:
    """Lower-case, strip accents and squeeze spaces."""
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def name_key(text: str) -> str:
    """Compare names without case, accents, a leading "the" or punctuation."""
    folded = re.sub(r"[^\w\s]", " ", fold(text))
    folded = " ".join(folded.split())
    return folded[4:] if folded.startswith("the ") else folded


def _stands(phrase: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(fold(phrase))}(?!\w)", fold(text)) is not None


def covered(fact: dict[str, Any], bank: QuestionBank) -> bool:
    """Is there a question with the fact's answer (or an alternative) whose prompt or source holds every context?"""
    answers = {name_key(a) for a in [fact["answer"], *fact.get("alt", [])]}
    for q in bank.questions:
        if fact["kind"] == "date":
            if q.date != fact["answer"] and name_key(q.answer) not in answers:
                continue
        elif name_key(q.answer) not in answers:
            continue
        if all(_stands(c, q.prompt) or _stands(c, q.source_sentence) for c in fact["context"]):
            return True
    return False


_WH = re.compile(r"^(?:[^?]*, )?(?:Who|who|Where|When) [^?]+\?$")


def is_wh_question(prompt: str) -> bool:
    """Is a prompt a well-formed wh-question ("Who ...?", "Where was ...?", "On 1 May, who ...?"), with no blank?"""
    return "____" not in prompt and _WH.match(prompt) is not None and not re.match(r"(?:Who|Where|When) and\b", prompt)
