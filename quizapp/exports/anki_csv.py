"""Cloze notes as a CSV file Anki imports: header lines, every field quoted, GUID and tags columns."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

from quizapp.exports.cloze import FIELDS, NOTE_TYPE, ClozeNote

COLUMNS = ("GUID", *FIELDS, "Tags")


def deck_name(*parts: str) -> str:
    """An Anki deck path from its parts: ``deck_name("quizapp", "Ada")`` is ``quizapp::Ada``.

    Args:
        parts: the deck names from parent to child; ``::``, newlines and tabs inside them are replaced.

    Returns:
        The deck path.
    """
    cleaned = [re.sub(r"\s+", " ", part.replace("::", ":")).strip() or "Untitled" for part in parts]
    return "::".join(cleaned)


def render_anki_csv(notes: Iterable[ClozeNote], *, deck: str) -> str:
    """Write cloze notes as a CSV file for Anki's importer (File > Import), note type ``quizapp Cloze``.

    The header lines set the separator, HTML fields, note type, deck, and which columns hold the GUID
    and the tags; every field is quoted so no row can be read as a ``#`` comment. The note type and GUIDs
    are those of the ``.apkg``, so either file updates the notes the other made. Anki knows the note type
    once any quizapp ``.apkg`` has been imported (a name it does not know falls back to Basic).

    Args:
        notes: the notes (fields already HTML).
        deck: the deck path, such as ``quizapp::Ada Lovelace``.

    Returns:
        The file's text (write it as UTF-8).
    """
    out = io.StringIO()
    header_deck = deck.replace("\n", " ").replace("\r", " ")
    out.write("#separator:Comma\n")
    out.write("#html:true\n")
    out.write(f"#notetype:{NOTE_TYPE}\n")
    out.write(f"#deck:{header_deck}\n")
    out.write("#guid column:1\n")
    out.write(f"#tags column:{len(COLUMNS)}\n")
    out.write(f"#columns:{','.join(COLUMNS)}\n")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    for note in notes:
        writer.writerow([note.guid, *note.fields, " ".join(note.tags)])
    return out.getvalue()
