"""Flashcard text helpers shared by the cloze notes: HTML-safe fields, Anki-safe tags, options in a fixed order."""

from __future__ import annotations

import html
import re
from quizapp.bank.types import BankQuestion

GUID_NAMESPACE = "quizapp"


def html_text(text: str) -> str:
    """Escape user text for an HTML field and turn line breaks into ``<br>``.

    Args:
        text: plain text, possibly with ``<``, ``&`` or newlines.

    Returns:
        HTML that shows the text as written.
    """
    escaped = html.escape(text.replace("\r\n", "\n").replace("\r", "\n"), quote=False)
    return escaped.replace("\n", "<br>")


def anki_tag(text: str) -> str:
    """One tag as Anki reads it: whitespace becomes ``_`` (Anki splits tags on whitespace).

    Args:
        text: a tag, such as ``Russian Revolution``.

    Returns:
        ``Russian_Revolution``; an empty string for a blank tag.
    """
    return re.sub(r"\s+", "_", text.strip())


def choice_options(question: BankQuestion) -> list[str]:
    """The options of a multiple-choice card in a fixed order that does not give the answer away.

    Args:
        question: a multiple-choice question.

    Returns:
        The answer and distractors sorted case-insensitively.
    """
    return sorted([question.answer, *question.distractors], key=lambda option: (option.casefold(), option))
