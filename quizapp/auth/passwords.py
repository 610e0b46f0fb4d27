"""Password strength: zxcvbn's estimate, with the account's email and name as words an attacker would try."""

from __future__ import annotations

import re
from collections.abc import Iterable

from zxcvbn import zxcvbn

MIN_LENGTH = 8
MAX_LENGTH = 200
MIN_SCORE = 3  # zxcvbn's 0-4 scale: 3 is "safely unguessable" (about 10^8 guesses or more)
SCORED_CHARS = 72  # zxcvbn refuses longer input; the first 72 characters of a long password carry its strength


def _words(user_inputs: Iterable[str]) -> list[str]:
    """The inputs themselves and their parts (``ana.lopez@example.org`` gives ``ana``, ``lopez``, ``example``...)."""
    words: list[str] = []
    for text in user_inputs:
        if text:
            words.append(text)
            words.extend(part for part in re.split(r"[\W_]+", text) if len(part) >= 3)
    return words


def password_problem(password: str, user_inputs: Iterable[str] = ()) -> str | None:
    """What is wrong with ``password`` as a new password, or None if it is strong enough.

    Args:
        password: the password typed.
        user_inputs: the account's email and display name, which make a password easy to guess.

    Returns:
        A message for the user (with zxcvbn's advice), or None.
    """
    if len(password) < MIN_LENGTH:
        return f"The password must have at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"The password must have at most {MAX_LENGTH} characters."
    result = zxcvbn(password[:SCORED_CHARS], user_inputs=_words(user_inputs))
    if result["score"] >= MIN_SCORE:
        return None
    feedback = result["feedback"]
    advice = " ".join(part for part in [feedback.get("warning") or "", *feedback.get("suggestions", [])] if part)
    return f"This password is too easy to guess. {advice or 'Use a few uncommon words.'}"
