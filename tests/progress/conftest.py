"""Progress fixtures: one user per request (see tests/quiz/conftest.py)."""

from __future__ import annotations


