"""A new student's whole journey in a real browser: register, quiz (every item kind), score, review, progress."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.review.models import ReviewCard
from quizapp.sets.models import Question, QuestionSet
from quizapp.study.timeline import event_label

pytestmark = pytest.mark.browser

Shot = Callable[[Page, str], Path]


@pytest.fixture()
def answers(make_set: Callable[..., QuestionSet]) -> dict[str, Question]:
    """The published sample set, its questions keyed by prompt (for answering right or wrong on purpose)."""
    qset = make_set()
    return {q.prompt: q for q in db.session.scalars(select(Question).where(Question.set_id == qset.id))}



def a_day_passes() -> None:
    """Move every review card a day into the past, as if the student came back tomorrow."""
    for card in db.session.scalars(select(ReviewCard)):
        card.due -= timedelta(days=1)
        card.last_review = card.last_review - timedelta(days=1) if card.last_review else None
    db.session.commit()


def answer_current_item(page: Page, answers: dict[str, Question], seen: set[str], shot: Shot) -> str:
    """Answer whatever item is on screen using only the keyboard; returns its kind."""
    heading = page.locator("h1").first.inner_text().strip()
    if heading.startswith("Put these events in order"):
        labels = page.locator(".timeline-events label")
        texts = [labels.nth(i).inner_text() for i in range(labels.count())]
        by_year = []
        for i, text in enumerate(texts):
            question = next(q for q in answers.values() if q.type == "date" and event_label(q.source_sentence, q.prompt) == text.strip())
            by_year.append((question.date, i))
        order = sorted(by_year)
        if "timeline" not in seen:
            shot(page, "timeline-question")
        for place, (_, i) in enumerate(order, start=1):
            page.get_by_label(texts[i], exact=True).select_option(str(place))
        page.get_by_role("button", name="Check the order").press("Enter")
        return "timeline"
    question = answers[heading]
    if question.type == "date":
        field = page.get_by_label(re.compile("^Your answer"))
        expect(field).to_be_focused()
        if "date" not in seen:
            year = int(question.date[:4]) - 2
            typed = {4: str(year), 7: f"Nov {year}", 10: f"10th December, {year}"}[len(question.date)]
            field.fill(typed)
            shot(page, "date-question")
        else:
            field.fill(question.answer)
        field.press("Enter")
        return "date"
    options = page.locator(".options button")
    texts = [options.nth(i).inner_text() for i in range(options.count())]
    key = next(i for i, t in enumerate(texts, start=1) if t.endswith(question.answer))
    if "multiple_choice" not in seen:
        shot(page, "multiple-choice-question")
    page.wait_for_load_state("load")  # the number keys work once the page's deferred script has run
    page.keyboard.press(str(key))
    return "multiple_choice"


def test_student_registers_quizzes_reviews_and_sees_progress(page: Page, answers: dict[str, Question], screenshot: Shot) -> None:
    """Can a new student, without help, register, finish a quiz of multiple-choice, date and timeline
    items with the keyboard, see the score and mistakes, review due cards, and see their progress?"""
    page.goto("/")
    page.get_by_role("link", name="Create a free account").click()
    page.get_by_label("Email").fill("newstudent@example.org")
    page.get_by_label("Password", exact=True).fill("a long password")
    page.get_by_label("Repeat password").fill("a long password")
    page.get_by_role("button", name="Create account").click()
    screenshot(page, "home-after-registering")

    page.get_by_role("button", name="Take a quiz").click()
    seen: set[str] = set()
    for position in range(1, 11):
        expect(page.locator(".quiz-progress")).to_have_text(f"Question {position} of 10")
        kind = answer_current_item(page, answers, seen, screenshot)
        feedback = page.locator(".feedback")
        expect(feedback).to_be_visible()
        if kind == "date" and kind not in seen:
            expect(feedback).to_contain_text("2 years too early")
            screenshot(page, "date-feedback")
        if kind == "multiple_choice" and kind not in seen:
            expect(feedback).to_contain_text("Right!")
            expect(page.locator(".source")).to_be_visible()
            screenshot(page, "multiple-choice-feedback")
        if kind == "timeline":
            expect(feedback).to_contain_text("Right!")
            screenshot(page, "timeline-feedback")
        seen.add(kind)
        expect(page.locator("#next")).to_be_focused()
        page.keyboard.press("Enter")
    assert seen == {"multiple_choice", "date", "timeline"}

    expect(page.get_by_role("heading", name="Your score: 9 / 10")).to_be_visible()
    expect(page.get_by_role("heading", name="Your mistakes")).to_be_visible()
    screenshot(page, "score")

    page.get_by_role("link", name="Review due cards").click()
    expect(page.get_by_role("heading", name="Review", exact=True)).to_be_visible()
    expect(page.locator("#due-now")).to_have_text("0")  # just learnt: the first cards come back in minutes
    expect(page.locator(".forecast")).to_contain_text("Later today")
    screenshot(page, "review-nothing-due-yet")
    a_day_passes()
    page.reload()
    due_before = int(page.locator("#due-now").inner_text())
    assert due_before == 9
    prompt = page.locator("#review-prompt").inner_text()
    screenshot(page, "review-card")
    page.wait_for_load_state("load")
    page.keyboard.press(" ")
    expect(page.locator(".answer-text")).to_be_visible()
    expect(page.locator(".answer-text")).to_contain_text(answers[prompt].answer)
    screenshot(page, "review-revealed")
    page.keyboard.press("3")
    expect(page.locator(".flash-success")).to_contain_text("Saved")
    assert int(page.locator("#due-now").inner_text()) == due_before - 1
    screenshot(page, "review-after-rating")

    page.get_by_role("link", name="Answer it as a quiz question instead").click()
    question = answers[page.locator("#review-prompt").inner_text()]
    if question.type == "date":
        page.get_by_label(re.compile("^Your answer")).fill(question.answer)
        screenshot(page, "review-as-quiz")
        page.get_by_label(re.compile("^Your answer")).press("Enter")
    else:
        options = page.locator(".options button")
        texts = [options.nth(i).inner_text() for i in range(options.count())]
        screenshot(page, "review-as-quiz")
        page.wait_for_load_state("load")
        page.keyboard.press(str(next(i for i, t in enumerate(texts, start=1) if t.endswith(question.answer))))
    expect(page.locator(".flash-success")).to_contain_text("Right:")
    assert int(page.locator("#due-now").inner_text()) == due_before - 2

    page.get_by_label("Desired retention").fill("0.85")
    page.get_by_role("button", name="Save retention").click()
    expect(page.locator(".flash-success")).to_contain_text("0.85")

    page.get_by_role("link", name="Progress").click()
    expect(page.get_by_role("heading", name="Your progress")).to_be_visible()
    expect(page.locator("svg.chart")).to_have_count(3)
    expect(page.get_by_role("cell", name="Ada Lovelace")).to_be_visible()
    screenshot(page, "progress")

    page.set_viewport_size({"width": 375, "height": 740})
    screenshot(page, "progress-phone")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 375
