"""The CSV upload format of a question bank: one question per row, read into rows for ``build_bank``.

Columns (the header row names them, in any order, case-insensitive):

- required: ``type`` (``multiple_choice`` or ``date``), ``prompt``, ``answer``, ``distractors``, ``date``, ``tags``
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
from typing import Any

from quizapp.bank.formats.interchange import SURROGATE_PROBLEM, build_bank, decode_upload, surrogate_code
from quizapp.bank.types import BankFormatError, QuestionBank, RowProblem

REQUIRED_COLUMNS = ("type", "prompt", "answer", "distractors", "date", "tags")
OPTIONAL_COLUMNS = ("id", "answer_kind", "source_sentence")
LIST_COLUMNS = ("distractors", "tags")
SEPARATOR = "|"
MAX_FIELD_CHARS = 50_000


def split_list(value: str) -> list[str]:
    """Split a ``|``-separated cell into its non-empty, stripped items.

    Args:
        value: the cell, such as ``Paris | Lyon||Lille``.

    Returns:
        The items, such as ``["Paris", "Lyon", "Lille"]``.
    """
    return [item.strip() for item in value.split(SEPARATOR) if item.strip()]


def _dialect(text: str) -> type[csv.Dialect]:
    """Comma by default; a semicolon file (as Excel writes it in many locales) is recognised too."""
    first = text.split("\n", 1)[0]
    if first.count(";") > first.count(",") and first.count(";") >= 2:
        return _Semicolon
    return csv.excel


class _Semicolon(csv.excel):
    delimiter = ";"


def parse_csv(text: str) -> list[tuple[int, dict[str, Any]]]:
    """Read the CSV text into numbered question fields, collecting every problem of the file's shape.

    Args:
        text: the decoded file.

    Returns:
        ``(line, fields)`` pairs ready for ``build_bank``; list columns are already split.

    Raises:
        BankFormatError: the header lacks columns or names unknown ones, a row has more cells than the
            header, or the CSV is malformed; every problem is reported with its line number.
    """
    reader = csv.reader(io.StringIO(text, newline=""), dialect=_dialect(text))
    problems: list[RowProblem] = []
    rows: list[tuple[int, dict[str, Any]]] = []
    header: list[str] | None = None
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = [cell.strip().lower().replace(" ", "_") for cell in cells]
                problems.extend(_header_problems(header, start))
                continue
            if len(cells) > len(header):
                problems.append(RowProblem(start, f"the row has {len(cells)} cells but the header names {len(header)} columns"))
                continue
            if any(len(cell) > MAX_FIELD_CHARS for cell in cells):
                problems.append(RowProblem(start, f"a cell is longer than {MAX_FIELD_CHARS} characters"))
                continue
            code = next(filter(None, map(surrogate_code, cells)), None)
            if code:
                problems.append(RowProblem(start, "a cell holds " + SURROGATE_PROBLEM.format(code=code)))
                continue
            fields: dict[str, Any] = {}
            for name, cell in zip(header, cells):
                if name in LIST_COLUMNS:
                    fields[name] = split_list(cell)
                elif name:
                    fields[name] = cell.strip()
            rows.append((start, fields))
    except csv.Error as error:
        problems.append(RowProblem(line, f"the CSV is malformed: {error}"))
    if header is None:
        problems.append(RowProblem(0, "the file is empty"))
    if problems:
        raise BankFormatError(problems)
    return rows


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
    rows = parse_csv(text)
    return build_bank(title, source, rows)


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
