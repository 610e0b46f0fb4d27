"""Cloze exports imported into a real Anki collection: one note per sentence, one card per question (siblings),
one note type and GUID scheme for CSV and .apkg (either updates the other), memory state in the review deck."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import UTC, datetime, timedelta

import pytest

from quizapp.bank.types import AnswerKind, BankQuestion, QuestionBank, QuestionType
from quizapp.exports.anki_csv import deck_name, render_anki_csv
from quizapp.exports.apkg import CardSchedule, LoggedReview, build_apkg, deck_id
from quizapp.exports.cards import anki_tag, html_text
from quizapp.exports.cloze import NOTE_TYPE, ClozeNote, cloze_notes, note_guid, question_guid
from tests.conftest import sample_bank
from tests.exports.conftest import AnkiCollection

T0 = 1_700_000_000.0
MC = QuestionType.MULTIPLE_CHOICE
DATE = QuestionType.DATE
DECK = "quizapp::Serge"


def _tricky() -> tuple[BankQuestion, ...]:
    """Questions that break naive exports: a leading #, markup, cloze braces, quotes, Unicode, newlines, no sentence."""
    return (
        BankQuestion("t1", DATE, "In what year did the tsar fall?", "1917", ("1905",), AnswerKind.DATE, "In 1917 the tsar fell.", "1917", ("Russian Revolution",)),
        BankQuestion("t3", MC, "#1 ____ wrote «Mémoires d’un révolutionnaire».", "Victor Serge", ("Lev Trotsky", "Бухарин"), AnswerKind.PERSON, "#1 Victor Serge wrote «Mémoires d’un révolutionnaire».", None, ("écrivain",)),
        BankQuestion("t4", MC, "Who is {{c1::odd}}?", "A & B", ("<b>C</b>",), AnswerKind.ORG, "", None, ()),
        BankQuestion("t5", DATE, "In which year did Ada marry William King?", "1835", ("1833", "1837"), AnswerKind.DATE, "", "1835", ()),
    )


def _bank(questions: tuple[BankQuestion, ...] | None = None) -> QuestionBank:
    return QuestionBank("Serge", "serge.txt", questions or (*sample_bank().questions, *_tricky()))


def _notes(bank: QuestionBank) -> list[ClozeNote]:
    return cloze_notes(bank.questions, set_key="serge")


def _csv(bank: QuestionBank) -> str:
    return render_anki_csv(_notes(bank), deck=DECK)


def _apkg(bank: QuestionBank, timestamp: float = T0) -> bytes:
    return build_apkg(_notes(bank), deck=DECK, timestamp=timestamp)


def test_one_note_per_sentence_one_cloze_per_question() -> None:
    """Do the two questions of a sentence share one note as c1 and c2, names with their options as the hint?"""
    notes = {n.guid: n for n in _notes(_bank())}
    born = notes[note_guid("serge", sample_bank().questions[0].source_sentence)]
    assert born.text == (
        "Ada Lovelace was born in {{c1::London::Dublin / Edinburgh / London / Paris}} on {{c2::10th December, 1815::full date}}."
    )
    assert [c.question_id for c in born.clozes] == ["q-born-place", "d-born"]
    assert born.options == "c1: Dublin · Edinburgh · London · Paris" and born.date == "c2: 1815-12-10"
    assert len(notes) == 5 + 4 and sum(len(n.clozes) for n in notes.values()) == 13


def test_dates_before_the_era_are_hidden_whole() -> None:
    """Is a date BC hidden with its era ("{{c1::15 March 44 BC::full date}}"), and a year BC asked of a full date the
    year with "BC", never the bare digits of the ISO date (-0044)?"""
    sentence = "Caesar was murdered on 15 March 44 BC in the theatre of Pompey."
    day = BankQuestion("d-ides", QuestionType.DATE, "Caesar was murdered on ____.", "15 March 44 BC",
                       ("-0045-03-15", "-0043-03-15", "-0046-03-15"), AnswerKind.DATE, sentence, "-0044-03-15", ())
    year = BankQuestion("d-year", QuestionType.DATE, "In which year was Caesar murdered?", "44 BC",
                        ("-0045", "-0043", "-0046"), AnswerKind.DATE, sentence, "-0044", ())
    [one] = cloze_notes([day], set_key="caesar")
    assert one.text == "Caesar was murdered on {{c1::15 March 44 BC::full date}} in the theatre of Pompey."
    [other] = cloze_notes([year], set_key="caesar")
    assert other.text == "Caesar was murdered on 15 March {{c1::44 BC::year}} in the theatre of Pompey."


