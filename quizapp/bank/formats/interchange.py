"""The JSON interchange format of a question bank: writing, reading and validating it (shared by CSV)."""

from __future__ import annotations

import hashlib
import json
import math
import re
from typing import Any

from quizapp.bank.formats.partial_dates import Granularity, format_partial, granularity
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
        **({"confidence": question.confidence} if question.confidence is not None else {}),
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
MAX_DISTRACTORS = 10
MAX_TAGS = 20
MAX_NUMBER_DIGITS = 30

SURROGATE = re.compile("[\ud800-\udfff]")
SURROGATE_PROBLEM = "a lone UTF-16 surrogate ({code}), which is not a character: save the file as UTF-8 again"


def surrogate_code(value: str) -> str | None:
    """The first lone UTF-16 surrogate in ``value`` written as ``\\udXXX``, or None if there is none."""
    found = SURROGATE.search(value)
    return f"\\u{ord(found.group()):04x}" if found else None


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
    code = surrogate_code(value)
    if code:
        problems.append(f"'{key}' contains " + SURROGATE_PROBLEM.format(code=code))
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
    code = next(filter(None, map(surrogate_code, items)), None)
    if code:
        problems.append(f"an item of '{key}' contains " + SURROGATE_PROBLEM.format(code=code))
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
                iso = parse_date_answer(distractor, grain, date_text.startswith("-"))
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
        problems.append(f"'type' must be multiple_choice, date or typed, not '{type_text[:40]}'")
    prompt = _text(raw, "prompt", problems, required=True)
    answer = _text(raw, "answer", problems, required=qtype is not QuestionType.DATE)
    distractors = _text_list(raw, "distractors", problems, MAX_FIELD)
    if len(distractors) > MAX_DISTRACTORS:
        problems.append(f"a question has {len(distractors)} distractors; at most {MAX_DISTRACTORS} are allowed")
        distractors = distractors[:MAX_DISTRACTORS]
    tags = tuple(tag.replace(" ", "_") for tag in _text_list(raw, "tags", problems, MAX_TAG))
    if len(tags) > MAX_TAGS:
        problems.append(f"a question has {len(tags)} tags; at most {MAX_TAGS} are allowed")
    source_sentence = _text(raw, "source_sentence", problems, required=False, limit=10 * MAX_FIELD)
    date_text = _text(raw, "date", problems, required=qtype is QuestionType.DATE, limit=11)
    kind_text = _text(raw, "answer_kind", problems, required=False, limit=20)
    kind: AnswerKind | None = None
    if kind_text:
        try:
            kind = AnswerKind(kind_text)
        except ValueError:
            problems.append(f"'answer_kind' must be one of {', '.join(k.value for k in AnswerKind)}")
    question_id = _text(raw, "id", problems, required=False, limit=MAX_ID)
    confidence = _confidence(raw.get("confidence"), problems)

    if qtype in (QuestionType.MULTIPLE_CHOICE, QuestionType.TYPED):  # a name: chosen among options, or typed
        label = "multiple-choice" if qtype is QuestionType.MULTIPLE_CHOICE else "typed"
        if qtype is QuestionType.TYPED and distractors:
            problems.append("a typed question has no distractors: the answer is typed from memory")
        elif qtype is QuestionType.MULTIPLE_CHOICE and not distractors:
            problems.append("a multiple-choice question needs at least one distractor")
        if answer and answer.casefold() in {d.casefold() for d in distractors}:
            problems.append("a distractor repeats the answer")
        if len({d.casefold() for d in distractors}) != len(distractors):
            problems.append("the distractors are not all different")
        if date_text:
            problems.append("'date' is only for date questions")
        kind = kind or AnswerKind.PERSON
        if kind is AnswerKind.DATE:
            problems.append(f"a {label} question cannot have answer_kind 'date': ask a date as a date question")
    elif qtype is QuestionType.DATE:
        grain = granularity(date_text) if date_text else None
        if date_text and grain is None:
            problems.append(f"'date' must be an ISO date such as 1890, 1918-10, 1911-12-21 or -0044-03-15 "
                            f"(15 March 44 BC), not '{date_text}'")
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
            confidence=confidence,
        ),
        [],
    )


