"""Pieces shared by the foreign formats (GIFT, Moodle XML, Quizlet): HTML to text, the question name that
carries our id and kind, dates recognised in options, and turning numbered rows into a bank."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from quizapp.bank.formats.interchange import build_bank
from quizapp.bank.formats.partial_dates import Granularity, granularity
from quizapp.bank.types import AnswerKind, BankFormatError, BankQuestion, QuestionBank, QuestionType, RowProblem

BLANK = "____"
_NAME = re.compile(r"^(?P<id>[^\s()]{1,64}) \((?P<kind>person|place|org|work|number|date)(?: (?P<date>-?\d{4}(?:-\d{2}){0,2}))?\)$")
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}


class _TextOnly(HTMLParser):
    """Collects an HTML fragment's text: tags dropped, entities decoded, scripts and styles skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """The plain text of an HTML fragment, whitespace collapsed (``<p>A &amp; <b>B</b></p>`` is ``A & B``).

    Args:
        fragment: HTML as Moodle stores question text.

    Returns:
        The text a reader sees, without markup.
    """
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    return " ".join("".join(parser.parts).split())


def question_name(question: BankQuestion) -> str:
    """The name our exports give a question: its id and kind, and a date question's ISO date (``d-1 (date 1947)``)."""
    suffix = f" {question.date}" if question.type is QuestionType.DATE and question.date else ""
    return f"{question.id} ({question.answer_kind.value}{suffix})"


@dataclass(frozen=True)
class NameMark:
    """What a question name written by our exports says: the id, the kind, and a date question's date."""

    id: str
    kind: AnswerKind
    date: str | None


def read_name(name: str) -> NameMark | None:
    """The id, kind and date carried by a name our exports wrote, or None for any other name."""
    match = _NAME.match(name.strip())
    if not match:
        return None
    return NameMark(match.group("id"), AnswerKind(match.group("kind")), match.group("date"))


def iso_date(text: str) -> str | None:
    """``text`` when it is an ISO partial date (``1822``, ``1911-12``), else None."""
    return text.strip() if granularity(text.strip()) is not None else None


def written_date(text: str) -> str | None:
    """The ISO partial date a written date stands for (``21 December 1911`` is ``1911-12-21``), or None."""
    from quizapp.study.answers import AnswerError, parse_date_answer

    if iso_date(text):
        return text.strip()
    for grain in (Granularity.DAY, Granularity.MONTH, Granularity.YEAR):
        try:
            return parse_date_answer(text, grain)
        except AnswerError:
            continue
    return None


def choice_fields(name: str, idnumber: str, prompt: str, answer: str, wrong: list[str], feedback: str, tags: list[str]) -> dict[str, Any]:
    """The interchange fields of a foreign multiple-choice question: a date question when our name says so, or
    when every option is an ISO date of one precision (``{=1822 ~1820 ~1825}``)."""
    mark = read_name(name)
    fields: dict[str, Any] = {
        "id": mark.id if mark else idnumber,
        "type": QuestionType.MULTIPLE_CHOICE.value,
        "prompt": prompt,
        "answer": answer,
        "distractors": wrong,
        "source_sentence": feedback,
        "tags": tags,
    }
    if mark is not None and mark.kind is AnswerKind.DATE:
        fields.update(type=QuestionType.DATE.value, date=mark.date or written_date(answer) or "", answer_kind="date")
    elif mark is not None:
        fields["answer_kind"] = mark.kind.value
    elif iso_date(answer) and wrong and {granularity(w.strip()) for w in wrong} == {granularity(answer.strip())}:
        fields.update(type=QuestionType.DATE.value, date=answer.strip(), answer_kind="date")
    return fields


def typed_date_fields(name: str, idnumber: str, prompt: str, accepted: list[str], feedback: str, tags: list[str]) -> dict[str, Any] | None:
    """The fields of a date question from a foreign typed-answer question whose right answer is a date, else None."""
    mark = read_name(name)
    date = mark.date if mark is not None and mark.date else next(filter(None, map(written_date, accepted)), None)
    if date is None:
        return None
    answer = next((a for a in accepted if not iso_date(a)), "") if mark is not None else ""
    return {
        "id": mark.id if mark else idnumber,
        "type": QuestionType.DATE.value,
        "prompt": prompt,
        "answer": answer,
        "distractors": [],
        "date": date,
        "answer_kind": "date",
        "source_sentence": feedback,
        "tags": tags,
    }


def short_answer_fields(name: str, idnumber: str, prompt: str, accepted: list[str], feedback: str,
                        tags: list[str]) -> tuple[dict[str, Any] | None, str | None]:
    """The fields of a foreign short-answer question: a date question when its right answer is a date, a typed
    question when it has one right answer that is not, else the reason it cannot be represented."""
    fields = typed_date_fields(name, idnumber, prompt, accepted, feedback, tags)
    if fields is not None:
        return fields, None
    if len(accepted) != 1 or not accepted[0].strip():
        return None, "a short-answer question needs exactly one right answer (a date, or a name typed from memory)"
    mark = read_name(name)
    fields = {
        "id": mark.id if mark else idnumber,
        "type": QuestionType.TYPED.value,
        "prompt": prompt,
        "answer": accepted[0].strip(),
        "distractors": [],
        "source_sentence": feedback,
        "tags": tags,
    }
    if mark is not None:
        fields["answer_kind"] = mark.kind.value
    return fields, None


def finish_bank(title: str, source: str, rows: list[tuple[int, dict[str, Any]]], problems: list[RowProblem]) -> QuestionBank:
    """Validate the rows read from a file into a bank, reporting the file's own problems with the rows' ones.

    Args:
        title: the set's title.
        source: where the questions came from.
        rows: ``(line, fields)`` of every question that could be read.
        problems: what could not be read, each with its line.

    Returns:
        The bank.

    Raises:
        BankFormatError: every problem, in line order.
    """
    found = list(problems)
    bank: QuestionBank | None = None
    if rows or not found:
        try:
            bank = build_bank(title, source, rows)
        except BankFormatError as error:
            found.extend(error.problems)
    if found or bank is None:
        raise BankFormatError(sorted(found, key=lambda p: p.row))
    return bank
