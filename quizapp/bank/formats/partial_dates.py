"""ISO partial dates (``1890``, ``1918-10``, ``1911-12-21``): checking, granularity and display."""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import IntEnum

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Granularity(IntEnum):
    """How precise a partial date is."""

    YEAR = 1
    MONTH = 2
    DAY = 3


def parse_iso(value: str) -> tuple[int, int | None, int | None] | None:
    """Split an ISO partial date into (year, month, day), or None if it is not a real date.

    Args:
        value: text such as ``1911``, ``1911-12`` or ``1911-12-21``.

    Returns:
        The parts, with None for the ones absent; None for anything invalid (``1911-13``, ``1911-02-30``).
    """
    match = _ISO.match(value.strip()) if isinstance(value, str) else None
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if year < 1 or (month is not None and not 1 <= month <= 12):
        return None
    if day is not None and month is not None:
        try:
            date(year, month, day)
        except ValueError:
            return None
    return year, month, day


def granularity(value: str) -> Granularity | None:
    """The granularity of a valid ISO partial date, or None if invalid."""
    parts = parse_iso(value)
    if parts is None:
        return None
    if parts[2] is not None:
        return Granularity.DAY
    if parts[1] is not None:
        return Granularity.MONTH
    return Granularity.YEAR


def format_partial(value: str) -> str:
    """Show an ISO partial date as people write it: ``21 December 1911``, ``October 1918``, ``1890``, ``AD 43``.

    Returns the value unchanged when it is not a valid ISO partial date.
    """
    parts = parse_iso(value)
    if parts is None:
        return value
    number, month, day = parts
    year = str(number) if number >= 1000 else f"AD {number}"  # "AD 43": a short year alone reads as a count
    if month is None:
        return year
    if day is None:
        return f"{calendar.month_name[month]} {year}"
    return f"{day} {calendar.month_name[month]} {year}"
