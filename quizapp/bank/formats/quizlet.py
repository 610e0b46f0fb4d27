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
from quizapp.bank.formats.interchange import MAX_QUESTIONS
from quizapp.bank.types import QuestionBank, QuestionType, RowProblem

TERM_SEPARATORS = {"tab": "\t", "comma": ","}
ROW_SEPARATORS = {"newline": "\n", "semicolon": ";"}
DISTRACTORS = 3
MIN_CARDS = DISTRACTORS + 1
_SPACE = " \n\r\f\v"  # not the tab, which separates term and definition


def _rows(text: str, row_separator: str) -> list[tuple[int, str]]:
    """The non-empty rows with the line each starts on."""
    rows: list[tuple[int, str]] = []
    line = 1
    for row in text.split(row_separator):
        if row.strip():
            leading = len(row) - len(row.lstrip(_SPACE))
            rows.append((line + row.count("\n", 0, leading), row.strip(_SPACE)))
        line += row.count("\n") + row_separator.count("\n")
    return rows


def term_pool(terms: list[str]) -> list[str]:
    """The distinct terms of a set (ignoring case, the first spelling kept), sorted: what distractors are drawn from."""
    seen: dict[str, str] = {}
    for term in terms:
        seen.setdefault(term.casefold(), term)
    return sorted(seen.values())


def distractors_for(term: str, definition: str, pool: list[str], count: int = DISTRACTORS) -> list[str]:
    """Other terms of the set as wrong options, drawn with a generator seeded by this card's content.

    Args:
        term: the card's term (the right answer).
        definition: the card's definition.
        pool: the set's distinct terms, from ``term_pool``.
        count: how many to draw.

    Returns:
        Up to ``count`` distinct terms, none equal to ``term`` (ignoring case).
    """
    seed = int.from_bytes(hashlib.sha256(f"{term}\x1f{definition}".encode()).digest()[:8], "big")
    drawn = random.Random(seed).sample(pool, min(count + 1, len(pool)))
    return [other for other in drawn if other.casefold() != term.casefold()][:count]


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
        if len(cards) + len(problems) > MAX_QUESTIONS:
            break
        if term_separator not in row:
            problems.append(RowProblem(line, f"the card has no {shown} between its term and its definition"))
            continue
        term, definition = (part.strip() for part in row.split(term_separator, 1))
        if not term or not definition:
            problems.append(RowProblem(line, "the card's " + ("term" if not term else "definition") + " is empty"))
            continue
        cards.append((line, term, definition))
    pool = term_pool([term for _, term, _ in cards])
    enough = MIN_CARDS <= len(pool) and len(cards) <= MAX_QUESTIONS
    if len(pool) < MIN_CARDS:
        problems.append(RowProblem(0, f"a Quizlet set needs at least {MIN_CARDS} cards with different terms, to draw wrong options from the others"))
    if len(cards) > MAX_QUESTIONS:
        problems.append(RowProblem(0, f"the file holds more than {MAX_QUESTIONS} cards"))
    rows: list[tuple[int, dict[str, Any]]] = [
        (line, {"type": QuestionType.MULTIPLE_CHOICE.value, "prompt": definition, "answer": term, "distractors": distractors_for(term, definition, pool)})
        for line, term, definition in (cards if enough else [])
    ]
    return finish_bank(title, source, rows, problems)


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
