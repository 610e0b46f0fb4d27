"""The study pages in a real browser on a desktop and a 390 px phone, light and dark: readable key badges and
rating buttons (computed contrast), resume, focus after reveal, intervals on ratings, confirmations, charts."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from quizapp.auth.models import Role, User
from quizapp.extensions import db
from quizapp.review.models import ReviewCard
from quizapp.sets.models import Question, QuestionSet
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser

Shot = Callable[[Page, str], Path]
MIN_CONTRAST = 4.5  # WCAG AA for text

# The contrast of an element's text against the first opaque background behind it (WCAG formula).
CONTRAST_JS = """(el) => {
  const parse = (c) => { const p = c.match(/[\\d.]+/g).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const back = (e) => { while (e) { const c = parse(getComputedStyle(e).backgroundColor); if (c[3] > 0.5) return c; e = e.parentElement; } return [255, 255, 255, 1]; };
  const lum = (c) => { const a = c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                       return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2]; };
  const f = lum(parse(getComputedStyle(el).color)), b = lum(back(el));
  return (Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05);
}"""

VIEWS = {
    "desktop": {"viewport": {"width": 1000, "height": 800}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2},
}


def contrast(page: Page, selector: str) -> list[float]:
    """The text contrast of every element matching ``selector``."""
    return [page.locator(selector).nth(i).evaluate(CONTRAST_JS) for i in range(page.locator(selector).count())]


@pytest.fixture()
def open_page(browser: Browser, live_server: str) -> Callable[..., Page]:
    """Factory: ``open_page(view, scheme)`` is a tab with the view's viewport and colour scheme, in Paris time,
    that records every 404 and script error (checked at the end of the test)."""
    contexts: list[Any] = []
    problems: list[str] = []

    def make(view: str = "desktop", scheme: str = "light") -> Page:
        context = browser.new_context(base_url=live_server, color_scheme=scheme, timezone_id="Europe/Paris", **VIEWS[view])  # type: ignore[arg-type]
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.on("response", lambda r: problems.append(f"{r.status} {r.url}") if r.status == 404 else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" and "Content Security Policy" in m.text else None)
        return page

    yield make  # type: ignore[misc]
    for context in contexts:
        context.close()
    assert not problems, problems


@pytest.mark.parametrize(("view", "scheme"), [("desktop", "light"), ("phone", "light"), ("desktop", "dark"), ("phone", "dark")])
def test_quiz_resume_review_and_progress(open_page: Callable[..., Page], make_set: Callable[..., QuestionSet], screenshot: Shot, view: str, scheme: str) -> None:
    """On this screen and theme: are the option badges and rating buttons readable (contrast 4.5:1 or more),
    does the account take the browser's time zone, can a quiz of 5 be left and resumed, does space reveal a card
    with focus on Good and the button no longer saying "Show the answer", do ratings show their intervals,
    are the charts' texts 11 px or more, and does no page load a missing file (favicon included)?"""
    qset = make_set()
    questions = {q.prompt: q for q in db.session.scalars(select(Question).where(Question.set_id == qset.id))}
    page = open_page(view, scheme)
    phone = view == "phone"
    page.goto("/auth/register")
    page.get_by_label("Email").fill(f"{view}-{scheme}@example.org")
    page.get_by_label("Password", exact=True).fill("a long password")
    page.get_by_label("Repeat password").fill("a long password")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_label("Questions")).to_be_visible()  # the redirect to home has loaded
    assert db.session.scalar(select(User.time_zone).where(User.email == f"{view}-{scheme}@example.org")) == "Europe/Paris"
    if scheme == "dark":
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert sum(int(v) for v in re.findall(r"\d+", background)[:3]) < 150, background

    page.get_by_label("Questions").select_option("5")
    page.get_by_role("button", name="Take a quiz").click()
    expect(page.locator(".quiz-progress")).to_have_text("Question 1 of 5")
    prompt = page.locator("h1").first.inner_text().strip()
    while questions[prompt].type == "date":  # answer date questions until a multiple-choice one is on screen
        page.get_by_label(re.compile("^Your answer")).fill(questions[prompt].date or "")
        page.get_by_label(re.compile("^Your answer")).press("Enter")
        page.locator("#next").click()
        prompt = page.locator("h1").first.inner_text().strip()
    screenshot(page, f"{view}-{scheme}-question")
    badges = contrast(page, ".options .key")
    assert badges and min(badges) >= MIN_CONTRAST, badges
    expect(page.locator(".keyboard-only").first).to_be_hidden() if phone else expect(page.locator(".keyboard-only").first).to_be_visible()
    page.locator(".options button", has_text=questions[prompt].answer).click()
    expect(page.locator(".feedback")).to_contain_text("Right!")

    page.get_by_role("link", name="quizapp").click()
    expect(page.get_by_role("link", name="Resume your quiz")).to_be_visible()
    screenshot(page, f"{view}-{scheme}-home-resume")
    page.get_by_role("link", name="Resume your quiz").click()
    expect(page.locator(".quiz-progress")).not_to_have_text("Question 1 of 5")

    for card in db.session.scalars(select(ReviewCard)):  # come back a day later
        card.due -= timedelta(days=1)
    db.session.commit()
    page.get_by_role("link", name="Review").click()
    expect(page.locator("#review-prompt")).to_be_visible()
    if phone:
        page.locator(".reveal summary").tap()
    else:
        page.wait_for_load_state("load")  # keys.js is deferred
        page.keyboard.press(" ")
        expect(page.locator(".rating-3")).to_be_focused()
    expect(page.locator(".answer-text")).to_be_visible()
    expect(page.locator(".reveal summary")).to_have_text("The answer", use_inner_text=True)
    for label in ("Again", "Hard", "Good", "Easy"):
        expect(page.locator(".ratings button", has_text=label)).to_have_text(re.compile(rf"{label} · \d+(\.\d)? (min|h|d|mo|y)$"))
    ratings, rating_badges = contrast(page, ".ratings button"), contrast(page, ".ratings .key")
    assert min(ratings) >= MIN_CONTRAST and min(rating_badges) >= MIN_CONTRAST, (ratings, rating_badges)
    again, easy, good = (page.locator(f".rating-{n}").evaluate("e => getComputedStyle(e).backgroundColor") for n in (1, 4, 3))
    assert len({again, easy, good}) == 3  # Again and Easy keep their own colours
    screenshot(page, f"{view}-{scheme}-review-revealed")
    page.locator(".rating-3").click()
    expect(page.locator(".flash-success")).to_contain_text("Saved")

    page.get_by_role("link", name="Progress").click()
    expect(page.locator("svg.chart")).to_have_count(2)  # recall per set and the forecast (no quiz finished yet)
    sizes = page.locator("svg.chart text").evaluate_all("els => els.map(e => e.getBoundingClientRect().height)")
    assert min(sizes) >= 11, min(sizes)
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWS[view]["viewport"]["width"]
    screenshot(page, f"{view}-{scheme}-progress")


