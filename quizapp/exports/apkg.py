"""Cloze notes as an Anki package (``.apkg``) built with genanki: fixed note type and deck ids, and, for a
student's review deck, each card's FSRS memory state, due date and review log."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import genanki

from quizapp.exports.cloze import FIELDS, NOTE_TYPE, ClozeNote

MODEL_ID = 1_607_392_319_501
CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; color: #1d232d; background: #fff; }
.cloze { font-weight: bold; color: #2f5fb3; }
.nightMode .card, .card.nightMode { color: #e6e9ef; background: #1d2128; } .nightMode .cloze { color: #8fb3ff; }
.source { color: #5b6575; font-style: italic; margin-top: 1em; } .extra { margin-top: .6em; font-size: 16px; }"""
# Dates are typed in (Anki compares the typed text with the hidden date); names are recalled, with the options as the hint.
QFMT = "{{cloze:Text}}{{#Date}}{{^Options}}<br>{{type:cloze:Text}}{{/Options}}{{/Date}}"
AFMT = (
    "{{cloze:Text}}{{#Date}}{{^Options}}<br>{{type:cloze:Text}}{{/Options}}{{/Date}}"
    '{{#Back Extra}}<div class="extra">{{Back Extra}}</div>{{/Back Extra}}'
    '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'
)
MODEL = genanki.Model(
    MODEL_ID,
    NOTE_TYPE,
    fields=[{"name": name} for name in FIELDS],
    templates=[{"name": "Cloze", "qfmt": QFMT, "afmt": AFMT}],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)
# FSRS states (fsrs.State) as Anki's card type and queue.
_LEARNING, _REVIEW, _RELEARNING = 1, 2, 3
_DAY = 86_400
_DEFAULT_DECAY = 0.1542


@dataclass(frozen=True)
class LoggedReview:
    """One rating of a card: when, the rating (1-4), how long it took, and the card's state before it."""

    at: datetime
    rating: int
    duration_ms: int | None
    state_before: int | None


@dataclass(frozen=True)
class CardSchedule:
    """A card's FSRS state as the app holds it, to write into the package."""

    state: int
    due: datetime
    last_review: datetime | None
    stability: float | None
    difficulty: float | None
    desired_retention: float
    reviews: Sequence[LoggedReview] = ()
    decay: float = _DEFAULT_DECAY


def deck_id(deck: str) -> int:
    """A deck id that is the same for the same deck name on every export (31 bits, above genanki's minimum).

    Args:
        deck: the deck path.

    Returns:
        A positive integer id.
    """
    digest = int.from_bytes(hashlib.sha256(f"quizapp-deck:{deck}".encode()).digest()[:4], "big")
    return (1 << 30) + digest % (1 << 30)


def _card_row(schedule: CardSchedule, crt: int) -> dict[str, object]:
    """The ``cards`` columns Anki reads for a card's scheduling (v3 scheduler, FSRS memory state in ``data``)."""
    due_s = int(schedule.due.timestamp())
    last_s = int(schedule.last_review.timestamp()) if schedule.last_review else None
    lapses = sum(1 for r in schedule.reviews if r.rating == 1 and r.state_before == _REVIEW)
    data: dict[str, object] = {"dr": round(schedule.desired_retention, 2), "decay": schedule.decay}
    if schedule.stability is not None and schedule.difficulty is not None:
        data.update(s=round(schedule.stability, 4), d=round(schedule.difficulty, 4))
    if last_s is not None:
        data["lrt"] = last_s
    if schedule.state == _REVIEW:
        kind, queue, due = 2, 2, (due_s - crt) // _DAY
        interval = max(1, (due_s - (last_s or due_s)) // _DAY)
    else:
        kind, queue, due = (3 if schedule.state == _RELEARNING else 1), 1, due_s
        interval = 0
    return {"type": kind, "queue": queue, "due": due, "ivl": interval, "factor": 2500, "reps": len(schedule.reviews),
            "lapses": lapses, "left": 1 if queue == 1 else 0, "data": json.dumps(data, separators=(",", ":"))}


def _revlog_rows(card_id: int, schedule: CardSchedule) -> list[tuple[object, ...]]:
    kinds = {None: 0, _LEARNING: 0, _REVIEW: 1, _RELEARNING: 2}
    rows = []
    for review in sorted(schedule.reviews, key=lambda r: r.at):
        duration = min(max(review.duration_ms or 0, 0), 60_000)
        rows.append((int(review.at.timestamp() * 1000), card_id, -1, review.rating, 0, 0, 2500, duration, kinds.get(review.state_before, 0)))
    return rows


def _write_schedules(connection: sqlite3.Connection, schedules: Mapping[tuple[str, int], CardSchedule]) -> None:
    crt, conf = connection.execute("SELECT crt, conf FROM col").fetchone()
    crt = int(crt)
    # genanki's collection says nothing of its scheduler, so Anki would read it as v1 and shift learning ratings
    connection.execute("UPDATE col SET conf = ?", (json.dumps({**json.loads(conf), "schedVer": 2}),))
    used: set[int] = set()
    for card_id, guid, ord_ in connection.execute("SELECT cards.id, notes.guid, cards.ord FROM cards JOIN notes ON notes.id = cards.nid").fetchall():
        schedule = schedules.get((guid, ord_ + 1))
        if schedule is None:
            continue
        row = _card_row(schedule, crt)
        connection.execute(
            "UPDATE cards SET type=:type, queue=:queue, due=:due, ivl=:ivl, factor=:factor, reps=:reps, lapses=:lapses, left=:left, data=:data WHERE id=:id",
            {**row, "id": card_id},
        )
        for revlog in _revlog_rows(card_id, schedule):
            revlog_id = int(revlog[0])  # revlog ids are unique times in ms: nudge equal ones apart
            while revlog_id in used:
                revlog_id += 1
            used.add(revlog_id)
            connection.execute("INSERT INTO revlog VALUES (?,?,?,?,?,?,?,?,?)", (revlog_id, *revlog[1:]))


def build_apkg(
    notes: Iterable[ClozeNote], *, deck: str, timestamp: float, schedules: Mapping[tuple[str, int], CardSchedule] | None = None
) -> bytes:
    """Write cloze notes as an ``.apkg`` file, with each card's memory state and log when given.

    Args:
        notes: the notes (fields already HTML).
        deck: the deck path, such as ``quizapp::Ada Lovelace``.
        timestamp: seconds since the epoch given to the notes (pass a fixed value for a repeatable file).
        schedules: FSRS state per (note GUID, cloze number); cards without one are new. Anki keeps it
            when "Import any learning progress" is ticked.

    Returns:
        The package's bytes.
    """
    anki_deck = genanki.Deck(deck_id(deck), deck)
    for note in notes:
        anki_deck.add_note(genanki.Note(model=MODEL, fields=note.fields, guid=note.guid, tags=list(note.tags)))
    # genanki's write_to_file leaves its temporary SQLite file behind; build the same zip in a folder we remove.
    with tempfile.TemporaryDirectory(prefix="quizapp-apkg-") as folder:
        db_path = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(db_path)
        try:
            genanki.Package(anki_deck).write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            if schedules:
                _write_schedules(connection, schedules)
            connection.commit()
        finally:
            connection.close()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as package:
            stamp = time.gmtime(max(timestamp, 315_532_800))[:6]  # zip dates start in 1980
            package.writestr(zipfile.ZipInfo("collection.anki2", stamp), db_path.read_bytes(), zipfile.ZIP_DEFLATED)
            package.writestr(zipfile.ZipInfo("media", stamp), json.dumps({}))
    return out.getvalue()
