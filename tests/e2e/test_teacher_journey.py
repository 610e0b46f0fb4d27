"""A teacher's whole journey in a real browser: upload, review and edit, publish, derive with progress, results, export."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import Page, expect
from sqlalchemy import select

from quizapp.auth.models import Role, User
from quizapp.extensions import db
from quizapp.quiz.models import QuizAnswer, QuizAttempt, QuizItem
from quizapp.sets.models import QuestionSet
from tests.conftest import PASSWORD
from tests.exports.conftest import AnkiCollection

pytestmark = pytest.mark.browser

Shot = Callable[[Page, str], Path]
AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CSV = (
    "type,prompt,answer,distractors,date,tags\n"
    "multiple_choice,Who wrote Memoirs of a Revolutionary?,Victor Serge,Lev Trotsky|Boris Souvarine,,person\n"
    "multiple_choice,Where was Serge born?,Brussels,Paris|Kyiv,,place\n"
    "date,When did Serge die?,,1946|1948,1947,date\n"
)


@pytest.fixture()
def slow_derive(app: Flask) -> None:
    """A stand-in for spaCy derivation that takes about two seconds and reports its progress, run in a local job
    process of its own as in ``make run`` without Redis."""
    app.config.update(JOB_QUEUE="local", DERIVE_FUNCTION="tests.jobs_fakes:slow_derive")


def _answer(user: User, qset: QuestionSet, marks: list[bool]) -> None:
    attempt = QuizAttempt(user_id=user.id, set_id=qset.id, started_at=AT, finished_at=AT, score=sum(marks), total=len(marks))
    db.session.add(attempt)
    for position, (question, correct) in enumerate(zip(qset.questions, marks)):
        item = QuizItem(position=position, question_id=question.id, options=[], shown_at=AT)
        attempt.items.append(item)
        db.session.flush()
        db.session.add(QuizAnswer(item_id=item.id, user_id=user.id, question_id=question.id, given_answer="x", correct=correct, answered_at=AT))
    db.session.commit()


def test_teacher_uploads_reviews_publishes_derives_watches_results_and_exports(
    page: Page, make_user: Callable[..., User], slow_derive: None, screenshot: Shot, tmp_path: Path, enrol: Callable[..., object]
) -> None:
    """Can a teacher do the whole round in the browser, and does the exported Anki CSV import into Anki?"""
    teacher = make_user("teach@example.org", Role.TEACHER)
    page.goto("/auth/login")
    page.get_by_label("Email").fill(teacher.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Teacher").click()
    expect(page.get_by_role("heading", name="Your question sets")).to_be_visible()
    screenshot(page, "teacher-home")

    # A bad file first: every problem listed, nothing stored.
    page.get_by_role("link", name="Upload a question file").click()
    bad = tmp_path / "bad.csv"
    bad.write_text("type,prompt,answer,distractors,date,tags\nmultiple_choice,P,A,,,\ndate,D,,,1911-13,\n", encoding="utf-8")
    page.get_by_label("Question file").set_input_files(str(bad))
    page.get_by_role("button", name="Upload and review").click()
    expect(page.get_by_text("Line 2: a multiple-choice question needs at least one distractor")).to_be_visible()
    expect(page.get_by_text("Line 3:")).to_be_visible()
    screenshot(page, "upload-problems")

    good = tmp_path / "victor_serge.csv"
    good.write_bytes(CSV.encode("cp1252"))
    page.get_by_label("Question file").set_input_files(str(good))
    page.get_by_label("Title", exact=True).fill("Victor Serge")
    page.get_by_role("button", name="Upload and review").click()
    expect(page.get_by_role("heading", name="Victor Serge")).to_be_visible()
    expect(page.get_by_text("Uploaded 3 questions")).to_be_visible()
    screenshot(page, "review")

    page.get_by_role("link", name="Edit question 2").click()
    page.get_by_label("Answer", exact=True).fill("Brussels (Ixelles)")
    page.get_by_role("button", name="Save question").click()
    expect(page.get_by_text("Brussels (Ixelles)")).to_be_visible()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("The set is published")).to_be_visible()
    screenshot(page, "published")

    # Derive a set from pasted text: the progress page updates, then opens the new set.
    page.get_by_role("link", name="← Your sets").click()
    page.get_by_role("link", name="Derive questions from a text").click()
    page.get_by_label("Title").fill("Ada from text")
    page.get_by_label("…or paste the text").fill("Ada Lovelace was born in London in 1815.")
    page.get_by_role("button", name="Derive questions").click()
    expect(page.get_by_role("heading", name="Deriving “Ada from text”")).to_be_visible()
    expect(page.get_by_text(re.compile(r"of 4 parts"))).to_be_visible()
    screenshot(page, "derive-progress")
    expect(page.get_by_role("heading", name="Ada from text")).to_be_visible(timeout=15_000)
    expect(page.get_by_text("Derived the set")).to_be_visible()

    # The students of the teacher's class answer the uploaded set; the teacher sees scores and question statistics.
    qset = db.session.scalars(select(QuestionSet).where(QuestionSet.slug == "victor-serge")).one()
    for n, marks in enumerate([[True, True, False], [True, False, False], [False, True, True], [True, False, False], [True, True, False]]):
        student = make_user(f"s{n}@example.org")
        enrol(student, qset)
        _answer(student, qset, marks)
    page.goto(f"/teacher/sets/{qset.id}/results")
    expect(page.get_by_role("cell", name="s0@example.org")).to_be_visible()
    expect(page.locator("tr.flagged").first).to_be_visible()
    screenshot(page, "results")
    page.locator("tr.flagged a").first.click()
    expect(page.get_by_role("heading", name="Edit question")).to_be_visible()

    page.goto(f"/teacher/sets/{qset.id}")
    with page.expect_download() as package:
        page.get_by_role("link", name="Anki package (.apkg)").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Anki CSV").click()
    exported = tmp_path / "cards.csv"
    download.value.save_as(exported)
    (tmp_path / "anki").mkdir()
    collection = AnkiCollection(tmp_path / "anki" / "collection.anki2")
    try:
        collection.import_apkg(Path(package.value.path()).read_bytes())  # brings the quizapp Cloze note type
        collection.import_csv(exported.read_text(encoding="utf-8"))
        fronts = sorted(note["fields"][0] for note in collection.notes().values())
    finally:
        collection.col.close()
    assert len(fronts) == 3  # no source sentences: one cloze note per question, made from its prompt
    assert fronts[0].startswith("When did Serge die?<br>{{c1::")
