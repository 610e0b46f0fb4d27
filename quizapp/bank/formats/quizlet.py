"""Quizlet's export (``term<TAB>definition``, one card a line): reading it into multiple-choice questions and
writing a bank in it.

Each card becomes a question whose prompt is the definition and whose answer is the term (terms are short, so
they make good options); its three distractors are other terms of the set, drawn with a generator seeded by the
card's own content, so the same file always gives the same questions. Quizlet lets the exporter choose the
separators: tab or comma between term and definition, new line or semicolon between cards (or any text).
"""

from __future__ import annotations

import hashlib
import random
from typing import Any

from quizapp.bank.formats.foreign import finish_bank
from quizapp.bank.types import QuestionBank, QuestionType, RowProblem

TERM_SEPARATORS = {"tab": "\t", "comma": ","}
ROW_SEPARATORS = {"newline": "\n", "semicolon": ";"}
DISTRACTORS = 3
MIN_CARDS = DISTRACTORS + 1
_SPACE = " \n\r\f\v"  # not the tab, which separates term and definition


def _rows(text: str, row_separator: str) -> list[tuple[int, str]]:
    """The non-empty rows with the line each starts on."""
    rows: list[tuple[int, str]] = []
    offset = 0
    for row in text.split(row_separator):
        if row.strip():
            leading = len(row) - len(row.lstrip(_SPACE))
            rows.append((text.count("\n", 0, offset + leading) + 1, row.strip(_SPACE)))
        offset += len(row) + len(row_separator)
    return rows


def distractors_for(term: str, definition: str, terms: list[str], count: int = DISTRACTORS) -> list[str]:
    """Other terms of the set as wrong options, drawn with a generator seeded by this card's content.

    Args:
        term: the card's term (the right answer).
        definition: the card's definition.
        terms: every term of the set.
        count: how many to draw.

    Returns:
        Up to ``count`` distinct terms, none equal to ``term`` (ignoring case).
    """
    seen: dict[str, str] = {}
    for other in terms:
        key = other.casefold()
        if key != term.casefold() and key not in seen:
            seen[key] = other
    pool = sorted(seen.values())
    seed = int.from_bytes(hashlib.sha256(f"{term}\x1f{definition}".encode()).digest()[:8], "big")
    return random.Random(seed).sample(pool, min(count, len(pool)))


def read(text: str, *, title: str, source: str = "", term_separator: str = "\t", row_separator: str = "\n") -> QuestionBank:
    """Read a Quizlet export into a bank of multiple-choice questions.

    Args:
        text: the decoded file.
        title: the set's title.
        source: where the cards came from (a file name).
        term_separator: between term and definition (tab by default; the first one on the row counts).
        row_separator: between cards (a new line by default).

    Returns:
        The bank.

    Raises:
        BankFormatError: rows without the separator or with an empty side, or fewer than four cards, each with
            its line.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    problems: list[RowProblem] = []
    cards: list[tuple[int, str, str]] = []
    shown = {"\t": "tab", ",": "comma", ";": "semicolon"}.get(term_separator, f"'{term_separator[:10]}'")
    for line, row in _rows(text, row_separator):
        if term_separator not in row:
            problems.append(RowProblem(line, f"the card has no {shown} between its term and its definition"))
            continue
        term, definition = (part.strip() for part in row.split(term_separator, 1))
        if not term or not definition:
            problems.append(RowProblem(line, "the card's " + ("term" if not term else "definition") + " is empty"))
            continue
        cards.append((line, term, definition))
    terms = [term for _, term, _ in cards]
    enough = len({t.casefold() for t in terms}) >= MIN_CARDS
    if not enough:
        problems.append(RowProblem(0, f"a Quizlet set needs at least {MIN_CARDS} cards with different terms, to draw wrong options from the others"))
    rows: list[tuple[int, dict[str, Any]]] = [
        (line, {"type": QuestionType.MULTIPLE_CHOICE.value, "prompt": definition, "answer": term, "distractors": distractors_for(term, definition, terms)})
        for line, term, definition in cards
    ]
    return finish_bank(title, source, rows if enough else [], problems)


def _flat(value: str) -> str:
    return " ".join(value.replace("\t", " ").split())


def write(bank: QuestionBank) -> str:
    """Write a bank as Quizlet's import text: the answer as term, the prompt as definition, a tab between.

    Args:
        bank: the bank.

    Returns:
        The text to paste into Quizlet's Import box (tab between term and definition, one card a line).
    """
    return "".join(f"{_flat(q.answer)}\t{_flat(q.prompt)}\n" for q in bank.questions)
