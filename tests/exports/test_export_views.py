"""Downloading flashcards and banks: who may, and whether the files import into Anki."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask.testing import FlaskCliRunner, FlaskClient

from quizapp.auth.models import Role, User
from quizapp.bank.formats.interchange import load_json
from quizapp.exports.cloze import NOTE_TYPE, note_guid
from quizapp.extensions import db
from quizapp.review.models import ReviewCard
from quizapp.sets.models import QuestionSet
from tests.conftest import sample_bank
from tests.exports.conftest import AnkiCollection

DUE = datetime(2026, 3, 1, tzinfo=UTC)
FORMATS = ["anki.csv", "deck.apkg", "bank.json", "gift.txt", "moodle.xml", "quizlet.txt"]


@pytest.fixture()
def draft(make_set: Callable[..., QuestionSet], teacher: User) -> QuestionSet:
    """The teacher's unpublished set."""
    return make_set("draft", owner=teacher, published=False)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_owner_downloads_a_draft(teacher_client: FlaskClient, draft: QuestionSet, fmt: str) -> None:
    """Can the owning teacher download their unpublished set in every format, as an attachment?"""
    response = teacher_client.get(f"/export/sets/draft/{fmt}")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment;")


@pytest.mark.parametrize("fmt", FORMATS)
def test_others_cannot_download_a_draft(
    student_client: FlaskClient, login: Callable[[User], FlaskClient], make_user: Callable[..., User], client: FlaskClient, draft: QuestionSet, fmt: str
) -> None:
    """Do a student and another teacher get 404 for an unpublished set, and a visitor a login redirect?"""
    assert student_client.get(f"/export/sets/draft/{fmt}").status_code == 404
    assert login(make_user(role=Role.TEACHER)).get(f"/export/sets/draft/{fmt}").status_code == 404
    assert client.get(f"/export/sets/draft/{fmt}").status_code == 302


def test_a_student_downloads_a_published_set_that_imports_into_anki(
    student_client: FlaskClient, make_set: Callable[..., QuestionSet], anki: AnkiCollection
) -> None:
    """Does a student's .apkg then Anki CSV of a published set import as one cloze note per sentence (one card per
    question), the CSV updating the package's notes without duplicates?"""
    qset = make_set("ada", published=True)
    anki.import_apkg(student_client.get("/export/sets/ada/deck.apkg").data)
    text = student_client.get("/export/sets/ada/anki.csv").get_data(as_text=True)
    anki.import_csv(text)
    anki.import_csv(text)
    notes = anki.notes()
    assert len(notes) == 5 and sum(len(n["cards"]) for n in notes.values()) == 9
    met = notes[note_guid("ada", qset.questions[1].source_sentence)]
    assert met["deck"] == "quizapp::Ada Lovelace" and met["type"] == NOTE_TYPE


def test_an_edited_set_reexported_updates_anki_notes(
    teacher_client: FlaskClient, draft: QuestionSet, make_anki: Callable[[str], AnkiCollection]
) -> None:
    """After editing a question in the app, do both the CSV and the .apkg re-imports update the note instead of adding one?"""
    csv_col, apkg_col = make_anki("csv"), make_anki("apkg")
    for q in draft.questions:
        q.updated_at = DUE
    db.session.commit()
    csv_col.import_apkg(teacher_client.get("/export/sets/draft/deck.apkg").data)  # brings the note type
    csv_col.import_csv(teacher_client.get("/export/sets/draft/anki.csv").get_data(as_text=True))
    apkg_col.import_apkg(teacher_client.get("/export/sets/draft/deck.apkg").data)
    question = draft.questions[0]
    form = {"type": "multiple_choice", "prompt": "Where was Ada born?", "answer": "London", "distractors": "Paris\nRome", "tags": "",
            "source_sentence": question.source_sentence}
    assert teacher_client.post(f"/teacher/sets/{draft.id}/questions/{question.id}/edit", data=form).status_code == 302
    db.session.expire_all()
    assert question.updated_at > DUE  # the edit is newer, so the next .apkg is newer than the imported one
    csv_col.import_csv(teacher_client.get("/export/sets/draft/anki.csv").get_data(as_text=True))
    apkg_col.import_apkg(teacher_client.get("/export/sets/draft/deck.apkg").data)
    for collection in (csv_col, apkg_col):
        notes = collection.notes()
        assert len(notes) == 5
        born = notes[note_guid("draft", question.source_sentence)]
        assert "{{c1::London::London / Paris / Rome}}" in born["fields"][0]


def test_an_unchanged_set_exports_the_same_package(teacher_client: FlaskClient, draft: QuestionSet) -> None:
    """Is the .apkg of an unchanged set the same file on every download (its time is the set's last change)?"""
    assert teacher_client.get("/export/sets/draft/deck.apkg").data == teacher_client.get("/export/sets/draft/deck.apkg").data


def test_the_json_download_is_the_interchange_format(teacher_client: FlaskClient, draft: QuestionSet) -> None:
    """Does the JSON download read back as the same bank?"""
    data = teacher_client.get("/export/sets/draft/bank.json").data
    assert load_json(data) == sample_bank()
    assert json.loads(data)["questions"][0]["id"] == "q-born-place"