def _confidence(value: Any, problems: list[str]) -> float | None:
    """Read the optional ``confidence``: a number from 0 to 1 (the generator's), or absent."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        problems.append("'confidence' must be a number from 0 to 1")
        return None
    try:
        number = float(value) if not isinstance(value, str) or len(value) <= 30 else math.nan
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or not 0 <= number <= 1:
        problems.append("'confidence' must be a number from 0 to 1")
        return None
    return round(number, 3)


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
    lone = lone_surrogates(text)
    if lone:
        raise BankFormatError([RowProblem(0, f"line {line}: " + SURROGATE_PROBLEM.format(code=code)) for line, code in lone[:20]])
    try:
        document = json.loads(text, parse_int=_checked_int, parse_float=_checked_float, parse_constant=_refused_constant)
    except (json.JSONDecodeError, RecursionError) as error:
        message = getattr(error, "msg", "too deeply nested")
        line = getattr(error, "lineno", 0)
        raise BankFormatError([RowProblem(0, f"not valid JSON: {message} (line {line})")]) from None
    except _BadNumber as error:
        line = text.count("\n", 0, max(text.find(error.token), 0)) + 1
        raise BankFormatError([RowProblem(0, f"line {line}: {error.reason}")]) from None
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


class _BadNumber(ValueError):
    """A JSON number no field can hold: too many digits, or not finite."""

    def __init__(self, token: str, reason: str) -> None:
        super().__init__(reason)
        self.token, self.reason = token, reason


def _digits(token: str) -> int:
    mantissa = re.split("[eE]", token, maxsplit=1)[0]
    return sum(ch.isdigit() for ch in mantissa)


def _checked_int(token: str) -> int:
    if _digits(token) > MAX_NUMBER_DIGITS:
        raise _BadNumber(token, f"a number with more than {MAX_NUMBER_DIGITS} digits ({token[:12]}…)")
    return int(token)


def _checked_float(token: str) -> float:
    if _digits(token) > MAX_NUMBER_DIGITS or len(token) > 2 * MAX_NUMBER_DIGITS:
        raise _BadNumber(token, f"a number with more than {MAX_NUMBER_DIGITS} digits ({token[:12]}…)")
    value = float(token)
    if not math.isfinite(value):
        raise _BadNumber(token, f"the number {token[:40]} is too large to be finite")
    return value


def _refused_constant(token: str) -> float:
    raise _BadNumber(token, f"{token} is not a number JSON allows")


_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.DOTALL)


def lone_surrogates(text: str) -> list[tuple[int, str]]:
    """Where a JSON text holds a UTF-16 surrogate that is not half of a pair, escaped or raw.

    Args:
        text: the JSON document.

    Returns:
        ``(line, code)`` for each, such as ``(3, "\\ud800")``; empty when there is none.
    """
    found: list[tuple[int, str]] = []
    for match in SURROGATE.finditer(text):
        if len(found) >= 20:
            return found
        found.append((text.count("\n", 0, match.start()) + 1, f"\\u{ord(match.group()):04x}"))
    if "\\u" not in text:
        return found
    escapes = list(_ESCAPE.finditer(text))
    paired_low: set[int] = set()
    for index, match in enumerate(escapes):
        body = match.group(1)
        if len(body) != 5 or match.start() in paired_low:
            continue
        code = int(body[1:], 16)
        if 0xD800 <= code <= 0xDBFF:
            following = escapes[index + 1] if index + 1 < len(escapes) else None
            if following is not None and following.start() == match.end() and len(following.group(1)) == 5 and 0xDC00 <= int(following.group(1)[1:], 16) <= 0xDFFF:
                paired_low.add(following.start())
                continue
        if 0xD800 <= code <= 0xDFFF:
            found.append((text.count("\n", 0, match.start()) + 1, "\\" + body.lower()))
    return sorted(found)
