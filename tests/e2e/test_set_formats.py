"""A teacher uploads a Moodle GIFT file with a title, renames and describes the set, replaces it and downloads it for Moodle."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from quizapp.auth.models import Role, User
from tests.conftest import PASSWORD
from tests.formats.conftest import FIXTURES

pytestmark = pytest.mark.browser

Shot = Callable[[Page, str], Path]
WIDTHS = {"desktop": 1280, "phone": 390}


def _both_widths(page: Page, screenshot: Shot, name: str) -> None:
    for label, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        screenshot(page, f"{name}-{label}")
    page.set_viewport_size({"width": 1000, "height": 800})


def test_teacher_uploads_a_gift_file_with_a_title_and_sees_the_set(page: Page, make_user: Callable[..., User], screenshot: Shot, tmp_path: Path) -> None:
    """Does a GIFT upload suggest a title from the file, take the one typed, and give a set that can be renamed, replaced and exported?"""
    teacher = make_user("teach@example.org", Role.TEACHER)
    page.goto("/auth/login")
    page.get_by_label("Email").fill(teacher.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto("/teacher/upload")
    _both_widths(page, screenshot, "upload-form")

    examples = tmp_path / "examples.txt"
    examples.write_bytes((FIXTURES / "moodle_docs_examples.gift.txt").read_bytes())
    page.get_by_label("Question file").set_input_files(str(examples))
    expect(page.get_by_label("Title", exact=True)).to_have_value("Examples")
    page.get_by_role("button", name="Upload and review").click()
    expect(page.get_by_text("Line 15: a matching question cannot be represented")).to_be_visible()
    _both_widths(page, screenshot, "upload-problems")

    gift_file = tmp_path / "french_revolution.txt"
    gift_file.write_bytes((FIXTURES / "moodle_export.gift.txt").read_bytes())
    page.get_by_label("Question file").set_input_files(str(gift_file))
    page.get_by_label("Title", exact=True).fill("The French Revolution, 1789–1799")
    page.get_by_label("Description (optional)").fill("Six questions from the Moodle course.")
    page.get_by_label("Format").select_option(label="Moodle GIFT")
    page.get_by_role("button", name="Upload and review").click()
    expect(page.get_by_role("heading", name="The French Revolution, 1789–1799")).to_be_visible()
    expect(page.get_by_text("Uploaded 6 questions")).to_be_visible()
    expect(page.get_by_text("In which year was the Bastille stormed?")).to_be_visible()
    _both_widths(page, screenshot, "review")

    page.get_by_text("Rename or describe the set").click()
    page.locator("form[action$='/details']").get_by_label("Title").fill("Revolution in France")
    page.locator("form[action$='/details']").get_by_label("Description").fill("Read chapter 3 first.")
    page.get_by_role("button", name="Save title and description").click()
    expect(page.get_by_role("heading", name="Revolution in France")).to_be_visible()
    expect(page.locator("p.set-description")).to_have_text("Read chapter 3 first.")

    page.get_by_role("link", name="Replace by a new upload").click()
    _both_widths(page, screenshot, "replace-form")
    smaller = tmp_path / "v2.txt"
    smaller.write_text("\n\n".join((FIXTURES / "moodle_export.gift.txt").read_text(encoding="utf-8").split("\n\n")[:4]) + "\n", encoding="utf-8")
    page.get_by_label("Question file").set_input_files(str(smaller))
    page.get_by_role("button", name="Compare with the set").click()
    expect(page.get_by_role("heading", name="Replace the questions of “Revolution in France”?")).to_be_visible()
    _both_widths(page, screenshot, "replace-confirm")
    page.get_by_role("button", name="Replace the questions").click()
    expect(page.get_by_text("Replaced the questions: 3 kept with their history, 0 added, 3 deleted.")).to_be_visible()

    with page.expect_download() as download:
        page.get_by_role("link", name="Moodle GIFT").click()
    assert download.value.suggested_filename == "the-french-revolution-1789-1799-gift.txt"
