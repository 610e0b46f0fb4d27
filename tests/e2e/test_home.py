"""A visitor's first steps in a real browser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_visitor_registers_and_sees_sets(page: Page, make_set: Callable[..., object], screenshot: Callable[[Page, str], Path]) -> None:
    """Can a visitor find the register link, create an account and see the published sets?"""
    make_set()
    page.goto("/")
    screenshot(page, "home")
    page.get_by_role("link", name="Create a free account").click()
    page.get_by_label("Email").fill("new@example.org")
    page.get_by_label("Password", exact=True).fill("a long password")
    page.get_by_label("Repeat password").fill("a long password")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Your question sets")).to_be_visible()
    expect(page.get_by_text("Ada Lovelace")).to_be_visible()
    screenshot(page, "sets")
