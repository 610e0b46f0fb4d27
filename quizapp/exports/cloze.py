"""Cloze notes for Anki: one note per source sentence, one cloze (c1…cN) per question asked about it.

Pure: no Flask, no database. The same notes (note type, fields, GUIDs) are written to CSV and ``.apkg``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import genanki

from quizapp.bank.formats.partial_dates import Granularity, granularity, year_of
from quizapp.bank.text.dates import BC_MARK, find_dates
from quizapp.bank.types import BankQuestion, QuestionType
from quizapp.exports.cards import GUID_NAMESPACE, anki_tag, choice_options, html_text

NOTE_TYPE = "quizapp Cloze"
FIELDS = ("Text", "Back Extra", "Source", "Options", "Date")
DATE_HINT = {Granularity.YEAR: "year", Granularity.MONTH: "month and year", Granularity.DAY: "full date"}
_BLANK = re.compile(r"_{2,}")


@dataclass(frozen=True)
class Cloze:
    """One question as a cloze of a note: its number (``c1`` is 1), the question id, and the hidden text."""

    number: int
    question_id: str
    answer: str


@dataclass(frozen=True)
class ClozeNote:
    """One Anki note of the ``quizapp Cloze`` type: its GUID, HTML fields, tags and clozes."""

    guid: str
    text: str
    back_extra: str
    source: str
    options: str
    date: str
    tags: tuple[str, ...]
    clozes: tuple[Cloze, ...]

    @property
    def fields(self) -> list[str]:
        """The fields in the note type's order."""
        return [self.text, self.back_extra, self.source, self.options, self.date]

    def card_number(self, question_id: str) -> int | None:
        """The cloze number (card ``ord`` + 1) of a question in this note, or None."""
        return next((c.number for c in self.clozes if c.question_id == question_id), None)


def note_guid(set_key: str, sentence: str) -> str:
    """The GUID of a sentence's note: the same set and sentence give the same GUID whatever is asked about it.

    Args:
        set_key: the set's stable key (its slug).
        sentence: the source sentence.

    Returns:
        A base91 GUID as genanki writes them.
    """
    return str(genanki.guid_for(GUID_NAMESPACE, set_key, "cloze", " ".join(sentence.split())))


def question_guid(set_key: str, question_id: str) -> str:
    """The GUID of a note made from a question alone (no source sentence, or its answer not found in it)."""
    return str(genanki.guid_for(GUID_NAMESPACE, set_key, "cloze-question", question_id))


def _plain(text: str) -> str:
    """HTML for text around the clozes: escaped, with ``{{`` and ``}}`` broken so the text cannot make a cloze."""
    return html_text(text).replace("{{", "{ {").replace("}}", "} }")


def _hint(question: BankQuestion) -> str:
    if question.type is QuestionType.MULTIPLE_CHOICE:
        return " / ".join(choice_options(question))
    return DATE_HINT[granularity(question.date or "")] if question.date else ""


def _cloze(number: int, answer: str, hint: str) -> str:
    """``{{cN::answer::hint}}`` with ``}}`` and ``::`` kept out of the parts (they would end the cloze)."""

    def safe(text: str) -> str:
        return html_text(text).replace("}}", "} }").replace("::", ": :")

    return f"{{{{c{number}::{safe(answer)}" + (f"::{safe(hint)}" if hint else "") + "}}"


