"""A forgotten password, reset by its one-time link in a real browser."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from quizapp.auth.models import User
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser
NEW_PASSWORD = "violet harbour kettledrum"


def _log_in(page: Page, email: str, password: str) -> None:
    page.goto("/auth/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_a_forgotten_password_is_reset_by_link(
    page: Page, make_user: Callable[..., User], caplog: pytest.LogCaptureFixture, screenshot: Callable[[Page, str], Path]
) -> None:
    """Can a student who forgot the password ask for a link, set a new password through it, log in with the new
    one (not the old), and find the link dead the second time?"""
    student = make_user("forgetful@example.org")
    page.goto("/auth/login")
    page.get_by_role("link", name="Forgot your password?").click()
    page.get_by_label("Email").fill("FORGETFUL@example.org")
    screenshot(page, "forgot")
    with caplog.at_level(logging.INFO, logger="quizapp.auth.mail"):
        page.get_by_role("button", name="Send me a link").click()
        expect(page.get_by_text("a link to reset its password is on its way")).to_be_visible()
    links = re.findall(r"https?://\S+/auth/reset/[\w-]+", caplog.text)
    assert len(links) == 1

    page.goto(links[0])
    expect(page.get_by_role("heading", name="Choose a new password")).to_be_visible()
    page.get_by_label("New password", exact=True).fill("password1")
    page.get_by_label("Repeat new password").fill("password1")
    page.get_by_role("button", name="Set new password").click()
    expect(page.get_by_text("too easy to guess")).to_be_visible()
    screenshot(page, "reset-weak")
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Repeat new password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set new password").click()
    expect(page.get_by_text("Your password is changed")).to_be_visible()

    _log_in(page, student.email, PASSWORD)
    expect(page.get_by_text("Wrong email or password")).to_be_visible()
    _log_in(page, student.email, NEW_PASSWORD)
    expect(page.get_by_role("button", name=re.compile("Log out"))).to_be_visible()

    page.goto(links[0])
    expect(page.get_by_role("heading", name="This link no longer works")).to_be_visible()
    screenshot(page, "reset-used")
