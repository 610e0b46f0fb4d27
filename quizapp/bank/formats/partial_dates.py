"""ISO partial dates (``1890``, ``1918-10``, ``1911-12-21``, ``-0044-03-15``): checking, granularity and display.

A year BC is written with a minus sign and the year as named, with no year zero: 44 BC is ``-0044``, 1 BC ``-0001``
and the year after it ``0001``. A day of the year a text does not give is ``--03-15``, a day alone ``--15``.
"""

from __future__ import annotations

import calendar
import re
from enum import IntEnum

_ISO = re.compile(r"^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Granularity(IntEnum):
    """How precise a partial date is."""

    YEAR = 1
    MONTH = 2
    DAY = 3


def iso_of(year: int, month: int | None = None, day: int | None = None) -> str:
    """Write a date as an ISO partial date: ``iso_of(-44, 3, 15)`` is ``-0044-03-15``, ``iso_of(1911)`` ``1911``."""
    text = f"-{-year:04d}" if year < 0 else f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text


def split_iso(iso: str) -> tuple[int | None, int | None, int | None]:
    """The year, month and day an ISO partial date holds, None where absent (no check that the day exists).

    The year is negative BC (``-0044-03``: -44, 3, None) and None in a day written without its year (``--03-15``:
    None, 3, 15; ``--15``: None, None, 15). A text that is no such date gives three Nones.
    """
    if iso.startswith("--"):
        rest = iso[2:].split("-")
        if not all(p.isdigit() for p in rest) or len(rest) > 2:
            return None, None, None
        return None, int(rest[0]) if len(rest) == 2 else None, int(rest[-1])
    match = _ISO.match(iso)
    if match is None:
        return None, None, None
    year = int(match.group(2)) * (-1 if match.group(1) else 1)
    return year, int(match.group(3)) if match.group(3) else None, int(match.group(4)) if match.group(4) else None


def year_of(iso: str) -> int | None:
    """The year of an ISO partial date, negative BC; None for a day written without its year (``--03-15``)."""
    return split_iso(iso)[0]


def date_key(iso: str) -> tuple[int, int, int]:
    """A key that sorts ISO partial dates in time (44 BC before AD 14), a missing part as 0."""
    year, month, day = split_iso(iso)
    return year or 0, month or 0, day or 0


def next_year(year: int) -> int:
    """The year after ``year``: 1 BC (-1) is followed by AD 1, there being no year zero."""
    return 1 if year == -1 else year + 1


def years_between(start: int, end: int) -> int:
    """The years from one year to another, negative when ``end`` is earlier, across the missing year zero (44 BC to
    AD 14: 57)."""
    return end - start - (1 if start < 0 < end else -1 if end < 0 < start else 0)


def month_days(year: int | None, month: int) -> int:
    """The days of a month; February has 29 in a leap year (BC years count from 1 BC, a leap year) or no year."""
    if month != 2:
        return calendar.mdays[month]
    return 29 if year is None or calendar.isleap(year + 1 if year < 0 else year) else 28


def parse_iso(value: str) -> tuple[int, int | None, int | None] | None:
    """Split an ISO partial date into (year, month, day), or None if it is not a real date.

    Args:
        value: text such as ``1911``, ``1911-12``, ``1911-12-21`` or ``-0044-03-15`` (15 March 44 BC).

    Returns:
        The parts, with None for the ones absent and the year negative BC; None for anything invalid (``1911-13``,
        ``1911-02-30``, the year ``0000``).
    """
    if not isinstance(value, str) or not _ISO.match(value.strip()):
        return None
    year, month, day = split_iso(value.strip())
    if not year or (month is not None and not 1 <= month <= 12):
        return None
    if day is not None and month is not None and not 1 <= day <= month_days(year, month):
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


def format_year(year: int) -> str:
    """A year as people write it: ``1911``, ``AD 43`` (a short year alone reads as a count), ``44 BC``."""
    return f"{-year} BC" if year < 0 else str(year) if year >= 1000 else f"AD {year}"


def format_partial(value: str) -> str:
    """Show an ISO partial date as people write it: ``21 December 1911``, ``October 1918``, ``1890``, ``AD 43``,
    ``15 March 44 BC``.

    Returns the value unchanged when it is not a valid ISO partial date.
    """
    parts = parse_iso(value)
    if parts is None:
        return value
    number, month, day = parts
    year = format_year(number)
    if month is None:
        return year
    if day is None:
        return f"{calendar.month_name[month]} {year}"
    return f"{day} {calendar.month_name[month]} {year}"
