"""Typed answers: parse a date the way people write it, at a question's granularity, and grade it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from quizapp.bank.formats.partial_dates import (Granularity, format_partial, granularity, iso_of, month_days, parse_iso,
                                                years_between)

MAX_ANSWER_LENGTH = 100

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
EXAMPLES = {Granularity.YEAR: "1911", Granularity.MONTH: "December 1911", Granularity.DAY: "21 December 1911"}
EXAMPLES_BC = {Granularity.YEAR: "44 BC", Granularity.MONTH: "March 44 BC", Granularity.DAY: "15 March 44 BC"}
WHAT = {Granularity.YEAR: "the year", Granularity.MONTH: "the month and year", Granularity.DAY: "the full date"}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d+)"
_FORMS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(rf"^{rx}$", re.ASCII)
    for rx in (
        _YEAR,  # 1911
        rf"{_YEAR}-(?P<nmonth>\d{{1,2}})",  # 1911-12
        rf"{_YEAR}[-/.](?P<nmonth>\d{{1,2}})[-/.](?P<day>\d{{1,2}})",  # 1911-12-21, 1911/12/21 (year first)
        rf"{_YEAR}/(?P<nmonth>\d{{1,2}})",  # 1911/12
        rf"(?P<nmonth>\d{{1,2}})[/-]{_YEAR}",  # 12/1911, 12-1911
        rf"(?P<day>\d{{1,2}})[-/.](?P<nmonth>\d{{1,2}})[-/.]{_YEAR}",  # 21/12/1911, 21-12-1911 (day first)
        rf"{_MONTH} {_YEAR}",  # Dec 1911, December, 1911
        rf"{_YEAR} {_MONTH}",  # 1914 September
        rf"(?:the )?{_DAY} (?:of )?{_MONTH} {_YEAR}",  # 21 Dec 1911, 21st of December 1911, 15 March 44 (BC)
        rf"{_YEAR} {_MONTH} {_DAY}",  # 1914 September 5
        rf"{_MONTH} (?:the )?{_DAY} {_YEAR}",  # December 21, 1911
    )
)


_ERA = re.compile(r"(?<![a-z])(?:a ?d|c ?e)(?![a-z])")
_BC = re.compile(r"(?<![a-z])b ?c(?: ?e)?(?![a-z])")  # "44 BC", "44 B.C.", "44 BCE" (full stops are spaces by now)


class AnswerError(ValueError):
    """A typed answer cannot be read; the message tells the student what to type instead."""


@dataclass(frozen=True)
class DateGrade:
    """The verdict on a date answer: ``years_off`` is given minus correct (negative means too early)."""

    correct: bool
    given: str
    expected: str
    years_off: int
    message: str


def _normalise(text: str) -> str:
    text = text.strip().lower()
    text = re.sub(r"[,]", " ", text)
    text = re.sub(r"(?<=[a-z])\.", " ", text)  # "Dec." -> "Dec"
    text = re.sub(r"\s+", " ", text).strip()
    return text.rstrip(".").strip()


def example_of(wanted: Granularity, before_era: bool = False) -> str:
    """A date to show as the form of an answer: ``21 December 1911``, or ``15 March 44 BC`` for a date BC."""
    return (EXAMPLES_BC if before_era else EXAMPLES)[wanted]


def parse_date_answer(text: str, wanted: Granularity, before_era: bool = False) -> str:
    """Read a typed date and return it as an ISO partial date at granularity ``wanted``.

    A more precise answer is cut down to ``wanted`` (``21 Dec 1911`` for a year question is ``1911``);
    a less precise one is refused. A year BC is negative (``44 BC``: ``-0044``).

    Args:
        text: what the student typed, e.g. ``1911``, ``Dec 1911``, ``21st December 1911``,
            ``December 21, 1911``, ``1914 September``, ``1911-12-21``, ``1911/12/21`` (year first),
            ``21/12/1911`` or ``21-12-1911`` (day first), ``AD 43``, ``44 BC``, ``15 March 44 BC``.
        wanted: the question's granularity.
        before_era: the question's date is BC, so that a year typed without its era is BC too ("44" for 44 BC).

    Returns:
        ``1911``, ``1911-12``, ``1911-12-21`` or ``-0044-03-15``.

    Raises:
        AnswerError: the text is empty, too long, not a date, not a real date, or less precise than asked.
    """
    example = example_of(wanted, before_era)
    if not isinstance(text, str) or not text.strip():
        raise AnswerError(f"Type {WHAT[wanted]}, for example {example}.")
    if len(text) > MAX_ANSWER_LENGTH:
        raise AnswerError(f"That answer is too long. Type {WHAT[wanted]}, for example {example}.")
    cleaned = _normalise(text)
    era = _ERA.search(cleaned)  # "AD 43", "43 AD", "January AD 999", "410 CE": a year given with its era
    bc = _BC.search(cleaned)
    if era or bc:
        cleaned = " ".join(_BC.sub(" ", _ERA.sub(" ", cleaned)).split())
    match = None
    for form in _FORMS:
        match = form.match(cleaned)
        if match:
            break
    if match is None:
        raise AnswerError(f"That is not a date we can read. Type {WHAT[wanted]}, for example {example}.")
    parts = match.groupdict()
    year_text = parts["year"]
    marked = bool(era or bc or before_era)
    if not (marked and 1 <= int(year_text) <= 9999) and (len(year_text) not in (3, 4) or int(year_text) < 100):
        raise AnswerError(f"Give the year in full, for example {example} (or AD 43, or 44 BC).")
    year = -int(year_text) if bc or (before_era and not era) else int(year_text)
    month: int | None = None
    if parts.get("month"):
        month = MONTHS[parts["month"]]
    elif parts.get("nmonth"):
        month = int(parts["nmonth"])
        if not 1 <= month <= 12:
            raise AnswerError(f"There is no month {month}. Type {WHAT[wanted]}, for example {example}.")
    day = int(parts["day"]) if parts.get("day") else None
    if month is not None and day is not None and not 1 <= day <= month_days(year, month):
        raise AnswerError(f"That day does not exist. Type {WHAT[wanted]}, for example {example}.")
    given = Granularity.DAY if day is not None else Granularity.MONTH if month is not None else Granularity.YEAR
    if given < wanted:
        raise AnswerError(f"Give {WHAT[wanted]}, for example {example}.")
    return iso_of(year, month if wanted >= Granularity.MONTH else None, day if wanted >= Granularity.DAY else None)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def grade_date(given_iso: str, expected_iso: str) -> DateGrade:
    """Compare two ISO partial dates of the same granularity and say how far off the answer was.

    Args:
        given_iso: the parsed answer (from ``parse_date_answer``).
        expected_iso: the question's date.

    Returns:
        The verdict, with a message such as ``3 years too early.`` or ``Right year, wrong month.``

    Raises:
        AnswerError: either value is not a valid ISO partial date.
    """
    given_parts, expected_parts = parse_iso(given_iso), parse_iso(expected_iso)
    if given_parts is None or expected_parts is None:
        raise AnswerError("Not a valid date.")
    years_off = years_between(expected_parts[0], given_parts[0])
    shown = format_partial(expected_iso)
    if given_iso == expected_iso:
        message = "Exactly right."
    elif years_off < 0:
        message = f"{_plural(-years_off, 'year')} too early: it was {shown}."
    elif years_off > 0:
        message = f"{_plural(years_off, 'year')} too late: it was {shown}."
    elif given_parts[1] != expected_parts[1]:
        message = f"Right year, wrong month: it was {shown}."
    else:
        message = f"Right month, wrong day: it was {shown}."
    return DateGrade(given_iso == expected_iso, given_iso, expected_iso, years_off, message)


def date_granularity(iso: str) -> Granularity:
    """The granularity of a question's ISO date (a malformed date is treated as a year question).

    Args:
        iso: the stored date.

    Returns:
        The granularity the answer must have.
    """
    return granularity(iso) or Granularity.YEAR


def grade_choice(given: str, expected: str) -> bool:
    """Whether a chosen option is the right one (exact text, as the options were shown).

    Args:
        given: the option the student chose.
        expected: the question's answer.

    Returns:
        True when they are the same option.
    """
    return given == expected


@dataclass(frozen=True)
class Verdict:
    """A graded answer to one question: ``given`` is stored, ``shown`` is displayed."""

    correct: bool
    given: str
    shown: str
    message: str


def grade_question(
    question_type: str,
    answer: str,
    iso_date: str | None,
    options: list[str],
    choice: str | None = None,
    text: str | None = None,
) -> Verdict:
    """Grade a submitted answer to a multiple-choice or date question.

    Args:
        question_type: ``multiple_choice`` or ``date``.
        answer: the question's answer.
        iso_date: the question's date (date questions).
        options: the options as shown (multiple choice).
        choice: the chosen option's number, ``1`` to ``len(options)`` (multiple choice).
        text: the typed answer (date questions).

    Returns:
        The verdict.

    Raises:
        AnswerError: no option chosen or a number out of range, or a date that cannot be read.
    """
    if question_type == "date" and iso_date:
        wanted = date_granularity(iso_date)
        given = parse_date_answer(text or "", wanted, iso_date.startswith("-"))
        grade = grade_date(given, iso_date)
        return Verdict(grade.correct, given, format_partial(given), grade.message)
    raw = (choice or "").strip()
    if not re.fullmatch(r"[0-9]{1,2}", raw) or not 1 <= int(raw) <= len(options):
        raise AnswerError("Choose one of the options.")
    picked = options[int(raw) - 1]
    right = grade_choice(picked, answer)
    return Verdict(right, picked, picked, "Right." if right else f"The answer is {answer}.")


_ARTICLES = frozenset({"the", "a", "an"})


def name_key(text: str) -> str:
    """A name as compared in typed recall: accents dropped, case folded, punctuation and a leading article removed.

    Args:
        text: a name as typed or stored (``Lev Trotsky``, ``lev trotski``, ``the Analytical Engine``).

    Returns:
        The words joined by single spaces.
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    words = re.findall(r"[^\W_]+", plain)
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def grade_name(typed: str, answer: str, others: list[str], person: bool = True) -> Verdict:
    """Grade a name typed from memory, forgivingly: case, accents, punctuation and a leading article do not
    count, and a person's surname alone is enough when no other option shares it.

    Args:
        typed: what the student typed.
        answer: the question's answer.
        others: the question's other options (a surname they share with the answer is ambiguous).
        person: whether the answer names a person; the last word of a place or a work ("Music" of "Temple of
            Music") is no surname and is not enough.

    Returns:
        The verdict.

    Raises:
        AnswerError: nothing typed, or more than ``MAX_ANSWER_LENGTH`` characters.
    """
    if not isinstance(typed, str) or not typed.strip():
        raise AnswerError("Type the answer.")
    if len(typed) > MAX_ANSWER_LENGTH:
        raise AnswerError("That answer is too long.")
    given, expected = name_key(typed), name_key(answer)
    surname = expected.split()[-1] if expected else ""
    shared = any(name_key(other).split()[-1:] == [surname] for other in others)
    right = given == expected or (person and len(expected.split()) > 1 and given == surname and not shared)
    shown = typed.strip()
    return Verdict(right, shown, shown, "Right." if right else f"The answer is {answer}.")
