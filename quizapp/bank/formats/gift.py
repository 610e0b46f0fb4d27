"""Moodle's GIFT format: reading a teacher's GIFT file into a bank and writing a bank as GIFT.

Multiple choice is ``{=right ~wrong ~wrong}``; a date question goes out as multiple choice with its options in
words (or as short answer ``{=17 November 1947 =1947-11-17}`` when it has none); the name ``::id (kind date)::``
carries our id, kind and date, and the general feedback (``####``) the source sentence. Short-answer questions
whose answer is a date and whole-year numerical ones (``{#1822}``) come in as date questions; true/false as
multiple choice. Essays, matching, numerical ranges, partial credit and several right answers cannot be
represented: each is reported with its line.
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.bank.formats.foreign import (BLANK, choice_fields, finish_bank, html_to_text, question_name,
                                          short_answer_fields, typed_date_fields)
from quizapp.bank.formats.interchange import MAX_QUESTIONS
from quizapp.bank.formats.partial_dates import format_partial
from quizapp.bank.types import BankQuestion, QuestionBank, QuestionType, RowProblem

_ESCAPES = {":": "\ue001", "#": "\ue002", "=": "\ue003", "{": "\ue004", "}": "\ue005", "~": "\ue006", "n": "\ue007", "\\": "\ue008"}
_UNESCAPE = {v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()}
_ESCAPED = re.compile(r"\\([:#={}~n\\])")
_WEIGHT = re.compile(r"^%(-?\d{1,3}(?:\.\d*)?)%")
_FORMAT = re.compile(r"^\[(html|moodle|plain|markdown)\]")
_ID = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f])+)\]")
_TAG = re.compile(r"\[tag:((?:\\\]|[^\]<>`\x00-\x1f])+)\]")
_TRUE_FALSE = {"T": "True", "TRUE": "True", "F": "False", "FALSE": "False"}


def _unescape(text: str) -> str:
    return "".join(_UNESCAPE.get(ch, ch) for ch in text)


def _formatted(text: str, default: str = "moodle") -> tuple[str, str]:
    """Split a leading ``[format]`` marker off (escapes still hidden); return the plain text and the format."""
    text = text.strip()
    match = _FORMAT.match(text)
    fmt = match.group(1) if match else default
    body = _unescape(text[match.end():] if match else text).strip()
    return (html_to_text(body) if fmt == "html" else body), fmt


def _blocks(text: str) -> list[tuple[int, list[str], list[str]]]:
    """Questions as ``(line of their first text line, comment lines, text lines)``, split at blank lines."""
    blocks: list[tuple[int, list[str], list[str]]] = []
    comments: list[str] = []
    lines: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            if lines:
                blocks.append((start, comments, lines))
            if lines or comments:
                comments, lines = [], []
            continue
        if line.strip().startswith("//"):
            comments.append(line.strip())
        else:
            start = start if lines else number
            lines.append(line)
    if lines:
        blocks.append((start, comments, lines))
    return blocks


def _answers(block: str) -> list[tuple[str, float | None, str]]:
    """The options of a choice block as ``(marker, weight, text)``: marker ``=`` or ``~``, weight if given."""
    found = []
    for part in re.split(r"(?=[=~])", block):
        part = part.strip()
        if not part or part[0] not in "=~":
            continue
        marker, rest = part[0], part[1:].strip()
        weight = None
        match = _WEIGHT.match(rest)
        if match:
            weight, rest = float(match.group(1)), rest[match.end():]
        found.append((marker, weight, rest.split("#")[0].strip()))
    return found


def _question(comments: list[str], lines: list[str]) -> tuple[dict[str, Any] | None, str | None]:
    """One GIFT question's interchange fields, or the reason it cannot be represented (None, None: not a question)."""
    text = _ESCAPED.sub(lambda m: _ESCAPES[m.group(1)], "\n".join(lines)).strip()
    if text.startswith("$CATEGORY:"):
        return None, None
    comment = "\n".join(comments)
    idnumber = next((m.group(1).replace("\\]", "]") for m in _ID.finditer(comment)), "")
    tags = [m.group(1).replace("\\]", "]").strip() for m in _TAG.finditer(comment)]
    name = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end < 0:
            return None, "the question name opened with :: is not closed with ::"
        name, text = _unescape(text[2:end]).strip(), text[end + 2:].strip()
    start, finish = text.find("{"), text.find("}")
    if start < 0 and finish < 0:
        return None, "a description (text without an answer block) is not a question"
    if start < 0 or finish < start:
        return None, "the answer block's braces { } do not match (escape a literal brace as \\{ or \\})"
    inside = text[start + 1:finish].strip()
    before, after = text[:start].strip(), text[finish + 1:].strip()
    if "{" in after:
        return None, "a question has one answer block { }; this one has several"
    prompt_text = before if not after else f"{before} {BLANK} {after}"
    feedback = ""
    if "####" in inside:
        inside, feedback = inside[: inside.rfind("####")].strip(), inside[inside.rfind("####") + 4:]
    prompt, fmt = _formatted(prompt_text)
    feedback = _formatted(feedback, fmt)[0] if feedback.strip() else ""
    if not inside:
        return None, "an essay (an empty answer block {}) cannot be represented"
    if inside.startswith("#"):
        return _numerical(name, idnumber, prompt, inside[1:], feedback, tags)
    if "~" in inside:
        options = _answers(inside)
        right = [o for o in options if o[0] == "=" or (o[1] is not None and o[1] >= 100)]
        if not right and any(o[1] is not None and o[1] > 0 for o in options):
            return None, "several right answers (multiple response) cannot be represented: a question has one right answer"
        if any(o[1] not in (None, 0, 100) for o in options):
            return None, "partial credit (~%50%) cannot be represented: a question has one right answer"
        if len(right) != 1:
            return None, "a multiple-choice question needs exactly one right answer (=)"
        wrong = [_formatted(o[2], fmt)[0] for o in options if o is not right[0]]
        return choice_fields(name, idnumber, prompt, _formatted(right[0][2], fmt)[0], wrong, feedback, tags), None
    if "=" in inside and "->" in inside:
        return None, "a matching question cannot be represented"
    verdict = inside.split("#")[0].strip()
    if verdict in _TRUE_FALSE:
        right_word = _TRUE_FALSE[verdict]
        wrong_word = "False" if right_word == "True" else "True"
        return choice_fields(name, idnumber, prompt, right_word, [wrong_word], feedback, tags), None
    accepted = [_formatted(o[2], fmt)[0] for o in _answers(inside) if o[1] in (None, 100)]
    return short_answer_fields(name, idnumber, prompt, accepted, feedback, tags)