def test_questions_without_a_sentence_get_a_note_of_their_own() -> None:
    """Is a teacher-written question (no source sentence) a one-cloze note made from its prompt, markup escaped?"""
    notes = {n.guid: n for n in _notes(_bank())}
    odd = notes[question_guid("serge", "t4")]
    assert odd.text == "Who is { {c1::odd} }?<br>{{c1::A &amp; B::&lt;b&gt;C&lt;/b&gt; / A &amp; B}}"
    assert notes[question_guid("serge", "t5")].text == "In which year did Ada marry William King?<br>{{c1::1835::year}}"


def test_csv_header_is_what_anki_reads() -> None:
    """Does the file start with the seven header lines naming the cloze note type, every field quoted?"""
    lines = _csv(_bank()).splitlines()
    assert lines[:7] == [
        "#separator:Comma", "#html:true", f"#notetype:{NOTE_TYPE}", f"#deck:{DECK}",
        "#guid column:1", "#tags column:7", "#columns:GUID,Text,Back Extra,Source,Options,Date,Tags",
    ]
    rows = list(csv.reader(io.StringIO("\n".join(lines[7:]))))
    assert len(rows) == len(_notes(_bank()))
    assert all(line.startswith('"') and line.endswith('"') for line in lines[7:])


def test_apkg_imports_cloze_notes_with_sibling_cards(anki: AnkiCollection) -> None:
    """Does the .apkg import as one quizapp Cloze note per sentence, one card per question, fields and tags intact?"""
    notes = _notes(_bank())
    anki.import_apkg(_apkg(_bank()))
    imported = anki.notes()
    assert len(imported) == len(notes) == 9
    assert sum(len(n["cards"]) for n in imported.values()) == 13  # one card per question
    serge = imported[note_guid("serge", _tricky()[1].source_sentence)]
    assert serge["type"] == NOTE_TYPE and serge["deck"] == DECK
    assert serge["fields"][0].startswith("#1 {{c1::Victor Serge::Lev Trotsky / Victor Serge / Бухарин}} wrote «Mémoires")
    assert serge["tags"] == ["serge", "écrivain"]
    born = imported[note_guid("serge", sample_bank().questions[0].source_sentence)]
    assert born["cards"] == [0, 1]  # siblings: Anki buries one when the other is studied


def test_dates_are_typed_in_and_names_recalled(anki: AnkiCollection) -> None:
    """Does a date-only note's card ask for the date typed in, and a card of a note with a name show its options?"""
    anki.import_apkg(_apkg(_bank()))
    marry = anki.cards(question_guid("serge", "t5"))[1].question()
    born = anki.cards(note_guid("serge", sample_bank().questions[0].source_sentence))[1].question()
    assert "[[type:cloze:Text]]" in marry and "[year]" in marry  # Anki's reviewer puts the answer box there
    assert "[[type:" not in born and "[Dublin / Edinburgh / London / Paris]" in born and "10th December, 1815" in born


def test_csv_after_apkg_updates_the_same_notes(anki: AnkiCollection) -> None:
    """After the .apkg, does an edited CSV update its notes in place (same note type and GUIDs) and add only the new one?"""
    anki.import_apkg(_apkg(_bank()))
    edited = list(_bank().questions)
    edited[0] = dataclasses.replace(edited[0], distractors=("Bath", "York", "Leeds"))
    edited.append(BankQuestion("new", MC, "Who?", "Somerville", ("Faraday",), AnswerKind.PERSON))
    anki.import_csv(_csv(_bank(tuple(edited))))
    notes = anki.notes()
    assert len(notes) == 10
    born = notes[note_guid("serge", edited[0].source_sentence)]
    assert "{{c1::London::Bath / Leeds / London / York}}" in born["fields"][0] and born["type"] == NOTE_TYPE


