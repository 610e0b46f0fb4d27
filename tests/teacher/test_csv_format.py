"""The CSV upload format: columns, list cells, encodings and per-line problems."""

from __future__ import annotations

import pytest

from quizapp.bank.formats.csv_format import dump_csv, load_csv, parse_csv, split_list
from quizapp.bank.types import BankFormatError, QuestionType
from tests.conftest import sample_bank

HEADER = "type,prompt,answer,distractors,date,tags\n"


def _problems(data: bytes | str) -> list[tuple[int, str]]:
    with pytest.raises(BankFormatError) as caught:
        load_csv(data, title="T")
    return [(p.row, p.reason) for p in caught.value.problems]


def test_a_valid_file_becomes_a_bank() -> None:
    """Are list cells split on | and both question types built?"""
    bank = load_csv(
        HEADER
        + 'multiple_choice,Who wrote it?,Serge,"Trotsky | Lenin",,person|Russian Revolution\n'
        + "date,When?,,1919|1921,1920,\n",
        title="Serge",
    )
    first, second = bank.questions
    assert first.distractors == ("Trotsky", "Lenin")
    assert first.tags == ("person", "Russian_Revolution")
    assert second.type is QuestionType.DATE
    assert second.answer == "1920"


def test_every_bad_row_is_reported_with_its_physical_line() -> None:
    """Are all bad rows reported at once, at the line they start on, even after a multi-line cell?"""
    text = (
        HEADER
        + 'multiple_choice,"A prompt\nover two lines",A,B,,\n'  # lines 2-3: fine
        + "multiple_choice,No distractors,A,,,\n"  # line 4
        + "\n"  # line 5: blank, skipped
        + "date,Bad date,,,1911-13,\n"  # line 6
        + "essay,Unknown type,A,B,,\n"  # line 7
    )
    problems = _problems(text)
    assert [row for row, _ in problems] == [4, 6, 7]
    assert "at least one distractor" in problems[0][1]
    assert "ISO date" in problems[1][1]
    assert "multiple_choice, date or typed" in problems[2][1]


def test_missing_columns_are_named() -> None:
    """Does a header without the answer and tags columns get one problem naming both, at line 1?"""
    problems = _problems("type,prompt,distractors,date\nmultiple_choice,P,B,\n")
    assert problems[0][0] == 1
    assert "answer, tags" in problems[0][1]


def test_duplicate_ids_name_both_lines() -> None:
    """Is a repeated id reported at its second line, naming the first?"""
    text = "id," + HEADER + "x1,multiple_choice,P,A,B,,\nx1,multiple_choice,Q,A,B,,\n"
    assert _problems(text) == [(3, "the id 'x1' is also used by row 2")]


def test_a_row_longer_than_the_header_is_refused() -> None:
    """Is a row with more cells than columns reported rather than silently cut?"""
    problems = _problems(HEADER + "multiple_choice,P,A,B,,,extra\n")
    assert problems[0][0] == 2 and "7 cells" in problems[0][1]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"  \n ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"), (HEADER.encode(), "no questions")],
)
def test_empty_and_binary_files_are_refused(data: bytes, reason: str) -> None:
    """Are an empty file, a binary file and a header without rows refused with a clear reason?"""
    assert reason in _problems(data)[0][1]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_excel_encodings_are_read(encoding: str) -> None:
    """Are UTF-8 with or without BOM and Excel's cp1252 all decoded, keeping accents and curly quotes?"""
    text = HEADER + "multiple_choice,Où est né Jaurès ? “vraiment”,Castres,Albi|Paris,,\n"
    bank = load_csv(text.encode(encoding), title="T")
    assert bank.questions[0].prompt == "Où est né Jaurès ? “vraiment”"


def test_semicolon_files_from_excel_are_read() -> None:
    """Does a semicolon-separated file (Excel in many locales) read like a comma one?"""
    bank = load_csv("type;prompt;answer;distractors;date;tags\nmultiple_choice;P;A;B|C;;\n", title="T")
    assert bank.questions[0].distractors == ("B", "C")


def test_html_is_kept_as_text() -> None:
    """Is markup in a cell kept verbatim as text (escaping is the templates' job)?"""
    bank = load_csv(HEADER + 'multiple_choice,"<script>alert(1)</script>",<b>A</b>,B,,\n', title="T")
    assert bank.questions[0].prompt == "<script>alert(1)</script>"


def test_dump_then_load_gives_the_same_bank() -> None:
    """Does writing a bank as CSV and reading it back give the same questions?"""
    bank = sample_bank()
    again = load_csv(dump_csv(bank), title=bank.title, source=bank.source)
    assert again == bank


def test_split_list_drops_blanks() -> None:
    """Are blank items and spaces around | dropped?"""
    assert split_list(" a | |b||") == ["a", "b"]
    assert parse_csv(HEADER + "date,P,,,1900,\n")[0][0][1]["distractors"] == []


def test_seven_bad_lines_are_seven_problems_structural_ones_included() -> None:
    """Does a file with seven bad lines, of broken quoting and cell counts among them, report all seven at their lines?"""
    text = (
        HEADER
        + 'multiple_choice,"Unclosed quote,A,B,,\n'  # line 2
        + "multiple_choice,Good,A,B,,\n"
        + "multiple_choice,Too many,A,B,,,extra\n"  # line 4
        + "multiple_choice,Too few,A\n"  # line 5
        + 'multiple_choice,"Text" after its quote,A,B,,\n'  # line 6
        + "essay,Unknown type,A,B,,\n"  # line 7
        + "multiple_choice,No distractors,A,,,\n"  # line 8
        + "date,Bad date,,,1911-13,\n"  # line 9
        + "multiple_choice,Fine,A,B,,\n"
    )
    problems = _problems(text)
    assert [row for row, _ in problems] == [2, 4, 5, 6, 7, 8, 9]
    assert "closing quote is missing" in problems[0][1] or "is a closing quote missing" in problems[0][1]
    assert not any("is missing" in reason and "'" in reason for _, reason in problems)


def test_an_unclosed_quote_is_named_not_taken_for_a_missing_column() -> None:
    """Is a quote never closed reported as such at its line, and the rows after it still checked?"""
    problems = _problems(HEADER + 'date,"When?,,,1917,\n' + "date,Fine,,,1918,\n" + "date,Bad,,,1918-13,\n")
    assert problems[0] == (2, 'a quoted cell opened on this line is never closed (a closing " is missing)')
    assert [row for row, _ in problems] == [2, 4]


def test_a_file_of_a_million_bad_lines_stops_at_the_question_limit() -> None:
    """Is a huge file of bad lines refused quickly, naming the 5,000-question limit instead of listing every line?"""
    problems = _problems(HEADER + "x\n" * 1_000_000)
    assert problems[0] == (0, "the file holds more than 5000 questions")
    assert len(problems) == 5001
