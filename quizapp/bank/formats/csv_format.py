"""The CSV upload format of a question bank: one question per row, read into rows for ``build_bank``.

Columns (the header row names them, in any order, case-insensitive):

- required: ``type`` (``multiple_choice``, ``date`` or ``typed``), ``prompt``, ``answer``, ``distractors``, ``date``,
  ``tags``
  (a column may be left empty where the question type allows it, but it must be present);
- optional: ``id``, ``answer_kind``, ``source_sentence``.

``distractors`` and ``tags`` hold several values separated by ``|`` (``Paris|Lyon|Lille``). The file is
UTF-8 with or without a byte-order mark, or Windows-1252 as Excel writes it. Line numbers reported are the
physical lines of the file (the header is line 1), so a quoted field spanning lines is reported at the line
it starts on.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from quizapp.bank.formats.foreign import finish_bank
from quizapp.bank.formats.interchange import MAX_QUESTIONS, SURROGATE_PROBLEM, decode_upload, surrogate_code
from quizapp.bank.types import QuestionBank, RowProblem

REQUIRED_COLUMNS = ("type", "prompt", "answer", "distractors", "date", "tags")
OPTIONAL_COLUMNS = ("id", "answer_kind", "source_sentence")
LIST_COLUMNS = ("distractors", "tags")
SEPARATOR = "|"
MAX_FIELD_CHARS = 50_000
UNCLOSED = 'a quoted cell opened on this line is never closed (a closing " is missing)'


def split_list(value: str) -> list[str]:
    """Split a ``|``-separated cell into its non-empty, stripped items.

    Args:
        value: the cell, such as ``Paris | Lyon||Lille``.

    Returns:
        The items, such as ``["Paris", "Lyon", "Lille"]``.
    """
    return [item.strip() for item in value.split(SEPARATOR) if item.strip()]


def _delimiter(text: str) -> str:
    """Comma by default; a semicolon file (as Excel writes it in many locales) is recognised from its header."""
    first = text.split("\n", 1)[0]
    if first.count(";") > first.count(",") and first.count(";") >= 2:
        return ";"
    return ","


@dataclass(frozen=True)
class Record:
    """One CSV row as read: its cells, the lines it starts and ends on, and what is wrong with its quoting."""

    cells: list[str]
    line: int
    last_line: int
    end: int
    fault: str = ""


def read_record(text: str, pos: int, line: int, delimiter: str) -> Record:
    """Read the row starting at ``pos`` (standard CSV quoting, as Excel writes it).

    A cell that opens a quote and never closes it, or has text after its closing quote, is a fault; the row
    still ends where a reader that trusted the quotes would end it.
    """
    cells: list[str] = []
    start_line, fault, n = line, "", len(text)
    while True:
        cell = ""
        if pos < n and text[pos] == '"':
            pos += 1
            while True:
                close = text.find('"', pos)
                if close < 0:
                    fault = fault or UNCLOSED
                    line += text.count("\n", pos)
                    cell, pos = cell + text[pos:], n
                    break
                line += text.count("\n", pos, close)
                cell += text[pos:close]
                if text.startswith('""', close):
                    cell, pos = cell + '"', close + 2
                    continue
                pos = close + 1
                break
            if pos < n and text[pos] not in (delimiter, "\n"):
                fault = fault or "text follows a quoted cell's closing quote (write a quote inside a quoted cell as \"\")"
        stop = _stop(text, pos, delimiter)
        cells.append(cell + text[pos:stop])
        pos = stop
        if pos >= n:
            return Record(cells, start_line, line, pos, fault)
        if text[pos] == "\n":
            return Record(cells, start_line, line, pos + 1, fault)
        pos += 1


def _stop(text: str, pos: int, delimiter: str) -> int:
    """Where the unquoted part of a cell starting at ``pos`` ends: the next delimiter or line end."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    found = text.find(delimiter, pos, line_end)
    return line_end if found < 0 else found


