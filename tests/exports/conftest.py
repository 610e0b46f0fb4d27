"""Fixtures for export tests: a real Anki collection and flashcards of the sample bank."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest, ImportCsvRequest
from anki.import_export_pb2 import ImportAnkiPackageOptions


class AnkiCollection:
    """A throw-away Anki collection with helpers to import files and read the notes back."""

    def __init__(self, path: Path) -> None:
        self.folder = path.parent
        self.col = Collection(str(path))
        self._files = 0

    def _write(self, data: bytes, suffix: str) -> Path:
        self._files += 1
        target = self.folder / f"import-{self._files}{suffix}"
        target.write_bytes(data)
        return target

    def import_csv(self, text: str) -> None:
        """Import CSV text through Anki's own metadata detection, as File > Import does."""
        path = str(self._write(text.encode("utf-8"), ".csv"))
        metadata = self.col.get_csv_metadata(path, None)
        self.col.import_csv(ImportCsvRequest(path=path, metadata=metadata))

    def import_apkg(self, data: bytes, with_scheduling: bool = False) -> Any:
        """Import an .apkg with Anki's default options (``with_scheduling``: "Import any learning progress"); returns the log."""
        path = str(self._write(data, ".apkg"))
        options = ImportAnkiPackageOptions(with_scheduling=with_scheduling)
        return self.col.import_anki_package(ImportAnkiPackageRequest(package_path=path, options=options)).log

    def notes(self) -> dict[str, dict[str, object]]:
        """Every note by GUID: its fields, tags, note type and deck."""
        result = {}
        for nid in self.col.find_notes(""):
            note = self.col.get_note(nid)
            deck = self.col.decks.name(note.cards()[0].did)
            result[note.guid] = {
                "fields": list(note.fields), "tags": sorted(note.tags), "type": note.note_type()["name"], "deck": deck,
                "cards": sorted(card.ord for card in note.cards()),
            }
        return result

    def cards(self, guid: str) -> dict[int, Any]:
        """The cards of the note with this GUID, by cloze number (ord + 1)."""
        nid = self.col.db.scalar("select id from notes where guid = ?", guid)
        return {card.ord + 1: card for card in self.col.get_note(nid).cards()}


@pytest.fixture()
def anki(tmp_path: Path) -> Iterator[AnkiCollection]:
    """An empty Anki collection in tmp_path, closed after the test."""
    collection = AnkiCollection(tmp_path / "collection.anki2")
    yield collection
    collection.col.close()


@pytest.fixture()
def make_anki(tmp_path: Path) -> Iterator[Callable[[str], AnkiCollection]]:
    """Factory: a further empty collection named ``name``."""
    made: list[AnkiCollection] = []

    def make(name: str) -> AnkiCollection:
        folder = tmp_path / name
        folder.mkdir()
        made.append(AnkiCollection(folder / "collection.anki2"))
        return made[-1]

    yield make
    for collection in made:
        collection.col.close()