def _date_span(sentence: str, iso: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    for mention in find_dates(sentence):
        if mention.needs_year or any(mention.start < e and s < mention.end for s, e in taken):
            continue
        if mention.iso == iso:
            return mention.start, mention.end
        year = year_of(iso)
        if year is not None and mention.iso.startswith(iso):  # a year asked of a full date: hide the year only
            era = rf"\s*{BC_MARK}" if year < 0 else ""  # "15 March 44 BC": "44 BC"
            found = re.compile(rf"\b0*{abs(year)}\b{era}").search(sentence, mention.start, mention.end)
            if found is not None:
                return found.span()
    return None


def _name_span(sentence: str, answer: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not answer.strip():
        return None
    for flags in (0, re.IGNORECASE):
        for match in re.finditer(rf"(?<!\w){re.escape(answer)}(?!\w)", sentence, flags):
            if not any(match.start() < e and s < match.end() for s, e in taken):
                return match.span()
    return None


def _extras(questions: Sequence[tuple[int, BankQuestion]]) -> tuple[str, str]:
    options = "<br>".join(f"c{n}: {html_text(' · '.join(choice_options(q)))}" for n, q in questions if q.type is QuestionType.MULTIPLE_CHOICE)
    dates = "<br>".join(f"c{n}: {html_text(q.date or '')}" for n, q in questions if q.type is QuestionType.DATE and q.date)
    return options, dates


def _tags(questions: Iterable[BankQuestion], set_tag: str) -> tuple[str, ...]:
    tags = [anki_tag(set_tag), *(anki_tag(t) for q in questions for t in q.tags)]
    return tuple(dict.fromkeys(t for t in tags if t))


def _question_note(question: BankQuestion, set_key: str, set_tag: str, back_extra: str) -> ClozeNote:
    """A note for a question without a usable sentence: its prompt, the blank (or the end) made a cloze."""
    hidden = question.answer if question.type is QuestionType.MULTIPLE_CHOICE else question.answer or question.date or ""
    cloze = _cloze(1, hidden, _hint(question))
    prompt = _plain(question.prompt)
    text = _BLANK.sub(lambda _m: cloze, prompt, count=1) if _BLANK.search(prompt) else f"{prompt}<br>{cloze}"
    options, dates = _extras([(1, question)])
    return ClozeNote(
        guid=question_guid(set_key, question.id),
        text=text,
        back_extra=back_extra,
        source=html_text(question.source_sentence),
        options=options,
        date=dates,
        tags=_tags([question], set_tag),
        clozes=(Cloze(1, question.id, hidden),),
    )


def cloze_notes(questions: Iterable[BankQuestion], *, set_key: str, set_tag: str | None = None, back_extra: str = "") -> list[ClozeNote]:
    """Group a set's questions by source sentence into cloze notes.

    In each sentence the answer of every question is hidden as its own cloze, numbered in the order of the
    questions: a name as ``{{c1::Lille::Lille / Lyon / Paris / Rouen}}`` (the options as the hint), a date as
    ``{{c2::1909::year}}``. Anki makes one card per cloze, siblings of one note, so it buries the others of a
    sentence on the day one is studied. A question whose answer is not in its sentence (or that has no
    sentence) becomes a note of its own made from its prompt.

    Args:
        questions: the questions, in the set's order.
        set_key: the set's slug, for the GUIDs.
        set_tag: a tag naming the set (default ``set_key``).
        back_extra: HTML for every note's Back Extra field (such as the set's title).

    Returns:
        The notes, in the order their first question appears.
    """
    tag = set_tag or set_key
    groups: dict[str, list[BankQuestion]] = {}
    alone: list[BankQuestion] = []
    for question in questions:
        sentence = " ".join(question.source_sentence.split())
        (groups.setdefault(sentence, []) if sentence else alone).append(question)
    notes: list[ClozeNote] = []
    for sentence, group in groups.items():
        taken: list[tuple[int, int]] = []
        spans: list[tuple[int, int, BankQuestion]] = []
        for question in group:
            if question.type is QuestionType.DATE and question.date:
                span = _date_span(sentence, question.date, taken)
            else:
                span = _name_span(sentence, question.answer, taken)
            if span is None:
                notes.append(_question_note(question, set_key, tag, back_extra))
            else:
                taken.append(span)
                spans.append((*span, question))
        if not spans:
            continue
        numbered = [(number, start, end, question) for number, (start, end, question) in enumerate(spans, start=1)]
        text, cursor = [], 0
        for number, start, end, question in sorted(numbered, key=lambda entry: entry[1]):
            text.append(_plain(sentence[cursor:start]))
            text.append(_cloze(number, sentence[start:end], _hint(question)))
            cursor = end
        text.append(_plain(sentence[cursor:]))
        options, dates = _extras([(number, question) for number, _s, _e, question in numbered])
        notes.append(
            ClozeNote(
                guid=note_guid(set_key, sentence),
                text="".join(text),
                back_extra=back_extra,
                source=html.escape(sentence, quote=False),
                options=options,
                date=dates,
                tags=_tags((q for *_rest, q in numbered), tag),
                clozes=tuple(Cloze(number, q.id, sentence[s:e]) for number, s, e, q in numbered),
            )
        )
    notes.extend(_question_note(question, set_key, tag, back_extra) for question in alone)
    return notes
