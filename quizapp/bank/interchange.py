"""The JSON interchange format of a question bank: writing, reading and validating it (shared by CSV)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from quizapp.bank.partial_dates import Granularity, format_partial, granularity
from quizapp.bank.types import AnswerKind, BankFormatError, BankQuestion, QuestionBank, QuestionType, RowProblem


def question_to_dict(question: BankQuestion) -> dict[str, Any]:
    """Return one question as the interchange format's JSON object."""
    return {
        "id": question.id,
        "type": question.type.value,
        "prompt": question.prompt,
        "answer": question.answer,
        "distractors": list(question.distractors),
        "date": question.date,
        "answer_kind": question.answer_kind.value,
        "source_sentence": question.source_sentence,
        "tags": list(question.tags),
    }


def dump_json(bank: QuestionBank) -> str:
    """Serialise a bank to the interchange format: stable key order, UTF-8 text, trailing newline.

    Args:
        bank: the bank to write.

    Returns:
        The JSON document as a string.
    """
    document = {
        "title": bank.title,
        "source": bank.source,
        "questions": [question_to_dict(q) for q in bank.questions],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


MAX_FIELD = 2000
MAX_ID = 64
MAX_TAG = 60
MAX_QUESTIONS = 5000


def stable_id(type_: str, prompt: str, answer: str) -> str:
    """An id for an uploaded question that has none: the same content always gets the same id."""
    digest = hashlib.sha1(f"{type_}\x1f{prompt.strip()}\x1f{answer.strip()}".encode()).hexdigest()
    return f"q-{digest[:16]}"


def _text(raw: dict[str, Any], key: str, problems: list[str], *, required: bool, limit: int = MAX_FIELD) -> str:
    value = raw.get(key)
    if value is None or value == "":
        if required:
            problems.append(f"'{key}' is missing")
        return ""
    if not isinstance(value, str):
        problems.append(f"'{key}' must be text")
        return ""
    value = value.strip()
    if required and not value:
        problems.append(f"'{key}' is empty")
    if len(value) > limit:
        problems.append(f"'{key}' is longer than {limit} characters")
    if "\x00" in value:
        problems.append(f"'{key}' contains a NUL character")
    return value


def _text_list(raw: dict[str, Any], key: str, problems: list[str], limit: int) -> tuple[str, ...]:
    value = raw.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        problems.append(f"'{key}' must be a list of texts")
        return ()
    items = tuple(item.strip() for item in value if item.strip())
    if any(len(item) > limit for item in items):
        problems.append(f"an item of '{key}' is longer than {limit} characters")
    if any("\x00" in item for item in items):
        problems.append(f"an item of '{key}' contains a NUL character")
    return items


def _date_distractors(distractors: tuple[str, ...], date_text: str, grain: Granularity | None, problems: list[str]) -> tuple[str, ...]:
    """Date distractors as ISO dates of the answer's precision; written dates ("21 Dec 1911") are converted."""
    from quizapp.study.answers import AnswerError, parse_date_answer

    if grain is None:
        return distractors
    converted = []
    for distractor in distractors:
        iso = distractor
        if granularity(distractor) != grain:
            try:
                iso = parse_date_answer(distractor, grain)
            except AnswerError:
                problems.append(f"distractor '{distractor[:30]}' is not a date of the same precision as {date_text}")
                return distractors
        if iso == date_text or iso in converted:
            problems.append(f"distractor '{distractor[:30]}' repeats the answer or another distractor")
            return distractors
        converted.append(iso)
    return tuple(converted)


def validate_question(raw: Any, row: int) -> tuple[BankQuestion | None, list[RowProblem]]:
    """Check one question's fields (from JSON or a CSV row) and build it.

    Args:
        raw: the question's fields; ``distractors`` and ``tags`` as lists of text.
        row: the line or question number, used in the problems reported.

    Returns:
        The question, or None together with every problem found.
    """
    if not isinstance(raw, dict):
        return None, [RowProblem(row, "a question must be an object with named fields")]
    problems: list[str] = []
    type_text = _text(raw, "type", problems, required=True, limit=40)
    try:
        qtype = QuestionType(type_text) if type_text else None
    except ValueError:
        qtype = None
        problems.append(f"'type' must be multiple_choice or date, not '{type_text[:40]}'")
    prompt = _text(raw, "prompt", problems, required=True)
    answer = _text(raw, "answer", problems, required=qtype is not QuestionType.DATE)
    distractors = _text_list(raw, "distractors", problems, MAX_FIELD)
    tags = tuple(tag.replace(" ", "_") for tag in _text_list(raw, "tags", problems, MAX_TAG))
    source_sentence = _text(raw, "source_sentence", problems, required=False, limit=10 * MAX_FIELD)
    date_text = _text(raw, "date", problems, required=qtype is QuestionType.DATE, limit=10)
    kind_text = _text(raw, "answer_kind", problems, required=False, limit=20)
    kind: AnswerKind | None = None
    if kind_text:
        try:
            kind = AnswerKind(kind_text)
        except ValueError:
            problems.append(f"'answer_kind' must be one of {', '.join(k.value for k in AnswerKind)}")
    question_id = _text(raw, "id", problems, required=False, limit=MAX_ID)

    if qtype is QuestionType.MULTIPLE_CHOICE:
        if not distractors:
            problems.append("a multiple-choice question needs at least one distractor")
        if answer and answer.casefold() in {d.casefold() for d in distractors}:
            problems.append("a distractor repeats the answer")
        if len({d.casefold() for d in distractors}) != len(distractors):
            problems.append("the distractors are not all different")
        if date_text:
            problems.append("'date' is only for date questions")
        kind = kind or AnswerKind.PERSON
        if kind is AnswerKind.DATE:
            problems.append("a multiple-choice question cannot have answer_kind 'date'")
    elif qtype is QuestionType.DATE:
        grain = granularity(date_text) if date_text else None
        if date_text and grain is None:
            problems.append(f"'date' must be an ISO date such as 1890, 1918-10 or 1911-12-21, not '{date_text}'")
        distractors = _date_distractors(distractors, date_text, grain, problems)
        if kind not in (None, AnswerKind.DATE):
            problems.append("a date question must have answer_kind 'date'")
        kind = AnswerKind.DATE
        answer = answer or format_partial(date_text)

    if problems or qtype is None or kind is None:
        return None, [RowProblem(row, reason) for reason in problems]
    return (
        BankQuestion(
            id=question_id or stable_id(qtype.value, prompt, answer),
            type=qtype,
            prompt=prompt,
            answer=answer,
            distractors=distractors,
            answer_kind=kind,
            source_sentence=source_sentence,
            date=date_text or None,
            tags=tags,
        ),
        [],
    )


def build_bank(title: str, source: str, rows: list[tuple[int, Any]]) -> QuestionBank:
    """Validate numbered question fields into a bank, collecting every problem before refusing.

    Raises:
        BankFormatError: any row is invalid, ids repeat, or there are no questions.
    """
    problems: list[RowProblem] = []
    questions: list[BankQuestion] = []
    seen: dict[str, int] = {}
    if not rows:
        problems.append(RowProblem(0, "the file holds no questions"))
    if len(rows) > MAX_QUESTIONS:
        problems.append(RowProblem(0, f"the file holds more than {MAX_QUESTIONS} questions"))
    for row, raw in rows[:MAX_QUESTIONS]:
        question, row_problems = validate_question(raw, row)
        problems.extend(row_problems)
        if question is None:
            continue
        if question.id in seen:
            problems.append(RowProblem(row, f"the id '{question.id}' is also used by row {seen[question.id]}"))
            continue
        seen[question.id] = row
        questions.append(question)
    if problems:
        raise BankFormatError(problems)
    return QuestionBank(title=title, source=source, questions=tuple(questions))


def decode_upload(data: bytes) -> str:
    """Decode uploaded bytes: UTF-8 (with or without BOM), then cp1252 as Excel writes it.

    Raises:
        BankFormatError: the data is empty, binary, or in neither encoding.
    """
    if not data.strip():
        raise BankFormatError([RowProblem(0, "the file is empty")])
    if b"\x00" in data:
        raise BankFormatError([RowProblem(0, "the file is binary, not text")])
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BankFormatError([RowProblem(0, "the file is neither UTF-8 nor Windows-1252 text")])


def load_json(data: bytes | str, *, default_title: str = "") -> QuestionBank:
    """Read and validate a bank in the interchange format.

    Args:
        data: the document, as bytes (decoded like an upload) or text.
        default_title: used when the document has no title.

    Returns:
        The bank.

    Raises:
        BankFormatError: with every problem found, each with its question number.
    """
    text = decode_upload(data) if isinstance(data, bytes) else data
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        message = getattr(error, "msg", "too deeply nested")
        line = getattr(error, "lineno", 0)
        raise BankFormatError([RowProblem(0, f"not valid JSON: {message} (line {line})")]) from None
    if not isinstance(document, dict) or not isinstance(document.get("questions"), list):
        raise BankFormatError([RowProblem(0, 'expected an object with a "questions" list')])
    title = document.get("title") or default_title
    source = document.get("source") or ""
    problems = []
    if not isinstance(title, str) or not title.strip():
        problems.append(RowProblem(0, "the set has no title"))
    elif len(title) > 200:
        problems.append(RowProblem(0, "the title is longer than 200 characters"))
    if not isinstance(source, str) or len(source) > 200:
        problems.append(RowProblem(0, "'source' must be text of at most 200 characters"))
    if "\x00" in str(title) + str(source):
        problems.append(RowProblem(0, "the title or source contains a NUL character"))
    try:
        bank = build_bank(str(title).strip(), str(source), list(enumerate(document["questions"], start=1)))
    except BankFormatError as error:
        raise BankFormatError(problems + error.problems) from None
    if problems:
        raise BankFormatError(problems)
    return bank
