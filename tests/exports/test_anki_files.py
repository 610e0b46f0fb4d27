"""Flashcard exports imported into a real Anki collection: one note per question, fields intact, no duplicates."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from quizapp.bank.types import AnswerKind, BankQuestion, QuestionBank, QuestionType
from quizapp.exports.anki_csv import deck_name, render_anki_csv
from quizapp.exports.apkg import build_apkg, deck_id
from quizapp.exports.cards import anki_tag, card_guid, flashcard, flashcards, html_text
from tests.conftest import sample_bank
from tests.exports.conftest import AnkiCollection

T0 = 1_700_000_000.0
MC = QuestionType.MULTIPLE_CHOICE


def _tricky() -> tuple[BankQuestion, ...]:
    """Questions that break naive exports: same prompts, a leading #, markup, commas, quotes, Unicode, newlines."""
    return (
        BankQuestion("t1", QuestionType.DATE, "In what year?", "1917", ("1905",), AnswerKind.DATE, "In 1917 the tsar fell.", "1917", ("Russian Revolution",)),
        BankQuestion("t2", QuestionType.DATE, "In what year?", "1921", ("1919",), AnswerKind.DATE, "Kronstadt, 1921.", "1921", ()),
        BankQuestion("t3", MC, "#1 who wrote «Mémoires d’un révolutionnaire»?", "Victor Serge", ("Lev Trotsky", "Бухарин"), AnswerKind.PERSON, 'He said "no", then\nleft.', None, ("écrivain",)),
        BankQuestion("t4", MC, "<script>alert('x')</script> & co, \"quoted\"", "A & B", ("<b>C</b>",), AnswerKind.ORG, "", None, ()),
    )


def _bank(questions: tuple[BankQuestion, ...] | None = None) -> QuestionBank:
    return QuestionBank("Serge", "serge.txt", questions or (*sample_bank().questions, *_tricky()))


def _csv(bank: QuestionBank) -> str:
    return render_anki_csv(flashcards(bank.questions, set_key="serge"), deck=deck_name("quizapp", bank.title))


def test_csv_header_is_what_anki_reads() -> None:
    """Does the file start with the seven header lines, and is every field of every row quoted?"""
    text = _csv(_bank())
    lines = text.splitlines()
    assert lines[:7] == [
        "#separator:Comma", "#html:true", "#notetype:Basic", "#deck:quizapp::Serge",
        "#guid column:1", "#tags column:4", "#columns:GUID,Front,Back,Tags",
    ]
    rows = list(csv.reader(io.StringIO("\n".join(lines[7:]))))
    assert len(rows) == len(_bank().questions)
    assert all(line.startswith('"') and line.endswith('"') for line in lines[7:])


def test_csv_imports_one_note_per_question_with_fields_intact(anki: AnkiCollection) -> None:
    """Does Anki create one Basic note per question, in the deck, with escaped HTML, Unicode and tags kept?"""
    bank = _bank()
    anki.import_csv(_csv(bank))
    notes = anki.notes()
    assert len(notes) == len(bank.questions) == 13
    t3 = notes[card_guid("serge", "t3")]
    assert t3["type"] == "Basic"
    assert t3["deck"] == "quizapp::Serge"
    front, back = t3["fields"]
    assert front.startswith("#1 who wrote «Mémoires d’un révolutionnaire»?<ol")
    assert "<li>Бухарин</li>" in front
    assert back == '<b>Victor Serge</b><br><br><i>He said "no", then<br>left.</i>'
    assert t3["tags"] == ["serge", "écrivain"]
    t4 = notes[card_guid("serge", "t4")]
    assert t4["fields"][0].startswith("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co, \"quoted\"")
    assert notes[card_guid("serge", "t1")]["tags"] == ["Russian_Revolution", "serge"]


def test_reimporting_the_same_csv_creates_no_duplicates(anki: AnkiCollection) -> None:
    """Does importing the same export twice leave one note per question?"""
    text = _csv(_bank())
    anki.import_csv(text)
    anki.import_csv(text)
    assert len(anki.notes()) == 13


