"""CSV reports that are safe to open in a spreadsheet: text cells that could start a formula are neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | None


def safe_cell(value: Cell) -> str | int | float:
    """Neutralise a cell a spreadsheet would run as a formula by prefixing a single quote.

    Numbers are left as numbers (``-3`` stays a number); only text is changed.

    Args:
        value: the cell's value.

    Returns:
        The value, with ``'`` before text starting with ``= + - @``, a tab or a carriage return; None as ``""``.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """Write a report as CSV text with every text cell made formula-safe.

    Args:
        header: the column names.
        rows: the rows, one value per column.

    Returns:
        The CSV text (serve it as UTF-8 with a BOM so that Excel detects the encoding).
    """
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([safe_cell(name) for name in header])
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return out.getvalue()