@pytest.mark.parametrize(("view", "scheme"), [("desktop", "light"), ("phone", "dark")])
def test_deletes_ask_first(
    open_page: Callable[..., Page], make_user: Callable[..., User], make_set: Callable[..., QuestionSet], screenshot: Shot, view: str, scheme: str
) -> None:
    """Does deleting a question or a set ask first (saying that students' history goes too), do nothing when
    dismissed, and does "Delete this set" look dangerous, unlike Publish?"""
    teacher = make_user("owner@example.org", Role.TEACHER)
    qset = make_set("mine", owner=teacher, published=False)
    count = len(qset.questions)
    page = open_page(view, scheme)
    page.goto("/auth/login")
    page.get_by_label("Email").fill(teacher.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"/teacher/sets/{qset.id}")
    delete, publish = page.get_by_role("button", name="Delete this set"), page.get_by_role("button", name="Publish")
    assert delete.evaluate("e => getComputedStyle(e).backgroundColor") != publish.evaluate("e => getComputedStyle(e).backgroundColor")
    screenshot(page, f"{view}-{scheme}-teacher-set")
    messages: list[str] = []
    page.once("dialog", lambda dialog: (messages.append(dialog.message), dialog.dismiss()))
    page.get_by_role("button", name="Delete question 1").click()
    page.wait_for_timeout(300)
    assert messages and "review cards" in messages[0]
    db.session.expire_all()
    assert len(db.session.get(QuestionSet, qset.id).questions) == count
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete question 1").click()
    expect(page.locator(".flash-success")).to_contain_text("deleted")
    db.session.expire_all()
    assert len(db.session.get(QuestionSet, qset.id).questions) == count - 1
    page.once("dialog", lambda dialog: (messages.append(dialog.message), dialog.dismiss()))
    delete.click()
    page.wait_for_timeout(300)
    assert "student" in messages[-1].lower() and db.session.get(QuestionSet, qset.id) is not None