def parse_csv(text: str) -> tuple[list[tuple[int, dict[str, Any]]], list[RowProblem]]:
    """Read the CSV text into numbered question fields and the problems of the file's shape.

    Every bad row is reported and reading goes on: a row whose quote is never closed, or that runs over several
    lines to the wrong number of cells, is reported at the line it starts on and reading resumes on the next
    line, so the rows after it are read as they are.

    Args:
        text: the decoded file.

    Returns:
        ``(line, fields)`` pairs of the well-formed rows, ready for ``build_bank`` (list columns already split),
        and the problems: missing or unknown columns, rows with the wrong number of cells, broken quoting,
        over-long cells, lone surrogates; each with its line number.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = _delimiter(text)
    problems: list[RowProblem] = []
    rows: list[tuple[int, dict[str, Any]]] = []
    header: list[str] | None = None
    header_problems: list[RowProblem] = []
    pos, line = 0, 1
    while pos < len(text):
        record = read_record(text, pos, line, delimiter)
        if not any(cell.strip() for cell in record.cells) and not record.fault:
            pos, line = record.end, record.last_line + 1
            continue
        width = len(header) if header is not None else len(record.cells)
        runs_on = record.last_line > record.line
        if len(problems) > MAX_QUESTIONS:
            problems.append(RowProblem(0, f"reading stopped at line {record.line}: over {MAX_QUESTIONS} rows are wrong"))
            break
        if record.fault or (runs_on and len(record.cells) != width):
            reason = record.fault
            if runs_on and record.fault != UNCLOSED:
                reason = f"a quoted cell opened on this line runs on to line {record.last_line}, where the row does not end well: is a closing quote missing?"
            problems.append(RowProblem(record.line, reason))
            pos, line = _next_line(text, pos), record.line + 1
            continue
        pos, line = record.end, record.last_line + 1
        cells = record.cells
        if header is not None and len(rows) + len(problems) >= MAX_QUESTIONS:
            problems.append(RowProblem(0, f"the file holds more than {MAX_QUESTIONS} questions"))
            break
        if header is None:
            header = [cell.strip().lower().replace(" ", "_") for cell in cells]
            header_problems = _header_problems(header, record.line)
            problems.extend(header_problems)
            continue
        problem = _row_problem(cells, len(header))
        if problem:
            problems.append(RowProblem(record.line, problem))
            continue
        fields: dict[str, Any] = {}
        for name, cell in zip(header, cells):
            if name in LIST_COLUMNS:
                fields[name] = split_list(cell)
            elif name:
                fields[name] = cell.strip()
        rows.append((record.line, fields))
    if header is None:
        problems.append(RowProblem(0, "the file is empty"))
    return ([] if header_problems else rows), problems


def _next_line(text: str, pos: int) -> int:
    found = text.find("\n", pos)
    return len(text) if found < 0 else found + 1


def _row_problem(cells: list[str], width: int) -> str:
    """What is wrong with a well-quoted row's cells, or ``""``."""
    if len(cells) != width:
        return f"the row has {len(cells)} cells but the header names {width} columns"
    if any(len(cell) > MAX_FIELD_CHARS for cell in cells):
        return f"a cell is longer than {MAX_FIELD_CHARS} characters"
    code = next(filter(None, map(surrogate_code, cells)), None)
    return "a cell holds " + SURROGATE_PROBLEM.format(code=code) if code else ""


def _header_problems(header: list[str], line: int) -> list[RowProblem]:
    problems = []
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        problems.append(RowProblem(line, f"the header lacks the column(s) {', '.join(missing)}"))
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    unknown = [name for name in header if name and name not in known]
    if unknown:
        problems.append(RowProblem(line, f"unknown column(s) {', '.join(unknown)[:200]}"))
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        problems.append(RowProblem(line, f"the column(s) {', '.join(repeated)} appear more than once"))
    return problems


def load_csv(data: bytes | str, *, title: str, source: str = "") -> QuestionBank:
    """Decode, parse and validate a CSV upload into a bank.

    Args:
        data: the uploaded bytes (decoded as UTF-8 with or without BOM, else cp1252) or text.
        title: the set's title.
        source: where the questions came from (a file name).

    Returns:
        The bank.

    Raises:
        BankFormatError: every problem of the file, each with its line number.
    """
    text = decode_upload(data) if isinstance(data, bytes) else data
    rows, problems = parse_csv(text)
    return finish_bank(title, source, rows, problems)


def dump_csv(bank: QuestionBank) -> str:
    """Write a bank in the CSV upload format (all columns), so that ``load_csv`` reads it back.

    Args:
        bank: the bank.

    Returns:
        The CSV text, with CRLF line ends as the csv module writes them.
    """
    out = io.StringIO()
    columns = ("id", *REQUIRED_COLUMNS, "answer_kind", "source_sentence")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)
    writer.writerow(columns)
    for q in bank.questions:
        writer.writerow(
            [q.id, q.type.value, q.prompt, q.answer, SEPARATOR.join(q.distractors), q.date or "", SEPARATOR.join(q.tags), q.answer_kind.value, q.source_sentence]
        )
    return out.getvalue()