def test_reimporting_an_edited_csv_updates_notes_in_place(anki: AnkiCollection) -> None:
    """Does an export of the edited set update the changed note and add the new one, duplicating nothing?"""
    bank = _bank()
    anki.import_csv(_csv(bank))
    edited = list(bank.questions)
    edited[0] = dataclasses.replace(edited[0], prompt="In which city was Augusta Ada King born?")
    edited.append(BankQuestion("new", MC, "Who?", "Somerville", ("Faraday",), AnswerKind.PERSON))
    anki.import_csv(_csv(_bank(tuple(edited))))
    notes = anki.notes()
    assert len(notes) == 14
    assert notes[card_guid("serge", edited[0].id)]["fields"][0].startswith("In which city was Augusta Ada King born?")


def test_apkg_imports_one_note_per_question(anki: AnkiCollection) -> None:
    """Does the .apkg import as one note per question in its deck, with the same fields as the CSV?"""
    bank = _bank()
    cards = flashcards(bank.questions, set_key="serge")
    anki.import_apkg(build_apkg(cards, deck="quizapp::Serge", timestamp=T0))
    notes = anki.notes()
    assert len(notes) == 13
    t3 = notes[card_guid("serge", "t3")]
    assert t3["fields"] == [cards[11].front, cards[11].back]
    assert t3["deck"] == "quizapp::Serge"
    assert t3["tags"] == ["serge", "écrivain"]


def test_apkg_reimport_updates_without_duplicates(anki: AnkiCollection) -> None:
    """Does re-importing the same and then a later edited .apkg keep one note per question and take the edit?"""
    bank = _bank()
    cards = flashcards(bank.questions, set_key="serge")
    anki.import_apkg(build_apkg(cards, deck="quizapp::Serge", timestamp=T0))
    anki.import_apkg(build_apkg(cards, deck="quizapp::Serge", timestamp=T0))
    edited = [dataclasses.replace(cards[0], back="<b>London, England</b>"), *cards[1:]]
    anki.import_apkg(build_apkg(edited, deck="quizapp::Serge", timestamp=T0 + 3600))
    notes = anki.notes()
    assert len(notes) == 13
    assert notes[cards[0].guid]["fields"][1] == "<b>London, England</b>"


def test_guids_are_stable_and_distinct() -> None:
    """Is a question's GUID the same on every export and different for another question or set?"""
    assert card_guid("serge", "t1") == card_guid("serge", "t1")
    assert len({card_guid("serge", "t1"), card_guid("serge", "t2"), card_guid("ada", "t1")}) == 3
    assert deck_id("quizapp::Serge") == deck_id("quizapp::Serge") != deck_id("quizapp::Ada")


def test_multiple_choice_front_lists_every_option_and_date_front_none() -> None:
    """Does a multiple-choice front list the answer among sorted options while a date front is the prompt only?"""
    question, date_question = sample_bank().questions[0], sample_bank().questions[5]
    card = flashcard(question, set_key="ada")
    assert card.front == 'In which city was Ada Lovelace born?<ol type="A"><li>Dublin</li><li>Edinburgh</li><li>London</li><li>Paris</li></ol>'
    assert flashcard(date_question, set_key="ada").front == "When was Ada Lovelace born?"
    assert flashcard(date_question, set_key="ada").back.startswith("<b>10 December 1815</b>")


@pytest.mark.parametrize(("raw", "tag"), [("Russian Revolution", "Russian_Revolution"), (" a\tb ", "a_b"), ("x::y", "x::y")])
def test_tags_have_no_spaces(raw: str, tag: str) -> None:
    """Is whitespace inside a tag replaced so Anki keeps it as one tag?"""
    assert anki_tag(raw) == tag


def test_html_text_escapes_and_breaks_lines() -> None:
    """Are <, & and line breaks (LF, CRLF) turned into entities and <br>?"""
    assert html_text("a<b & c\r\nd\ne") == "a&lt;b &amp; c<br>d<br>e"


def test_deck_names_cannot_break_the_hierarchy() -> None:
    """Does a title with :: or a newline stay one deck below quizapp?"""
    assert deck_name("quizapp", "A::B\nC") == "quizapp::A:B C"


def test_apkg_is_the_same_file_for_the_same_cards_and_time() -> None:
    """Is the package byte-for-byte repeatable for the same cards and timestamp, and different for a later one?"""
    cards = flashcards(sample_bank().questions, set_key="ada")
    first = build_apkg(cards, deck="quizapp::Ada", timestamp=T0)
    assert build_apkg(cards, deck="quizapp::Ada", timestamp=T0) == first
    assert build_apkg(cards, deck="quizapp::Ada", timestamp=T0 + 5) != first