def test_apkg_after_csv_updates_the_same_notes(anki: AnkiCollection, make_anki: object) -> None:
    """In a collection that knows the note type, does a later .apkg update the notes a CSV made, duplicating none?"""
    anki.import_apkg(build_apkg(_notes(_bank())[:1], deck=DECK, timestamp=T0))  # any quizapp package brings the note type
    anki.import_csv(_csv(_bank()))
    assert len(anki.notes()) == 9
    edited = list(_bank().questions)
    edited[2] = dataclasses.replace(edited[2], distractors=("the Loom", "the Mill", "the Press"))
    later = datetime.now(UTC).timestamp() + 3600  # Anki takes a package's note only when it is newer than its own
    log = anki.import_apkg(_apkg(_bank(tuple(edited)), timestamp=later))
    notes = anki.notes()
    assert len(notes) == 9 and not log.conflicting
    assert "the Analytical Engine / the Loom / the Mill / the Press" in notes[note_guid("serge", edited[2].source_sentence)]["fields"][0]


def test_reimports_add_no_duplicates(anki: AnkiCollection) -> None:
    """Do importing the same CSV and .apkg again and again leave one note per sentence?"""
    anki.import_apkg(_apkg(_bank()))
    for _ in range(2):
        anki.import_csv(_csv(_bank()))
        anki.import_apkg(_apkg(_bank()))
    assert len(anki.notes()) == 9


def test_review_deck_carries_memory_state_due_and_log(anki: AnkiCollection) -> None:
    """Does a card imported with its learning progress keep our FSRS stability and difficulty, its due day and
    one review-log row per review; and is a card without a schedule new?"""
    now = datetime.now(UTC).replace(microsecond=0)
    notes = _notes(_bank())
    born = next(n for n in notes if n.guid == note_guid("serge", sample_bank().questions[0].source_sentence))
    reviews = [LoggedReview(now - timedelta(days=20), 3, 4000, None), LoggedReview(now - timedelta(days=10), 1, 9000, 2),
               LoggedReview(now - timedelta(days=3), 3, 2500, 3)]
    schedule = CardSchedule(state=2, due=now + timedelta(days=6), last_review=now - timedelta(days=3), stability=8.25,
                            difficulty=6.5, desired_retention=0.9, reviews=reviews)
    anki.import_apkg(build_apkg(notes, deck=DECK, timestamp=T0, schedules={(born.guid, 1): schedule}), with_scheduling=True)
    cards = anki.cards(born.guid)
    card, sibling = cards[1], cards[2]
    assert card.memory_state is not None
    assert card.memory_state.stability == pytest.approx(8.25, abs=1e-3)
    assert card.memory_state.difficulty == pytest.approx(6.5, abs=1e-3)
    assert card.type == 2 and card.queue == 2 and card.lapses == 1 and card.reps == 3
    assert abs(card.due - anki.col.sched.today - 6) <= 1
    assert anki.col.db.scalar("select count() from revlog where cid = ?", card.id) == 3
    assert anki.col.db.list("select ease from revlog where cid = ? order by id", card.id) == [3, 1, 3]
    assert sibling.type == 0 and sibling.memory_state is None


def test_guids_are_stable_and_distinct() -> None:
    """Is a sentence's GUID the same on every export (whatever is asked about it) and different per sentence and set?"""
    assert note_guid("serge", "In 1917  the tsar fell.") == note_guid("serge", "In 1917 the tsar fell.")
    assert len({note_guid("serge", "a"), note_guid("serge", "b"), note_guid("ada", "a"), question_guid("serge", "a")}) == 4
    assert deck_id("quizapp::Serge") == deck_id("quizapp::Serge") != deck_id("quizapp::Ada")


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


def test_apkg_is_the_same_file_for_the_same_notes_and_time() -> None:
    """Is the package byte-for-byte repeatable for the same notes and timestamp, and different for a later one?"""
    first = _apkg(_bank())
    assert _apkg(_bank()) == first
    assert _apkg(_bank(), timestamp=T0 + 5) != first
