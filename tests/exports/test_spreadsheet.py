"""Formula-safe CSV reports."""

from __future__ import annotations

import csv
import io

import pytest

from quizapp.exports.spreadsheet import safe_cell, write_csv


@pytest.mark.parametrize("text", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x", "=HYPERLINK(\"http://evil\")"])
def test_formula_starts_are_neutralised(text: str) -> None:
    """Does text that a spreadsheet would evaluate get a leading quote?"""
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize(("value", "expected"), [("ada@example.org", "ada@example.org"), (-3, -3), (0.5, 0.5), (None, ""), (True, "yes")])
def test_ordinary_cells_are_unchanged(value: object, expected: object) -> None:
    """Are ordinary text, numbers (even negative) and empty cells left as they are?"""
    assert safe_cell(value) == expected  # type: ignore[arg-type]


def test_written_report_reads_back_neutralised() -> None:
    """Does a written report read back with the dangerous email neutralised and the rest intact?"""
    text = write_csv(["email", "score"], [["=cmd|' /C calc'!A0@x.org", 3], ["ana@example.org", 0.5]])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["email", "score"], ["'=cmd|' /C calc'!A0@x.org", "3"], ["ana@example.org", "0.5"]]
