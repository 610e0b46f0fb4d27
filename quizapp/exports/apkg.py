"""Flashcards as an Anki package (``.apkg``) built with genanki: fixed model id, a stable deck id per deck."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path

import genanki

from quizapp.exports.cards import Flashcard

MODEL_ID = 1_607_392_319_482
MODEL = genanki.Model(
    MODEL_ID,
    "quizapp Basic",
    fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Front}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Back}}',
        }
    ],
    css=".card { font-family: sans-serif; font-size: 20px; text-align: left; color: #1d232d; background: #fff; }",
)


def deck_id(deck: str) -> int:
    """A deck id that is the same for the same deck name on every export (31 bits, above genanki's minimum).

    Args:
        deck: the deck path.

    Returns:
        A positive integer id.
    """
    digest = int.from_bytes(hashlib.sha256(f"quizapp-deck:{deck}".encode()).digest()[:4], "big")
    return (1 << 30) + digest % (1 << 30)


def build_apkg(cards: Iterable[Flashcard], *, deck: str, timestamp: float) -> bytes:
    """Write flashcards as an ``.apkg`` file.

    Args:
        cards: the flashcards (fields already HTML).
        deck: the deck path, such as ``quizapp::Ada Lovelace``.
        timestamp: seconds since the epoch given to the notes (pass a fixed value for a repeatable file).

    Returns:
        The package's bytes.
    """
    anki_deck = genanki.Deck(deck_id(deck), deck)
    for card in cards:
        anki_deck.add_note(genanki.Note(model=MODEL, fields=[card.front, card.back], guid=card.guid, tags=list(card.tags)))
    # genanki's write_to_file leaves its temporary SQLite file behind; build the same zip in a folder we remove.
    with tempfile.TemporaryDirectory(prefix="quizapp-apkg-") as folder:
        db_path = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(db_path)
        try:
            genanki.Package(anki_deck).write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as package:
            stamp = time.gmtime(max(timestamp, 315_532_800))[:6]  # zip dates start in 1980
            package.writestr(zipfile.ZipInfo("collection.anki2", stamp), db_path.read_bytes(), zipfile.ZIP_DEFLATED)
            package.writestr(zipfile.ZipInfo("media", stamp), json.dumps({}))
    return out.getvalue()