def test_a_student_exports_their_own_review_deck(
    student_client: FlaskClient, student: User, make_user: Callable[..., User], make_set: Callable[..., QuestionSet], anki: AnkiCollection
) -> None:
    """Does the review-deck export hold exactly the student's own review cards, with the set exports' GUIDs?"""
    qset = make_set("ada", published=True)
    other = make_user()
    for user, index in ((student, 0), (student, 5), (other, 1)):
        db.session.add(ReviewCard(user_id=user.id, question_id=qset.questions[index].id, due=DUE))
    db.session.commit()
    anki.import_apkg(student_client.get("/export/review/deck.apkg").data)
    response = student_client.get("/export/review/anki.csv")
    assert response.status_code == 200
    anki.import_csv(response.get_data(as_text=True))
    notes = anki.notes()
    assert set(notes) == {note_guid("ada", qset.questions[0].source_sentence)}  # both questions come from one sentence
    assert notes[note_guid("ada", qset.questions[0].source_sentence)]["cards"] == [0, 1]
    assert {note["deck"] for note in notes.values()} == {"quizapp::My review deck"}


def test_the_exports_page_lists_published_sets(student_client: FlaskClient, make_set: Callable[..., QuestionSet], teacher: User) -> None:
    """Does the flashcards page list published sets only, with their download links?"""
    make_set("ada", published=True)
    make_set("hidden", owner=teacher, published=False)
    page = student_client.get("/export/").get_data(as_text=True)
    assert "/export/sets/ada/deck.apkg" in page and "/export/sets/hidden/" not in page


def test_cli_exports_anki_csv_json_and_apkg(runner: FlaskCliRunner, make_set: Callable[..., QuestionSet], tmp_path: Path, anki: AnkiCollection) -> None:
    """Does `flask export anki|json|apkg SLUG -o FILE` write files that import into Anki and read back as the bank?"""
    make_set("ada", published=False)
    cards, bank, deck = tmp_path / "cards.csv", tmp_path / "bank.json", tmp_path / "deck.apkg"
    result = runner.invoke(args=["export", "anki", "ada", "-o", str(cards)])
    assert result.exit_code == 0, result.output
    assert "Wrote 5 cloze notes (9 cards)" in result.output
    assert runner.invoke(args=["export", "json", "ada", "-o", str(bank)]).exit_code == 0
    assert runner.invoke(args=["export", "apkg", "ada", "-o", str(deck)]).exit_code == 0
    anki.import_apkg(deck.read_bytes())
    anki.import_csv(cards.read_text(encoding="utf-8"))
    assert len(anki.notes()) == 5
    assert load_json(bank.read_bytes()) == sample_bank()


def test_cli_refuses_an_unknown_slug(runner: FlaskCliRunner, tmp_path: Path) -> None:
    """Does exporting a missing set fail with a clear message and write nothing?"""
    result = runner.invoke(args=["export", "anki", "nope", "-o", str(tmp_path / "x.csv")])
    assert result.exit_code != 0
    assert "No question set with the slug 'nope'" in result.output
    assert not (tmp_path / "x.csv").exists()


def test_review_deck_package_carries_each_cards_fsrs_state(
    student_client: FlaskClient, student: User, make_set: Callable[..., QuestionSet], anki: AnkiCollection
) -> None:
    """Does the review deck's .apkg, imported with its learning progress, give each card the app's FSRS
    stability and difficulty, its due day, and one review-log row per logged review?"""
    import random
    from datetime import timedelta

    from sqlalchemy import func, select

    from quizapp.extensions import utcnow
    from quizapp.review.models import ReviewLog
    from quizapp.review.operations import record_quiz_result

    qset = make_set("ada", published=True)
    start = utcnow() - timedelta(days=30)
    for index, question in enumerate(qset.questions[:4]):
        at = start
        for step in range(3):
            record_quiz_result(student.id, question.id, question.type, (index + step) % 3 != 1, 3000, at, random.Random(step))
            db.session.commit()
            at = db.session.scalar(select(ReviewCard.due).where(ReviewCard.question_id == question.id))
    anki.import_apkg(student_client.get("/export/review/deck.apkg").data, with_scheduling=True)
    for card in db.session.scalars(select(ReviewCard).where(ReviewCard.user_id == student.id)):
        question = next(q for q in qset.questions if q.id == card.question_id)
        number = 1 if question.type == "multiple_choice" else 2
        anki_card = anki.cards(note_guid("ada", question.source_sentence))[number]
        assert anki_card.memory_state.stability == pytest.approx(card.stability, abs=1e-3)
        assert anki_card.memory_state.difficulty == pytest.approx(card.difficulty, abs=1e-3)
        logs = db.session.scalar(select(func.count(ReviewLog.id)).where(ReviewLog.card_id == card.id))
        assert anki.col.db.scalar("select count() from revlog where cid = ?", anki_card.id) == logs == 3
        if card.state == 2:
            assert abs(anki_card.due - anki.col.sched.today - (card.due.date() - utcnow().date()).days) <= 1
