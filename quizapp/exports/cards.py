"""Flashcards from questions: the front, the back, a stable GUID and Anki-safe tags (shared by CSV and .apkg)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

import genanki

from quizapp.bank.partial_dates import format_partial
from quizapp.bank.types import BankQuestion, QuestionType

GUID_NAMESPACE = "quizapp"


@dataclass(frozen=True)
class Flashcard:
    """One Anki note: HTML ``front`` and ``back``, a GUID stable across exports, tags without spaces."""

    guid: str
    front: str
    back: str
    tags: tuple[str, ...]


def card_guid(set_key: str, question_id: str) -> str:
    """The note GUID of a question: the same set key and question id always give the same GUID.

    Args:
        set_key: the set's stable key (its slug).
        question_id: the question's interchange id (stable across re-imports of the set).

    Returns:
        A short base91 GUID as Anki and genanki write them.
    """
    return str(genanki.guid_for(GUID_NAMESPACE, set_key, question_id))


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


def flashcard(question: BankQuestion, *, set_key: str, set_tag: str | None = None) -> Flashcard:
    """Turn a question into a flashcard.

    The front is the prompt, with the lettered options for a multiple-choice question; the back is the
    answer (a date in words) and the source sentence.

    Args:
        question: the question.
        set_key: the set's stable key for the GUID (its slug).
        set_tag: a tag naming the set (default ``set_key``).

    Returns:
        The flashcard.
    """
    front = html_text(question.prompt)
    if question.type is QuestionType.MULTIPLE_CHOICE:
        items = "".join(f"<li>{html_text(option)}</li>" for option in choice_options(question))
        front += f'<ol type="A">{items}</ol>'
    answer = question.answer or format_partial(question.date or "")
    back = f"<b>{html_text(answer)}</b>"
    if question.source_sentence:
        back += f"<br><br><i>{html_text(question.source_sentence)}</i>"
    tags = [anki_tag(set_tag or set_key), *(anki_tag(tag) for tag in question.tags)]
    unique = tuple(dict.fromkeys(tag for tag in tags if tag))
    return Flashcard(guid=card_guid(set_key, question.id), front=front, back=back, tags=unique)


def flashcards(questions: Iterable[BankQuestion], *, set_key: str, set_tag: str | None = None) -> list[Flashcard]:
    """``flashcard`` for each question of one set.

    Args:
        questions: the set's questions.
        set_key: the set's slug.
        set_tag: a tag naming the set (default ``set_key``).

    Returns:
        The flashcards, in the questions' order.
    """
    return [flashcard(question, set_key=set_key, set_tag=set_tag) for question in questions]
