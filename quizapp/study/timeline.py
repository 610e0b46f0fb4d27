"""Timeline questions: put dated events in order, with the dates hidden from the event texts."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from quizapp.bank.text.dates import find_dates
from quizapp.bank.formats.partial_dates import month_days, parse_iso
from quizapp.study.selection import Candidate

TIMELINE_SIZE = 4
BLANK = "…"


class TimelineError(ValueError):
    """A submitted order is not a permutation of the events shown."""


@dataclass(frozen=True)
class TimelineEvent:
    """One event of a timeline: its question id, its date and the text shown (date blanked out)."""

    id: int
    date: str
    label: str


Day = tuple[int, int, int]  # year (negative BC), month, day: tuples sort in time
_LAST = (10_000, 12, 31)


def date_span(iso: str) -> tuple[Day, Day] | None:
    """The first and last day an ISO partial date can mean (``1911`` spans the whole year, ``-0044`` all of 44 BC).

    Args:
        iso: an ISO partial date.

    Returns:
        The span as (year, month, day) tuples, or None for an invalid date.
    """
    parts = parse_iso(iso)
    if parts is None:
        return None
    year, month, day = parts
    if month is None:
        return (year, 1, 1), (year, 12, 31)
    if day is None:
        return (year, month, 1), (year, month, month_days(year, month))
    return (year, month, day), (year, month, day)


def _disjoint(a: tuple[Day, Day], b: tuple[Day, Day]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


def pick_timeline(
    candidates: Sequence[Candidate], rng: random.Random, size: int = TIMELINE_SIZE, avoid: frozenset[int] = frozenset()
) -> list[Candidate] | None:
    """Pick ``size`` dated questions whose dates cannot be confused (their spans do not overlap).

    Only questions with a source sentence are events: a prompt ("In which year did Ada marry?") is a
    question, not an event to put in order. Questions in ``avoid`` are used only when there are not enough others.

    Args:
        candidates: the set's questions.
        rng: the source of randomness.
        size: how many events.
        avoid: question ids better left out (already asked in the quiz).

    Returns:
        The events in random order, or None when the set has too few distinct dates.
    """
    dated = [(c, span) for c in candidates if c.date and c.has_source and (span := date_span(c.date)) is not None]
    rng.shuffle(dated)
    dated.sort(key=lambda pair: pair[0].id in avoid)  # stable: fresh ones first, each group still shuffled
    chosen: list[tuple[Candidate, tuple[Day, Day]]] = []
    for candidate, span in dated:
        if all(_disjoint(span, other) for _, other in chosen):
            chosen.append((candidate, span))
            if len(chosen) == size:
                events = [c for c, _ in chosen]
                rng.shuffle(events)
                return events
    return None


def event_label(sentence: str, prompt: str) -> str:
    """The text shown for an event: its source sentence with every date replaced by a blank.

    Args:
        sentence: the question's source sentence.
        prompt: the question's prompt, used when there is no sentence.

    Returns:
        Text that names the event without giving its date away.
    """
    text = sentence.strip() or prompt.strip()
    for mention in sorted(find_dates(text), key=lambda m: m.start, reverse=True):
        text = text[: mention.start] + BLANK + text[mention.end :]
    return text


def correct_order(events: Sequence[TimelineEvent]) -> list[int]:
    """The event ids from earliest to latest.

    Args:
        events: events with valid, non-overlapping dates.

    Returns:
        Their ids in chronological order.
    """
    return [e.id for e in sorted(events, key=lambda e: date_span(e.date) or (_LAST, _LAST))]


def parse_order(shown: Sequence[int], positions: Mapping[int, str]) -> list[int]:
    """Turn the positions a student gave each event (``{event id: "1".."n"}``) into an order of ids.

    Args:
        shown: the event ids as shown.
        positions: the submitted position of each event, as text.

    Returns:
        The event ids, first to last.

    Raises:
        TimelineError: a position is missing, not a number in range, or used twice.
    """
    n = len(shown)
    slots: dict[int, int] = {}
    for event_id in shown:
        raw = (positions.get(event_id) or "").strip()
        if not re.fullmatch(r"[0-9]{1,3}", raw) or not 1 <= int(raw) <= n:
            raise TimelineError(f"Give every event a position from 1 to {n}.")
        position = int(raw)
        if position in slots:
            raise TimelineError("Give each event a different position.")
        slots[position] = event_id
    return [slots[p] for p in range(1, n + 1)]
