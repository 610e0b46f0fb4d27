"""A class in a real browser: a teacher creates it, derives and assigns a set with a due date, a student joins by
the link, registers, takes a quiz, and the teacher sees the class's results."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from quizapp.auth.models import Role, User
from quizapp.extensions import db
from quizapp.sets.models import Question, QuestionSet
from tests.conftest import PASSWORD
from tests.e2e.test_student_journey import answer_current_item

pytestmark = pytest.mark.browser

Shot = Callable[[Page, str], Path]


@pytest.fixture()
def slow_derive(app: Flask) -> None:
    """The stand-in derivation (about two seconds, with progress) in a local job process."""
    app.config.update(JOB_QUEUE="local", DERIVE_FUNCTION="tests.jobs_fakes:slow_derive")


def test_teacher_assigns_a_derived_set_student_joins_by_link_and_teacher_sees_results(
    page: Page, browser: Browser, live_server: str, make_user: Callable[..., User], slow_derive: None, screenshot: Shot
) -> None:
    """Can a teacher create a class, assign a set derived from a text with a due date, a new student join by the
    link (registering on the way), study it, and the teacher see that student's results for the assignment?"""
    teacher = make_user("teach@example.org", Role.TEACHER)
    page.goto("/auth/login")
    page.get_by_label("Email").fill(teacher.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.get_by_role("link", name="Classes", exact=True).click()
    page.get_by_label("Class name").fill("History 1")
    page.get_by_role("button", name="Create class").click()
    expect(page.get_by_role("heading", name="History 1")).to_be_visible()
    link = page.get_by_label("Join link for your students").input_value()
    assert "/classes/join/" in link

    page.get_by_role("link", name="Teacher", exact=True).click()
    page.get_by_role("link", name="Derive questions from a text").click()
    page.get_by_label("Title").fill("Ada from text")
    page.get_by_label("…or paste the text").fill("Ada Lovelace was born in London in 1815.")
    page.get_by_role("button", name="Derive questions").click()
    expect(page.get_by_role("heading", name="Ada from text")).to_be_visible(timeout=15_000)
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("The set is published")).to_be_visible()

    page.get_by_role("link", name="Classes", exact=True).click()
    page.get_by_role("link", name="History 1").click()
    due = (datetime.now(UTC) + timedelta(days=7)).date()
    page.get_by_label("Question set").select_option(label="Ada from text")
    page.get_by_label("Due date (optional)").fill(due.isoformat())
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_text("The set is assigned.")).to_be_visible()
    expect(page.get_by_role("link", name="Ada from text")).to_be_visible()
    expect(page.locator("#assignments ~ .table-wrap")).to_contain_text(due.strftime("%d %b %Y"))
    screenshot(page, "class-with-assignment")

    student_context = browser.new_context(base_url=live_server, viewport={"width": 390, "height": 844})
    student_context.set_default_timeout(10_000)
    student = student_context.new_page()
    try:
        student.goto(link)
        expect(student.get_by_role("heading", name="Log in")).to_be_visible()
        student.get_by_role("main").get_by_role("link", name="Register").click()
        student.get_by_label("Email").fill("pupil@example.org")
        student.get_by_label("Password", exact=True).fill("a long password")
        student.get_by_label("Repeat password").fill("a long password")
        student.get_by_role("button", name="Create account").click()
        expect(student.get_by_role("heading", name="Join “History 1”")).to_be_visible()
        screenshot(student, "join-page")
        student.get_by_role("button", name="Join the class").click()
        expect(student.get_by_text("You joined “History 1”.")).to_be_visible()
        expect(student.get_by_role("heading", name="Ada from text")).to_be_visible()

        student.get_by_role("link", name="quizapp", exact=True).click()
        card = student.locator("#set-ada-from-text")
        expect(card).to_contain_text("History 1")
        expect(card).to_contain_text("Not started")
        screenshot(student, "student-home")
        card.get_by_role("button", name="Take a quiz").click()
        qset = db.session.scalars(select(QuestionSet).where(QuestionSet.title == "Ada from text")).one()
        answers = {q.prompt: q for q in db.session.scalars(select(Question).where(Question.set_id == qset.id))}
        seen: set[str] = set()
        for position in range(1, 11):
            expect(student.locator(".quiz-progress")).to_have_text(f"Question {position} of 10")
            answer_current_item(student, answers, seen, lambda *_: Path())
            expect(student.locator(".feedback")).to_be_visible()
            expect(student.locator("#next")).to_be_focused()
            student.keyboard.press("Enter")
        expect(student.get_by_role("heading", name=re.compile(r"^Your score: [0-9]+ . 10$"))).to_be_visible()
        student.get_by_role("link", name="quizapp", exact=True).click()
        expect(student.locator("#set-ada-from-text")).not_to_contain_text("Not started")
    finally:
        student_context.close()

    page.reload()
    row = page.locator("table.class-results tr", has_text="pupil@example.org")
    expect(row).to_contain_text("%")
    page.get_by_role("link", name="Ada from text").click()
    expect(page.get_by_role("heading", name="Ada from text")).to_be_visible()
    results = page.locator("table.students tr", has_text="pupil@example.org")
    expect(results).to_contain_text("1 of 1")
    screenshot(page, "assignment-results")