def _numerical(name: str, idnumber: str, prompt: str, body: str, feedback: str, tags: list[str]) -> tuple[dict[str, Any] | None, str | None]:
    """A numerical question comes in as a date question when its one answer is a whole year with no margin."""
    options = [o for o in _answers(body) if o[0] == "="] or [("=", None, body.split("#")[0].strip())]
    value = options[0][2]
    if len(options) != 1 or ".." in value or not re.fullmatch(r"\d{1,4}(:0+(\.0*)?)?", value):
        return None, "a numerical question cannot be represented unless it asks for one whole year ({#1822})"
    year = value.split(":")[0]
    fields = typed_date_fields(name, idnumber, prompt, [year.zfill(4)], feedback, tags)
    return fields, None if fields else "the year of a numerical question must be from 1 to 9999"


def read(text: str, *, title: str, source: str = "") -> QuestionBank:
    """Read a GIFT file into a bank, collecting every problem with the line its question starts on.

    Args:
        text: the decoded file.
        title: the set's title.
        source: where the questions came from (a file name).

    Returns:
        The bank.

    Raises:
        BankFormatError: every question that cannot be represented or is invalid, with its line.
    """
    rows: list[tuple[int, dict[str, Any]]] = []
    problems: list[RowProblem] = []
    for line, comments, lines in _blocks(text.replace("\r\n", "\n").replace("\r", "\n")):
        if len(rows) + len(problems) >= MAX_QUESTIONS:
            problems.append(RowProblem(0, f"the file holds more than {MAX_QUESTIONS} questions"))
            break
        fields, reason = _question(comments, lines)
        if reason is not None:
            problems.append(RowProblem(line, reason))
        elif fields is not None:
            rows.append((line, fields))
    if not rows and not problems:
        problems.append(RowProblem(0, "the file holds no GIFT questions"))
    return finish_bank(title, source, rows, problems)


def escape(text: str) -> str:
    """Escape GIFT's control characters (``~ = # { } :`` and backslash) and write line breaks as ``\\n``."""
    out = text.replace("\\", "\\\\")
    for ch in "~=#{}:":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\r\n", "\n").replace("\r", "").replace("\n", "\\n")


def _tag_text(value: str) -> str:
    return value.replace("]", "\\]").replace("\n", " ")


def _marker(question: BankQuestion) -> str:
    """``[plain]`` when the text could be mistaken for HTML by Moodle's auto-format; nothing otherwise."""
    texts = (question.prompt, question.answer, question.source_sentence, *question.distractors)
    return "[plain]" if any(ch in t for t in texts for ch in "<>&") else ""


def write(bank: QuestionBank) -> str:
    """Write a bank as GIFT, as Moodle's own export lays it out (a comment, the name, the options one a line).

    Args:
        bank: the bank.

    Returns:
        The GIFT text; Moodle imports it with Question bank › Import › GIFT format.
    """
    out = [f"// {bank.title}" + (f" (from {bank.source})" if bank.source else ""), ""]
    for number, q in enumerate(bank.questions, start=1):
        name = question_name(q)
        out.append(f"// question: {number}  name: {name}")
        out.append(" ".join([f"// [id:{_tag_text(q.id)}]", *(f"[tag:{_tag_text(t)}]" for t in q.tags)]))
        out.append(f"::{escape(name)}::{_marker(q)}{escape(q.prompt)}{{")
        if not q.distractors:  # typed in: a date, or a name from memory
            out.append(f"\t={escape(q.answer)}")
            if q.date and q.date != q.answer:
                out.append(f"\t={escape(q.date)}")
        else:
            out.append(f"\t={escape(q.answer)}")
            wrong = [format_partial(d) for d in q.distractors] if q.type is QuestionType.DATE else list(q.distractors)
            out.extend(f"\t~{escape(d)}" for d in wrong)
        if q.source_sentence:
            out.append(f"\t####{escape(q.source_sentence)}")
        out.append("}")
        out.append("")
    return "\n".join(out)
