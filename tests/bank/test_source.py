"""Tests of reading a source text file."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.bank.text.source import SourceTextError, read_source_text


def test_reads_utf8_with_and_without_bom(tmp_path: Path) -> None:
    """Is UTF-8 text read the same with or without a byte-order mark?"""
    plain, bom = tmp_path / "a.txt", tmp_path / "b.txt"
    plain.write_bytes("Élisée Reclus was born in 1830.".encode())
    bom.write_bytes(b"\xef\xbb\xbf" + "Élisée Reclus was born in 1830.".encode())
    assert read_source_text(plain) == read_source_text(bom) == "Élisée Reclus was born in 1830."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"  \n\t \n", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"PK\x03\x04\x00\x00binary", "binary"),
        ("Caf\u00e9 in 1890.".encode("cp1252"), "not UTF-8"),
    ],
)
def test_refuses_unusable_files(tmp_path: Path, content: bytes | None, message: str) -> None:
    """Does each unusable file get a clear error naming the problem?"""
    path = tmp_path / "source.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SourceTextError, match=message):
        read_source_text(path)


def test_refuses_a_directory(tmp_path: Path) -> None:
    """Is a directory refused as not a file?"""
    with pytest.raises(SourceTextError, match="not a file"):
        read_source_text(tmp_path)