@pytest.mark.parametrize("view", ["desktop", "phone"])
def test_typed_recall_of_a_name(open_page: Callable[..., Page], make_user: Callable[..., User], make_set: Callable[..., QuestionSet], screenshot: Shot, view: str) -> None:
    """Can a student type a name from memory (no options shown), lower case and surname alone, and be told it is right?"""
    import random

    from quizapp.review.operations import record_quiz_result

    student = make_user("typist@example.org")
    qset = make_set()
    met = next(q for q in qset.questions if q.answer == "Charles Babbage")
    record_quiz_result(student.id, met.id, met.type, True, 3000, datetime.now(UTC) - timedelta(days=3), random.Random(1))
    db.session.commit()
    card = db.session.scalars(select(ReviewCard).where(ReviewCard.user_id == student.id)).one()
    page = open_page(view)
    page.goto("/auth/login")
    page.get_by_label("Email").fill(student.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"/review/{card.id}/type")
    field = page.get_by_label("Your answer")
    expect(field).to_be_focused() if view == "desktop" else expect(field).to_be_visible()
    expect(page.locator(".options")).to_have_count(0)
    field.fill("babbage")
    screenshot(page, f"{view}-typed-recall")
    page.get_by_role("button", name="Answer").click()
    expect(page.locator(".flash-success")).to_contain_text("Right: Charles Babbage")
    screenshot(page, f"{view}-typed-recall-right")


@pytest.mark.parametrize("view", ["desktop", "phone"])
def test_a_typed_question_is_answered_in_a_text_box(open_page: Callable[..., Page], make_set: Callable[..., QuestionSet], screenshot: Shot, view: str) -> None:
    """Is a typed question (a name with no options) asked with a labelled text box and its hint, on a desktop and a
    390 px phone, the box within the screen, and is the name typed in lower case accepted?"""
    qset = make_set()
    for question in db.session.scalars(select(Question).where(Question.set_id == qset.id)):
        if question.type == "multiple_choice":
            question.type, question.distractors = "typed", []
    db.session.commit()
    page = open_page(view)
    page.goto("/auth/register")
    page.get_by_label("Email").fill(f"typed-{view}@example.org")
    page.get_by_label("Password", exact=True).fill("a long password")
    page.get_by_label("Repeat password").fill("a long password")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_label("Questions")).to_be_visible()
    page.get_by_role("button", name="Take a quiz").click()
    every = {q.prompt: q for q in db.session.scalars(select(Question).where(Question.set_id == qset.id))}
    answers = {p: q.answer for p, q in every.items() if q.type == "typed"}
    prompt = page.locator("h1").first.inner_text().strip()
    while prompt not in answers:  # answer the date questions until a typed one is on screen
        page.get_by_label(re.compile("^Your answer")).fill(every[prompt].date or "")
        page.get_by_label(re.compile("^Your answer")).press("Enter")
        page.locator("#next").click()
        prompt = page.locator("h1").first.inner_text().strip()
    box = page.get_by_label("Your answer")
    expect(box).to_be_visible()
    expect(page.get_by_text("Type the name from memory")).to_be_visible()
    assert page.locator("ol.options").count() == 0
    width = page.viewport_size["width"] if page.viewport_size else 0
    bounds = box.bounding_box()
    assert bounds is not None and bounds["x"] >= 0 and bounds["x"] + bounds["width"] <= width
    screenshot(page, f"{view}-typed-question")
    box.fill(answers[prompt].lower())
    box.press("Enter")
    expect(page.get_by_text("Right!")).to_be_visible()
    screenshot(page, f"{view}-typed-answered")
